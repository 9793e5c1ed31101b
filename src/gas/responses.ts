import type { CachePort, ResponseSheetPort, TriggerPort } from '../services/ports';
import { ensureDailyTrigger } from './schedule';

function sheetById(id: number): GoogleAppsScript.Spreadsheet.Sheet | null {
  return SpreadsheetApp.getActive().getSheetById(id);
}

/** Response sheets by id: one read or one write per call. */
export const gasResponses: ResponseSheetPort = {
  read(sheetId) {
    const sheet = sheetById(sheetId);
    return sheet ? { name: sheet.getName(), values: sheet.getDataRange().getValues() } : null;
  },
  blankRows(sheetId, rowNumbers, fromColumn) {
    const sheet = sheetById(sheetId);
    if (!sheet || !rowNumbers.length) return;
    const width = sheet.getLastColumn() - fromColumn + 1;
    if (width <= 0) return;
    const first = Math.min(...rowNumbers);
    const last = Math.max(...rowNumbers);
    // One read and one write over the span: rows in between are written back unchanged.
    const range = sheet.getRange(first, fromColumn, last - first + 1, width);
    const values = range.getValues();
    for (const n of rowNumbers) values[n - first] = new Array(width).fill('');
    range.setValues(values);
  },
  countAnswers(sheetId) {
    const sheet = sheetById(sheetId);
    return sheet ? Math.max(sheet.getLastRow() - 1, 0) : 0;
  },
};

/** Duplicate form-submit events arrive within seconds: the document cache remembers what was handled. */
export const gasCache: CachePort = {
  has: (key) => CacheService.getDocumentCache()?.get(key) !== null,
  put: (key, seconds) => CacheService.getDocumentCache()?.put(key, '1', seconds),
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
};
