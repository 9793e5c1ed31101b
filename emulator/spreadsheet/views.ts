/**
 * How the spreadsheet objects hand each other out. A Sheet returns Ranges and a Range returns its Sheet, so the
 * classes cannot import each other without an import cycle: each class receives these constructors (built
 * once in wrap.ts) instead, and imports only this interface.
 */
import type { EmulatorContext } from '../core/context';
import type { DeveloperMetadataState, ValidationState } from '../core/state';
import type { GridRange } from './a1';

export interface SpreadsheetViews {
  spreadsheet(ctx: EmulatorContext, id: string): GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet(ctx: EmulatorContext, ssId: string, sheetId: number): GoogleAppsScript.Spreadsheet.Sheet;
  range(
    ctx: EmulatorContext,
    ssId: string,
    sheetId: number,
    g: GridRange,
  ): GoogleAppsScript.Spreadsheet.Range;
  metadata(ctx: EmulatorContext, ssId: string, id: number): GoogleAppsScript.Spreadsheet.DeveloperMetadata;
  finder(
    ctx: EmulatorContext,
    ssId: string,
    scope: FinderScope,
  ): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  protection(ctx: EmulatorContext, ssId: string, id: number): GoogleAppsScript.Spreadsheet.Protection;
  validation(ctx: EmulatorContext, v: ValidationState): GoogleAppsScript.Spreadsheet.DataValidation;
  validationBuilder(
    ctx: EmulatorContext,
    v?: ValidationState,
  ): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  user(ctx: EmulatorContext, email: string): GoogleAppsScript.Base.User;
}

/** What a range-scoped metadata search needs of the Range it started from. */
interface RangeScope {
  readonly _sheetId: number;
  readonly _row: number;
  readonly _col: number;
  readonly _numRows: number;
  readonly _numCols: number;
  /** The ROW/COLUMN location the range is exactly, or null for any other shape. */
  _wholeLocation(): DeveloperMetadataState['location'] | null;
}

export type FinderScope =
  { kind: 'spreadsheet' } | { kind: 'sheet'; sheetId: number } | { kind: 'range'; range: RangeScope };
