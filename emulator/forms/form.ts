/** Form: a thin view over FormState (ctx.state.forms[id]). */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { FormItemState, FormItemType, FormState } from '../core/state';
import { linkDestination, syncHeader, unlinkDestination } from './destination';
import { formState, wrapItem, wrapTypedItem } from './items';
import type { FormViews } from './views';

function itemIdOf(item: unknown): number {
  const id = (item as { _itemId?: unknown } | null)?._itemId;
  if (typeof id !== 'number') throw gasError('Invalid argument: item');
  return id;
}

/** A short, stable code for forms.gle links. */
function shortCode(text: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ text.charCodeAt(i), 2246822519) >>> 0;
  }
  let out = '';
  for (let i = 0; i < 17; i++) {
    const src = i % 2 ? h1 : h2;
    out += alphabet[(src >>> ((i % 5) * 5)) % alphabet.length];
    h1 = Math.imul(h1, 31) + 7;
    h2 = Math.imul(h2, 17) + 3;
    h1 >>>= 0;
    h2 >>>= 0;
  }
  return out;
}

export class FormImpl {
  constructor(
    readonly _ctx: EmulatorContext,
    private readonly _views: FormViews,
    readonly _id: string,
  ) {}

  _form(): FormState {
    return formState(this._ctx, this._id);
  }

