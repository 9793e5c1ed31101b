/**
 * Issue 10.14: «Закрыть учебный год» through the built add-on on the emulator — what it keeps (a protected
 * archive), what it deletes (every person of the year), what it removes (its triggers) and what it creates
 * (the next year's workbook, set up by setup, with the continuing mentors invited to give fresh consent);
 * resumable, idempotent, curators only. And the consent term and the held answers' term in the daily check.
 */
import { ALL_SHEETS } from '../../src/domain/schema/sheets';
import { mentorAnswers } from '../bundle/built';
import { SCHOOL } from '../integration/fixture';
import { CURATOR, INTRUDER, setUpSchool, type Attack } from './harness';
import {
  CLOSE,
  closeYear,
  continuing,
  formId,
  liveDocs,
  PEOPLE,
  rowsOf,
  TRACE,
  tracesInSheets,
  yearInMay,
} from './year-fixture';

const NEXT_NAME = 'Наставничество 2023/2024 — МБОУ МУК № 4 г. Кирова';

const nextWorkbooks = (a: Attack) =>
  Object.values(a.emulator.state.spreadsheets).filter((s) => s.name === NEXT_NAME);

/** The spreadsheet each of the curator's triggers serves, by handler. */
function triggersBySpreadsheet(a: Attack): Record<string, string[]> {
  a.as(CURATOR);
  const props = PropertiesService.getUserProperties();
  const out: Record<string, string[]> = {};
  for (const t of ScriptApp.getProjectTriggers()) {
    const ss = t.getTriggerSourceId() ?? props.getProperty(`trigger.spreadsheet.${t.getUniqueId()}`) ?? '?';
    (out[ss] ??= []).push(t.getHandlerFunction());
  }
  return out;
}

