import { configuredWorkbook } from './fixture';

/**
 * A sheet the Sheets API listed earlier in the execution (readMany) is read in one spreadsheets.get and written
 * in one batchUpdate: the values must be exactly what the SpreadsheetApp path reads and writes.
 */
describe('sheets the Sheets API already listed', () => {
  const NAME = 'Документы';

  it('read in one call, the same values as getDataRange().getValues()', () => {
    const { ports, ss, emulator } = configuredWorkbook();
    ss.getSheetByName(NAME)!
      .getRange('B2:D2')
      .setValues([['Приказ', new Date(2022, 8, 1), '=1+1']]);
    ports.sheets.readMany([{ sheetName: 'Настройки' }]);
    emulator.calls.reset();
    const viaApi = ports.sheets.readValues(NAME)!;
    expect(emulator.calls.total()).toBe(1);
    expect(viaApi).toEqual(ss.getSheetByName(NAME)!.getDataRange().getValues());
    expect(viaApi[1][2]).toBeInstanceOf(Date);
  });

  it('written in one call as setValues would: a formula-like text stays text, a date a date, blank clears', () => {
    const { ports, ss, emulator } = configuredWorkbook();
    const sheet = ss.getSheetByName(NAME)!;
    const header = sheet.getRange(1, 1, 1, 6).getValues()[0];
    // Вид документа, Номер, Дата (a declared date column: setup formats it), Кому / о ком, Документ.
    expect(header.slice(1)).toEqual(['Вид документа', 'Номер', 'Дата', 'Кому / о ком', 'Документ']);
    sheet.getRange('F3').setValue('было');
    ports.sheets.readMany([{ sheetName: NAME }]);
    emulator.calls.reset();
    const date = new Date(2022, 8, 15);
    ports.sheets.writeBlock(NAME, 3, 2, [['\'=HYPERLINK("x")', '12', date, 'Смирнова', '']]);
    expect(emulator.calls.total()).toBe(1);
    expect(emulator.calls.get('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    const [row] = sheet.getRange('B3:F3').getValues();
    expect(row[0]).toBe('=HYPERLINK("x")');
    expect(sheet.getRange('B3').getFormula()).toBe('');
    // Unprotected text that Sheets would parse as a number is guarded as on the setValues path.
    expect(row[1]).toBe('12');
    expect(row[2]).toEqual(date);
    expect(sheet.getRange('D3').getDisplayValue()).toBe('15.09.2022');
    expect(row.slice(3)).toEqual(['Смирнова', '']);
  });

  it('a sheet deleted meanwhile falls back to the SpreadsheetApp path and its Russian message', () => {
    const { ports, ss } = configuredWorkbook();
    ports.sheets.readMany([{ sheetName: NAME }]);
    ss.deleteSheet(ss.getSheetByName(NAME)!);
    expect(ports.sheets.readValues(NAME)).toBeNull();
    ports.sheets.readMany([{ sheetName: 'Настройки' }]);
    ss.insertSheet('Другой');
    expect(() => ports.sheets.writeBlock(NAME, 2, 1, [['x']])).toThrow(/Нет листа «Документы»/);
  });

  it('records come with the first read, and a record written is seen at once', () => {
    const { ports, emulator } = configuredWorkbook();
    ports.records.set('conformance.a', 'старое');
    ports.sheets.readMany([{ sheetName: NAME }]);
    emulator.calls.reset();
    expect(ports.records.get('conformance.a')).toBe('старое');
    expect(emulator.calls.total()).toBe(0);
    ports.records.set('conformance.a', 'новое');
    expect(ports.records.get('conformance.a')).toBe('новое');
    ports.records.create([['conformance.b', '2']]);
    expect(ports.records.get('conformance.b')).toBe('2');
  });
});
