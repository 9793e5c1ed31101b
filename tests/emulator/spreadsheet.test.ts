import { EmulatorContext } from '../../emulator/core/context';
import { NotEmulatedError } from '../../emulator/core/errors';
import { deserializeState, serializeState } from '../../emulator/core/persist';
import { emptyState } from '../../emulator/core/state';
import { createSpreadsheetApp } from '../../emulator/spreadsheet';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setup(): {
  ctx: EmulatorContext;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ss: SS;
  sheet: Sheet;
} {
  const ctx = new EmulatorContext(emptyState());
  const app = createSpreadsheetApp(ctx);
  const ss = app.create('Наставничество 2024/25');
  ctx.state.activeSpreadsheetId = ss.getId();
  return { ctx, app, ss, sheet: ss.getSheets()[0] };
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an exception');
}

describe('SpreadsheetApp and Spreadsheet', () => {
  test('create makes one 1000x26 sheet named Лист1, owned by the active user', () => {
    const ctx = new EmulatorContext(emptyState());
    const app = createSpreadsheetApp(ctx);
    expect(app.getActiveSpreadsheet()).toBeNull();
    const ss = app.create('Школа');
    const state = ctx.state.spreadsheets[ss.getId()];
    expect(state.name).toBe('Школа');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    const sheets = ss.getSheets();
    expect(sheets.map((s) => s.getName())).toEqual(['Лист1']);
    expect([sheets[0].getMaxRows(), sheets[0].getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getOwner()!.getEmail()).toBe('curator@school.example');
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual(['curator@school.example']);
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Moscow');
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
    ctx.state.activeSpreadsheetId = ss.getId();
    expect(app.getActive()!.getName()).toBe('Школа');
    expect(app.openById(ss.getId()).getId()).toBe(ss.getId());
    expect(thrown(() => app.openById('nope')).name).toBe('Exception');
  });

  test('sheets: insert, duplicate name, lookup, active sheet, delete', () => {
    const { ss } = setup();
    const pairs = ss.insertSheet('Пары');
    expect(ss.getActiveSheet().getName()).toBe('Пары');
    ss.insertSheet('Настройки', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Настройки', 'Лист1', 'Пары']);
    expect(pairs.getIndex()).toBe(3);
    expect(thrown(() => ss.insertSheet('Пары')).message).toBe(
      'A sheet with the name "Пары" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('Нет такого')).toBeNull();
    expect(ss.getSheetById(pairs.getSheetId())!.getName()).toBe('Пары');
    pairs.addDeveloperMetadata('table', 'pairs');
    ss.deleteSheet(pairs);
    expect(ss.getSheetByName('Пары')).toBeNull();
    expect(ss.createDeveloperMetadataFinder().withKey('table').find()).toHaveLength(0);
    ss.deleteSheet(ss.getSheetByName('Настройки')!);
    expect(thrown(() => ss.deleteSheet(ss.getSheets()[0])).message).toBe(
      "You can't remove all the sheets in a document.",
    );
  });

  test('toast, editors, flush', () => {
    const { ctx, app, ss } = setup();
    ss.toast('Готово', 'Наставник');
    ss.addEditor('deputy@school.example');
    app.flush();
    expect(ctx.state.ui.toasts).toEqual([{ message: 'Готово', title: 'Наставник' }]);
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([
      'curator@school.example',
      'deputy@school.example',
    ]);
    expect(ctx.calls.get('SpreadsheetApp.flush')).toBe(1);
  });
});

describe('Range values', () => {
  test('getValues is sized to the range, blanks are empty strings', () => {
    const { sheet } = setup();
    sheet.getRange('B2').setValue(7);
    expect(sheet.getRange(1, 1, 3, 3).getValues()).toEqual([
      ['', '', ''],
      ['', 7, ''],
      ['', '', ''],
    ]);
    expect(sheet.getRange('A1:A1').getValue()).toBe('');
  });

  test('setValues requires the exact dimensions, with Apps Script messages', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 3, 2);
    const rows = thrown(() => range.setValues([[1, 2]]));
    expect(rows.name).toBe('Exception');
    expect(rows.message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(thrown(() => range.setValues([[1, 2], [3], [4, 5]])).message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  test('Dates come back as Date objects, each read a fresh copy', () => {
    const { sheet } = setup();
    const d = new Date('2024-09-02T07:30:00Z');
    sheet.getRange('A1').setValue(d);
    d.setFullYear(2000); // the cell keeps its own copy
    const first = sheet.getRange('A1').getValue() as Date;
    expect(first).toBeInstanceOf(Date);
    expect(first.toISOString()).toBe('2024-09-02T07:30:00.000Z');
    first.setFullYear(1990);
    expect((sheet.getRange('A1').getValues()[0][0] as Date).toISOString()).toBe('2024-09-02T07:30:00.000Z');
  });

  test('formulas, apostrophes and typed-input coercion', () => {
    const { sheet } = setup();
    sheet.getRange('A1:F1').setValues([['=SUM(B2:B3)', "'=1+1", '42', '3.5', 'true', "'007"]]);
    expect(sheet.getRange('A1:F1').getValues()).toEqual([['', '=1+1', 42, 3.5, true, '007']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=SUM(B2:B3)', '', '']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(B2:B3)');
    // a '+'/'-' that is not a number starts a formula, as typing it does
    sheet.getRange('A2:B2').setValues([['-5', '-нет']]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([[-5, '']]);
    expect(sheet.getRange('B2').getFormula()).toBe('=-нет');
    // a value over a formula removes the formula
    sheet.getRange('A1').setValue('x');
    expect(sheet.getRange('A1').getFormula()).toBe('');
    // a formula-only row still counts as content
    sheet.getRange('A5').setFormula('=NOW()');
    expect(sheet.getLastRow()).toBe(5);
  });

  test("plain-text '@' cells keep strings as they are", () => {
    const { sheet } = setup();
    const col = sheet.getRange('A1:A3').setNumberFormat('@');
    col.setValues([['42'], ['=1+1'], ['+7 900 000-00-00']]);
    expect(col.getValues()).toEqual([['42'], ['=1+1'], ['+7 900 000-00-00']]);
    expect(col.getFormulas()).toEqual([[''], [''], ['']]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('@');
    expect(sheet.getRange('B1').getNumberFormat()).toBe('0.###############');
  });

  test('typed dates become Dates at local midnight of the spreadsheet time zone', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['2024-09-02', '05.03.2025']]);
    const [iso, ru] = sheet.getRange('A1:B1').getValues()[0] as Date[];
    expect(iso.toISOString()).toBe('2024-09-01T21:00:00.000Z'); // Moscow is UTC+3
    expect(ru.toISOString()).toBe('2025-03-04T21:00:00.000Z');
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['2024-09-02', '05.03.2025']]);
  });

  test('getDisplayValues follows number formats and the ru locale', () => {
    const { ss, sheet } = setup();
    const r = sheet.getRange('A1:H1');
    r.setValues([
      [3.5, 3.5, 1234.5, 0.35, 12, new Date('2024-09-02T09:05:00Z'), new Date('2024-09-01T21:00:00Z'), true],
    ]);
    r.setNumberFormats([
      ['0.###############', '0.00', '#,##0', '0%', '@', 'dd.MM.yyyy HH:mm', '', 'General'],
    ]);
    sheet.getRange('G1').setNumberFormat('dd.MM.yyyy');
    expect(r.getDisplayValues()).toEqual([
      ['3,5', '3,50', '1\u00a0235', '35%', '12', '02.09.2024 12:05', '02.09.2024', 'ИСТИНА'],
    ]);
    sheet.getRange('A2:C2').setValues([[new Date('2024-09-01T21:00:00Z'), 1 / 3, -2.5]]);
    expect(sheet.getRange('A2:C2').getDisplayValues()).toEqual([['02.09.2024', '0,3333333333', '-2,5']]);
    ss.setSpreadsheetLocale('en_US');
    expect(r.getDisplayValues()[0].slice(0, 4)).toEqual(['3.5', '3.50', '1,235', '35%']);
    expect(sheet.getRange('A2').getDisplayValue()).toBe('9/2/2024');
    expect(sheet.getRange('H1').getDisplayValue()).toBe('TRUE');
  });

  test('notes, clear and clearContent', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setValues([[1, 2]]);
    r.setNumberFormat('0.00');
    sheet.getRange('A1').setNote('проверить');
    expect(r.getNotes()).toEqual([['проверить', '']]);
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getNumberFormats()).toEqual([['0.00', '0.00']]);
    r.setValues([[1, 2]]);
    r.clear();
    expect(r.getNumberFormats()[0][0]).toBe('0.###############');
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('ranges and A1 notation', () => {
  test('getRange variants, offset, A1 round trip and bounds', () => {
    const { sheet } = setup();
    const r = sheet.getRange('b2:C10');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow()]).toEqual([
      2, 2, 9, 2, 10,
    ]);
    expect(r.getA1Notation()).toBe('B2:C10');
    expect(sheet.getRange('A:C').getA1Notation()).toBe('A:C');
    expect(sheet.getRange('A:C').getNumRows()).toBe(1000);
    expect(sheet.getRange(1, 1, 2).getA1Notation()).toBe('A1:A2');
    expect(r.offset(1, 1, 1, 1).getA1Notation()).toBe('C3');
    expect(r.getSheet().getName()).toBe('Лист1');
    expect(sheet.getRange(1, 27 - 1, 1, 1).getA1Notation()).toBe('Z1');
    expect(thrown(() => sheet.getRange(1001, 1)).message).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(thrown(() => sheet.getRange(0, 1)).message).toBe('The starting row of the range is too small.');
    expect(thrown(() => sheet.getRange('не диапазон')).message).toBe('Range not found');
  });

  test('appendRow writes after the last row; getDataRange covers the content', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    sheet.appendRow(['id', 'ФИО']);
    sheet.appendRow(['m1', 'Иванова А.А.', 5]);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C2');
    expect(sheet.getDataRange().getValues()).toEqual([
      ['id', 'ФИО', ''],
      ['m1', 'Иванова А.А.', 5],
    ]);
  });

  test('appendRow past the last row grows the sheet', () => {
    const { ss } = setup();
    const small = ss.insertSheet('Малый');
    small.deleteRows(2, 999);
    small.appendRow(['a']);
    small.appendRow(['b']);
    expect(small.getMaxRows()).toBe(2);
    expect(small.getRange('A1:A2').getValues()).toEqual([['a'], ['b']]);
  });
});

describe('structure changes shift everything', () => {
  test('insert and delete columns move values, formats, notes, validations and metadata', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1:C1').setValues([['id', 'ФИО', 'Стаж']]);
    sheet.getRange('C2').setValue(5).setNumberFormat('0.00').setNote('лет');
    sheet.getRange('C2').setDataValidation(app.newDataValidation().requireNumberBetween(0, 60).build());
    sheet.getRange('C:C').addDeveloperMetadata('col', 'experience');
    sheet.getRange('B:B').addDeveloperMetadata('col', 'name');

    sheet.insertColumnBefore(2);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['id', '', 'ФИО', 'Стаж']]);
    expect(sheet.getMaxColumns()).toBe(27);
    const exp = sheet.createDeveloperMetadataFinder().withValue('experience').find()[0];
    expect(exp.getLocation().getColumn()!.getA1Notation()).toBe('D:D');
    expect(sheet.getRange('D2').getNumberFormat()).toBe('0.00');
    expect(sheet.getRange('D2').getNote()).toBe('лет');
    expect(sheet.getRange('D2').getDataValidation()!.getCriteriaValues()).toEqual([0, 60]);

    sheet.deleteColumn(3); // the ФИО column and its metadata go
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['id', '', 'Стаж']]);
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .withKey('col')
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['experience']);
    expect(exp.getLocation().getColumn()!.getColumn()).toBe(3);
    expect(sheet.getRange('C2').getDisplayValue()).toBe('5,00');
  });

  test('insert and delete rows move values and ROW metadata', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['h'], ['r2'], ['r3']]);
    sheet.getRange('3:3').addDeveloperMetadata('row', 'third');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['h'], [''], [''], ['r2'], ['r3']]);
    expect(sheet.getMaxRows()).toBe(1002);
    const md = sheet
      .createDeveloperMetadataFinder()
      .withLocationType('ROW' as never)
      .find();
    expect(md[0].getLocation().getRow()!.getRow()).toBe(5);
    sheet.deleteRows(2, 2);
    expect(sheet.getLastRow()).toBe(3);
    expect(md[0].getLocation().getRow()!.getRow()).toBe(3);
    sheet.deleteRow(3);
    expect(sheet.createDeveloperMetadataFinder().find()).toHaveLength(0);
  });
});

