/**
 * Entry of the conformance project (`npm run conformance` → conformance/dist/Code.js): `runConformance` runs
 * every assertion of conformance/assertions.ts against the real services of the account it runs in, in the
 * spreadsheet the script is bound to, and writes the report sheet.
 */
import type { Services } from './assertions';
import { REPORT_SHEET, runAssertions, writeReport } from './report';

export function runConformance(): string {
  const services: Services = {
    SpreadsheetApp,
    FormApp,
    DocumentApp,
    DriveApp,
    MailApp,
    PropertiesService,
    CacheService,
    LockService,
    ScriptApp,
    // Enabled by the add-on's appsscript.json, which the conformance project uses too.
    Sheets: Sheets!,
    HtmlService,
  };
  const spreadsheet = SpreadsheetApp.getActive();
  if (!spreadsheet)
    throw new Error(
      'Bind this project to a scratch spreadsheet (Extensions → Apps Script) and run it there.',
    );
  const rows = runAssertions(services, spreadsheet);
  const differ = writeReport(spreadsheet, rows);
  return (
    `${rows.length} assertions: ${differ.fromEmulator} observed differently from the emulator, ` +
    `${differ.fromDocumented} from the documented value. See the sheet «${REPORT_SHEET}».`
  );
}

/** The handler of the trigger an assertion creates and deletes at once; never runs. */
export function conformanceNoop(): void {}
