import { academicYearLabel, countOf } from '../../domain/format/ru';
import { quoted } from '../../domain/format/quotes';
import { normalizeEmail } from '../../domain/format/values';
import { nextWorkbookName } from '../../domain/retention';
import type { Settings } from '../../domain/settings';
import type { LinkView } from '../../api/types';
import { ensureSchema, openDatabase } from '../db/database';
import { logAction } from '../db/journal';
import { yearFolder } from '../documents/templates';
import { createOrUpdateForm } from '../forms/create';
import { openSentLog } from '../mail/sent';
import type { Ports } from '../ports';
import { writeRegistry } from '../setup/registry';
import { readSettings } from '../setup/settings';
import { setupProgramme } from '../setup/setup-programme';
import { triggerOwner } from '../setup/workbook-triggers';
import { destructionLinks, makeDestructionAct, makeDestructionLog } from './destruction';
import { erasePersonalData, erasureLines } from './erase';
import { continueCode, continueInvitation } from './invitation';
import { writeYearSummary } from './summary';
import { CLOSED_AT_KEY, yearClosed } from './year-closed';

/**
 * «Закрыть учебный год» (issue 10.14) as resumable steps. Each step records its result in the add-on's own
 * records when it is done, so a second click, or the sidebar's next batch after Apps Script's time limit,
 * goes on from the first step not done and never makes a second next-year workbook.
 *
 * Order matters: the figures are counted and the next year's invitations sent while the people are still in
 * the bases; the act of destruction lists them (destruction.ts); only then is their data deleted, in the same
 * call as the act (the act's date is the day of the deletion), and the act's log export made.
 *
 * The archive is this workbook itself, protected: a records clerk files the year's register where the
 * year's documents point to (every Doc and PDF link, every number in Документы and Журнал stays valid), and a
 * copy would be a second place for personal data to survive in — with the drive.file scope the add-on could
 * not even trash the original, which it did not create.
 */
const STEPS = ['summary', 'next', 'invite', 'act', 'erase', 'log', 'triggers', 'protect'] as const;
type Step = (typeof STEPS)[number];

const KEY = {
  closedAt: CLOSED_AT_KEY,
  next: 'year.next',
  nextForm: 'year.nextForm',
  continuing: 'year.continuing',
  step: (s: Step) => `year.step.${s}`,
};

/** Stop starting steps after this much time in one call: the rest goes in the sidebar's next batch. */
const STEP_BUDGET_MS = 240_000;

interface YearCloseOutcome {
  done: boolean;
  /** Steps finished, of STEPS.length. */
  finished: number;
  total: number;
  /** What every finished step did (Russian), in order. */
  lines: string[];
  links: LinkView[];
  /** Set when a step could not finish for a reason a retry later fixes (the day's mail quota). */
  waiting?: string;
}

export function closeYear(
  ports: Ports,
  continuingEmails: readonly string[] | null,
  clock: () => number = () => Date.now(),
): YearCloseOutcome {
  const started = clock();
  return ports.lock.withDocumentLock(() => {
    const settings = readSettings(ports);
    if (!ports.records.get(KEY.continuing) && continuingEmails)
      ports.records.set(KEY.continuing, JSON.stringify(mentorIds(ports, continuingEmails)));
    let waiting: string | undefined;
    for (const step of STEPS) {
      if (ports.records.get(KEY.step(step)) !== null) continue;
      // The erasure follows its act at once: the act is dated the day the data are deleted.
      if (step !== 'erase' && clock() - started > STEP_BUDGET_MS) break;
      const result = STEP_RUN[step](ports, settings);
      if (result.waiting) {
        waiting = result.waiting;
        break;
      }
      ports.records.set(KEY.step(step), JSON.stringify(result.lines));
    }
    const finished = STEPS.filter((s) => ports.records.get(KEY.step(s)) !== null);
    const done = finished.length === STEPS.length;
    if (done && !yearClosed(ports)) {
      ports.records.set(KEY.closedAt, ports.runtime.now().toISOString());
      logAction(ports, 'Учебный год закрыт', `${academicYearLabel(settings.academicYearStart)}`);
    }
    return {
      done,
      finished: finished.length,
      total: STEPS.length,
      lines: finished.flatMap((s) => JSON.parse(ports.records.get(KEY.step(s)) ?? '[]') as string[]),
      links: links(ports, settings),
      ...(waiting ? { waiting } : {}),
    };
  });
}

