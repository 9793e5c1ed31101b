/**
 * The act of destruction of personal data made by «Закрыть учебный год» (Приказ Роскомнадзора от 28.10.2022
 * № 179): it lists exactly the people whose data the close deletes, is made before the deletion (which never
 * runs without it), its appendix is the export of the deletion's rows of Журнал, a stopped or repeated close
 * makes neither twice, and no name outlives it in the workbook.
 */
import { renderDocumentHtml } from '../../emulator/documents';
import { templateRegistryKey } from '../../src/domain/documents/templates';
import { formatDateTime } from '../../src/domain/format/ru';
import { createGasPorts } from '../../src/gas/ports';
import { readFormRecords } from '../../src/services/forms/registry';
import { menteeAnswers, Q } from '../bundle/built';
import { CURATOR, type Attack } from './harness';
import {
  CLOSE,
  closeYear,
  continuing,
  formId,
  PEOPLE,
  rowsOf,
  tracesInSheets,
  yearInMay,
} from './year-fixture';

/** The live (not trashed) Docs whose name, after its date («2023-05-30 »), starts so, with their text. */
function docs(a: Attack, prefix: string): { id: string; text: string }[] {
  return Object.values(a.emulator.state.documents)
    .filter((d) => d.name.slice(11).startsWith(prefix) && !a.emulator.state.drive.files[d.id]?.trashed)
    .map((d) => ({ id: d.id, text: DocumentApp.openById(d.id).getBody().getText() }));
}
const WITHDRAWN = ['Соколова Нина Павловна', 'sokolova@school.example'] as const;
const acts = (a: Attack) => docs(a, 'Акт об уничтожении');
const logs = (a: Attack) => docs(a, 'Выгрузка из журнала');

/** The act's table of subjects: one line per person, «№ / ФИО / роль / примечание». */
function subjectRows(a: Attack, docId: string): string[][] {
  const table = DocumentApp.openById(docId).getBody().getTables()[0];
  return Array.from({ length: table.getNumRows() }, (_, r) =>
    Array.from({ length: table.getRow(r).getNumCells() }, (__, c) => table.getCell(r, c).getText()),
  ).slice(1);
}

