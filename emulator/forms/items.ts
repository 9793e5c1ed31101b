/**
 * Form items as thin views over FormItemState: a generic Item (what Form.getItems returns) with the as*Item
 * casts, and one class per item type carrying only the methods that type has in Apps Script.
 */
import type { EmulatorContext } from '../core/context';
import { NotEmulatedError, gasError } from '../core/errors';
import type { FormItemState, FormItemType, FormState } from '../core/state';
import { QUESTION_TYPES, columnTitles, normalizeAnswer, type StoredAnswer } from './answers';
import { renameColumns } from './destination';
import { isoDay } from './time';

const ITEM_TYPE_NAMES: Record<FormItemType, string> = {
  TEXT: 'TextItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  CHECKBOX: 'CheckboxItem',
  LIST: 'ListItem',
  SCALE: 'ScaleItem',
  DATE: 'DateItem',
  TIME: 'TimeItem',
  SECTION_HEADER: 'SectionHeaderItem',
  PAGE_BREAK: 'PageBreakItem',
  GRID: 'GridItem',
  CHECKBOX_GRID: 'CheckboxGridItem',
};

export function formState(ctx: EmulatorContext, formId: string): FormState {
  const form = ctx.state.forms[formId];
  if (!form) throw gasError('The form has been deleted or you do not have permission to access it.');
  return form;
}

const NAVIGATION = new Set(['CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT']);

class ChoiceImpl {
  constructor(
    readonly _value: string,
    readonly _correct = false,
    readonly _navigation: string | null = null,
  ) {}
  getValue(): string {
    return this._value;
  }
  /** What happens after the page when this choice is chosen; null for a choice without navigation. */
  getPageNavigationType(): string | null {
    return this._navigation;
  }
  isCorrectAnswer(): boolean {
    return this._correct;
  }
}

export class ItemResponseImpl {
  constructor(
    readonly _ctx: EmulatorContext,
    readonly _formId: string,
    readonly _itemId: number,
    readonly _value: StoredAnswer,
  ) {}
  getItem(): GoogleAppsScript.Forms.Item {
    return wrapItem(this._ctx, this._formId, this._itemId);
  }
  /** String for most items; String[] for checkbox and grid items (a copy, as Apps Script returns). */
  getResponse(): string | string[] {
    return Array.isArray(this._value) ? this._value.slice() : this._value;
  }
}

abstract class ItemBase {
  constructor(
    readonly _ctx: EmulatorContext,
    readonly _formId: string,
    readonly _itemId: number,
  ) {}
  _form(): FormState {
    return formState(this._ctx, this._formId);
  }
  _state(): FormItemState {
    const item = this._form().items.find((i) => i.id === this._itemId);
    if (!item) throw gasError('The item has been deleted from the form.');
    return item;
  }
  getId(): number {
    return this._itemId;
  }
  getIndex(): number {
    this._state();
    return this._form().items.findIndex((i) => i.id === this._itemId);
  }
  getTitle(): string {
    return this._state().title;
  }
  setTitle(title: string): this {
    const item = this._state();
    const before = columnTitles(item);
    item.title = String(title);
    if (QUESTION_TYPES.has(item.type)) renameColumns(this._ctx, this._form(), before, columnTitles(item));
    return this;
  }
  getHelpText(): string {
    return this._state().helpText;
  }
  setHelpText(text: string): this {
    this._state().helpText = String(text);
    return this;
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    return this._state().type as unknown as GoogleAppsScript.Forms.ItemType;
  }
  _response(value: StoredAnswer): GoogleAppsScript.Forms.ItemResponse {
    return this._ctx.wrap(new ItemResponseImpl(this._ctx, this._formId, this._itemId, value), 'ItemResponse');
  }
}

