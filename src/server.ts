/**
 * The Apps Script face of the add-on: every export here becomes a top-level function in dist/Code.js
 * (gas-webpack-plugin), callable as a menu item, a trigger or through google.script.run. Keep it thin:
 * each function builds the ports and calls one use case.
 */
import type { ActionResult, Overview, SetupForm, SetupResult } from './api/types';
import { recordFromNamedValues } from './domain/forms/answers';
import { MENU_ITEMS } from './domain/menu';
import { ingestSubmission } from './services/forms/ingest';
import { createGasPorts } from './gas/ports';
import { gasUi, showSetupPanel, showSidebarPanel } from './gas/ui';
import { runCatalogAction } from './services/step-actions/catalog';
import { buildOverview } from './services/overview/build-overview';
import { readSettings } from './services/setup/settings';
import { setupProgramme } from './services/setup/setup-programme';
import { UserFacingError, asUserError } from './services/errors';
import { runWeeklyMeetingCheck } from './services/meetings/reminders';
import { sendDeadlineDigest } from './services/roadmap/deadline-digest';
import { buildPublicResults } from './services/publishing/results';
import { activateSpreadsheetById, activateTriggerSpreadsheet } from './gas/schedule';
import { renderResultsPage, renderUnavailablePage } from './gas/results-page';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of Object.values(MENU_ITEMS)) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(): void {
  showSidebarPanel();
}

export function showSetupDialog(): void {
  showSetupPanel();
}

export function getOverview(): Overview {
  return asUserError(() => buildOverview(createGasPorts()));
}

export function getSetupForm(): SetupForm {
  return asUserError(() => {
    const ports = createGasPorts();
    const settings = readSettings(ports);
    if (!settings.curators.length && ports.runtime.userEmail())
      settings.curators = [ports.runtime.userEmail()];
    return settings;
  });
}

export function saveSetup(form: SetupForm): SetupResult {
  return asUserError(() => {
    const ports = createGasPorts();
    const messages = setupProgramme(ports, form);
    return { messages, overview: buildOverview(ports) };
  });
}

export function runAction(actionId: string, input?: string): ActionResult {
  return asUserError(() => {
    const ports = createGasPorts();
    const outcome = runCatalogAction({ ports, ui: gasUi }, String(actionId), String(input ?? ''));
    return { ...outcome, overview: buildOverview(ports) };
  });
}

/**
 * The one installable spreadsheet trigger for every questionnaire: the response sheet tells which form it is.
 * Duplicate events and simultaneous submissions are handled inside (document lock, de-duplication).
 */
export function onFormSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  asUserError(() => {
    if (!e?.range) return;
    ingestSubmission(createGasPorts(), {
      sheetId: e.range.getSheet().getSheetId(),
      row: e.range.getRow(),
      record: recordFromNamedValues(e.namedValues),
    });
  });
}

/**
 * The daily time-driven trigger (created at setup): every day the curators' deadline digest (when something is
 * due), once a week the pairs without meetings. It runs with no open document, so it first re-opens its workbook.
 */
export function onDailyCheck(e?: { triggerUid?: string }): void {
  if (!activateTriggerSpreadsheet(e?.triggerUid)) return;
  try {
    const ports = createGasPorts();
    sendDeadlineDigest(ports);
    runWeeklyMeetingCheck(ports);
  } catch (error) {
    if (error instanceof UserFacingError) return; // not set up yet, or a sheet is broken: the sidebar says so
    throw error;
  }
}

/**
 * The public results page (web app): aggregates and consented names only, embeddable in a Google Site.
 * A web app has no open document: `?s=<spreadsheet id>` names the workbook.
 */
export function doGet(e?: { parameter?: Record<string, string> }): GoogleAppsScript.HTML.HtmlOutput {
  if (!activateSpreadsheetById(e?.parameter?.s))
    return renderUnavailablePage('Результаты программы наставничества пока не опубликованы.');
  try {
    return renderResultsPage(buildPublicResults(createGasPorts()).view);
  } catch (error) {
    if (error instanceof UserFacingError)
      return renderUnavailablePage('Результаты программы наставничества пока недоступны.');
    throw error;
  }
}
