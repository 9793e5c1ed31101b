/**
 * Spreadsheet: a thin view over SpreadsheetState, looked up by id on every call.
 */
import type { EmulatorContext } from '../core/context';
import { NotEmulatedError, gasError } from '../core/errors';
import type { SheetState, SpreadsheetState } from '../core/state';
import { splitSheetName } from './a1';
import { findSpreadsheet } from './cells';
import { isRussian } from './format';
import type { SpreadsheetViews } from './views';
import { emailOf } from './user';
import { addMetadata } from './developer-metadata';
import { gridForA1, newSheetState } from './grid';
import type { SheetImpl } from './sheet';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GUser = GoogleAppsScript.Base.User;
type GDeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GDeveloperMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;

export class SpreadsheetImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    private readonly _views: SpreadsheetViews,
    readonly _id: string,
  ) {}

  private get _ss(): SpreadsheetState {
    return findSpreadsheet(this._ctx, this._id);
  }

  private _sheet(sh: SheetState): GSheet {
    return this._views.sheet(this._ctx, this._id, sh.sheetId);
  }

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._ss.name;
  }
  rename(name: string): void {
    this._ss.name = String(name);
    const file = this._ctx.state.drive.files[this._id];
    if (file) file.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSheets(): GSheet[] {
    return this._ss.sheets.map((s) => this._sheet(s));
  }
  getNumSheets(): number {
    return this._ss.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    const sh = this._ss.sheets.find((s) => s.name === name);
    return sh ? this._sheet(sh) : null;
  }
  getSheetById(id: number): GSheet | null {
    const sh = this._ss.sheets.find((s) => s.sheetId === id);
    return sh ? this._sheet(sh) : null;
  }
  insertSheet(a?: unknown, b?: unknown): GSheet {
    if ((a !== undefined && typeof a === 'object') || (b !== undefined && typeof b === 'object')) {
      throw new NotEmulatedError('Spreadsheet.insertSheet(options)');
    }
    const ss = this._ss;
    let name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : ss.sheets.length;
    if (name === undefined) {
      const base = isRussian(ss.locale) ? 'Лист' : 'Sheet';
      let n = ss.sheets.length + 1;
      while (ss.sheets.some((s) => s.name === `${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    if (ss.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (index < 0 || index > ss.sheets.length) throw gasError(`Invalid argument: sheetIndex`);
    const sh = newSheetState(this._ctx.newNumber(), name);
    ss.sheets.splice(index, 0, sh);
    ss.activeSheetId = sh.sheetId;
    return this._sheet(sh);
  }
  deleteSheet(sheet: GSheet): void {
    const ss = this._ss;
    const id = (sheet as unknown as SheetImpl)._sheetId;
    if (!ss.sheets.some((s) => s.sheetId === id)) throw gasError('The sheet has been deleted.');
    if (ss.sheets.length === 1) throw gasError("You can't remove all the sheets in a document.");
    ss.sheets = ss.sheets.filter((s) => s.sheetId !== id);
    ss.metadata = ss.metadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== id);
    ss.protections = ss.protections.filter((p) => p.sheetId !== id);
    if (ss.activeSheetId === id) ss.activeSheetId = ss.sheets[0].sheetId;
  }
  setActiveSheet(sheet: GSheet): GSheet {
    const id = (sheet as unknown as SheetImpl)._sheetId;
    const sh = this._ss.sheets.find((s) => s.sheetId === id);
    if (!sh) throw gasError('The sheet has been deleted.');
    this._ss.activeSheetId = id;
    return this._sheet(sh);
  }
  getActiveSheet(): GSheet {
    const ss = this._ss;
    const sh = ss.sheets.find((s) => s.sheetId === ss.activeSheetId) ?? ss.sheets[0];
    return this._sheet(sh);
  }
  getRange(a1: string): GRange {
    const { sheetName, ref } = splitSheetName(String(a1));
    const ss = this._ss;
    const sh =
      sheetName === null
        ? (ss.sheets.find((s) => s.sheetId === ss.activeSheetId) ?? ss.sheets[0])
        : ss.sheets.find((s) => s.name === sheetName);
    if (!sh) throw gasError('Range not found');
    return this._views.range(this._ctx, this._id, sh.sheetId, gridForA1(sh, ref));
  }
  getSpreadsheetTimeZone(): string {
    return this._ss.timeZone;
  }
  setSpreadsheetTimeZone(tz: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      throw gasError(`Invalid argument: timezone`);
    }
    this._ss.timeZone = tz;
  }
  getSpreadsheetLocale(): string {
    return this._ss.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._ss.locale = String(locale);
  }
  getOwner(): GUser {
    return this._views.user(this._ctx, this._ss.owner);
  }
  getEditors(): GUser[] {
    const ss = this._ss;
    const all = [ss.owner, ...ss.editors.filter((e) => e !== ss.owner)];
    return all.map((e) => this._views.user(this._ctx, e));
  }
  addEditor(user: unknown): this {
    const email = emailOf(user);
    const ss = this._ss;
    if (!ss.editors.includes(email)) ss.editors.push(email);
    const file = this._ctx.state.drive.files[this._id];
    if (file && !file.editors.includes(email)) file.editors.push(email);
    return this;
  }
  addEditors(emails: string[]): this {
    for (const e of emails) this.addEditor(e);
    return this;
  }
  removeEditor(user: unknown): this {
    const email = emailOf(user);
    const ss = this._ss;
    if (email === ss.owner) return this;
    ss.editors = ss.editors.filter((e) => e !== email);
    const file = this._ctx.state.drive.files[this._id];
    if (file) file.editors = file.editors.filter((e) => e !== email);
    return this;
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    addMetadata(this._ctx, this._ss, { type: 'SPREADSHEET' }, key, a, b);
    return this;
  }
  getDeveloperMetadata(): GDeveloperMetadata[] {
    return this._ss.metadata
      .filter((m) => m.location.type === 'SPREADSHEET')
      .map((m) => this._views.metadata(this._ctx, this._id, m.id));
  }
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return this._views.finder(this._ctx, this._id, { kind: 'spreadsheet' });
  }
  getProtections(type: unknown): GProtection[] {
    const t = String(type);
    if (t !== 'SHEET' && t !== 'RANGE') throw gasError('Invalid argument: type');
    return this._ss.protections
      .filter((p) => p.type === t)
      .map((p) => this._views.protection(this._ctx, this._id, p.id));
  }
  toast(message: unknown, title?: unknown): void {
    this._ctx.state.ui.toasts.push({
      message: String(message ?? ''),
      title: title === undefined || title === null ? '' : String(title),
    });
  }
}
