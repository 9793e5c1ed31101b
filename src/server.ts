/**
 * The Apps Script face of the add-on: every export here becomes a top-level function in dist/Code.js
 * (gas-webpack-plugin), callable as a menu item, a trigger or through google.script.run. Keep it thin:
 * each function builds the ports and calls one use case.
 */
import type { ActionResult, Overview, ServerApi, SetupForm, SetupResult } from './api/types';
import { recordFromNamedValues } from './domain/forms/answers';
import { MENU_ITEMS } from './domain/menu';
import { handleMissedRefusals, ingestSubmission } from './services/forms/ingest';
import { createGasPorts } from './gas/ports';
import { servesWorkbook } from './services/setup/workbook-triggers';
import { gasUi, showSetupPanel, showSidebarPanel } from './gas/ui';
import { runCatalogAction } from './services/step-actions/catalog';
import { buildOverview, overviewOf, overviewPorts } from './services/overview/build-overview';
import { readSettings } from './services/setup/settings';
import { UNEXPECTED_FAILURE, UserFacingError, asUserError } from './services/errors';
import { DAILY_HANDLER, runWeeklyMeetingCheck } from './services/meetings/reminders';
import { syncPlannedMeetings } from './services/meetings/calendar-plan';
import { FORM_SUBMIT_HANDLER } from './services/forms/create';
import { assertCurator } from './services/access/assert-curator';
import { sendDeadlineDigest } from './services/roadmap/deadline-digest';
import { activateSpreadsheetById, activateTriggerSpreadsheet, isOwnTriggerEvent } from './gas/schedule';
import {
  cachePage,
  cachedPage,
  renderResultsPage,
  renderUnavailablePage,
  servePageHtml,
} from './gas/results-page';
import { publishedStamp } from './services/publishing/switch';
import {
  formInputs,
  renderActionResponse,
  renderMeetingFormCard,
  renderTeacherCard,
  renderWithdrawConfirmCard,
} from './gas/cards';
import { homepageCard, onCard, onCardAction } from './gas/card-session';
import { openedEvent, renderCalendarEventCard } from './gas/calendar-card';
import { readOpenedEvent, relayEvent } from './services/teacher-card/calendar-event';
import { gasCalendar } from './gas/calendar';
import { yearClosed } from './services/year-close/year-closed';
import { applyRetention } from './services/year-close/retention';
import { askCalendarRelay, askRelay, recordMeetingAsActingTeacher } from './gas/relay-client';
import { gasIdentity, jsonOutput, openFixedProgramme } from './gas/relay-server';
import { serveRelay } from './services/teacher-card/relay';
import { onDemand } from './services/on-demand/load';

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

/** The sidebar's view: for the curators only (before the first setup, for the editor about to set it up). */
export function getOverview(): Overview {
  return asUserError(() => {
    // The batch read first: it brings the add-on's records along, so the curator check costs no call of its own.
    const ports = overviewPorts(createGasPorts());
    assertCurator(ports, 'setup');
    return overviewOf(ports);
  });
}

export function getSetupForm(): SetupForm {
  return asUserError(() => {
    const ports = createGasPorts();
    assertCurator(ports, 'setup');
    const settings = readSettings(ports);
    if (!settings.curators.length) settings.curators = [ports.runtime.userEmail()];
    return settings;
  });
}

export function saveSetup(form: SetupForm): SetupResult {
  return asUserError(() => {
    const ports = createGasPorts();
    const messages = onDemand().setupProgramme(ports, form);
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
    // Called by a user (google.script.run) rather than by the trigger: nothing happens.
    if (!isOwnTriggerEvent(e, FORM_SUBMIT_HANDLER) || !e.range) return;
    ingestSubmission(createGasPorts(), {
      sheetId: e.range.getSheet().getSheetId(),
      row: e.range.getRow(),
      record: recordFromNamedValues(e.namedValues),
    });
  });
}

/**
 * The daily time-driven trigger (created at setup): every day the answers without consent that no trigger
 * handled are erased and the curators' deadline digest goes out (when something is due), once a week the
 * pairs without meetings; and the plan's meetings on calendars follow their events. It runs with no open
 * document, so it first re-opens its workbook.
 */