describe('Акт об уничтожении персональных данных (Приказ Роскомнадзора № 179)', () => {
  it('lists exactly the people erased, with the continuing mentor noted, and the fields the order requires', () => {
    const a = yearInMay();
    // A teacher who withdrew her consent during the year is no longer in the bases: her data went then.
    a.emulator.submitForm(formId(a, 'Анкета наставляемого'), menteeAnswers(WITHDRAWN[0]), WITHDRAWN[1]);
    expect(a.failure(() => a.run('intake:withdraw', WITHDRAWN[1]))).toBeNull();
    const { last } = closeYear(a, continuing(PEOPLE.smirnova[1]));
    expect(last.message).toBe('Учебный год закрыт.');
    a.as(CURATOR);
    const [act] = acts(a);
    expect(acts(a)).toHaveLength(1);
    const rows = subjectRows(a, act.id);
    expect(rows.map((r) => [r[1], r[2]]).sort()).toEqual(
      [
        [PEOPLE.smirnova[0], 'наставник'],
        [PEOPLE.kuznetsov[0], 'наставник'],
        [PEOPLE.petrova[0], 'наставляемая'],
        [PEOPLE.orlova[0], 'наставляемая'],
      ].sort(),
    );
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4']);
    expect(act.text).not.toContain('Соколова');
    // Her data here are deleted like everyone's; the act says the next year's workbook has her address.
    const smirnova = rows.find((r) => r[1] === PEOPLE.smirnova[0])!;
    expect(smirnova[3]).toMatch(/таблице 2023\/2024 учебного года: на него отправлено приглашение/);
    expect(rows.filter((r) => r[3])).toHaveLength(1);

    const text = act.text;
    expect(text).toContain('Оператор персональных данных: Муниципальное бюджетное');
    expect(text).toMatch(/по поручению оператора: Google LLC \(1600 Amphitheatre Parkway/);
    expect(text).toContain('чьи персональные данные уничтожены (4 человека)');
    expect(text).toMatch(
      /категорий уничтоженных персональных данных: фамилия, имя, отчество; адрес электронной почты;/,
    );
    expect(text).toMatch(
      /информационной системы .*: «Программа наставничества МБОУ МУК № 4 г\. Кирова на 2022\/2023 учебный год»/,
    );
    // The method says what the add-on does, trash and version history included.
    expect(text).toMatch(/«Наставник» — строки листов «Наставляемые», «Наставники».* очищены/);
    expect(text).toMatch(
      /в корзину Google Диска: Google окончательно удаляет файлы из корзины через 30 дней/,
    );
    expect(text).toMatch(/истории версий таблицы/);
    expect(text).toMatch(/Причина уничтожения: достижение цели обработки персональных данных/);
    expect(text).toContain('Дата уничтожения персональных данных: 30.05.2023.');
    expect(text).toMatch(
      /Не уничтожались: приказы .*\(Приказ об утверждении наставнических пар\/групп № 1 от 15\.09\.2022\)/,
    );
    expect(text).toContain(`по команде из учётной записи ${CURATOR}`);
    // What the add-on cannot know is a marked blank line, never invented: who destroyed the data, the address
    // when setup has none (the fixture school's settings give it).
    expect(text).toMatch(/_{10,} \(фамилия, имя, отчество: впишите от руки\)/);
    expect(text).toMatch(/_{10,} \(должность: впишите от руки\)/);
    expect(text).not.toMatch(/\{\{|\(ы\)|\.\./);
    expect(text).not.toMatch(/«[^»\n]*«/); // nested quotes are „лапки“
    // Laid out as every document (PAGE_STYLE, ГОСТ Р 7.0.97-2025): fields 20/10/20/30 mm, Times New Roman.
    const html = renderDocumentHtml(a.emulator.state, act.id);
    expect(/data-margins-mm="([\d ]+)"/.exec(html)?.[1]).toBe('20 10 20 30');
    const styles = [...html.matchAll(/<p style="([^"]*)"/g)].map((m) => m[1]);
    expect(styles.length).toBeGreaterThan(20);
    expect(styles.every((st) => st.includes('font-family:Times New Roman'))).toBe(true);
  });

  it('its appendix is the export of Журнал: the deletion’s rows, with the subjects, categories, system, reason, date', () => {
    const a = yearInMay();
    closeYear(a, continuing());
    a.as(CURATOR);
    const journal = rowsOf(a.ss, 'Журнал').filter(
      (r) => r[3] === 'Удаление персональных данных учебного года',
    );
    expect(journal).toHaveLength(1);
    const [log] = logs(a);
    expect(logs(a)).toHaveLength(1);
    const table = DocumentApp.openById(log.id).getBody().getTables()[0];
    const cells = (r: number) =>
      Array.from({ length: table.getRow(r).getNumCells() }, (_, c) => table.getCell(r, c).getText());
    expect(table.getNumRows()).toBe(2);
    expect(cells(1)).toEqual([
      '1',
      formatDateTime(journal[0][1] as Date),
      String(journal[0][2]),
      String(journal[0][3]),
      String(journal[0][4]),
    ]);
    expect(log.text).toContain('акте об уничтожении персональных данных от 30.05.2023 (4 человека)');
    expect(log.text).toMatch(/Причина уничтожения: достижение цели обработки/);
    expect(log.text).toContain('Дата уничтожения персональных данных: 30.05.2023.');
    expect(log.text).toMatch(/Информационная система персональных данных: «Программа наставничества/);
  });

  it('no name outlives the act in the workbook, and «Открыть акт» offers it in the archive', () => {
    const a = yearInMay();
    closeYear(a, continuing(PEOPLE.smirnova[1]));
    a.as(CURATOR);
    expect(tracesInSheets(a.ss)).toEqual([]);
    const records = JSON.stringify(a.emulator.state.spreadsheets[a.ss.getId()]);
    expect(records).not.toMatch(/Смирнов|Кузнецов|Петров|Орлов/);
    const opened = a.run('year:destructionAct');
    expect(opened.links?.map((l) => l.label)).toEqual([
      'Открыть акт об уничтожении персональных данных',
      'Открыть выгрузку из журнала регистрации событий',
    ]);
    const step = opened.overview.stages.flatMap((s) => s.steps).find((s) => s.code === '7.2')!;
    expect(step.actions.map((x) => x.label)).toContain('Открыть акт');
  });

  it('a second click and a close stopped after the act make neither document twice', () => {
    const a = yearInMay();
    a.emulator.stopExecutionAfter('Range.clearContent');
    expect(a.failure(() => a.run(CLOSE, continuing()))).not.toBeNull();
    a.as(CURATOR);
    expect(acts(a)).toHaveLength(1);
    // Made once, from the bases as they were: «Сформировать заново» refuses it, and trashes nothing.
    const actRow = rowsOf(a.ss, 'Документы').find((r) => r[1] === 'Акт об уничтожении персональных данных')!;
    expect(a.failure(() => a.run('documents:regenerate:7.2', String(actRow[0])))).toMatch(
      /^«Акт об уничтожении персональных данных» составляется один раз, при закрытии учебного года, и заново не формируется/,
    );
    expect(acts(a)).toHaveLength(1);
    closeYear(a, continuing());
    closeYear(a, continuing());
    a.as(CURATOR);
    expect(acts(a)).toHaveLength(1);
    expect(logs(a)).toHaveLength(1);
    // The act made before the stop still lists everyone: the resumed close did not make it again from the
    // half-emptied bases.
    expect(subjectRows(a, acts(a)[0].id)).toHaveLength(4);
    const register = rowsOf(a.ss, 'Документы').map((r) => String(r[1]));
    expect(register.filter((t) => t === 'Акт об уничтожении персональных данных')).toHaveLength(1);
  });

  it('when the act cannot be made, nothing is deleted and the curator is told why in Russian', () => {
    const a = yearInMay();
    // The curator broke the act's template: an unknown placeholder.
    const registry = rowsOf(a.ss, 'Настройки').find((r) => r[0] === templateRegistryKey('destructionAct'))!;
    DocumentApp.openById(String(registry[2])).getBody().appendParagraph('{{директор.подпись}}');
    const message = a.failure(() => a.run(CLOSE, continuing()));
    expect(message).toMatch(
      /^Акт об уничтожении персональных данных не составлен, поэтому персональные данные не удалены/,
    );
    expect(message).toMatch(/Шаблон «Шаблон — Акт об уничтожении персональных данных» нельзя использовать/);
    a.as(CURATOR);
    expect(rowsOf(a.ss, 'Наставники')).toHaveLength(2);
    expect(tracesInSheets(a.ss).length).toBeGreaterThan(10);

    // Fixed, the close goes on from the act, once.
    DocumentApp.openById(String(registry[2])).getBody().replaceText('\\{\\{директор\\.подпись\\}\\}', '');
    const { last } = closeYear(a, continuing());
    expect(last.message).toBe('Учебный год закрыт.');
    expect(acts(a)).toHaveLength(1);
    expect(subjectRows(a, acts(a)[0].id)).toHaveLength(4);
  });

  it('stopped right after copying the act’s template: nothing deleted, resumed with one act', () => {
    const a = yearInMay();
    a.emulator.stopExecutionAfter('Drive.Files.copy', (args) =>
      /Акт об уничтожении/.test(JSON.stringify(args)),
    );
    expect(a.failure(() => a.run(CLOSE, continuing()))).not.toBeNull();
    a.as(CURATOR);
    expect(rowsOf(a.ss, 'Наставники')).toHaveLength(2);
    const { last } = closeYear(a, continuing());
    expect(last.message).toBe('Учебный год закрыт.');
    expect(acts(a)).toHaveLength(1);
    expect(subjectRows(a, acts(a)[0].id)).toHaveLength(4);
  });

  it('the daily check deleting the data when the consents’ term is over makes the act and its export first', () => {
    const a = yearInMay();
    a.emulator.setNow(new Date(2023, 8, 1, 8, 0));
    a.emulator.runDueClockTriggers();
    a.as(CURATOR);
    expect(rowsOf(a.ss, 'Наставники')).toEqual([]);
    const [act] = acts(a);
    expect(subjectRows(a, act.id)).toHaveLength(4);
    expect(act.text).toMatch(
      /Причина уничтожения: истечение срока действия согласий на обработку персональных данных \(31\.08\.2023\)/,
    );
    expect(act.text).toContain('Дата уничтожения персональных данных: 01.09.2023.');
    expect(logs(a)[0].text).toMatch(/Причина уничтожения: истечение срока действия согласий/);
    // The curator closes the year afterwards: no second act, and the close says when the first was made.
    const { last } = closeYear(a, continuing());
    a.as(CURATOR);
    expect(last.details?.join('\n')).toContain('акт об их уничтожении составлен 01.09.2023');
    expect(last.details?.join('\n')).toContain(
      'Выгрузка из журнала регистрации событий к акту от 01.09.2023 уже сформирована.',
    );
    expect([acts(a).length, logs(a).length]).toEqual([1, 1]);
  });

  it('the daily check with a broken act template deletes nothing and says why in Журнал', () => {
    const a = yearInMay();
    const registry = rowsOf(a.ss, 'Настройки').find((r) => r[0] === templateRegistryKey('destructionAct'))!;
    DocumentApp.openById(String(registry[2])).getBody().appendParagraph('{{директор.подпись}}');
    a.emulator.setNow(new Date(2023, 8, 1, 8, 0));
    a.emulator.runDueClockTriggers();
    a.as(CURATOR);
    expect(rowsOf(a.ss, 'Наставники')).toHaveLength(2);
    const journal = rowsOf(a.ss, 'Журнал').filter((r) => r[3] === 'Истёк срок согласий: данные не удалены');
    expect(journal).toHaveLength(1);
    expect(String(journal[0][4])).toMatch(/^Акт об уничтожении персональных данных не составлен/);
  });

  it('a withdrawal between the act and the end of the deletion keeps the act, which still lists everyone', () => {
    const a = yearInMay();
    a.emulator.stopExecutionAfter('Range.clearContent');
    expect(a.failure(() => a.run(CLOSE, continuing()))).not.toBeNull();
    a.as(CURATOR);
    expect(rowsOf(a.ss, 'Наставники')).toHaveLength(2); // the mentees' rows went, the mentors' not yet
    const withdrawn = a.run('intake:withdraw', PEOPLE.kuznetsov[1]);
    expect(withdrawn.details?.join('\n')).toMatch(
      /Акт об уничтожении персональных данных .*хранится три года/,
    );
    expect(acts(a)).toHaveLength(1);
    closeYear(a, continuing());
    a.as(CURATOR);
    expect(acts(a)).toHaveLength(1);
    expect(subjectRows(a, acts(a)[0].id).map((r) => r[1])).toContain(PEOPLE.kuznetsov[0]);
  });

  it('lists a curator whose answers to the curators’ questionnaire it deletes, by address', () => {
    const a = yearInMay();
    a.run('form:curator');
    const answers = Object.fromEntries(
      Object.entries(Q)
        .filter(([k]) => k.startsWith('curator.'))
        .map(([k, title]) => [title, /^curator\.cur_/.test(k) ? '8' : 'Ответ куратора']),
    );
    const curatorForm = readFormRecords(createGasPorts()).curator!.formId;
    a.emulator.submitForm(curatorForm, answers, CURATOR);
    closeYear(a, continuing());
    a.as(CURATOR);
    const rows = subjectRows(a, acts(a)[0].id);
    expect(rows).toHaveLength(5);
    expect(rows.at(-1)!.slice(1, 3)).toEqual([CURATOR, 'куратор программы']);
    expect(acts(a)[0].text).toContain('(5 человек)');
  });
});