describe('10.14 «Закрыть учебный год»', () => {
  it('refuses anyone but a curator, on the server, and changes nothing', () => {
    const a = yearInMay();
    a.as(INTRUDER);
    expect(a.failure(() => a.run(CLOSE, continuing()))).toMatch(/Действия программы выполняют кураторы/);
    expect(nextWorkbooks(a)).toHaveLength(0);
    a.as(CURATOR);
    expect(rowsOf(a.ss, 'Наставники')).toHaveLength(2);
  });

  it('keeps the register and the figures, deletes every person, removes the triggers, starts the next year', () => {
    const a = yearInMay();
    const before = tracesInSheets(a.ss).length;
    expect(before).toBeGreaterThan(10);
    expect(triggersBySpreadsheet(a)[a.ss.getId()]?.sort()).toEqual(['onDailyCheck', 'onFormSubmit']);
    const sent = a.emulator.outbox.length;

    const { last } = closeYear(a, continuing(PEOPLE.smirnova[1]));
    expect(last.message).toBe('Учебный год закрыт.');

    // Deleted: no sheet of the archive holds a name or an e-mail of the year's people (cells: >10 → 0).
    expect(tracesInSheets(a.ss)).toEqual([]);
    for (const name of ['Наставники', 'Наставляемые', 'Пары и группы', 'Встречи', 'Рейтинг наставников'])
      expect(rowsOf(a.ss, name)).toEqual([]);
    // Every answer is gone from the response sheets and from the forms, which accept no more answers.
    const answers = a.ss.getSheetByName('Ответы: анкета наставника')!.getDataRange().getValues().slice(1);
    expect(answers.length).toBe(2);
    expect(answers.every((r) => r.slice(1).every((v) => v === ''))).toBe(true);
    for (const title of ['Анкета наставника', 'Анкета наставляемого']) {
      const form = a.emulator.state.forms[formId(a, title)];
      expect([form.responses.length, form.acceptingResponses]).toEqual([0, false]);
    }
    // Kept: the order (register row, Doc, PDF); plans and letters about people went to the trash.
    const docs = liveDocs(a).filter((n) => !n.startsWith('Шаблон'));
    expect(docs.some((n) => /Приказ № 1 об утверждении/.test(n))).toBe(true);
    expect(docs.filter((n) => /план|письмо/i.test(n))).toEqual([]);
    const register = rowsOf(a.ss, 'Документы');
    // order + 2 plans + 2 letters + the act of destruction and its log export: the register keeps what was made
    expect(register.length).toBe(7);
    expect(register.filter((r) => String(r[5]).includes('docs.google.com'))).toHaveLength(3);
    // Kept: the figures without names.
    const summary = Object.fromEntries(rowsOf(a.ss, 'Итоги года').map((r) => [r[1], r[2]]));
    expect(summary['Наставников в базе']).toBe(2);
    expect(summary['Утверждённых наставнических пар']).toBe(2);
    expect(summary['Встреч пар и групп внесено']).toBe(1);
    expect(summary['Ответов на анкету «Анкета наставляемого»']).toBe(2);
    // Read-only for everyone but the curators: an editor writes none of the archive's sheets.
    a.as(INTRUDER);
    const writable = a.ss
      .getSheets()
      .filter((s) => a.failure(() => s.getRange('A2').setValue('x')) === null)
      .map((s) => s.getName());
    expect(writable).toEqual([]);
    // The triggers of this workbook are gone; the next workbook has its own.
    const next = nextWorkbooks(a);
    expect(next).toHaveLength(1);
    const triggers = triggersBySpreadsheet(a);
    expect(triggers[a.ss.getId()]).toBeUndefined();
    expect(triggers[next[0].id]?.sort()).toEqual(['onDailyCheck', 'onFormSubmit']);

    // Created by setup's own path: every declared sheet, the next year in Настройки, no person carried over.
    const nextSs = SpreadsheetApp.openById(next[0].id);
    expect(nextSs.getSheets().map((s) => s.getName())).toEqual(
      expect.arrayContaining(ALL_SHEETS.map((s) => s.name)),
    );
    const settings = Object.fromEntries(rowsOf(nextSs, 'Настройки').map((r) => [r[0], r[2]]));
    expect(String(settings.academicYearStart)).toBe('2023');
    expect(rowsOf(nextSs, 'Дорожная карта').length).toBeGreaterThan(10);
    for (const name of ['Наставники', 'Наставляемые', 'Согласия']) expect(rowsOf(nextSs, name)).toEqual([]);
    // Born in the next year's folder, beside the documents of that year.
    const parent = a.emulator.state.drive.files[next[0].id].parents[0];
    expect(a.emulator.state.drive.folders[parent].name).toBe('2023–2024 учебный год');
    // The continuing mentor (and only she) is invited to the new year's questionnaire, with its consent.
    const invites = a.emulator.outbox.slice(sent);
    expect(invites.map((m) => m.to)).toEqual([PEOPLE.smirnova[1]]);
    const newForm = Object.values(a.emulator.state.forms).filter((f) => f.title === 'Анкета наставника');
    expect(newForm).toHaveLength(2);
    expect(invites[0].body).toMatch(/согласие прошлого года .* не переносится/);
    expect(rowsOf(nextSs, 'Рассылки')).toHaveLength(1);

    // The curator is told what was archived, deleted and created.
    const details = (last.details ?? []).join('\n');
    expect(details).toMatch(/Сохранено в архиве: лист «Итоги года»/);
    expect(details).toMatch(/Удалены строки листов .*«Наставники» \(2\)/);
    expect(details).toMatch(
      /В корзину перемещены документы об участниках: Индивидуальный план наставничества от 15\.09\.2022 \(2\); Благодарственное письмо от 15\.09\.2022 \(2\)\./,
    );
    // The consent records lose their e-mails as such, not counted again as names replaced.
    expect(details).toMatch(/На листе «Согласия» из 8 записей удалены адреса/);
    expect(details).not.toMatch(/заменены .* на листах «Согласия»/);
    expect(details).toMatch(/Сохранены .*Приказ/);
    expect(details).toMatch(/Удалены автоматические действия этой таблицы .*: 2\./);
    expect(details).toMatch(/Создана таблица 2023\/2024 учебного года/);
    expect(last.links?.map((l) => l.label)).toEqual([
      'Открыть акт об уничтожении персональных данных',
      'Открыть выгрузку из журнала регистрации событий',
      'Таблица 2023/2024 учебного года',
      'Анкета наставника 2023/2024',
    ]);
  });

  it('a second click creates no second workbook and sends no second letter; the archive refuses other work', () => {
    const a = yearInMay();
    closeYear(a, continuing(PEOPLE.smirnova[1]));
    const sent = a.emulator.outbox.length;
    const again = closeYear(a, continuing(PEOPLE.smirnova[1], PEOPLE.kuznetsov[1]));
    expect(again.calls).toBe(1);
    expect(again.last.message).toBe('Учебный год закрыт.');
    expect(nextWorkbooks(a)).toHaveLength(1);
    expect(a.emulator.outbox.length).toBe(sent);
    expect(a.failure(() => a.run('form:mentee'))).toMatch(/Учебный год в этой таблице закрыт/);
  });

  it('resumes where it stopped: out of mail quota it deletes nothing, and the next day finishes with one workbook', () => {
    const a = yearInMay();
    a.emulator.state.mail.dailyQuota = 0;
    const first = a.run(CLOSE, continuing(PEOPLE.smirnova[1], PEOPLE.kuznetsov[1]));
    expect(first.more).toBe(false);
    expect(first.message).toMatch(/Дневной лимит писем исчерпан: отправлено приглашений 0 из 2/);
    expect(first.progress).toEqual({ done: 2, total: 8 });
    expect(rowsOf(a.ss, 'Наставники')).toHaveLength(2); // nothing deleted before the invitations
    expect(nextWorkbooks(a)).toHaveLength(1);

    a.emulator.state.mail.dailyQuota = 100;
    a.emulator.setNow(new Date(2023, 4, 31, 10, 0));
    const { last } = closeYear(a, continuing());
    expect(last.message).toBe('Учебный год закрыт.');
    expect(nextWorkbooks(a)).toHaveLength(1);
    expect(
      a.emulator.outbox
        .filter((m) => /приглашение продолжить/.test(m.subject))
        .map((m) => m.to)
        .sort(),
    ).toEqual([PEOPLE.kuznetsov[1], PEOPLE.smirnova[1]]);
    expect(rowsOf(a.ss, 'Наставники')).toEqual([]);
  });
});