export function onDailyCheck(e?: { triggerUid?: string }): void {
  // Called by a user (google.script.run) rather than by the trigger: nothing happens.
  if (!isOwnTriggerEvent(e, DAILY_HANDLER)) return;
  if (!activateTriggerSpreadsheet(e?.triggerUid)) return;
  try {
    const ports = createGasPorts();
    // The year was closed (perhaps by another curator): this user's triggers of the archive remove themselves.
    if (yearClosed(ports)) {
      ports.triggers.removeWorkbookTriggers();
      return;
    }
    if (!servesWorkbook(ports)) return; // another curator's trigger: the owner's one does the work
    handleMissedRefusals(ports);
    applyRetention(ports);
    sendDeadlineDigest(ports);
    runWeeklyMeetingCheck(ports);
    syncPlannedMeetings(ports);
  } catch (error) {
    if (error instanceof UserFacingError) return; // not set up yet, or a sheet is broken: the sidebar says so
    console.error(error);
    throw new Error(UNEXPECTED_FAILURE);
  }
}

/** The one thing the public page says whenever it shows no results, whatever the reason. */
const RESULTS_UNAVAILABLE = 'Результаты программы наставничества пока не опубликованы.';

/**
 * The public results page (web app): aggregates and the names the curator chose among those who consented,
 * embeddable in a Google Site. It shows only the spreadsheet that setup fixed in the script properties (no URL
 * parameter can name another file), only while a curator has publishing switched on, and serves the rendered
 * page from the script cache.
 */
export function doGet(): GoogleAppsScript.HTML.HtmlOutput {
  try {
    const ports = createGasPorts();
    const id = ports.page.boundSpreadsheetId();
    if (!id || !activateSpreadsheetById(id)) return renderUnavailablePage(RESULTS_UNAVAILABLE);
    const stamp = publishedStamp(ports);
    if (!stamp) return renderUnavailablePage(RESULTS_UNAVAILABLE);
    const key = `results:${id}:${stamp}`;
    const cached = cachedPage(key);
    if (cached) {
      const page = JSON.parse(cached) as { title: string; html: string };
      return servePageHtml(page.html, page.title);
    }
    const output = renderResultsPage(onDemand().buildPublicResults(ports).view);
    cachePage(key, JSON.stringify({ title: output.getTitle(), html: output.getContent() }));
    return output;
  } catch (error) {
    console.error(error);
    return renderUnavailablePage(RESULTS_UNAVAILABLE);
  }
}

/**
 * The Google Workspace add-on's homepage (Gmail, Calendar, Sheets; manifest addOns.common.homepageTrigger): the
 * signed-in teacher's own card. The programme's spreadsheet is the one setup fixed in the script properties.
 */
export function onTeacherHomepage(
  _e?: GoogleAppsScript.Addons.EventObject,
): GoogleAppsScript.Card_Service.Card {
  return onCard(() => homepageCard(Session.getActiveUser().getEmail()));
}

export function onCardOpenMeetingForm(): GoogleAppsScript.Card_Service.ActionResponse {
  return onCardAction(() => {
    const answer = askRelay({ op: 'card' });
    if (!answer.ok) return renderActionResponse(answer.message);
    const choices = answer.view.kind === 'teacher' ? answer.view.menteeChoices : [];
    return renderActionResponse(
      'Заполните сведения о встрече.',
      renderMeetingFormCard(choices, String(Date.now())),
      true,
    );
  });
}

/** «Внести встречу»: through the relay; on a refusal the form stays open with what was typed. */
export function onCardRecordMeeting(
  e: GoogleAppsScript.Addons.EventObject,
): GoogleAppsScript.Card_Service.ActionResponse {
  return onCardAction(() => {
    const token = String(e?.commonEventObject?.parameters?.token ?? '');
    const answer = recordMeetingAsActingTeacher(formInputs(e), { kind: 'card', token });
    if (!answer.ok) return renderActionResponse(answer.message);
    const message =
      answer.recorded === 'updated' ? 'Сведения о встрече обновлены.' : 'Встреча внесена в журнал встреч.';
    return renderActionResponse(message, renderTeacherCard(answer.view));
  });
}