abstract class QuestionBase extends ItemBase {
  isRequired(): boolean {
    return this._state().required;
  }
  setRequired(enabled: boolean): this {
    this._state().required = Boolean(enabled);
    return this;
  }
  /** createResponse checks the answer as the item would; "required" is only enforced by the Forms UI. */
  _checked(raw: string | string[] | number): StoredAnswer {
    const item = { ...this._state(), required: false };
    let v: StoredAnswer | undefined;
    try {
      v = normalizeAnswer(item, raw);
    } catch (e) {
      throw gasError(`Invalid response submitted to the item "${item.title}": ${(e as Error).message}`);
    }
    return v ?? (item.type === 'CHECKBOX' || item.type === 'GRID' ? [] : '');
  }
}

abstract class ChoiceQuestion extends QuestionBase {
  /** createChoice(value), (value, isCorrect) or (value, PageNavigationType); a GO_TO_PAGE target is not emulated. */
  createChoice(value: string, second?: unknown): GoogleAppsScript.Forms.Choice {
    if (second !== null && typeof second === 'object')
      throw new NotEmulatedError('MultipleChoiceItem.createChoice(value, pageBreakItem)');
    const navigation = typeof second === 'string' && NAVIGATION.has(second) ? second : null;
    return this._ctx.wrap(new ChoiceImpl(String(value), second === true, navigation), 'Choice');
  }
  getChoices(): GoogleAppsScript.Forms.Choice[] {
    const state = this._state();
    return (state.choices ?? []).map((v, i) =>
      this._ctx.wrap<GoogleAppsScript.Forms.Choice>(
        new ChoiceImpl(v, false, state.navigation?.[i] ?? null),
        'Choice',
      ),
    );
  }
  setChoices(choices: GoogleAppsScript.Forms.Choice[]): this {
    if (!Array.isArray(choices) || choices.length === 0) throw gasError('Invalid data updating form.');
    const parsed = choices.map((c) => {
      const { _value, _navigation } = c as unknown as { _value?: unknown; _navigation?: string | null };
      if (typeof _value !== 'string') throw gasError('Invalid argument: choices');
      return { value: _value, navigation: _navigation ?? null };
    });
    const navigating = parsed.filter((c) => c.navigation).length;
    // Forms: choices that use page navigation cannot be combined in one item with choices that do not.
    if (navigating && navigating < parsed.length) throw gasError('Invalid data updating form.');
    this._setValues(parsed.map((c) => c.value));
    this._state().navigation = navigating ? parsed.map((c) => c.navigation) : undefined;
    return this;
  }
  setChoiceValues(values: string[]): this {
    if (!Array.isArray(values) || values.length === 0) throw gasError('Invalid data updating form.');
    this._setValues(values.map(String));
    this._state().navigation = undefined;
    return this;
  }
  _setValues(values: string[]): void {
    if (values.some((v) => v === '') || new Set(values).size !== values.length) {
      throw gasError('Invalid data updating form.'); // Forms refuses blank and duplicate options
    }
    this._state().choices = values;
  }
}

class WithOther extends ChoiceQuestion {
  hasOtherOption(): boolean {
    return this._state().hasOtherOption === true;
  }
  showOtherOption(enabled: boolean): this {
    this._state().hasOtherOption = Boolean(enabled);
    return this;
  }
}

class MultipleChoiceItemImpl extends WithOther {
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    return this._response(this._checked(response));
  }
}

class CheckboxItemImpl extends WithOther {
  createResponse(responses: string[]): GoogleAppsScript.Forms.ItemResponse {
    if (!Array.isArray(responses)) throw gasError('Invalid argument: responses');
    return this._response(this._checked(responses));
  }
}

class ListItemImpl extends ChoiceQuestion {
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    return this._response(this._checked(response));
  }
}

class TextItemImpl extends QuestionBase {
  setValidation(validation: GoogleAppsScript.Forms.TextValidation): this {
    const data = (validation as unknown as { _data?: () => FormItemState['validation'] })._data;
    if (typeof data !== 'function') throw gasError('Invalid argument: validation');
    this._state().validation = data.call(validation);
    return this;
  }
  clearValidation(): this {
    this._state().validation = null;
    return this;
  }
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    return this._response(String(response));
  }
}

class ParagraphTextItemImpl extends TextItemImpl {}

