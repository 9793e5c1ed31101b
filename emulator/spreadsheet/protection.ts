/**
 * Protection of a sheet or a range, and who may edit it.
 */
import type { EmulatorContext } from '../core/context';
import { NotEmulatedError, gasError } from '../core/errors';
import type { ProtectionState, SpreadsheetState } from '../core/state';
import { type OpenKind } from './a1';
import { findSheet, findSpreadsheet } from './cells';
import type { SpreadsheetViews } from './views';
import { emailOf } from './user';
import { gridForA1 } from './grid';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GUser = GoogleAppsScript.Base.User;

export function newProtection(
  ctx: EmulatorContext,
  ss: SpreadsheetState,
  type: 'SHEET' | 'RANGE',
  sheetId: number,
  a1?: string,
): ProtectionState {
  // As documented for Sheet.protect() and Range.protect(): until the script changes the editor list, it
  // mirrors the spreadsheet's own sharing, so a fresh protection keeps out no editor of the spreadsheet.
  const user = ctx.state.session.activeUser;
  const editors = [...new Set([ss.owner, ...ss.editors, user])];
  const p: ProtectionState = {
    id: ctx.newNumber(),
    type,
    sheetId,
    description: '',
    warningOnly: false,
    editors,
  };
  if (a1 !== undefined) p.a1 = a1;
  ss.protections.push(p);
  return p;
}

export class ProtectionImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    private readonly _views: SpreadsheetViews,
    readonly _ssId: string,
    readonly _id: number,
  ) {}
  private get _ss(): SpreadsheetState {
    return findSpreadsheet(this._ctx, this._ssId);
  }
  private get _p(): ProtectionState {
    const p = this._ss.protections.find((x) => x.id === this._id);
    if (!p) throw gasError('The protection has been removed.');
    return p;
  }
  getProtectionType(): string {
    return this._p.type;
  }
  getDescription(): string {
    return this._p.description;
  }
  setDescription(d: string): this {
    this._p.description = String(d ?? '');
    return this;
  }
  isWarningOnly(): boolean {
    return this._p.warningOnly;
  }
  setWarningOnly(w: boolean): this {
    this._p.warningOnly = Boolean(w);
    return this;
  }
  getEditors(): GUser[] {
    return this._p.editors.map((e) => this._views.user(this._ctx, e));
  }
  addEditor(user: unknown): this {
    const p = this._p;
    const email = emailOf(user);
    if (!p.editors.includes(email)) p.editors.push(email);
    return this;
  }
  addEditors(emails: string[]): this {
    for (const e of emails) this.addEditor(e);
    return this;
  }
  /** Neither the spreadsheet owner nor the current user can be removed (as documented). */
  removeEditor(user: unknown): this {
    const email = emailOf(user);
    const keep = new Set([this._ss.owner, this._ctx.state.session.activeUser]);
    if (!keep.has(email)) this._p.editors = this._p.editors.filter((e) => e !== email);
    return this;
  }
  removeEditors(users: unknown[]): this {
    for (const u of users) this.removeEditor(u);
    return this;
  }
  canEdit(): boolean {
    const p = this._p;
    const user = this._ctx.state.session.activeUser;
    return p.warningOnly || user === this._ss.owner || p.editors.includes(user);
  }
  /** Consumer accounts have no domain: domain editing is never on. */
  canDomainEdit(): boolean {
    return false;
  }
  /** Without a domain there is nothing to switch; turning it on is what the emulator cannot do. */
  setDomainEdit(editable: boolean): this {
    if (editable) throw new NotEmulatedError('Protection.setDomainEdit(true)');
    return this;
  }
  getRange(): GRange {
    const p = this._p;
    const sh = findSheet(this._ctx, this._ssId, p.sheetId);
    const g =
      p.type === 'RANGE' && p.a1
        ? gridForA1(sh, p.a1)
        : { row: 1, col: 1, numRows: sh.maxRows, numCols: sh.maxColumns, open: null as OpenKind };
    return this._views.range(this._ctx, this._ssId, sh.sheetId, g);
  }
  remove(): void {
    void this._p; // throws if it no longer exists
    const ss = this._ss;
    ss.protections = ss.protections.filter((x) => x.id !== this._id);
  }
}
