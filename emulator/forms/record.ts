/**
 * What follows a stored response: its row in the destination sheet and the installable onFormSubmit triggers
 * (spreadsheet triggers of the destination spreadsheet, form triggers of the form), and the last event each
 * form delivered. Event objects are built by pure functions, testable alone.
 */
import type { EmulatorContext } from '../core/context';
import type { FormResponseState, FormState, TriggerState } from '../core/state';
import { createSpreadsheetApp } from '../spreadsheet';
import { type StoredAnswer } from './answers';
import { appendResponseRow, type AppendedRow } from './destination';
import { formState } from './items';
import { triggerOwner } from '../base/script';
import type { FormViews } from './views';

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
interface FormsFormSubmitEvent {
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

function buildFormsSubmitEvent(
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
  views: FormViews,
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
      views.response(ctx, form.id, response.id),
      views.form(ctx, form.id),
      trigger.id,
    );
    ctx.runAs('formSubmitTrigger', () => handler(event), triggerOwner(ctx, trigger));
  }
  return ran;
}

/** Stores a response (answers already checked), writes its row, fires the triggers. */
export function recordResponse(
  ctx: EmulatorContext,
  views: FormViews,
  form: FormState,
  answers: Record<number, StoredAnswer>,
  email: string,
): FormResponseState {
  const response: FormResponseState = { id: ctx.newId('resp'), timestamp: ctx.now(), email, answers };
  form.responses.push(response);
  const row = appendResponseRow(ctx, form, response);
  if (row) response.destinationRow = row.row;
  if (row) eventsOf(ctx).set(form.id, { response, row });
  fireFormSubmitTriggers(ctx, views, form, response, row);
  return response;
}

type DeliveredEvent = { response: FormResponseState; row: AppendedRow };
/** The last event each form delivered, for re-delivery (duplicates) and Google's blank extra events. */
const lastEvents = new WeakMap<EmulatorContext, Map<string, DeliveredEvent>>();
export function eventsOf(ctx: EmulatorContext): Map<string, DeliveredEvent> {
  let map = lastEvents.get(ctx);
  if (!map) lastEvents.set(ctx, (map = new Map()));
  return map;
}
export function lastEventOf(ctx: EmulatorContext, formId: string): DeliveredEvent {
  const event = eventsOf(ctx).get(formState(ctx, formId).id);
  if (!event) throw new Error(`Form ${formId} has delivered no submit event yet`);
  return event;
}
