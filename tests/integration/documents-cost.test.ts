import { LETTER, PLAN } from '../../src/domain/documents/plan-letter';
import { ORDER_PAIRS } from '../../src/domain/documents/orders';
import { openDatabase } from '../../src/services/db/database';
import { runGeneration } from '../../src/services/documents/generation-outcome';
import { yearFolder } from '../../src/services/documents/templates';
import { readSettings } from '../../src/services/setup/settings';
import { workbookWithPairs } from './fixture';

/**
 * What a document costs in service calls (each a round trip in Apps Script) and in emulated (Node) time.
 * The figures are printed for the issue notes and bounded here so that a regression shows.
 */
describe('cost of a document', () => {
  // Bounds per document, the batch's fixed cost (settings, register, lock, template, folder, journal) included;
  // the Docs and PDFs of a batch are recorded as the add-on's own in one call (created-files.ts).
  it.each([
    // Issue 13: a letter 42 → 11.8 → 9.2 → 7.4 calls, a plan 170 → 11.8 → 9.2 → 7.4, the pairs order
    // 301 → 37 → 29 → 20 (the 29 counted the test's own read of the register, 3 calls; the action took 26).
    ['plan', PLAN, 10, 7.4],
    ['letter', LETTER, 10, 7.4],
    ['orderPairs', ORDER_PAIRS, 1, 20],
  ] as const)('%s', (_name, decl, n, bound) => {
    const wb = workbookWithPairs(decl === ORDER_PAIRS ? 20 : n);
    // The year's folder exists after the first batch of the year (that one pays 6 calls more to make it).
    yearFolder(wb.ports, readSettings(wb.ports));
    const limits = { maxDocs: 100, maxMillis: 1e9, clock: () => 0 };
    wb.emulator.calls.reset();
    const started = performance.now();
    runGeneration(wb.ports, decl, '', limits);
    const ms = performance.now() - started;
    // Counted before the test reads the register itself.
    const total = wb.emulator.calls.total();
    const made = openDatabase(wb.ports)
      .documents.load()
      .rows.filter((r) => r.kind === decl.kind);
    const calls = wb.emulator.calls;
    const perDoc = total / made.length;
    console.log(
      `${_name}: ${made.length} docs, ${total} calls (${perDoc.toFixed(1)}/doc), ${(ms / made.length).toFixed(1)} ms/doc emulated`,
      JSON.stringify(calls.snapshot()),
    );
    expect(made.length).toBe(decl === ORDER_PAIRS ? 1 : n);
    expect(made.every((r) => r.status === 'готов')).toBe(true);
    expect(perDoc).toBeLessThanOrEqual(bound);
    // Drive is reached only through the Drive API (drive.file), never DriveApp (full drive scope).
    expect(calls.sum('DriveApp') + calls.sum('File.') + calls.sum('Folder.')).toBe(0);
  });
});
