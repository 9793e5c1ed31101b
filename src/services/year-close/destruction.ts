import { DESTRUCTION_ACT, DESTRUCTION_LOG } from '../../domain/documents/destruction-act';
import {
  destructionActData,
  destructionLogData,
  type DestructionReason,
  type DestructionSubject,
} from '../../domain/documents/destruction-data';
import type { DocumentKind } from '../../domain/documents/kinds';
import { academicYearLabel, countOf, formatDate } from '../../domain/format/ru';
import { isDate, normalizeEmail } from '../../domain/format/values';
import { WITHDRAWN_NAME } from '../../domain/forms/intake';
import type { DocumentRow } from '../../domain/schema/sheets';
import type { Settings } from '../../domain/settings';
import type { LinkView } from '../../api/types';
import { openDatabase } from '../db/database';
import { readFormRecords } from '../forms/registry';
import { isOrder } from '../forms/withdraw-traces';
import { generateDocuments, isReady } from '../documents/generate';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import { documentLabel, ERASURE_ACTION, PERSONAL_SHEETS, SCRUBBED_SHEETS } from './erase';

/**
 * The act of destruction of the year's personal data and its log export (Приказ Роскомнадзора № 179), made by
 * «Закрыть учебный год»: the act just before the erasure, from the bases as they are (the act is the one place
 * their names remain — the operator's record of the destruction), the export right after it, from Журнал.
 * Between the two only the number of people is kept (the add-on's records), never a name.
 */

/** How many people the act lists and why: the export cites them once the names are gone. */
const ACT_KEY = 'destruction.act';

interface ActRecord {
  subjects: number;
  reason: 'yearClosed' | 'termOver';
  termEnd?: string;
}

function readActRecord(ports: Ports): { subjects: number; reason: DestructionReason } {
  const r = JSON.parse(ports.records.get(ACT_KEY) ?? '{"subjects":0,"reason":"yearClosed"}') as ActRecord;
  return {
    subjects: r.subjects,
    reason:
      r.reason === 'termOver' && r.termEnd
        ? { kind: 'termOver', termEnd: new Date(r.termEnd) }
        : { kind: 'yearClosed' },
  };
}

const PEOPLE = ['человек', 'человека', 'человек'] as const;

/**
 * Everyone whose data the erasure deletes: every row of Наставляемые and Наставники (whatever its status: the
 * row goes) but the emptied row of someone who withdrew; then, by address, anyone else the consent records
 * (an answer held for its code) or the response sheets (a curator's own questionnaire) still hold. A
 * continuing mentor is listed too — this workbook's data of theirs is deleted like everyone's — with a note
 * that the next year's workbook keeps the address their invitation went to.
 */
function destructionSubjects(
  ports: Ports,
  settings: Settings,
  continuing: { ids: readonly string[]; nextYear: string },
): DestructionSubject[] {
  const db = openDatabase(ports);
  const out: DestructionSubject[] = [];
  const seen = new Set<string>();
  const add = (
    person: { id?: string; fullName?: string | null; email?: string | null },
    role: DestructionSubject['role'],
  ) => {
    const email = normalizeEmail(String(person.email ?? ''));
    // A withdrawn person's row keeps only its id (pairs refer to it): their data went at the withdrawal.
    const fullName = String(person.fullName ?? '').trim();
    const name = (fullName === WITHDRAWN_NAME ? '' : fullName) || email;
    const key = email || name.toLocaleLowerCase('ru');
    if (!name || seen.has(key)) return;
    seen.add(key);
    const invited = role === 'mentor' && !!person.id && continuing.ids.includes(person.id);
    out.push({
      name,
      role,
      ...(invited
        ? {
            note: `Адрес эл. почты сохранён в таблице ${continuing.nextYear} учебного года: на него отправлено приглашение продолжить наставничество с новым согласием.`,
          }
        : {}),
    });
  };
  for (const m of db.mentors.loadIfExists()?.rows ?? []) add(m, 'mentor');
  for (const m of db.mentees.loadIfExists()?.rows ?? []) add(m, 'mentee');
  for (const c of db.consents.loadIfExists()?.rows ?? []) if (c.email) add({ email: c.email }, 'respondent');
  const curators = new Set(settings.curators.map(normalizeEmail));
  for (const email of respondentEmails(ports)) add({ email }, curators.has(email) ? 'curator' : 'respondent');
  return out;
}

const EMAIL_HEADER = /адрес электронной почты|email address/i;

/**
 * The addresses of every answer still on the response sheets (the erasure blanks them all): the curators'
 * own questionnaire, a survey answered by someone no longer in the bases. One read per response sheet.
 */
function respondentEmails(ports: Ports): string[] {
  const out: string[] = [];
  for (const record of Object.values(readFormRecords(ports))) {
    if (!record) continue;
    for (const sheetId of [...record.oldSheetIds, record.sheetId]) {
      const [header, ...rows] = ports.responses.read(sheetId)?.values ?? [];
      const column = (header ?? []).findIndex((h) => EMAIL_HEADER.test(String(h)));
      if (column < 0) continue;
      for (const row of rows) {
        const email = normalizeEmail(String(row[column] ?? ''));
        if (email) out.push(email);
      }
    }
  }
  return out;
}