interface StepResult {
  lines: string[];
  waiting?: string;
}

const STEP_RUN: Record<Step, (ports: Ports, settings: Settings) => StepResult> = {
  summary(ports) {
    const figures = writeYearSummary(ports);
    return {
      lines: [
        `Сохранено в архиве: лист «Итоги года» — ${countOf(figures.length, ['показатель', 'показателя', 'показателей'])} без имён (наставляемых: ${figures[0].value}, наставников: ${figures[1].value}, встреч: ${figures.find((f) => f.id === 'meetings')?.value ?? 0}).`,
      ],
    };
  },
  next: createNextWorkbook,
  invite: inviteContinuingMentors,
  act(ports, settings) {
    return { lines: makeDestructionAct(ports, settings, continuingIds(ports), { kind: 'yearClosed' }) };
  },
  erase(ports) {
    return { lines: erasureLines(erasePersonalData(ports)) };
  },
  log(ports, settings) {
    return { lines: makeDestructionLog(ports, settings) };
  },
  triggers(ports) {
    const removed = ports.triggers.removeWorkbookTriggers();
    const owner = triggerOwner(ports);
    const me = ports.runtime.effectiveUserEmail();
    const lines = [
      removed
        ? `Удалены автоматические действия этой таблицы (приём анкет, ежедневная проверка): ${removed}.`
        : 'Автоматических действий от вашего имени у этой таблицы нет.',
    ];
    if (owner && owner !== me)
      lines.push(
        `Автоматические действия таблицы выполнялись от имени ${owner}: при следующем запуске они сами удалят себя, так как год закрыт.`,
      );
    return { lines };
  },
  protect(ports, settings) {
    const label = academicYearLabel(settings.academicYearStart);
    const names = ports.sheets.sheetNames();
    // Curators, not nobody: a late correction of the register (a signature date, a number) is still theirs
    // to make; the spreadsheet's owner keeps access in any case (Google never removes the owner).
    for (const name of names)
      ports.sheets.restrictEditing(
        name,
        settings.curators,
        `Архив ${label} учебного года: изменяют только кураторы`,
      );
    return {
      lines: [
        `Сохранено в архиве — эта таблица: реестр «Документы» (приказы с номерами, датами, ссылками на документы и PDF), правила нумерации в «Настройки», «Журнал», «Мониторинг», «Итоги года», «Дорожная карта». Защищены все листы (${names.length}): изменять их могут только кураторы.`,
      ],
    };
  },
};

function mentorIds(ports: Ports, emails: readonly string[]): string[] {
  const wanted = new Set(emails.map(normalizeEmail));
  const mentors = openDatabase(ports).mentors.loadIfExists()?.rows ?? [];
  return mentors.filter((m) => wanted.has(normalizeEmail(String(m.email ?? '')))).map((m) => m.id);
}

/**
 * The next academic year's workbook, in the next year's folder, set up by setup itself (every sheet from the
 * one schema declaration, the roadmap with the new year's deadlines, its own triggers), with this year's
 * settings, curators and document templates (a curator's edits of a template carry over). Its id is recorded
 * before its setup: a second run finds it, and a file of that name left in the folder by a run that died
 * right after creating it is taken rather than a second one made.
 */
