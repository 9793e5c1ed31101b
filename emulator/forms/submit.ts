/**
 * A respondent's side of a form: a submission checked as the Forms UI would, an edit of a response, and the
 * duplicate and blank events Google is known to deliver. Storing and firing triggers is record.ts.
 */
import type { EmulatorContext } from '../core/context';
import { NotEmulatedError } from '../core/errors';
import { isEmail, normalizeAnswer, type StoredAnswer } from './answers';
import { appendResponseRow, syncHeader } from './destination';
import { formState } from './items';
import { TIMESTAMP_HEADER } from './destination';
import { formatDateTime } from './time';
import { findSpreadsheet } from '../spreadsheet/cells';
import { formViews } from './wrap';
import { eventsOf, fireFormSubmitTriggers, recordResponse, lastEventOf } from './record';

/** A simulated respondent's answers, keyed by item title: checkbox answers as string[], scale as a number. */
export type SubmittedAnswers = Record<string, string | string[] | number>;

/**
 * Google delivers some submit events twice (at-least-once delivery): the same event object, seconds or hours
 * later. Fires the spreadsheet triggers again with exactly the last event of the form.
 */
export function redeliverLastSubmit(ctx: EmulatorContext, formId: string): void {
  const { response, row } = lastEventOf(ctx, formId);
  fireFormSubmitTriggers(ctx, formViews, formState(ctx, formId), response, row);
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
  fireFormSubmitTriggers(ctx, formViews, form, response, { ...row, display });
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
  fireFormSubmitTriggers(ctx, formViews, form, response, event);
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
  recordResponse(ctx, formViews, form, stored, email);
}