describe('developer metadata', () => {
  test('spreadsheet, sheet and column metadata; finders and visibility', () => {
    const { app, ss, sheet } = setup();
    ss.addDeveloperMetadata('schema', '3');
    sheet.addDeveloperMetadata('table', 'mentors', app.DeveloperMetadataVisibility.PROJECT);
    sheet.getRange(1, 2, sheet.getMaxRows(), 1).addDeveloperMetadata('col', 'email');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['schema']);
    const table = sheet.getDeveloperMetadata()[0];
    expect(table.getVisibility()).toBe(app.DeveloperMetadataVisibility.PROJECT);
    expect(table.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.SHEET);
    expect(table.getLocation().getSheet()!.getName()).toBe('Лист1');
    expect(ss.createDeveloperMetadataFinder().find()).toHaveLength(3);
    expect(sheet.createDeveloperMetadataFinder().find()).toHaveLength(2);
    expect(
      sheet
        .getRange('B:B')
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['email']);
    expect(sheet.getRange('A1:C5').createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(
      sheet.getRange('B3').createDeveloperMetadataFinder().onIntersectingLocations().withKey('col').find(),
    ).toHaveLength(1);
    const col = ss
      .createDeveloperMetadataFinder()
      .withId(sheet.getRange('B:B').getDeveloperMetadata()[0].getId())
      .find()[0];
    col.setValue('e-mail');
    expect(ss.createDeveloperMetadataFinder().withValue('e-mail').find()).toHaveLength(1);
    col.remove();
    expect(sheet.getRange('B:B').getDeveloperMetadata()).toHaveLength(0);
    expect(thrown(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).message).toMatch(
      /entire row or column/,
    );
  });
});

