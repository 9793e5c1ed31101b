/**
 * Running the conformance assertions (conformance/assertions.ts) and writing their report sheet: the same code on
 * the emulator (tests/emulator/conformance.test.ts) and on a real account (conformance/main.ts).
 */
import { ASSERTIONS, type Services } from './assertions';

export interface ReportRow {
  method: string;
  what: string;
  /** JSON of the documented value. */
  documented: string;
  /** JSON of what the emulator returns: the documented value unless a known gap says otherwise. */
  emulator: string;
  /** JSON of what this run observed, or the error it threw. */
  observed: string;
  reference: string;
}

const json = (value: unknown) => JSON.stringify(value === undefined ? null : value);

/**
 * Runs every assertion on the given services, each in a fresh sheet of `spreadsheet`, and cleans up after
 * itself (the sheets, files, triggers and properties it made). Never throws: an error is an observation.
 */
export function runAssertions(
  g: Services,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): ReportRow[] {
  const cleanUps: (() => void)[] = [];
  const rows = ASSERTIONS.map((a, k) => {
    const sheet = spreadsheet.insertSheet(`conformance-${k + 1}`);
    let observed: string;
    try {
      observed = json(a.observe({ g, spreadsheet, sheet, later: (fn) => cleanUps.push(fn) }));
    } catch (e) {
      observed = `threw: ${e instanceof Error ? e.message : String(e)}`;
    }
    cleanUps.push(() => spreadsheet.deleteSheet(sheet));
    const documented = json(a.expected);
    const emulator = a.emulatorGap ? json(a.emulatorGap.observed) : documented;
    return { method: a.method, what: a.what, documented, emulator, observed, reference: a.reference };
  });
  for (const fn of cleanUps) {
    try {
      fn();
    } catch {
      // Clean-up is best effort: a leftover scratch file must not hide the report.
    }
  }
  return rows;
}

export const REPORT_SHEET = 'Conformance report';
export const REPORT_HEADER = [
  'method',
  'what',
  'documented',
  'expected by the emulator',
  'observed',
  'observed = emulator',
  'observed = documented',
  'reference',
];

/**
 * Writes the report in one batch to its own sheet (replaced on every run); returns how many observations
 * differ from the emulator and from the documented values.
 */
export function writeReport(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  rows: ReportRow[],
): { fromEmulator: number; fromDocumented: number } {
  const old = spreadsheet.getSheetByName(REPORT_SHEET);
  if (old) spreadsheet.deleteSheet(old);
  const sheet = spreadsheet.insertSheet(REPORT_SHEET);
  const mark = (same: boolean) => (same ? 'да' : 'НЕТ');
  const values = [
    REPORT_HEADER,
    // Text cells: a JSON value such as "=1+1" or "42" must show as written, not as a formula or a number.
    ...rows.map((r) => [
      r.method,
      r.what,
      r.documented,
      r.emulator,
      r.observed,
      mark(r.observed === r.emulator),
      mark(r.observed === r.documented),
      r.reference,
    ]),
  ];
  sheet.getRange(1, 1, values.length, REPORT_HEADER.length).setNumberFormat('@').setValues(values);
  return {
    fromEmulator: rows.filter((r) => r.observed !== r.emulator).length,
    fromDocumented: rows.filter((r) => r.observed !== r.documented).length,
  };
}
