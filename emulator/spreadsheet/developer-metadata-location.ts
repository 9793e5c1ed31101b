/**
 * DeveloperMetadataLocation: where a piece of developer metadata is attached.
 */
import type { EmulatorContext } from '../core/context';
import type { DeveloperMetadataState } from '../core/state';
import { findSheet } from './cells';
import type { SpreadsheetViews } from './views';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class DeveloperMetadataLocationImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    private readonly _views: SpreadsheetViews,
    readonly _ssId: string,
    readonly _loc: DeveloperMetadataState['location'],
  ) {}
  getLocationType(): string {
    return this._loc.type;
  }
  getSpreadsheet(): GSpreadsheet | null {
    return this._loc.type === 'SPREADSHEET' ? this._views.spreadsheet(this._ctx, this._ssId) : null;
  }
  getSheet(): GSheet | null {
    return this._loc.type === 'SHEET' ? this._views.sheet(this._ctx, this._ssId, this._loc.sheetId) : null;
  }
  getColumn(): GRange | null {
    if (this._loc.type !== 'COLUMN') return null;
    const sh = findSheet(this._ctx, this._ssId, this._loc.sheetId);
    return this._views.range(this._ctx, this._ssId, sh.sheetId, {
      row: 1,
      col: this._loc.index,
      numRows: sh.maxRows,
      numCols: 1,
      open: 'cols',
    });
  }
  getRow(): GRange | null {
    if (this._loc.type !== 'ROW') return null;
    const sh = findSheet(this._ctx, this._ssId, this._loc.sheetId);
    return this._views.range(this._ctx, this._ssId, sh.sheetId, {
      row: this._loc.index,
      col: 1,
      numRows: 1,
      numCols: sh.maxColumns,
      open: 'rows',
    });
  }
}