class ScaleItemImpl extends QuestionBase {
  _scale() {
    const item = this._state();
    item.scale ??= { lower: 1, upper: 5, leftLabel: '', rightLabel: '' };
    return item.scale;
  }
  setBounds(lower: number, upper: number): this {
    // Forms allows a lower bound of 0 or 1 and an upper bound from 2 to 10.
    if (![0, 1].includes(lower) || !Number.isInteger(upper) || upper < 2 || upper > 10) {
      throw gasError('Invalid data updating form.');
    }
    Object.assign(this._scale(), { lower, upper });
    return this;
  }
  getLowerBound(): number {
    return this._scale().lower;
  }
  getUpperBound(): number {
    return this._scale().upper;
  }
  setLabels(lower: string, upper: string): this {
    Object.assign(this._scale(), { leftLabel: String(lower), rightLabel: String(upper) });
    return this;
  }
  getLeftLabel(): string {
    return this._scale().leftLabel;
  }
  getRightLabel(): string {
    return this._scale().rightLabel;
  }
  createResponse(response: number): GoogleAppsScript.Forms.ItemResponse {
    if (typeof response !== 'number') throw gasError('Invalid argument: response');
    return this._response(this._checked(response));
  }
}

class DateItemImpl extends QuestionBase {
  createResponse(response: Date): GoogleAppsScript.Forms.ItemResponse {
    if (!(response instanceof Date) || Number.isNaN(response.getTime()))
      throw gasError('Invalid argument: response');
    return this._response(isoDay(response, this._ctx.state.session.timeZone));
  }
}

class GridItemImpl extends QuestionBase {
  getRows(): string[] {
    return (this._state().rows ?? []).slice();
  }
  setRows(rows: string[]): this {
    const item = this._state();
    const before = columnTitles(item);
    item.rows = rows.map(String);
    renameColumns(this._ctx, this._form(), before, columnTitles(item));
    return this;
  }
  getColumns(): string[] {
    return (this._state().columns ?? []).slice();
  }
  setColumns(columns: string[]): this {
    this._state().columns = columns.map(String);
    return this;
  }
  createResponse(responses: string[]): GoogleAppsScript.Forms.ItemResponse {
    if (!Array.isArray(responses)) throw gasError('Invalid argument: responses');
    return this._response(this._checked(responses));
  }
}

class SectionHeaderItemImpl extends ItemBase {}
class PageBreakItemImpl extends ItemBase {}

const TYPED: Partial<
  Record<FormItemType, new (ctx: EmulatorContext, formId: string, itemId: number) => ItemBase>
> = {
  TEXT: TextItemImpl,
  PARAGRAPH_TEXT: ParagraphTextItemImpl,
  MULTIPLE_CHOICE: MultipleChoiceItemImpl,
  CHECKBOX: CheckboxItemImpl,
  LIST: ListItemImpl,
  SCALE: ScaleItemImpl,
  DATE: DateItemImpl,
  SECTION_HEADER: SectionHeaderItemImpl,
  PAGE_BREAK: PageBreakItemImpl,
  GRID: GridItemImpl,
};

/** The typed view (TextItem, CheckboxItem ...) of an item, wrapped under its Apps Script type name. */
export function wrapTypedItem<T>(ctx: EmulatorContext, formId: string, item: FormItemState): T {
  const cls = TYPED[item.type];
  if (!cls) throw new NotEmulatedError(ITEM_TYPE_NAMES[item.type]);
  return ctx.wrap<T>(new cls(ctx, formId, item.id), ITEM_TYPE_NAMES[item.type]);
}