/** The orders that stay (with the names they carry), as the act names them. */
function keptOrders(ports: Ports): string[] {
  const rows = openDatabase(ports).documents.loadIfExists()?.rows ?? [];
  return rows.filter((r) => isOrder(r) && r.docUrl).map(documentLabel);
}

const yearSubject = (settings: Settings) => `${academicYearLabel(settings.academicYearStart)} учебный год`;

/**
 * Makes the act, before the erasure. Any failure (a template a curator broke, Google's quota) stops the close
 * here with a Russian message: the erasure does not run without the act, so nothing is lost.
 */
export function makeDestructionAct(
  ports: Ports,
  settings: Settings,
  continuingIds: readonly string[],
  reason: DestructionReason,
): string[] {
  const subjects = destructionSubjects(ports, settings, {
    ids: continuingIds,
    nextYear: academicYearLabel(settings.academicYearStart + 1),
  });
  if (!subjects.length) {
    // The daily check may have deleted them already, with its own act, when the consents' term ran out.
    const earlier = readyRow(ports, 'destructionAct');
    return [
      earlier && isDate(earlier.date)
        ? `Персональных данных участников в базах уже нет: акт об их уничтожении составлен ${formatDate(earlier.date)}.`
        : 'В базах нет персональных данных участников: акт об уничтожении персональных данных не составлялся.',
    ];
  }
  const facts = {
    subjects,
    clearedSheets: PERSONAL_SHEETS.map((s) => s.name),
    scrubbedSheets: SCRUBBED_SHEETS.map((s) => s.name),
    kept: keptOrders(ports),
    actor: ports.runtime.userEmail(),
    reason,
  };
  try {
    generateDocuments(ports, DESTRUCTION_ACT, [
      {
        subjectId: '',
        subject: yearSubject(settings),
        data: (date, number) => destructionActData({ settings, date, number }, facts),
      },
    ]);
  } catch (e) {
    const why =
      e instanceof UserFacingError ? e.message : `Google не создал документ: ${(e as Error).message}`;
    throw new UserFacingError(
      `Акт об уничтожении персональных данных не составлен, поэтому персональные данные не удалены — ничего не ` +
        `потеряно.\n${why}\nИсправьте это и нажмите «Закрыть учебный год» снова: закрытие продолжится с акта.`,
    );
  }
  const record: ActRecord = {
    subjects: subjects.length,
    reason: reason.kind,
    ...(reason.kind === 'termOver' ? { termEnd: reason.termEnd.toISOString() } : {}),
  };
  ports.records.set(ACT_KEY, JSON.stringify(record));
  return [
    `Составлен акт об уничтожении персональных данных (${countOf(subjects.length, PEOPLE)}): его подписывают лица, ` +
      'уничтожившие данные, и утверждает директор. Акт и выгрузку из журнала храните три года.',
  ];
}

function readyRow(ports: Ports, kind: DocumentKind): DocumentRow | null {
  const rows = openDatabase(ports).documents.loadIfExists()?.rows ?? [];
  return rows.find((r) => r.kind === kind && isReady(r)) ?? null;
}

/** Makes the act's appendix, after the erasure: the Журнал rows of the deletion since the act. */
export function makeDestructionLog(ports: Ports, settings: Settings): string[] {
  const act = readyRow(ports, 'destructionAct');
  if (!act || !isDate(act.date)) return [];
  const actDate = act.date;
  const events = (openDatabase(ports).journal.loadIfExists()?.rows ?? [])
    .filter((r) => r.action === ERASURE_ACTION && isDate(r.at) && r.at.getTime() >= actDate.getTime())
    .map((r) => ({
      at: r.at as Date,
      user: String(r.user ?? ''),
      action: String(r.action),
      details: String(r.details ?? ''),
    }));
  const { subjects, reason } = readActRecord(ports);
  const result = generateDocuments(ports, DESTRUCTION_LOG, [
    {
      subjectId: '',
      subject: yearSubject(settings),
      data: (date, number) =>
        destructionLogData({ settings, date, number }, { date: actDate, subjects, reason }, events),
    },
  ]);
  if (!result.made.length)
    return [`Выгрузка из журнала регистрации событий к акту от ${formatDate(actDate)} уже сформирована.`];
  return [
    `Сформирована выгрузка из журнала регистрации событий (${countOf(events.length, ['событие', 'события', 'событий'])} ` +
      `уничтожения) — приложение к акту от ${formatDate(actDate)}.`,
  ];
}

/** «Открыть акт …», «Открыть выгрузку …»: the two documents, once made. */
export function destructionLinks(ports: Ports): LinkView[] {
  const links: LinkView[] = [];
  const labels: [DocumentKind, string][] = [
    ['destructionAct', 'Открыть акт об уничтожении персональных данных'],
    ['destructionLog', 'Открыть выгрузку из журнала регистрации событий'],
  ];
  for (const [kind, label] of labels) {
    const row = readyRow(ports, kind);
    if (row?.docUrl) links.push({ label, url: String(row.docUrl) });
  }
  return links;
}