describe('10.14 closing survives executions Apps Script stops', () => {
  const isSheetsFile = (args: unknown[]) =>
    (args[0] as { mimeType?: string } | undefined)?.mimeType === 'application/vnd.google-apps.spreadsheet';

  it('stopped right after the next workbook was created, before it was recorded: resumed, still one workbook', () => {
    const a = yearInMay();
    a.emulator.stopExecutionAfter('Drive.Files.create', isSheetsFile);
    expect(a.failure(() => a.run(CLOSE, continuing()))).not.toBeNull();
    expect(nextWorkbooks(a)).toHaveLength(1);
    const { last } = closeYear(a, continuing());
    expect(last.message).toBe('Учебный год закрыт.');
    expect(nextWorkbooks(a)).toHaveLength(1);
    const next = SpreadsheetApp.openById(nextWorkbooks(a)[0].id);
    expect(next.getSheets().map((s) => s.getName())).toEqual(
      expect.arrayContaining(ALL_SHEETS.map((s) => s.name)),
    );
  });

  it('stopped in the middle of deleting: resumed, it finishes the deletion and reports it', () => {
    const a = yearInMay();
    a.emulator.stopExecutionAfter('Range.clearContent');
    expect(a.failure(() => a.run(CLOSE, continuing(PEOPLE.smirnova[1])))).not.toBeNull();
    a.as(CURATOR);
    // Stopped between the bases: the mentees' rows are gone, the mentors' not yet.
    expect([rowsOf(a.ss, 'Наставляемые').length, rowsOf(a.ss, 'Наставники').length]).toEqual([0, 2]);
    expect(tracesInSheets(a.ss).length).toBeGreaterThan(0);
    const { last } = closeYear(a, continuing(PEOPLE.smirnova[1]));
    expect(last.message).toBe('Учебный год закрыт.');
    expect(tracesInSheets(a.ss)).toEqual([]);
    expect(nextWorkbooks(a)).toHaveLength(1);
    expect(a.emulator.outbox.filter((m) => /приглашение продолжить/.test(m.subject))).toHaveLength(1);
  });

  it.each([
    ['after its record was dropped', 'DeveloperMetadata.remove'],
    ['right after the trash call', 'Drive.Files.update'],
  ])(
    'stopped between trashing a plan and updating the register (%s): nobody is told to delete it by hand',
    (_, member) => {
      const a = yearInMay();
      const trashed = () => Object.values(a.emulator.state.drive.files).filter((f) => f.trashed).length;
      a.emulator.stopExecutionAfter(member, () => trashed() > 0);
      expect(a.failure(() => a.run(CLOSE, continuing()))).not.toBeNull();
      a.as(CURATOR);
      const { last } = closeYear(a, continuing());
      expect(last.message).toBe('Учебный год закрыт.');
      expect((last.details ?? []).join('\n')).not.toMatch(/удалите их вручную/);
      expect(liveDocs(a).filter((n) => !n.startsWith('Шаблон') && /план|письмо/i.test(n))).toEqual([]);
      expect(rowsOf(a.ss, 'Документы').filter((r) => String(r[5]).includes('docs.google.com'))).toHaveLength(
        3,
      );
    },
  );

  it('closed by a second curator: the first curator’s triggers of the archive remove themselves the next day', () => {
    const a = yearInMay();
    a.script.call('saveSetup', { ...SCHOOL, curators: [CURATOR, INTRUDER] });
    a.as(INTRUDER);
    const { last } = closeYear(a, continuing());
    expect(last.details?.join('\n')).toContain(`выполнялись от имени ${CURATOR}`);
    expect(triggersBySpreadsheet(a)[a.ss.getId()]?.sort()).toEqual(['onDailyCheck', 'onFormSubmit']);
    a.emulator.setNow(new Date(2023, 4, 31, 8, 0));
    a.emulator.runDueClockTriggers();
    expect(triggersBySpreadsheet(a)[a.ss.getId()]).toBeUndefined();
  });
});