describe('validation and protection', () => {
  test('data validation builder and range rules', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['да', 'нет'])
      .setAllowInvalid(false)
      .setHelpText('Выберите да или нет')
      .build();
    sheet.getRange('A2:A4').setDataValidation(rule);
    const got = sheet.getRange('A3').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['да', 'нет'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Выберите да или нет');
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireCheckbox().build());
    expect(
      sheet
        .getRange('A2:B2')
        .getDataValidations()[0]
        .map((v) => v && v.getCriteriaType()),
    ).toEqual(['VALUE_IN_LIST', 'CHECKBOX']);
    sheet.getRange('A2:A4').clearDataValidations();
    expect(sheet.getRange('A3').getDataValidation()).toBeNull();
    // scripts may write values a rule would reject, as in Apps Script
    sheet.getRange('A3').setValue('может быть');
    expect(sheet.getRange('A3').getValue()).toBe('может быть');
  });

  test('protections keep the owner and the current user; others cannot write', () => {
    const { ctx, app, ss, sheet } = setup();
    const p = sheet.protect().setDescription('Персональные данные');
    p.addEditors(['deputy@school.example', 'teacher@school.example']);
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['curator@school.example']);
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(p.getRange().getA1Notation()).toBe('A1:Z1000');

    ctx.state.session.activeUser = 'teacher@school.example';
    expect(thrown(() => sheet.getRange('A1').setValue('x')).message).toMatch(/protected cell/);
    ctx.state.session.activeUser = 'curator@school.example';
    p.setWarningOnly(true);
    ctx.state.session.activeUser = 'teacher@school.example';
    sheet.getRange('A1').setValue('x');
    expect(sheet.getRange('A1').getValue()).toBe('x');
    p.remove();
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });
});

