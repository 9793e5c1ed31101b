/**
 * SpreadsheetApp over the plain state in ctx.state.spreadsheets: one class per file (spreadsheet.ts, sheet.ts,
 * range.ts, protection.ts …), format.ts for input parsing and display values (see emulator/README.md).
 * Enums are plain objects of their names (SpreadsheetApp.ProtectionType.SHEET === 'SHEET').
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { SpreadsheetState } from '../core/state';
import { createUi } from '../html/ui';
import { isRussian } from './format';
import { newSheetState } from './grid';
import type { SheetImpl } from './sheet';
import { views } from './wrap';

function enumOf<K extends string>(...names: K[]): Record<K, K> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Record<K, K>;
}

const DataValidationCriteria = enumOf(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
);
const ProtectionType = enumOf('RANGE', 'SHEET');
const DeveloperMetadataVisibility = enumOf('DOCUMENT', 'PROJECT');
const DeveloperMetadataLocationType = enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');

function fullLocale(locale: string): string {
  if (locale.includes('_')) return locale;
  if (isRussian(locale)) return 'ru_RU';
  if (locale === 'en') return 'en_US';
  return locale;
}

/**
 * A new spreadsheet as Google makes it (SpreadsheetApp.create, or Drive's files.create of a Google Sheets
 * file): one sheet named for the user's locale, owned and edited by its creator.
 */
export function addSpreadsheetState(
  ctx: EmulatorContext,
  name: string,
  rows = 1000,
  columns = 26,
): SpreadsheetState {
  const owner = ctx.state.session.activeUser;
  const locale = fullLocale(ctx.state.session.locale);
  const id = ctx.newId('ss');
  const ss: SpreadsheetState = {
    id,
    name,
    timeZone: ctx.state.session.timeZone,
    locale,
    sheets: [newSheetState(0, isRussian(locale) ? 'Лист1' : 'Sheet1', rows, columns)],
    activeSheetId: 0,
    metadata: [],
    protections: [],
    editors: [owner],
    owner,
    linkedForms: [],
  };
  ctx.state.spreadsheets[id] = ss;
  return ss;
}

class SpreadsheetAppImpl {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;

  constructor(private readonly _ctx: EmulatorContext) {}

  create(name: string, rows = 1000, columns = 26): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (typeof name !== 'string' || name === '') throw gasError('Invalid argument: name');
    if (rows < 1 || columns < 1) throw gasError('Invalid argument: rows');
    return views.spreadsheet(this._ctx, addSpreadsheetState(this._ctx, name, rows, columns).id);
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    const id = this._ctx.state.activeSpreadsheetId;
    return id && this._ctx.state.spreadsheets[id] ? views.spreadsheet(this._ctx, id) : null;
  }

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.getActive();
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    const ss = this.getActive();
    return ss ? ss.getActiveSheet() : null;
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    const ssId = (sheet as unknown as SheetImpl)._ssId;
    if (ssId !== this._ctx.state.activeSpreadsheetId)
      throw gasError('The sheet does not belong to the active spreadsheet.');
    return views.spreadsheet(this._ctx, ssId).setActiveSheet(sheet);
  }

  /** Makes the spreadsheet the active one for this execution (time-driven triggers and web apps have none). */
  setActiveSpreadsheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
    const id = spreadsheet?.getId?.();
    if (!id || !this._ctx.state.spreadsheets[id]) throw gasError('Invalid argument: spreadsheet');
    this._ctx.state.activeSpreadsheetId = id;
  }

  /**
   * Only a file the script's user may open: its owner, an editor or viewer, or anyone when it is shared by link
   * or with the domain. A Workspace add-on runs as the teacher who opens it, and a spreadsheet not shared with
   * them fails to open with the same error as a missing one.
   */
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (!this._ctx.state.spreadsheets[id] || !mayOpen(this._ctx, id)) {
      throw gasError(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    return views.spreadsheet(this._ctx, id);
  }

  openByUrl(url: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const m = /\/spreadsheets\/d\/([^/?#]+)/.exec(String(url));
    if (!m || !this._ctx.state.spreadsheets[m[1]] || !mayOpen(this._ctx, m[1])) {
      throw gasError(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    }
    return views.spreadsheet(this._ctx, m[1]);
  }

  /** Nothing is pending in the emulator; the call is counted, as a round trip would be. */
  flush(): void {}

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return views.validationBuilder(this._ctx);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return createUi(this._ctx);
  }
}

export function createSpreadsheetApp(ctx: EmulatorContext): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return ctx.wrap<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(new SpreadsheetAppImpl(ctx), 'SpreadsheetApp');
}

function mayOpen(ctx: EmulatorContext, id: string): boolean {
  const user = ctx.state.session.effectiveUser;
  const ss = ctx.state.spreadsheets[id];
  if (ss.owner === user || ss.editors.includes(user)) return true;
  const file = ctx.state.drive.files[id];
  return (
    !!file &&
    (file.viewers.includes(user) || file.editors.includes(user) || file.sharing.access !== 'PRIVATE')
  );
}