describe('10.14 the daily check honours the terms', () => {
  it('deletes the year’s personal data once the consents’ term (31 August) is over, not before', () => {
    const a = yearInMay();
    a.emulator.setNow(new Date(2023, 7, 31, 8, 0));
    a.emulator.runDueClockTriggers();
    expect(rowsOf(a.ss, 'Наставники')).toHaveLength(2);
    a.emulator.setNow(new Date(2023, 8, 1, 8, 0));
    a.emulator.runDueClockTriggers();
    a.as(CURATOR);
    expect(rowsOf(a.ss, 'Наставники')).toEqual([]);
    expect(tracesInSheets(a.ss)).toEqual([]);
    const journal = rowsOf(a.ss, 'Журнал').map((r) => String(r[3]));
    expect(journal).toContain('Истёк срок согласий на обработку персональных данных');
  });

  it('a held answer nobody confirmed in 14 days is erased and its code no longer counts', () => {
    const a = setUpSchool();
    a.emulator.state.session.verifiedEmailUnavailable = true;
    a.run('form:mentor');
    a.emulator.submitForm(
      formId(a, 'Анкета наставника'),
      mentorAnswers(PEOPLE.smirnova[0]),
      PEOPLE.smirnova[1],
    );
    const code = /код подтверждения: ([0-9A-F]{10})/.exec(a.emulator.outbox.at(-1)!.body)![1];
    const held = () => a.ss.getSheetByName('Ответы: анкета наставника')!.getDataRange().getValues()[1];
    expect(held().some((v) => TRACE.test(String(v)))).toBe(true);
    a.emulator.setNow(new Date(2022, 8, 30, 8, 0));
    a.emulator.runDueClockTriggers();
    a.as(CURATOR);
    expect(held().some((v) => TRACE.test(String(v)))).toBe(false);
    const records = rowsOf(a.ss, 'Согласия');
    expect(records.map((r) => r[5])).toEqual(['не подтверждено в срок']);
    expect(a.failure(() => a.run('consents:confirm', code))).toMatch(/Ответа с таким кодом нет/);
    expect(rowsOf(a.ss, 'Наставники')).toEqual([]);
  });
});
