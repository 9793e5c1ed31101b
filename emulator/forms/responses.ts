/** FormResponse: a view over a stored FormResponseState, or a builder from Form.createResponse(). */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { FormResponseState } from '../core/state';
import type { StoredAnswer } from './answers';
import { ItemResponseImpl, formState } from './items';
import { recordResponse } from './record';
import type { FormViews } from './views';

function itemIdOf(item: GoogleAppsScript.Forms.Item): number {
  const id = (item as unknown as { _itemId?: unknown })._itemId;
  if (typeof id !== 'number') throw gasError('Invalid argument: item');
  return id;
}

export class FormResponseImpl {
  /** Answers of a response being built (createResponse), by item id. */
  readonly _pending = new Map<number, StoredAnswer>();

  constructor(
    readonly _ctx: EmulatorContext,
    private readonly _views: FormViews,
    readonly _formId: string,
    readonly _responseId: string | null,
  ) {}

  _stored(): FormResponseState | null {
    if (this._responseId === null) return null;
    const r = formState(this._ctx, this._formId).responses.find((x) => x.id === this._responseId);
    if (!r) throw gasError('The response has been deleted from the form.');
    return r;
  }

  _answers(): Record<number, StoredAnswer> {
    const stored = this._stored();
    return stored ? stored.answers : Object.fromEntries(this._pending);
  }

  getId(): string | null {
    return this._responseId;
  }

  getTimestamp(): Date | null {
    const r = this._stored();
    return r ? new Date(r.timestamp.getTime()) : null;
  }

  getRespondentEmail(): string {
    return this._stored()?.email ?? '';
  }

  getEditResponseUrl(): string {
    if (this._responseId === null) throw gasError('The response has not been submitted.');
    return `https://docs.google.com/forms/d/e/${this._formId}/viewform?edit2=2_${this._responseId}`;
  }

  /** One ItemResponse per answered item, in the form's item order. */
  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    const answers = this._answers();
    return formState(this._ctx, this._formId)
      .items.filter((i) => answers[i.id] !== undefined)
      .map((i) => this._itemResponse(i.id, answers[i.id]));
  }

  /** The answer to one item, or null when it was not answered. */
  getResponseForItem(item: GoogleAppsScript.Forms.Item): GoogleAppsScript.Forms.ItemResponse | null {
    const id = itemIdOf(item);
    const v = this._answers()[id];
    return v === undefined ? null : this._itemResponse(id, v);
  }

  _itemResponse(itemId: number, v: StoredAnswer): GoogleAppsScript.Forms.ItemResponse {
    return this._ctx.wrap(new ItemResponseImpl(this._ctx, this._formId, itemId, v), 'ItemResponse');
  }

  withItemResponse(response: GoogleAppsScript.Forms.ItemResponse): this {
    if (this._responseId !== null) throw gasError('A submitted response cannot be changed here.');
    const r = response as unknown as Partial<ItemResponseImpl>;
    if (typeof r._itemId !== 'number' || r._value === undefined) throw gasError('Invalid argument: response');
    if (r._formId !== this._formId) throw gasError('The item response belongs to another form.');
    this._pending.set(r._itemId, Array.isArray(r._value) ? r._value.slice() : r._value);
    return this;
  }

  /** Submits the built response: stored, written to the destination sheet, triggers fired. */
  submit(): GoogleAppsScript.Forms.FormResponse {
    if (this._responseId !== null) throw gasError('The response has already been submitted.');
    const form = formState(this._ctx, this._formId);
    const email = form.collectEmail ? this._ctx.state.session.activeUser : '';
    const stored = recordResponse(this._ctx, this._views, form, Object.fromEntries(this._pending), email);
    return this._views.response(this._ctx, this._formId, stored.id);
  }
}
