import { ALL_SHEETS, MENTEES } from '../../src/domain/schema/sheets';
import { createGasPorts } from '../../src/gas/ports';
import { openDatabase } from '../../src/services/db/database';
import { withCachedReads } from '../../src/services/db/read-cache';
import { UserFacingError } from '../../src/services/errors';
import { setupProgramme } from '../../src/services/setup/setup-programme';
import { buildOverview } from '../../src/services/overview/build-overview';
import { SCHOOL, configuredWorkbook, freshWorkbook } from './fixture';

const teacher = (i: number) => ({
  fullName: `Учитель Номер ${i}`,
  email: `t${i}@school.example`,
  position: 'Учитель',
  subjects: 'Математика',
  experienceYears: i % 30,
  category: 'первая',
  status: 'в базе',
  consentPd: new Date(2022, 8, 10),
  youngTeacher: i % 3 === 0,
  requests: '',
  curatorNotes: '',
});

/** The sheet column (1-based) a new workbook gives a declared Наставляемые column. */
const column = (key: string) => MENTEES.columns.findIndex((c) => c.key === key) + 1;

describe('setup creates the database', () => {
  it('creates every declared sheet with its headers, frozen header row and the journal entry', () => {
    const { ports, ss } = freshWorkbook();
    const messages = setupProgramme(ports, SCHOOL);
    for (const schema of ALL_SHEETS) {
      const sheet = ss.getSheetByName(schema.name);
      expect(sheet).not.toBeNull();
      expect(sheet!.getRange(1, 1, 1, schema.columns.length).getValues()[0]).toEqual(
        schema.columns.map((c) => c.header),
      );
      expect(sheet!.getFrozenRows()).toBe(1);
    }
    expect(messages).toContain('Создан лист «Наставляемые».');
    expect(messages).toContain('Удалён пустой лист «Лист1».');
    expect(ss.getSheetByName('Лист1')).toBeNull();
    const journal = openDatabase(ports).journal.load().rows;
    expect(journal).toHaveLength(1);
    expect(journal[0].action).toBe('Настройка программы');
    expect(journal[0].user).toBe('curator@school.example');
  });

  it('is safe to run twice: no new sheets, the roadmap is not duplicated, settings are updated', () => {
    const { ports, ss } = configuredWorkbook();
    const sheetsBefore = ss.getSheets().length;
    const messages = setupProgramme(ports, { ...SCHOOL, city: 'г. Киров' });
    expect(ss.getSheets().length).toBe(sheetsBefore);
    expect(messages.some((m) => m.startsWith('Создан лист'))).toBe(false);
    expect(openDatabase(ports).roadmap.load().rows).toHaveLength(16);
    expect(openDatabase(ports).settings.load().find('city')!.value).toBe('г. Киров');
  });

  it('keeps a first sheet the curator already used', () => {
    const { ports, ss } = freshWorkbook();
    ss.getSheetByName('Лист1')!.getRange('A1').setValue('мои заметки');
    setupProgramme(ports, SCHOOL);
    expect(ss.getSheetByName('Лист1')!.getRange('A1').getValue()).toBe('мои заметки');
  });

  it('restores a deleted sheet and a deleted optional column on the next setup', () => {
    const { ports, ss } = configuredWorkbook();
    ss.deleteSheet(ss.getSheetByName('Встречи')!);
    const mentees = ss.getSheetByName(MENTEES.name)!;
    const requestsCol = MENTEES.columns.findIndex((c) => c.key === 'requests') + 1;
    mentees.deleteColumn(requestsCol);
    expect(() => openDatabase(ports).meetings.load()).toThrow('Нет листа «Встречи»');
    const messages = setupProgramme(ports, SCHOOL);
    expect(messages).toContain('Создан лист «Встречи».');
    expect(messages).toContain('На лист «Наставляемые» добавлен столбец «Запросы».');
    expect(openDatabase(ports).mentees.load().rows).toEqual([]);
  });
});

