/**
 * Service calls per document kind and per sidebar action (the overview the sidebar reloads after every action
 * included), on the emulator. Apps Script runs each call as a round trip; the seconds here assume
 * CALL_MS per call (observed round trips are 100–300 ms), so a 6-minute execution holds 360 s / CALL_MS calls.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadScriptFile } from '../emulator/runtime';
import { createGasRecords } from '../src/gas/records';
import { GasSheets } from '../src/gas/sheets';
import { LETTER, PLAN } from '../src/domain/documents/plan-letter';
import { ORDER_PAIRS } from '../src/domain/documents/orders';
import type { TemplateDeclaration } from '../src/domain/documents/template';
import { openDatabase } from '../src/services/db/database';
import { runGeneration } from '../src/services/documents/generation-outcome';
import { yearFolder } from '../src/services/documents/templates';
import { buildOverview } from '../src/services/overview/build-overview';
import { readSettings } from '../src/services/setup/settings';
import { runCatalogAction } from '../src/services/step-actions/catalog';
import { workbookWithPairs } from '../tests/integration/fixture';

/** The calls-to-seconds assumption: one service call, a round trip, in ms (the middle of 100–300 ms). */
export const CALL_MS = 200;
const EXECUTION_MS = 6 * 60 * 1000;

export interface DocumentCost {
  kind: string;
  documents: number;
  calls: number;
  callsPerDocument: number;
  /** The same figure before issue 13 (DocumentApp throughout), for the before → after comparison. */
  callsPerDocumentBefore: number;
  /** Documents one 6-minute execution makes at CALL_MS (and at 100 / 300 ms). */
  per6min: number;
  per6minAt100ms: number;
  per6minAt300ms: number;
}

export interface ActionCost {
  action: string;
  actionCalls: number;
  overviewCalls: number;
  totalCalls: number;
  /** Seconds the curator waits for the action and the refreshed sidebar, at CALL_MS per call. */
  seconds: number;
  /**
   * The same click on the built add-on (dist/Code.js, one execution: runAction returns the overview too),
   * counted as Apps Script would see it: with the reads of OnDemand.html and TemplateTexts.html the
   * TypeScript run does not make.
   */
  builtCalls: number;
  /** Which of those were HtmlService reads of the on-demand files. */
  builtFileReads: number;
}

/** The year's folder is made by the first batch of the year; the figures are for the batches after it. */
function workbookWithYearFolder(pairs: number) {
  const wb = workbookWithPairs(pairs);
  yearFolder(wb.ports, readSettings(wb.ports));
  return wb;
}

const ui = { activateSheet: () => true, showSetupDialog: () => undefined };
const per6min = (callsPerDoc: number, ms: number) => Math.floor(EXECUTION_MS / (callsPerDoc * ms));

function documentCost(
  kind: string,
  decl: TemplateDeclaration,
  pairs: number,
  callsPerDocumentBefore: number,
): DocumentCost {
  const wb = workbookWithYearFolder(pairs);
  wb.emulator.calls.reset();
  runGeneration(wb.ports, decl, '', { maxDocs: 1000, maxMillis: 1e9, clock: () => 0 });
  // Counted before the bench reads the register to count the documents.
  const calls = wb.emulator.calls.total();
  const documents = openDatabase(wb.ports)
    .documents.load()
    .rows.filter((r) => r.kind === decl.kind).length;
  const perDoc = calls / documents;
  return {
    kind,
    documents,
    calls,
    callsPerDocument: Math.round(perDoc * 10) / 10,
    callsPerDocumentBefore,
    per6min: per6min(perDoc, CALL_MS),
    per6minAt100ms: per6min(perDoc, 100),
    per6minAt300ms: per6min(perDoc, 300),
  };
}

export function runDocumentsBench(): DocumentCost[] {
  return [
    documentCost('letter (10 mentors)', LETTER, 10, 42),
    documentCost('plan (30 pairs)', PLAN, 30, 170),
    documentCost('pairs order (20 pairs)', ORDER_PAIRS, 20, 301),
  ];
}

function actionCost(action: string, id: string, input = ''): ActionCost {
  const wb = workbookWithYearFolder(20);
  wb.emulator.calls.reset();
  if (id) runCatalogAction({ ports: wb.ports, ui }, id, input);
  const actionCalls = wb.emulator.calls.total();
  wb.emulator.calls.reset();
  // The sidebar reloads the overview in an execution of its own: fresh ports open the spreadsheet again.
  const sheets = new GasSheets();
  buildOverview({ ...wb.ports, sheets, records: createGasRecords(sheets) });
  const overviewCalls = wb.emulator.calls.total();
  const totalCalls = actionCalls + overviewCalls;
  const built = builtCost(id, input);
  return {
    action,
    actionCalls,
    overviewCalls,
    totalCalls,
    seconds: (totalCalls * CALL_MS) / 1000,
    builtCalls: built.calls,
    builtFileReads: built.fileReads,
  };
}

const CODE_JS = join(__dirname, '..', 'dist', 'Code.js');

/** The click on the built add-on, in a fresh execution (a fresh global scope, nothing read yet). */
function builtCost(id: string, input: string): { calls: number; fileReads: number } {
  if (!existsSync(CODE_JS)) throw new Error('npm run build first: the bench measures dist/Code.js too.');
  const wb = workbookWithYearFolder(20);
  const script = loadScriptFile(wb.emulator, CODE_JS);
  wb.emulator.calls.reset();
  if (id) script.call('runAction', id, input);
  else script.call('getOverview');
  return {
    calls: wb.emulator.calls.total(),
    fileReads: wb.emulator.calls.get('HtmlService.createHtmlOutputFromFile'),
  };
}

export function runActionsBench(): ActionCost[] {
  return [
    actionCost('sidebar opened (overview only)', ''),
    actionCost('mark step 1.4 done', 'roadmap:done:1.4', 'Протокол педсовета № 1'),
    actionCost('pairs order (20 pairs)', 'documents:orderPairs'),
    actionCost('plans, 20 pairs (one batch)', 'documents:plans'),
  ];
}
