import type { Ports, WorkbooksPort } from '../services/ports';
import { driveApi } from './advanced';
import { gasLock, gasRuntime } from './runtime';
import { GasForms } from './forms';
import { createGasRecords } from './records';
import { gasResultsPage } from './results-page';
import { gasResponses, gasTriggers } from './responses';
import { GasSheets } from './sheets';
import { GasDocs } from './docs';
import { gasMail } from './mail';
import { gasCharts } from './charts';
import { gasCalendar } from './calendar';

/** The ports of one execution, over the real (or emulated) Apps Script services. */
export function createGasPorts(): Ports {
  const sheets = new GasSheets();
  return {
    sheets,
    runtime: gasRuntime,
    // The records live on the same spreadsheet: one lookup of it and of its id serves both.
    records: createGasRecords(sheets),
    page: gasResultsPage,
    lock: gasLock,
    forms: new GasForms(),
    responses: gasResponses,
    triggers: gasTriggers,
    charts: gasCharts,
    docs: new GasDocs(),
    mail: gasMail,
    calendar: gasCalendar,
    workbooks: gasWorkbooks,
  };
}

const GOOGLE_SHEETS = 'application/vnd.google-apps.spreadsheet';

/**
 * The next year's workbook. It is created through the Drive API in the programme's folder (SpreadsheetApp.create
 * would put it in My Drive's root, and moving it there needs the full drive scope); opening it by id needs the
 * spreadsheets scope the add-on has. Its setup runs through the same ports as this workbook's, with it made the
 * active spreadsheet for the time of the call.
 */
const gasWorkbooks: WorkbooksPort = {
  create(name, folderId) {
    const file = driveApi().Files!.create({ name, mimeType: GOOGLE_SHEETS, parents: [folderId] });
    return { id: file.id!, url: `https://docs.google.com/spreadsheets/d/${file.id}/edit` };
  },
  isLive(id) {
    try {
      return driveApi().Files!.get(id, { fields: 'trashed' }).trashed !== true;
    } catch {
      return false;
    }
  },
  share(id, editors) {
    if (editors.length) SpreadsheetApp.openById(id).addEditors([...editors]);
  },
  within(id, fn) {
    const previous = SpreadsheetApp.getActive();
    SpreadsheetApp.setActiveSpreadsheet(SpreadsheetApp.openById(id));
    try {
      return fn(createGasPorts());
    } finally {
      if (previous) SpreadsheetApp.setActiveSpreadsheet(previous);
    }
  },
};
