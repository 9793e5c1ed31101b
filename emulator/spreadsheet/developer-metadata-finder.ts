/**
 * DeveloperMetadataFinder: the search over a spreadsheet's, a sheet's or a range's developer metadata.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { DeveloperMetadataState } from '../core/state';
import { findSpreadsheet } from './cells';
import type { FinderScope, SpreadsheetViews } from './views';

type GDeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export class DeveloperMetadataFinderImpl {
  private _key: string | null = null;
  private _value: string | null | undefined = undefined;
  private _type: string | null = null;
  private _id: number | null = null;
  private _visibility: string | null = null;
  private _intersecting = false;

  constructor(
    private readonly _ctx: EmulatorContext,
    private readonly _views: SpreadsheetViews,
    readonly _ssId: string,
    readonly _scope: FinderScope,
  ) {}

  withKey(key: string): this {
    this._key = String(key);
    return this;
  }
  withValue(value: string | null): this {
    this._value = value === null ? null : String(value);
    return this;
  }
  withLocationType(type: unknown): this {
    this._type = String(type);
    return this;
  }
  withId(id: number): this {
    this._id = Number(id);
    return this;
  }
  withVisibility(v: unknown): this {
    this._visibility = String(v);
    return this;
  }
  onIntersectingLocations(): this {
    if (this._scope.kind !== 'range')
      throw gasError('Intersecting locations are only supported for range-scoped searches.');
    this._intersecting = true;
    return this;
  }
  private _inScope(m: DeveloperMetadataState): boolean {
    const s = this._scope;
    const loc = m.location;
    if (s.kind === 'spreadsheet') return true;
    if (s.kind === 'sheet') return loc.type !== 'SPREADSHEET' && loc.sheetId === s.sheetId;
    const r = s.range;
    if (loc.type === 'SPREADSHEET' || loc.sheetId !== r._sheetId) return false;
    if (!this._intersecting) {
      const exact = r._wholeLocation();
      if (loc.type === 'SHEET' || exact === null || exact.type === 'SPREADSHEET' || exact.type === 'SHEET')
        return false;
      return exact.type === loc.type && exact.index === loc.index;
    }
    if (loc.type === 'SHEET') return true;
    if (loc.type === 'COLUMN') return loc.index >= r._col && loc.index < r._col + r._numCols;
    return loc.index >= r._row && loc.index < r._row + r._numRows;
  }
  find(): GDeveloperMetadata[] {
    const ss = findSpreadsheet(this._ctx, this._ssId);
    return ss.metadata
      .filter(
        (m) =>
          this._inScope(m) &&
          (this._key === null || m.key === this._key) &&
          (this._value === undefined || m.value === this._value) &&
          (this._type === null || m.location.type === this._type) &&
          (this._id === null || m.id === this._id) &&
          (this._visibility === null || m.visibility === this._visibility),
      )
      .sort((a, b) => a.id - b.id)
      .map((m) => this._views.metadata(this._ctx, this._ssId, m.id));
  }
}
