import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSERTIONS, type Services } from '../../conformance/assertions';
import { REPORT_HEADER, REPORT_SHEET, runAssertions } from '../../conformance/report';
import { Emulator } from '../../emulator';
import { loadScript } from '../../emulator/runtime';
import { setHtmlFileSource } from '../../emulator/html';

/**
 * The conformance kit's assertions (conformance/assertions.ts) on the emulator: it must produce every
 * documented value. `npm run conformance` bundles the same definitions for a real account.
 */
function scratch() {
  const emulator = new Emulator();
  emulator.setNow(new Date(2024, 8, 2, 10, 0));
  const spreadsheet = emulator.openNewSpreadsheet('Проверка эмулятора');
  // The conformance project's HTML files, as `clasp push` uploads them with its Code.js.
  setHtmlFileSource(emulator.ctx, (name) => {
    const file = join(__dirname, '..', '..', 'conformance', `${name}.html`);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  });
  const services = {} as Services;
  emulator.install(services);
  return { emulator, spreadsheet, services };
}

describe('conformance assertions on the emulator', () => {
  const { spreadsheet, services } = scratch();
  const rows = runAssertions(services, spreadsheet);

  it.each(ASSERTIONS.map((a, k) => [a.method, a.what, k] as const))('%s: %s', (_method, _what, k) => {
    expect(rows[k].observed).toBe(rows[k].emulator);
  });

  it('differs from the reference only where a known gap says so', () => {
    expect(rows.filter((r) => r.observed !== r.documented).map((r) => r.method)).toEqual([
      'Range.setValue / Range.getFormula',
    ]);
  });

  it('cleans up after itself: no scratch sheet, file, trigger or property left', () => {
    expect(spreadsheet.getSheets().map((s) => s.getName())).not.toContainEqual(
      expect.stringMatching(/^conformance-/),
    );
    expect(services.ScriptApp.getProjectTriggers()).toHaveLength(0);
    expect(services.PropertiesService.getScriptProperties().getKeys()).toEqual([]);
    const files = services.DriveApp.getFiles();
    let live = 0;
    while (files.hasNext()) if (!files.next().isTrashed()) live++;
    expect(live).toBe(1); // the scratch spreadsheet itself
  });
});

describe('npm run conformance: the bundled project on the emulator', () => {
  it('builds conformance/dist and its runConformance writes a report in which every row is ok', () => {
    const root = join(__dirname, '..', '..');
    execFileSync(process.execPath, [join(root, 'scripts', 'conformance.mjs')], { cwd: root });
    const dist = join(root, 'conformance', 'dist');
    const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
    expect(manifest.timeZone).toBe('Europe/Moscow');
    const { emulator, spreadsheet } = scratch();
    const script = loadScript(emulator, readFileSync(join(dist, 'Code.js'), 'utf8'));
    expect(script.call('runConformance')).toBe(
      `${ASSERTIONS.length} assertions: 0 observed differently from the emulator, 1 from the documented ` +
        'value. See the sheet «Conformance report».',
    );
    const report = spreadsheet.getSheetByName(REPORT_SHEET)!.getDataRange().getValues();
    expect(report[0]).toEqual(REPORT_HEADER);
    expect(report.slice(1).map((r) => [r[0], r[5]])).toEqual(ASSERTIONS.map((a) => [a.method, 'да']));
    // JSON such as ["=1+1","007"] is stored as text, not turned into a formula or a number.
    expect(report.find((r) => r[0] === 'Range.setValues / Range.getFormulas')![4]).toBe(
      '[["=1+1","007"],["",""]]',
    );
  });
});
