import { Emulator } from '../../emulator';
import { deserializeState, serializeState } from '../../emulator/core/persist';

describe('embedded charts', () => {
  it('are built, inserted, read back, persisted, updated and removed as data', () => {
    const em = new Emulator();
    const ss = em.openNewSpreadsheet('Charts');
    const sheet = ss.getActiveSheet();
    sheet.getRange(1, 1, 3, 2).setValues([
      ['Пункт', 'Балл'],
      ['А', 7],
      ['Б', 9],
    ]);
    const { Charts } = em.globals;
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange('A1:B3'))
      .setNumHeaders(1)
      .setPosition(5, 2, 10, 0)
      .setOption('title', 'Баллы')
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored.getChartId()).toEqual(expect.any(Number));
    expect(stored.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B3']);
    expect(stored.getOptions().get('title')).toBe('Баллы');
    expect(stored.getContainerInfo().getAnchorRow()).toBe(5);

    const reloaded = new Emulator(deserializeState(serializeState(em.state)));
    const again = reloaded.globals.SpreadsheetApp.openById(ss.getId()).getActiveSheet().getCharts();
    expect(again).toHaveLength(1);
    expect(again[0].getOptions().get('title')).toBe('Баллы');

    sheet.updateChart(stored.modify().setOption('title', 'Новые баллы').build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Новые баллы');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
    expect(() => sheet.newChart().build()).toThrow('addRange');
    expect(() =>
      sheet.newChart().setChartType('PIES' as unknown as GoogleAppsScript.Charts.ChartType),
    ).toThrow('Invalid argument');
  });

  it('SpreadsheetApp.setActiveSpreadsheet makes a spreadsheet active (triggers and web apps have none)', () => {
    const em = new Emulator();
    const ss = em.globals.SpreadsheetApp.create('Другая');
    expect(em.globals.SpreadsheetApp.getActive()).toBeNull();
    em.globals.SpreadsheetApp.setActiveSpreadsheet(ss);
    expect(em.globals.SpreadsheetApp.getActive()?.getId()).toBe(ss.getId());
  });
});