describe('emulator contract', () => {
  test('calls are counted per method', () => {
    const { ctx, sheet } = setup();
    ctx.calls.reset();
    const r = sheet.getRange('A1:B2');
    r.getValues();
    r.getValues();
    r.setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(ctx.calls.get('Range.getValues')).toBe(2);
    expect(ctx.calls.get('Range.setValues')).toBe(1);
    expect(ctx.calls.get('Sheet.getRange')).toBe(1);
  });

  test('methods that are not emulated throw NotEmulatedError', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B1').merge()).toThrow(NotEmulatedError);
    expect(() => sheet.getRange('A1').setFontWeight('bold')).toThrow(NotEmulatedError);
  });

  test('a saved and reloaded state reads the same', () => {
    const { ctx, ss, sheet } = setup();
    sheet.getRange('A1:D1').setValues([['ФИО', 3.5, new Date('2024-09-02T09:00:00Z'), '=A1']]);
    sheet.getRange('B1').setNumberFormat('0.00');
    sheet.getRange('A:A').addDeveloperMetadata('col', 'name');
    const reloaded = new EmulatorContext(deserializeState(serializeState(ctx.state)));
    const again = createSpreadsheetApp(reloaded).openById(ss.getId()).getSheetByName('Лист1')!;
    const values = again.getRange('A1:D1').getValues();
    expect(values[0].slice(0, 2)).toEqual(['ФИО', 3.5]);
    expect((values[0][2] as Date).toISOString()).toBe('2024-09-02T09:00:00.000Z');
    expect(again.getRange('D1').getFormula()).toBe('=A1');
    expect(again.getRange('B1').getDisplayValue()).toBe('3,50');
    expect(again.getRange('A:A').getDeveloperMetadata()[0].getValue()).toBe('name');
  });
});