export function onCardWithdrawConsent(
  e?: GoogleAppsScript.Addons.EventObject,
): GoogleAppsScript.Card_Service.ActionResponse {
  return onCardAction(() => {
    if (e?.commonEventObject?.parameters?.confirmed !== 'yes') {
      return renderActionResponse('Подтвердите отзыв согласия.', renderWithdrawConfirmCard(), true);
    }
    const answer = askRelay({ op: 'withdrawConsent' });
    if (!answer.ok) return renderActionResponse(answer.message);
    return renderActionResponse(
      'Согласие отозвано: ваши данные удалены, куратор увидит это в журнале.',
      renderTeacherCard(answer.view),
    );
  });
}

const REOPEN_EVENT = 'Откройте событие в календаре ещё раз.';

/**
 * Google Calendar, an event opened (manifest addOns.calendar.eventOpenTrigger): the event is read from the
 * teacher's own calendar here, and the programme (through the relay, as for the homepage card) says whether it
 * is a meeting of their pair, with «Засчитать как встречу наставничества» for the mentor.
 */
export function onCalendarEventOpen(
  e: GoogleAppsScript.Addons.EventObject,
): GoogleAppsScript.Card_Service.Card {
  return onCard(() => {
    const opened = openedEvent(e);
    if (!opened) throw new UserFacingError(REOPEN_EVENT);
    const answer = askCalendarRelay(relayEvent(readOpenedEvent({ calendar: gasCalendar }, opened)));
    if (!answer.ok) throw new UserFacingError(answer.message);
    return renderCalendarEventCard(answer.calendar, opened);
  });
}

export function onCalendarRecordMeeting(
  e: GoogleAppsScript.Addons.EventObject,
): GoogleAppsScript.Card_Service.ActionResponse {
  return onCardAction(() => {
    const opened = openedEvent(e);
    if (!opened) throw new UserFacingError(REOPEN_EVENT);
    const { topic, format, result, nextStep } = formInputs(e);
    const event = relayEvent(readOpenedEvent({ calendar: gasCalendar }, opened));
    const meeting = Object.fromEntries(
      Object.entries({ topic, format, result, nextStep }).map(([k, v]) => [k, String(v ?? '')]),
    );
    const answer = askCalendarRelay(event, meeting);
    if (!answer.ok) throw new UserFacingError(answer.message);
    const message =
      answer.recorded === 'added'
        ? 'Событие засчитано как встреча наставничества.'
        : 'Сведения о встрече обновлены.';
    return renderActionResponse(message, renderCalendarEventCard(answer.calendar, opened));
  });
}

/**
 * The relay for the teachers' cards (web app, executing as the curator who deployed it): a card posts a
 * request with the teacher's identity token; only a token Google vouches for, issued to this add-on, gets
 * anything read or written, and only for that teacher's own pair. Always JSON, never an exception's text.
 */
export function doPost(e?: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  try {
    const body = typeof e?.postData?.contents === 'string' ? e.postData.contents : '';
    return jsonOutput(serveRelay(openFixedProgramme, gasIdentity, body, new Date()));
  } catch (error) {
    console.error(error);
    return jsonOutput({ ok: false, message: UNEXPECTED_FAILURE });
  }
}

/** Compiles only when T is assignable to C: `satisfies` for types. */
type Satisfies<T extends C, C> = T;

/**
 * The client contract: the sidebar and the setup dialog call the server through ServerApi
 * (html/shared/rpc.ts), and this module's exports must satisfy it. Renaming, removing or un-exporting one of
 * those functions, or changing its parameters or result, breaks `npm run typecheck`. Types only: nothing of it
 * reaches Code.js, where gas-webpack-plugin declares each export as a global function.
 */
type _ClientContract = Satisfies<Pick<typeof import('./server'), keyof ServerApi>, ServerApi>;
