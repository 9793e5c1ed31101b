/**
 * DataValidationBuilder: the criteria of a rule before build().
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { ValidationState } from '../core/state';
import type { SpreadsheetViews } from './views';
import { cloneValidation } from './data-validation';

type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export class DataValidationBuilderImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    private readonly _views: SpreadsheetViews,
    readonly _v: ValidationState,
  ) {}
  private _set(criteria: string, args: unknown[]): this {
    this._v.criteria = criteria;
    this._v.args = args;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values)) throw gasError('Invalid argument: values');
    return this._set('VALUE_IN_LIST', [[...values], Boolean(showDropdown)]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const args = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this._set('CHECKBOX', args);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this._set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): this {
    return this._set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this._set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): this {
    return this._set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireDate(): this {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  setAllowInvalid(allow: boolean): this {
    this._v.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: string): this {
    this._v.helpText = String(text);
    return this;
  }
  getCriteriaType(): string | null {
    return this._v.criteria === '' ? null : this._v.criteria;
  }
  getCriteriaValues(): unknown[] {
    return cloneValidation(this._v).args;
  }
  getAllowInvalid(): boolean {
    return this._v.allowInvalid;
  }
  getHelpText(): string | null {
    return this._v.helpText;
  }
  build(): GDataValidation {
    if (this._v.criteria === '')
      throw gasError('You must specify a criteria type before building a data validation rule.');
    return this._views.validation(this._ctx, cloneValidation(this._v));
  }
}