describe('tables are read and written in one batch each', () => {
  it('reads 100 rows with one getValues and writes them with one setValues', () => {
    const { ports, emulator } = configuredWorkbook();
    const db = openDatabase(ports);
    db.mentees.append(Array.from({ length: 100 }, (_, i) => teacher(i)));
    emulator.calls.reset();

    const table = db.mentees.load();
    expect(table.rows).toHaveLength(100);
    expect(emulator.calls.get('Range.getValues')).toBe(1);

    for (const row of table.rows) table.update(row.id, { status: 'отобран' });
    table.save();
    expect(emulator.calls.get('Range.setValues')).toBe(1);
    expect(emulator.calls.get('Range.getValues')).toBe(1);
    expect(db.mentees.load().rows.every((r) => r.status === 'отобран')).toBe(true);
  });

  it('gives every row a stable id, also to rows a curator typed in by hand', () => {
    const { ports, ss } = configuredWorkbook();
    const db = openDatabase(ports);
    const [stored] = db.mentees.append([teacher(1)]);
    expect(stored.id).toMatch(/^MT-[0-9a-f]{10}$/);
    // Typed in by hand, in the sheet's own column order, with no id.
    const typed: Record<string, string> = {
      fullName: 'Вручную Внесённая Учительница',
      email: 'hand@school.example',
      status: 'в базе',
    };
    ss.getSheetByName(MENTEES.name)!.appendRow(MENTEES.columns.map((c) => typed[c.key] ?? ''));
    const table = db.mentees.load();
    const hand = table.rows.find((r) => r.email === 'hand@school.example')!;
    expect(hand.id).toMatch(/^MT-/);
    table.save();
    const again = db.mentees.load();
    expect(again.find(hand.id)?.fullName).toBe('Вручную Внесённая Учительница');
    expect(again.find(stored.id)?.email).toBe('t1@school.example');
  });
});

describe('reads cached within one use case', () => {
  it('reads a sheet once, and again only after a write to it', () => {
    const { ports, emulator } = configuredWorkbook();
    openDatabase(ports).mentees.append([teacher(1)]);
    const cached = withCachedReads(ports);
    const db = openDatabase(cached);
    emulator.calls.reset();
    db.mentees.load();
    db.mentees.load();
    expect(db.mentees.check()).toEqual([]);
    expect(emulator.calls.get('Range.getValues')).toBe(1);
    db.mentees.append([teacher(2)]);
    expect(db.mentees.load().rows).toHaveLength(2);
    expect(emulator.calls.get('Range.getValues')).toBe(2);
  });
});

