import type { Ports } from '../services/ports';
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
  };
}
