/**
 * A form submission end to end: the answers are checked as the Forms UI would, stored, written to the
 * destination sheet, and the installable onFormSubmit triggers run (spreadsheet triggers of the destination
 * spreadsheet, form triggers of the form). Event objects are built by pure functions, testable alone.
 */
import type { EmulatorContext } from '../core/context';
import { NotEmulatedError } from '../core/errors';
import type { FormResponseState, FormState, TriggerState } from '../core/state';
import { createSpreadsheetApp } from '../spreadsheet';
import { isEmail, normalizeAnswer, type StoredAnswer } from './answers';
import { appendResponseRow, syncHeader, type AppendedRow } from './destination';
import { wrapForm } from './form';
import { formState } from './items';
import { triggerOwner } from '../base/script';
import { TIMESTAMP_HEADER } from './destination';
import { formatDateTime } from './time';
import { findSpreadsheet } from '../spreadsheet/cells';
import { wrapResponse } from './responses';

/** A simulated respondent's answers, keyed by item title: checkbox answers as string[], scale as a number. */
export type SubmittedAnswers = Record<string, string | string[] | number>;

/** The event object of a spreadsheet's installable onFormSubmit trigger. */
export interface SheetsFormSubmitEvent {
  authMode: 'FULL';
  namedValues: Record<string, string[]>;
  range: GoogleAppsScript.Spreadsheet.Range;
  source: GoogleAppsScript.Spreadsheet.Spreadsheet;
  triggerUid: string;
  values: string[];
}

/** The event object of a form's installable onFormSubmit trigger. */
export interface FormsFormSubmitEvent {
  authMode: 'FULL';
  response: GoogleAppsScript.Forms.FormResponse;
  source: GoogleAppsScript.Forms.Form;
  triggerUid: string;
}

/** namedValues: header title → [display string] (a repeated title collects every column's value). */
export function buildSheetsSubmitEvent(
  row: Pick<AppendedRow, 'headers' | 'display'>,
  range: GoogleAppsScript.Spreadsheet.Range,
  source: GoogleAppsScript.Spreadsheet.Spreadsheet,
  triggerUid: string,
): SheetsFormSubmitEvent {
  const namedValues: Record<string, string[]> = {};
  row.headers.forEach((h, i) => {
    (namedValues[h] ??= []).push(row.display[i] ?? '');
  });
  return { authMode: 'FULL', namedValues, range, source, triggerUid, values: row.display.slice() };
}

export function buildFormsSubmitEvent(
  response: GoogleAppsScript.Forms.FormResponse,
  source: GoogleAppsScript.Forms.Form,
  triggerUid: string,
): FormsFormSubmitEvent {
  return { authMode: 'FULL', response, source, triggerUid };
}

/**
 * Runs `fn` without counting its calls: objects the platform builds for an event (e.range, e.source) cost the
 * script nothing, while the script's own calls on them still count.
 */
function uncounted<T>(ctx: EmulatorContext, fn: () => T): T {
  const before = ctx.calls.snapshot();
  try {
    return fn();
  } finally {
    ctx.calls.reset();
    for (const [member, n] of Object.entries(before)) for (let i = 0; i < n; i++) ctx.calls.record(member);
  }
}

function handlerOf(ctx: EmulatorContext, trigger: TriggerState): (...args: unknown[]) => unknown {
  const handler = ctx.resolveFunction(trigger.handler);
  if (!handler) {
    throw new Error(`onFormSubmit trigger ${trigger.id}: script function not found: ${trigger.handler}`);
  }
  return handler;
}

