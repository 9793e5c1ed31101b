import { Emulator, NotEmulatedError } from '../../emulator';

function workbook() {
  const emulator = new Emulator();
  emulator.setNow(new Date(2022, 8, 15, 10, 0));
  const ss = emulator.openNewSpreadsheet('Книга');
  emulator.install(globalThis);
  const sheet = ss.getSheets()[0];
  sheet.setName('Лист 1');
  return { emulator, ss, sheet, api: emulator.globals.Sheets as GoogleAppsScript.Sheets };
}

describe('advanced Sheets service (Sheets API v4)', () => {
  it('is present only when the manifest enables it, under its userSymbol', () => {
    expect(new Emulator(undefined, { manifest: {} }).globals.Sheets).toBeUndefined();
    const renamed = new Emulator(undefined, {
      manifest: {
        dependencies: {
          enabledAdvancedServices: [{ userSymbol: 'SheetsApi', serviceId: 'sheets', version: 'v4' }],
        },
      },
    });
    expect(renamed.globals.SheetsApi).toBeDefined();
    expect(
      () =>
        new Emulator(undefined, {
          manifest: {
            dependencies: {
              enabledAdvancedServices: [{ userSymbol: 'S', serviceId: 'sheets', version: 'v3' }],
            },
          },
        }),
    ).toThrow(NotEmulatedError);
  });

  it('get lists the sheets with their properties and the spreadsheet time zone', () => {
    const { ss, api, emulator } = workbook();
    ss.insertSheet('Второй');
    emulator.calls.reset();
    const got = api.Spreadsheets!.get(ss.getId());
    expect(emulator.calls.get('Sheets.Spreadsheets.get')).toBe(1);
    expect(got.properties?.timeZone).toBe(ss.getSpreadsheetTimeZone());
    expect(got.sheets?.map((s) => s.properties?.title)).toEqual(['Лист 1', 'Второй']);
    expect(got.sheets?.[1].properties?.sheetId).toBe(ss.getSheetByName('Второй')!.getSheetId());
    expect(got.sheets?.[0].data).toBeUndefined();
  });

  it('grid data of ranges: typed values, date serials in the sheet time zone, trailing blanks left out', () => {
    const { ss, sheet, api } = workbook();
    sheet.getRange(1, 1, 3, 3).setValues([
      ['Имя', 'Дата', 'Да'],
      // 10:30 in Moscow, the spreadsheet's zone, whatever zone the tests run in.
      ["'007", new Date(Date.UTC(2022, 8, 15, 7, 30)), true],
      [12.5, '', ''],
    ]);
    sheet.getRange('B2').setNumberFormat('dd.MM.yyyy HH:mm');
    const got = api.Spreadsheets!.get(ss.getId(), {
      ranges: ["'Лист 1'", "'Лист 1'!1:1"],
      includeGridData: true,
    });
    const [whole, header] = got.sheets![0].data!;
    expect(header.rowData).toHaveLength(1);
    expect(whole.rowData).toHaveLength(3);
    const row2 = whole.rowData![1].values!;
    expect(row2[0].effectiveValue).toEqual({ stringValue: '007' });
    expect(row2[2].effectiveValue).toEqual({ boolValue: true });
    expect(row2[1].effectiveFormat?.numberFormat?.type).toBe('DATE_TIME');
    // 15.09.2022 10:30 Moscow is 44819 days and 10.5 hours after 30.12.1899.
    expect(row2[1].effectiveValue?.numberValue).toBeCloseTo(44819 + 10.5 / 24, 8);
    expect(whole.rowData![2].values).toHaveLength(1);
  });

  it('a range on a missing sheet fails the whole call, as the API does', () => {
    const { ss, api } = workbook();
    expect(() =>
      api.Spreadsheets!.get(ss.getId(), { ranges: ['Нет такого'], includeGridData: true }),
    ).toThrow('Unable to parse range');
  });

  it('anything else is not emulated', () => {
    const { ss, api } = workbook();
    expect(() => api.Spreadsheets!.Values!.batchGet(ss.getId(), { ranges: ['A1'] })).toThrow(
      NotEmulatedError,
    );
    expect(() =>
      api.Spreadsheets!.batchUpdate({ requests: [{ addSheet: { properties: { title: 'Х' } } }] }, ss.getId()),
    ).toThrow(NotEmulatedError);
  });

  const record = (key: string, value: string, at: object = { spreadsheet: true }) => ({
    createDeveloperMetadata: {
      developerMetadata: { metadataKey: key, metadataValue: value, visibility: 'PROJECT', location: at },
    },
  });

  it('batchUpdate creates spreadsheet-level developer metadata, one reply per request, as getDeveloperMetadata sees it', () => {
    const { ss, api } = workbook();
    const res = api.Spreadsheets!.batchUpdate({ requests: [record('a', '1'), record('b', '2')] }, ss.getId());
    expect(res.replies?.map((r) => r.createDeveloperMetadata?.developerMetadata?.metadataKey)).toEqual([
      'a',
      'b',
    ]);
    expect(res.replies?.[0].createDeveloperMetadata?.developerMetadata?.location).toEqual({
      locationType: 'SPREADSHEET',
      spreadsheet: true,
    });
    const seen = ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), String(m.getVisibility())]);
    expect(seen).toEqual([
      ['a', '1', 'PROJECT'],
      ['b', '2', 'PROJECT'],
    ]);
  });

  it('batchUpdate applies all requests or none', () => {
    const { ss, api } = workbook();
    const bad = {
      createDeveloperMetadata: { developerMetadata: { metadataKey: 'c', location: { spreadsheet: true } } },
    };
    expect(() => api.Spreadsheets!.batchUpdate({ requests: [record('a', '1'), bad] }, ss.getId())).toThrow(
      /visibility is required/,
    );
    expect(() => api.Spreadsheets!.batchUpdate({ requests: [] }, ss.getId())).toThrow(/at least one request/);
    expect(() =>
      api.Spreadsheets!.batchUpdate({ requests: [record('a', '1', { sheetId: 0 })] }, ss.getId()),
    ).toThrow(NotEmulatedError);
    expect(ss.getDeveloperMetadata()).toHaveLength(0);
  });

  it('batchUpdate updateCells stores values as given: text stays text, a serial in a date cell is a date, empty clears', () => {
    const { ss, sheet, api } = workbook();
    sheet.getRange('B2').setNumberFormat('dd.MM.yyyy');
    sheet.getRange('D2').setFormula('=1+1');
    const start = { sheetId: sheet.getSheetId(), rowIndex: 1, columnIndex: 0 };
    const cells = [
      { userEnteredValue: { stringValue: '=2+2' } },
      { userEnteredValue: { numberValue: 44819 } },
      { userEnteredValue: { numberValue: 7 } },
      {},
      { userEnteredValue: { boolValue: true } },
    ];
    api.Spreadsheets!.batchUpdate(
      { requests: [{ updateCells: { start, rows: [{ values: cells }], fields: 'userEnteredValue' } }] },
      ss.getId(),
    );
    const [row] = sheet.getRange('A2:E2').getValues();
    expect(row[0]).toBe('=2+2');
    expect(sheet.getRange('A2').getFormula()).toBe('');
    expect(row[1]).toBeInstanceOf(Date);
    expect(sheet.getRange('B2').getDisplayValue()).toBe('15.09.2022');
    expect(row.slice(2)).toEqual([7, '', true]);
    expect(sheet.getRange('D2').getFormula()).toBe('');
    // Past the grid fails, and nothing of the batch is written.
    const beyond = { ...start, rowIndex: sheet.getMaxRows() };
    expect(() =>
      api.Spreadsheets!.batchUpdate(
        {
          requests: [
            record('a', '1'),
            { updateCells: { start: beyond, rows: [{ values: cells }], fields: 'userEnteredValue' } },
          ],
        },
        ss.getId(),
      ),
    ).toThrow(/beyond the last/);
    expect(ss.getDeveloperMetadata()).toHaveLength(0);
    expect(() =>
      api.Spreadsheets!.batchUpdate(
        { requests: [{ updateCells: { start, rows: [{ values: cells }], fields: '*' } }] },
        ss.getId(),
      ),
    ).toThrow(NotEmulatedError);
  });
});
