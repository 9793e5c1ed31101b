import type { ResponseSheetPort, TriggerPort } from '../services/ports';
import { ensureDailyTrigger, removeWorkbookTriggers } from './schedule';

function sheetById(id: number): GoogleAppsScript.Spreadsheet.Sheet | null {
  return SpreadsheetApp.getActive().getSheetById(id);
}

/** Response sheets by id: one read or one write per call. */
export const gasResponses: ResponseSheetPort = {
  read(sheetId) {
    const sheet = sheetById(sheetId);
    return sheet ? { name: sheet.getName(), values: sheet.getDataRange().getValues() } : null;
  },
  readRow(sheetId, row) {
    const sheet = sheetById(sheetId);
    if (!sheet) return null;
    const width = Math.max(sheet.getLastColumn(), 1);
    const header = sheet.getRange(1, 1, 1, width).getValues()[0];
    const range = sheet.getRange(row, 1, 1, width);
    return { header, values: range.getValues()[0], display: range.getDisplayValues()[0] };
  },
  blankRows(sheetId, rowNumbers, fromColumn) {
    const sheet = sheetById(sheetId);
    if (!sheet || !rowNumbers.length) return;
    const width = sheet.getLastColumn() - fromColumn + 1;
    if (width <= 0) return;
    // One clear per run of adjacent rows, never a read-modify-write over the span: values read and written
    // back would turn another teacher's answer `=HYPERLINK(…)` or `- научиться …` into a live formula. A person
    // has few rows; closing the year clears them all in one call.
    const sorted = [...new Set(rowNumbers)].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length;) {
      let end = i;
      while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
      sheet.getRange(sorted[i], fromColumn, end - i + 1, width).clearContent();
      i = end + 1;
    }
  },
  countAnswers(sheetId) {
    const sheet = sheetById(sheetId);
    return sheet ? Math.max(sheet.getLastRow() - 1, 0) : 0;
  },
};

export const gasTriggers: TriggerPort = {
  ensureFormSubmitTrigger(handler) {
    const ss = SpreadsheetApp.getActive();
    const exists = ScriptApp.getUserTriggers(ss).some(
      (t) => t.getHandlerFunction() === handler && String(t.getEventType()) === 'ON_FORM_SUBMIT',
    );
    if (exists) return false;
    ScriptApp.newTrigger(handler).forSpreadsheet(ss).onFormSubmit().create();
    return true;
  },
  ensureDailyTrigger,
  removeWorkbookTriggers,
};