/** Fires the installable triggers for one stored response. Returns how many ran. */
export function fireFormSubmitTriggers(
  ctx: EmulatorContext,
  form: FormState,
  response: FormResponseState,
  row: AppendedRow | null,
): number {
  const sheetTriggers = row
    ? ctx.state.triggers.filter(
        (t) =>
          t.eventType === 'ON_FORM_SUBMIT' && t.source === 'SPREADSHEETS' && t.sourceId === row.spreadsheetId,
      )
    : [];
  const formTriggers = ctx.state.triggers.filter(
    (t) => t.eventType === 'ON_FORM_SUBMIT' && t.source === 'FORMS' && t.sourceId === form.id,
  );
  let ran = 0;
  for (const trigger of sheetTriggers) {
    const handler = handlerOf(ctx, trigger);
    const r = row as AppendedRow;
    const { range, source } = uncounted(ctx, () => {
      const ss = createSpreadsheetApp(ctx).openById(r.spreadsheetId);
      const sheet = ss.getSheets().find((s) => s.getSheetId() === r.sheetId);
      if (!sheet) throw new Error(`Destination sheet ${r.sheetId} of form ${form.id} is missing`);
      return { range: sheet.getRange(r.row, 1, 1, r.headers.length), source: ss };
    });
    ran++;
    const event = buildSheetsSubmitEvent(r, range, source, trigger.id);
    // Each trigger runs as the user who created it (see TriggerState.owner).
    ctx.runAs('formSubmitTrigger', () => handler(event), triggerOwner(ctx, trigger));
  }
  for (const trigger of formTriggers) {
    const handler = handlerOf(ctx, trigger);
    ran++;
    const event = buildFormsSubmitEvent(
      wrapResponse(ctx, form.id, response.id),
      wrapForm(ctx, form.id),
      trigger.id,
    );
    ctx.runAs('formSubmitTrigger', () => handler(event), triggerOwner(ctx, trigger));
  }
  return ran;
}

/** Stores a response (answers already checked), writes its row, fires the triggers. */
export function recordResponse(
  ctx: EmulatorContext,
  form: FormState,
  answers: Record<number, StoredAnswer>,
  email: string,
): FormResponseState {
  const response: FormResponseState = { id: ctx.newId('resp'), timestamp: ctx.now(), email, answers };
  form.responses.push(response);
  const row = appendResponseRow(ctx, form, response);
  if (row) response.destinationRow = row.row;
  if (row) eventsOf(ctx).set(form.id, { response, row });
  fireFormSubmitTriggers(ctx, form, response, row);
  return response;
}

type DeliveredEvent = { response: FormResponseState; row: AppendedRow };
/** The last event each form delivered, for re-delivery (duplicates) and Google's blank extra events. */
const lastEvents = new WeakMap<EmulatorContext, Map<string, DeliveredEvent>>();
function eventsOf(ctx: EmulatorContext): Map<string, DeliveredEvent> {
  let map = lastEvents.get(ctx);
  if (!map) lastEvents.set(ctx, (map = new Map()));
  return map;
}
function lastEventOf(ctx: EmulatorContext, formId: string): DeliveredEvent {
  const event = eventsOf(ctx).get(formState(ctx, formId).id);
  if (!event) throw new Error(`Form ${formId} has delivered no submit event yet`);
  return event;
}

/**
 * Google delivers some submit events twice (at-least-once delivery): the same event object, seconds or hours
 * later. Fires the spreadsheet triggers again with exactly the last event of the form.
 */
export function redeliverLastSubmit(ctx: EmulatorContext, formId: string): void {
  const { response, row } = lastEventOf(ctx, formId);
  fireFormSubmitTriggers(ctx, formState(ctx, formId), response, row);
}

/**
 * The blank extra event Google is reported to fire a few seconds after a real submission: it points at the
 * response's row but carries empty values (only a new timestamp), and the sheet row is untouched.
 * Reported e.g. in https://github.com/markfguerra/google-forms-to-slack/issues/7 ("a completely blank separate
 * submission ... that is not logged in the forms spreadsheet, but contains a different timestamp").
 */
export function fireBlankDuplicateSubmit(ctx: EmulatorContext, formId: string): void {
  const { response, row } = lastEventOf(ctx, formId);
  const form = formState(ctx, formId);
  const timestampCol = row.headers.indexOf(TIMESTAMP_HEADER);
  const display = row.display.map((_, i) =>
    i === timestampCol ? formatDateTime(ctx.now(), findSpreadsheet(ctx, row.spreadsheetId).timeZone) : '',
  );
  fireFormSubmitTriggers(ctx, form, response, { ...row, display });
}

/**
 * A respondent edits their response (forms that allow editing): Google keeps the response id, updates the same
 * row of the destination sheet in place, and fires the submit trigger. The event's values carry only the
 * changed answers (and the timestamp and e-mail); the unchanged answers are empty strings in it.
 */