function createNextWorkbook(ports: Ports, settings: Settings): StepResult {
  const next: Settings = { ...settings, academicYearStart: settings.academicYearStart + 1 };
  const label = academicYearLabel(next.academicYearStart);
  let id = ports.records.get(KEY.next);
  let created = false;
  if (!id || !ports.workbooks.isLive(id)) {
    const folder = yearFolder(ports, next);
    const name = nextWorkbookName(settings.schoolShort, settings.academicYearStart);
    id = ports.docs.findByName(folder.id, name)[0] ?? ports.workbooks.create(name, folder.id).id;
    ports.records.set(KEY.next, id);
    created = true;
  }
  const me = normalizeEmail(ports.runtime.userEmail());
  ports.workbooks.share(
    id,
    settings.curators.filter((c) => normalizeEmail(c) !== me),
  );
  const carried = (openDatabase(ports).settings.loadIfExists()?.rows ?? [])
    .filter((r) => r.id.startsWith('template.') || r.id.startsWith('folder.'))
    .map((r) => ({ key: r.id, label: r.label ?? '', value: r.value ?? '' }));
  const messages = ports.workbooks.within(id, (nextPorts) => {
    ensureSchema(nextPorts);
    writeRegistry(nextPorts, carried);
    return setupProgramme(nextPorts, next);
  });
  return {
    lines: [
      `${created ? 'Создана' : 'Проверена'} таблица ${label} учебного года (в папке ${quoted(next.outputFolder)}, «${label.replace('/', '–')} учебный год»): все листы, дорожная карта с новыми сроками, кураторы, шаблоны документов этого года, приём анкет и ежедневная проверка.`,
      ...messages.filter((m) => /Дорожная карта|автоматические/i.test(m)),
    ],
  };
}

/**
 * The mentors who agreed to continue are invited to the next year's mentor questionnaire, which opens with the
 * consent: nothing of theirs is copied, and this year's consent does not count there. Each letter is marked in
 * the next workbook's Рассылки right after it is sent: a repeated run sends none twice.
 */
const continuingIds = (ports: Ports): string[] => JSON.parse(ports.records.get(KEY.continuing) ?? '[]');

function inviteContinuingMentors(ports: Ports, settings: Settings): StepResult {
  const ids = continuingIds(ports);
  const nextId = ports.records.get(KEY.next);
  if (!ids.length || !nextId)
    return { lines: ['Наставников, продолжающих работу, не отмечено: приглашения не отправлялись.'] };
  const mentors = (openDatabase(ports).mentors.loadIfExists()?.rows ?? []).filter(
    (m) => ids.includes(m.id) && m.email,
  );
  const next = academicYearLabel(settings.academicYearStart + 1);
  return ports.workbooks.within(nextId, (nextPorts) => {
    const form = createOrUpdateForm(nextPorts, 'mentor');
    const url = form.record.shortUrl || form.record.publishedUrl;
    ports.records.set(KEY.nextForm, url);
    const log = openSentLog(nextPorts);
    const codeOf = (m: { email: string | null }) => continueCode(String(m.email));
    for (const m of mentors) {
      const code = codeOf(m);
      if (log.codes.has(code)) continue;
      if (ports.mail.remainingQuota() < 1) {
        log.close();
        const sent = mentors.filter((x) => log.codes.has(codeOf(x))).length;
        return {
          lines: [],
          waiting: `Дневной лимит писем исчерпан: отправлено приглашений ${sent} из ${mentors.length}. Нажмите «Закрыть учебный год» завтра — данные удаляются только после всех приглашений.`,
        };
      }
      const { campaign, message } = continueInvitation(settings.academicYearStart + 1, url, String(m.email));
      log.send({ campaign, code, email: message.to }, message);
    }
    log.close();
    return {
      lines: [
        `Приглашения в анкету наставника ${next} учебного года (с согласием нового года) отправлены: ${mentors.length}. Их прежние данные и согласия в новую таблицу не переносятся.`,
      ],
    };
  });
}

function links(ports: Ports, settings: Settings): LinkView[] {
  const out: LinkView[] = [];
  const next = ports.records.get(KEY.next);
  const label = academicYearLabel(settings.academicYearStart + 1);
  if (next)
    out.push({
      label: `Таблица ${label} учебного года`,
      url: `https://docs.google.com/spreadsheets/d/${next}/edit`,
    });
  const form = ports.records.get(KEY.nextForm);
  if (form) out.push({ label: `Анкета наставника ${label}`, url: form });
  return [...destructionLinks(ports), ...out];
}