  getId(): string {
    return this._id;
  }
  getTitle(): string {
    return this._form().title;
  }
  setTitle(title: string): this {
    this._form().title = String(title);
    return this;
  }
  getDescription(): string {
    return this._form().description;
  }
  setDescription(description: string): this {
    this._form().description = String(description);
    return this;
  }
  collectsEmail(): boolean {
    return this._form().collectEmail;
  }
  setCollectEmail(collect: boolean): this {
    const form = this._form();
    form.collectEmail = Boolean(collect);
    if (!form.collectEmail) form.verifiedEmail = false;
    if (form.collectEmail) syncHeader(this._ctx, form); // the e-mail column appears in a linked sheet
    return this;
  }
  /** DO_NOT_COLLECT, VERIFIED (the signed-in account's address) or RESPONDER_INPUT (typed by the respondent). */
  getEmailCollectionType(): string {
    const form = this._form();
    return !form.collectEmail ? 'DO_NOT_COLLECT' : form.verifiedEmail ? 'VERIFIED' : 'RESPONDER_INPUT';
  }
  setEmailCollectionType(type: unknown): this {
    const t = String(type);
    if (!['DO_NOT_COLLECT', 'VERIFIED', 'RESPONDER_INPUT'].includes(t))
      throw gasError('Invalid argument: emailCollectionType');
    if (t === 'VERIFIED' && this._ctx.state.session.verifiedEmailUnavailable)
      throw gasError('Verified email collection is not available for this form.');
    const form = this._form();
    this.setCollectEmail(t !== 'DO_NOT_COLLECT');
    form.verifiedEmail = t === 'VERIFIED';
    return this;
  }
  canEditResponse(): boolean {
    return this._form().allowResponseEdits;
  }
  setAllowResponseEdits(enabled: boolean): this {
    this._form().allowResponseEdits = Boolean(enabled);
    return this;
  }
  hasLimitOneResponsePerUser(): boolean {
    return this._form().limitOneResponsePerUser;
  }
  setLimitOneResponsePerUser(enabled: boolean): this {
    this._form().limitOneResponsePerUser = Boolean(enabled);
    return this;
  }
  getConfirmationMessage(): string {
    return this._form().confirmationMessage;
  }
  setConfirmationMessage(message: string): this {
    this._form().confirmationMessage = String(message);
    return this;
  }
  isAcceptingResponses(): boolean {
    return this._form().acceptingResponses;
  }
  setAcceptingResponses(enabled: boolean): this {
    this._form().acceptingResponses = Boolean(enabled);
    return this;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this._id}/edit`;
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this._id}/viewform`;
  }
  shortenFormUrl(url: string): string {
    const u = String(url);
    if (!u.startsWith('https://docs.google.com/forms/')) throw gasError(`Invalid argument: url`);
    return `https://forms.gle/${shortCode(u)}`;
  }

  _add<T>(type: FormItemType, extra: Partial<FormItemState> = {}): T {
    const form = this._form();
    const item: FormItemState = {
      id: this._ctx.newNumber(),
      type,
      title: '',
      helpText: '',
      required: false,
      ...extra,
    };
    form.items.push(item);
    return wrapTypedItem<T>(this._ctx, this._id, item);
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this._add('TEXT', { validation: null });
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this._add('PARAGRAPH_TEXT', { validation: null });
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this._add('MULTIPLE_CHOICE', { choices: [], hasOtherOption: false });
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this._add('CHECKBOX', { choices: [], hasOtherOption: false });
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this._add('LIST', { choices: [] });
  }
  addScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this._add('SCALE', { scale: { lower: 1, upper: 5, leftLabel: '', rightLabel: '' } });
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this._add('DATE');
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this._add('SECTION_HEADER');
  }
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this._add('PAGE_BREAK');
  }
  addGridItem(): GoogleAppsScript.Forms.GridItem {
    return this._add('GRID', { rows: [], columns: [] });
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GoogleAppsScript.Forms.Item[] {
    const type = itemType === undefined ? null : String(itemType);
    return this._form()
      .items.filter((i) => type === null || i.type === type)
      .map((i) => wrapItem(this._ctx, this._id, i.id));
  }
  /** The item, or null when the form has no item with that id. */
  getItemById(id: number): GoogleAppsScript.Forms.Item | null {
    return this._form().items.some((i) => i.id === id) ? wrapItem(this._ctx, this._id, id) : null;
  }
  _indexOf(indexOrItem: unknown): number {
    const items = this._form().items;
    if (typeof indexOrItem === 'number') {
      if (!Number.isInteger(indexOrItem) || indexOrItem < 0 || indexOrItem >= items.length) {
        throw gasError(`Invalid argument: index ${indexOrItem} (the form has ${items.length} items)`);
      }
      return indexOrItem;
    }
    const id = itemIdOf(indexOrItem);
    const i = items.findIndex((x) => x.id === id);
    if (i < 0) throw gasError('The item has been deleted from the form.');
    return i;
  }
  /** Deletes an item; its column in a linked sheet stays (with the answers already written). */
  deleteItem(indexOrItem: number | GoogleAppsScript.Forms.Item): void {
    this._form().items.splice(this._indexOf(indexOrItem), 1);
  }
  moveItem(from: number | GoogleAppsScript.Forms.Item, to: number): GoogleAppsScript.Forms.Item {
    const items = this._form().items;
    const i = this._indexOf(from);
    if (!Number.isInteger(to) || to < 0 || to >= items.length)
      throw gasError(`Invalid argument: toIndex ${to}`);
    const [item] = items.splice(i, 1);
    items.splice(to, 0, item);
    return wrapItem(this._ctx, this._id, item.id);
  }

  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): this {
    if (String(type) !== 'SPREADSHEET') throw gasError('Invalid argument: type');
    linkDestination(this._ctx, this._form(), String(id));
    return this;
  }
  getDestinationId(): string {
    const dest = this._form().destination;
    if (!dest) throw gasError('The form currently has no response destination.');
    return dest.spreadsheetId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (!this._form().destination) throw gasError('The form currently has no response destination.');
    return 'SPREADSHEET' as unknown as GoogleAppsScript.Forms.DestinationType;
  }
  /** Unlinks the spreadsheet; the response sheet and its rows stay. */
  removeDestination(): this {
    unlinkDestination(this._ctx, this._form());
    return this;
  }

  getResponses(timestamp?: Date): GoogleAppsScript.Forms.FormResponse[] {
    const since = timestamp instanceof Date ? timestamp.getTime() : -Infinity;
    return this._form()
      .responses.filter((r) => r.timestamp.getTime() >= since)
      .map((r) => this._views.response(this._ctx, this._id, r.id));
  }
  getResponse(responseId: string): GoogleAppsScript.Forms.FormResponse {
    if (!this._form().responses.some((r) => r.id === responseId)) {
      throw gasError(`No response with ID ${responseId} exists for this form.`);
    }
    return this._views.response(this._ctx, this._id, responseId);
  }
  /** Deletes the responses stored in the form; the destination sheet keeps its rows, as in Google. */
  deleteAllResponses(): this {
    this._form().responses = [];
    return this;
  }
  deleteResponse(responseId: string): this {
    const form = this._form();
    const i = form.responses.findIndex((r) => r.id === responseId);
    if (i < 0) throw gasError(`No response with ID ${responseId} exists for this form.`);
    form.responses.splice(i, 1);
    return this;
  }
  createResponse(): GoogleAppsScript.Forms.FormResponse {
    this._form();
    return this._views.response(this._ctx, this._id, null);
  }
}
