/**
 * DataValidation: a built rule, as stored on cells.
 */
import type { EmulatorContext } from '../core/context';
import type { ValidationState } from '../core/state';
import type { SpreadsheetViews } from './views';

export function cloneValidation(v: ValidationState): ValidationState {
  return {
    criteria: v.criteria,
    args: v.args.map((a) => (Array.isArray(a) ? [...a] : a instanceof Date ? new Date(a.getTime()) : a)),
    allowInvalid: v.allowInvalid,
    helpText: v.helpText,
  };
}

export class DataValidationImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    private readonly _views: SpreadsheetViews,
    readonly _v: ValidationState,
  ) {}
  getCriteriaType(): string {
    return this._v.criteria;
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
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this._views.validationBuilder(this._ctx, cloneValidation(this._v));
  }
}