describe('a curator changes the sheet', () => {
  it('an inserted column with the curator’s own notes survives a save, reordered columns are found', () => {
    const { ports, ss } = configuredWorkbook();
    const db = openDatabase(ports);
    db.mentees.append([teacher(1), teacher(2)]);
    const sheet = ss.getSheetByName(MENTEES.name)!;
    sheet.insertColumnAfter(2);
    sheet.getRange(1, 3, 3, 1).setValues([['Мой комментарий'], ['позвонить'], ['=1+1']]);

    const table = db.mentees.load();
    table.update(table.rows[0].id, { subjects: 'Алгебра' });
    table.save();

    expect(sheet.getRange(2, 3).getValue()).toBe('позвонить');
    expect(sheet.getRange(3, 3).getFormula()).toBe('=1+1');
    expect(db.mentees.load().rows.map((r) => r.subjects)).toEqual(['Алгебра', 'Математика']);
  });

  it('removing rows deletes their whole sheet rows, so the curator’s own column stays aligned', () => {
    const { ports, ss } = configuredWorkbook();
    const db = openDatabase(ports);
    const rows = db.mentees.append([teacher(1), teacher(2), teacher(3), teacher(4)]);
    const sheet = ss.getSheetByName(MENTEES.name)!;
    const own = sheet.getLastColumn() + 1;
    sheet.getRange(1, own, 5, 1).setValues([['Заметка'], ['первая'], ['вторая'], ['третья'], ['четвёртая']]);
    const table = db.mentees.load();
    table.remove(rows[1].id);
    table.remove(rows[2].id);
    table.update(rows[3].id, { subjects: 'Физика' });
    table.save();
    expect(db.mentees.load().rows.map((r) => r.email)).toEqual(['t1@school.example', 't4@school.example']);
    expect(sheet.getRange(2, own, 2, 1).getValues().flat()).toEqual(['первая', 'четвёртая']);
    expect(db.mentees.load().find(rows[3].id)!.subjects).toBe('Физика');
  });

  it('a renamed required column is found by its key and reported, not silently lost', () => {
    const { ports, ss } = configuredWorkbook();
    const db = openDatabase(ports);
    db.mentees.append([teacher(7)]);
    const sheet = ss.getSheetByName(MENTEES.name)!;
    sheet.getRange(1, column('fullName')).setValue('Ф.И.О. педагога');

    expect(db.mentees.load().rows[0].fullName).toBe('Учитель Номер 7');
    const problems = buildOverview(ports).problems;
    expect(problems).toContain(
      'На листе «Наставляемые» столбец «ФИО» переименован в «Ф.И.О. педагога». Данные сохраняются, но лучше вернуть прежнее название.',
    );
  });

  it('a required column that is gone stops the action with a Russian message and writes nothing', () => {
    const { ports, ss, emulator } = configuredWorkbook();
    const db = openDatabase(ports);
    db.mentees.append([teacher(7)]);
    const sheet = ss.getSheetByName(MENTEES.name)!;
    sheet.deleteColumn(column('email'));
    emulator.calls.reset();
    expect(() => db.mentees.load()).toThrow(UserFacingError);
    expect(() => db.mentees.load()).toThrow('нет столбца «Эл. почта»');
    expect(emulator.calls.get('Range.setValues')).toBe(0);
  });

  it('text from users that looks like a formula stays text and reads back unchanged', () => {
    const { ports, ss } = configuredWorkbook();
    const db = openDatabase(ports);
    const evil = '=HYPERLINK("http://evil.example","Нажмите")';
    const [row] = db.mentees.append([
      { ...teacher(3), requests: evil, subjects: '+7 912 000-00-00', curatorNotes: '@user' },
    ]);
    const sheet = ss.getSheetByName(MENTEES.name)!;
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    const back = db.mentees.load().find(row.id)!;
    expect(back.requests).toBe(evil);
    expect(back.subjects).toBe('+7 912 000-00-00');
    expect(back.curatorNotes).toBe('@user');

    // Saved again untouched, it is still text (the apostrophe is re-applied on every write).
    const table = db.mentees.load();
    table.update(row.id, { status: 'отобран' });
    table.save();
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    expect(db.mentees.load().find(row.id)!.requests).toBe(evil);
  });

  it('a value a curator typed that does not fit the column type is kept, not blanked, when others change', () => {
    const { ports, ss } = configuredWorkbook();
    const db = openDatabase(ports);
    const [row] = db.mentees.append([teacher(4)]);
    const sheet = ss.getSheetByName(MENTEES.name)!;
    const expCol = MENTEES.columns.findIndex((c) => c.key === 'experienceYears') + 1;
    sheet.getRange(2, expCol).setValue('около десяти');
    const table = db.mentees.load();
    expect(table.find(row.id)!.experienceYears).toBeNull();
    table.update(row.id, { status: 'отобран' });
    table.save();
    expect(sheet.getRange(2, expCol).getValue()).toBe('около десяти');
  });
});

describe('reading several sheets in one batch (Sheets API)', () => {
  it('gives exactly what the one-sheet reads give, dates and texts included, and null for a missing sheet', () => {
    const { ports, emulator } = configuredWorkbook();
    openDatabase(ports).mentees.append([teacher(1), teacher(2), { ...teacher(3), fullName: "'=1+2" }]);
    const reads = [
      { sheetName: MENTEES.name },
      { sheetName: MENTEES.name, headerOnly: true },
      { sheetName: 'Нет такого листа' },
    ];
    emulator.calls.reset();
    const got = ports.sheets.readMany(reads);
    expect(emulator.calls.total()).toBeLessThanOrEqual(3);
    expect(got.values[0]).toEqual(ports.sheets.readValues(MENTEES.name));
    expect(
      got.values[0]![1][
        ALL_SHEETS.find((s) => s === MENTEES)!.columns.findIndex((c) => c.key === 'consentPd')
      ],
    ).toEqual(new Date(2022, 8, 10));
    expect(got.values[1]).toEqual([ports.sheets.readHeader(MENTEES.name)]);
    expect(got.values[2]).toBeNull();
    expect(got.sheetNames).toEqual(ports.sheets.sheetNames());
  });

  it('the overview reads every sheet it needs in at most 4 service calls', () => {
    const { ports, emulator } = configuredWorkbook();
    openDatabase(ports).mentees.append([teacher(1), teacher(2)]);
    emulator.calls.reset();
    // As the sidebar calls it: an execution of its own, which opens the spreadsheet first.
    buildOverview({ ...createGasPorts(), runtime: ports.runtime });
    // Issue 13: 53 → 5 → 4 (the add-on's records come with the first read).
    expect(emulator.calls.total()).toBeLessThanOrEqual(4);
    expect(emulator.calls.get('Range.getValues')).toBe(0);
  });
});
