/**
 * DeveloperMetadata and how it is added to a spreadsheet, a sheet or a whole row or column.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { DeveloperMetadataState, SpreadsheetState } from '../core/state';
import { findSpreadsheet } from './cells';
import type { SpreadsheetViews } from './views';
import { DeveloperMetadataLocationImpl } from './developer-metadata-location';

export const METADATA_ONLY_WHOLE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

export function addMetadata(
  ctx: EmulatorContext,
  ss: SpreadsheetState,
  location: DeveloperMetadataState['location'],
  key: unknown,
  a?: unknown,
  b?: unknown,
): void {
  if (typeof key !== 'string' || key === '') throw gasError('Invalid argument: key');
  let value: string | null = null;
  let visibility: 'DOCUMENT' | 'PROJECT' = 'DOCUMENT';
  // (key), (key, visibility), (key, value), (key, value, visibility); enums here are their names.
  if (b !== undefined) {
    value = a === null || a === undefined ? null : String(a);
    visibility = String(b) as 'DOCUMENT' | 'PROJECT';
  } else if (a === 'DOCUMENT' || a === 'PROJECT') {
    visibility = a;
  } else if (a !== undefined && a !== null) {
    value = String(a);
  }
  if (visibility !== 'DOCUMENT' && visibility !== 'PROJECT') throw gasError('Invalid argument: visibility');
  ss.metadata.push({ id: ctx.newNumber(), key, value, visibility, location });
}

export class DeveloperMetadataImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    private readonly _views: SpreadsheetViews,
    readonly _ssId: string,
    readonly _id: number,
  ) {}
  private get _m(): DeveloperMetadataState {
    const m = findSpreadsheet(this._ctx, this._ssId).metadata.find((x) => x.id === this._id);
    if (!m) throw gasError('The developer metadata has been removed.');
    return m;
  }
  getId(): number {
    return this._id;
  }
  getKey(): string {
    return this._m.key;
  }
  setKey(key: string): this {
    if (typeof key !== 'string' || key === '') throw gasError('Invalid argument: key');
    this._m.key = key;
    return this;
  }
  getValue(): string | null {
    return this._m.value;
  }
  setValue(value: string | null): this {
    this._m.value = value === null || value === undefined ? null : String(value);
    return this;
  }
  getVisibility(): string {
    return this._m.visibility;
  }
  setVisibility(v: unknown): this {
    const s = String(v);
    if (s !== 'DOCUMENT' && s !== 'PROJECT') throw gasError('Invalid argument: visibility');
    this._m.visibility = s;
    return this;
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return this._ctx.wrap(
      new DeveloperMetadataLocationImpl(this._ctx, this._views, this._ssId, { ...this._m.location }),
      'DeveloperMetadataLocation',
    );
  }
  remove(): void {
    const ss = findSpreadsheet(this._ctx, this._ssId);
    void this._m; // throws if it no longer exists
    ss.metadata = ss.metadata.filter((x) => x.id !== this._id);
  }
}