export function editFormResponse(
  ctx: EmulatorContext,
  formId: string,
  email: string,
  changed: SubmittedAnswers,
): void {
  const form = formState(ctx, formId);
  if (!form.allowResponseEdits) throw new Error(`Form "${form.title}" does not allow editing responses`);
  const response = [...form.responses].reverse().find((r) => r.email === email);
  if (!response) throw new Error(`${email} has no response to form "${form.title}" to edit`);
  const changedIds = new Set<number>();
  for (const [title, raw] of Object.entries(changed)) {
    const item = form.items.find((i) => i.title === title);
    if (!item) throw new Error(`Form "${form.title}" has no item titled "${title}"`);
    const v = normalizeAnswer(item, raw);
    if (v === undefined) delete response.answers[item.id];
    else response.answers[item.id] = v;
    changedIds.add(item.id);
  }
  response.timestamp = ctx.now();
  const row = appendResponseRow(ctx, form, response, response.destinationRow);
  if (!row) return;
  const cols = syncHeader(ctx, form, true);
  const display = row.display.map((d, i) => {
    const col = cols.find((c) => c.col === i);
    return !col || col.itemId === null || changedIds.has(col.itemId) ? d : '';
  });
  const event = { ...row, display };
  eventsOf(ctx).set(form.id, { response, row: event });
  fireFormSubmitTriggers(ctx, form, response, event);
}

/**
 * A teacher fills in and sends the form. Throws an Error (before anything is stored) where the Forms UI
 * would refuse: closed form, missing e-mail, unknown question, missing required answer, an answer that is
 * not among the choices, a scale value out of bounds, text failing its validation, a second response
 * when the form is limited to one per user.
 */
export function submitFormResponse(
  ctx: EmulatorContext,
  formId: string,
  answers: SubmittedAnswers,
  typedEmail: string,
  respondent: { signedInAs?: string } = {},
): void {
  const form = formState(ctx, formId);
  // With verified collection the respondent signs in and Google records the account's address: whatever
  // address they might type is not theirs to choose. Without it, the typed address is recorded as typed.
  const email = form.verifiedEmail ? (respondent.signedInAs ?? typedEmail) : typedEmail;
  if (!form.acceptingResponses) throw new Error(`Form "${form.title}" is not accepting responses`);
  if (form.collectEmail && !isEmail(email)) {
    throw new Error(`Form "${form.title}" collects e-mail addresses: a valid respondent e-mail is required`);
  }
  if (form.limitOneResponsePerUser) {
    if (!email)
      throw new Error(`Form "${form.title}" allows one response per user: sign-in (an e-mail) is required`);
    if (form.responses.some((r) => r.email === email)) {
      throw new Error(`Form "${form.title}" allows one response per user and ${email} has already responded`);
    }
  }
  const titles = new Set(form.items.map((i) => i.title));
  for (const title of Object.keys(answers)) {
    if (!titles.has(title)) throw new Error(`Form "${form.title}" has no item titled "${title}"`);
  }
  const stored: Record<number, StoredAnswer> = {};
  const used = new Set<string>();
  // Page navigation: after a page whose chosen option says SUBMIT the response is sent; the later pages are
  // never shown, so their questions are neither required nor answerable.
  let pageNavigation: string | null = null;
  let submittedEarlier = false;
  for (const item of form.items) {
    if (item.type === 'PAGE_BREAK') {
      if (pageNavigation === 'SUBMIT') submittedEarlier = true;
      pageNavigation = null;
    }
    if (item.type === 'SECTION_HEADER' || item.type === 'PAGE_BREAK') {
      if (item.title in answers && !form.items.some((i) => i !== item && i.title === item.title)) {
        throw new Error(`Item "${item.title}" of form "${form.title}" is not a question`);
      }
      continue;
    }
    // A title answers the first question with that title only (duplicate titles are ambiguous here).
    const raw = used.has(item.title) ? undefined : answers[item.title];
    used.add(item.title);
    if (submittedEarlier) {
      if (raw !== undefined && raw !== '' && !(Array.isArray(raw) && !raw.length))
        throw new Error(
          `Item "${item.title}" of form "${form.title}" is on a page after the form was submitted`,
        );
      continue;
    }
    const v = normalizeAnswer(item, raw);
    if (v !== undefined) stored[item.id] = v;
    const chosen =
      typeof v === 'string' && item.navigation ? item.navigation[(item.choices ?? []).indexOf(v)] : null;
    if (chosen === 'RESTART' || chosen === 'GO_TO_PAGE')
      throw new NotEmulatedError(`page navigation ${chosen} in form submissions`);
    if (chosen) pageNavigation = chosen; // the last navigating choice on a page decides
  }
  recordResponse(ctx, form, stored, email);
}