/** The generic Item of Form.getItems(): only the common methods and the as*Item casts. */
class GenericItemImpl extends ItemBase {
  _as<T>(type: FormItemType): T {
    const item = this._state();
    if (item.type !== type) {
      throw gasError(
        `Item "${item.title}" is a ${item.type} item and cannot be cast to ${ITEM_TYPE_NAMES[type]}.`,
      );
    }
    return wrapTypedItem<T>(this._ctx, this._formId, item);
  }
  asTextItem() {
    return this._as<GoogleAppsScript.Forms.TextItem>('TEXT');
  }
  asParagraphTextItem() {
    return this._as<GoogleAppsScript.Forms.ParagraphTextItem>('PARAGRAPH_TEXT');
  }
  asMultipleChoiceItem() {
    return this._as<GoogleAppsScript.Forms.MultipleChoiceItem>('MULTIPLE_CHOICE');
  }
  asCheckboxItem() {
    return this._as<GoogleAppsScript.Forms.CheckboxItem>('CHECKBOX');
  }
  asListItem() {
    return this._as<GoogleAppsScript.Forms.ListItem>('LIST');
  }
  asScaleItem() {
    return this._as<GoogleAppsScript.Forms.ScaleItem>('SCALE');
  }
  asDateItem() {
    return this._as<GoogleAppsScript.Forms.DateItem>('DATE');
  }
  asSectionHeaderItem() {
    return this._as<GoogleAppsScript.Forms.SectionHeaderItem>('SECTION_HEADER');
  }
  asPageBreakItem() {
    return this._as<GoogleAppsScript.Forms.PageBreakItem>('PAGE_BREAK');
  }
  asGridItem() {
    return this._as<GoogleAppsScript.Forms.GridItem>('GRID');
  }
}

export function wrapItem(ctx: EmulatorContext, formId: string, itemId: number): GoogleAppsScript.Forms.Item {
  return ctx.wrap(new GenericItemImpl(ctx, formId, itemId), 'Item');
}

/** FormApp.createTextValidation(): the builder keeps the last requirement, as Apps Script does. */
export class TextValidationBuilderImpl {
  _kind = '';
  _args: unknown[] = [];
  _help = '';
  constructor(readonly _ctx: EmulatorContext) {}
  _set(kind: string, ...args: unknown[]): this {
    this._kind = kind;
    this._args = args;
    return this;
  }
  _data(): FormItemState['validation'] {
    if (!this._kind) throw gasError('The validation has no requirement.');
    return { kind: this._kind, args: this._args.slice(), helpText: this._help };
  }
  requireNumber() {
    return this._set('requireNumber');
  }
  requireWholeNumber() {
    return this._set('requireWholeNumber');
  }
  requireNumberBetween(start: number, end: number) {
    return this._set('requireNumberBetween', start, end);
  }
  requireNumberNotBetween(start: number, end: number) {
    return this._set('requireNumberNotBetween', start, end);
  }
  requireNumberEqualTo(n: number) {
    return this._set('requireNumberEqualTo', n);
  }
  requireNumberNotEqualTo(n: number) {
    return this._set('requireNumberNotEqualTo', n);
  }
  requireNumberGreaterThan(n: number) {
    return this._set('requireNumberGreaterThan', n);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this._set('requireNumberGreaterThanOrEqualTo', n);
  }
  requireNumberLessThan(n: number) {
    return this._set('requireNumberLessThan', n);
  }
  requireNumberLessThanOrEqualTo(n: number) {
    return this._set('requireNumberLessThanOrEqualTo', n);
  }
  requireTextIsEmail() {
    return this._set('requireTextIsEmail');
  }
  requireTextIsUrl() {
    return this._set('requireTextIsUrl');
  }
  requireTextLengthGreaterThanOrEqualTo(n: number) {
    return this._set('requireTextLengthGreaterThanOrEqualTo', n);
  }
  requireTextLengthLessThanOrEqualTo(n: number) {
    return this._set('requireTextLengthLessThanOrEqualTo', n);
  }
  requireTextContainsPattern(p: string) {
    return this._set('requireTextContainsPattern', p);
  }
  requireTextDoesNotContainPattern(p: string) {
    return this._set('requireTextDoesNotContainPattern', p);
  }
  requireTextMatchesPattern(p: string) {
    return this._set('requireTextMatchesPattern', p);
  }
  requireTextDoesNotMatchPattern(p: string) {
    return this._set('requireTextDoesNotMatchPattern', p);
  }
  setHelpText(text: string) {
    this._help = String(text);
    return this;
  }
  build(): GoogleAppsScript.Forms.TextValidation {
    const data = this._data();
    return this._ctx.wrap({ _data: () => data }, 'TextValidation');
  }
}
