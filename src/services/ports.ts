import type { FormDefinition } from '../domain/forms/types';
import type { ChartSpec } from '../domain/monitoring-sheet';
import type { ColumnSpec, SheetSchema } from '../domain/schema/types';

export type { ChartSpec };
import type { DocsPort, FileRef, MailPort } from './documents/ports';

/**
 * What the use cases need from the outside world. gas/ implements these over Apps Script; tests may use the
 * same gas adapters on the emulator. No Apps Script global is named in services/.
 */

export interface SheetRead {
  sheetName: string;
  /** Only the header row (for the checks of a sheet whose rows are not needed). */
  headerOnly?: boolean;
}

/** The workbook: whole-sheet reads and block writes, one service round trip each. */
export interface SheetPort {
  /** Every value of the sheet's data range, header row first; null when there is no such sheet. */
  readValues(sheetName: string): unknown[][] | null;
  /** The header row only (for appends, without reading the whole table). Null when no such sheet. */
  readHeader(sheetName: string): unknown[] | null;
  /**
   * Several sheets in one round trip: each whole data range (as readValues) or only its header row (as
   * readHeader), null for a sheet that does not exist; and the names of every sheet of the workbook.
   */
  readMany(reads: readonly SheetRead[]): { sheetNames: string[]; values: (unknown[][] | null)[] };
  /** Developer-metadata column keys, one per header column (null where none). Used only when headers differ. */
  readColumnKeys(sheetName: string): (string | null)[];
  /** Writes a rectangular block at (row, column), 1-based, in one call. */
  writeBlock(sheetName: string, row: number, column: number, values: unknown[][]): void;
  /** Appends rows after the last row with content, in one write. */
  appendRows(sheetName: string, rows: unknown[][]): void;
  /** Deletes whole rows (1-based numbers). */
  deleteRows(sheetName: string, rowNumbers: number[]): void;
  /** Creates the sheet from its declaration: header, notes, formats, validation, frozen row, keys. */
  createSheet(schema: SheetSchema, index: number): void;
  /**
   * Protects the whole sheet for real (not warning-only): only these people may edit it, besides the
   * spreadsheet's owner, whom Google never removes. Run again, it replaces the list.
   */
  restrictEditing(sheetName: string, editors: readonly string[], description: string): void;
  /** Adds declared columns after the sheet's last column, with header, key, format and validation. */
  addColumns(schema: SheetSchema, columns: readonly ColumnSpec[]): void;
  sheetNames(): string[];
  /** Deletes the sheet if it exists, holds nothing and is not the only one; true when deleted. */
  deleteSheetIfEmpty(name: string): boolean;
  /**
   * Empties every row below the header (values and notes, a curator's own columns too) in one call, keeping
   * the header, formats and validation. Returns how many rows there were; 0 when there is no such sheet.
   */
  clearRows(sheetName: string): number;
}

export interface RuntimePort {
  now(): Date;
  newUuid(): string;
  /** E-mail of the user running the action ('' when Google does not reveal it). */
  userEmail(): string;
  /** E-mail of the user whose authority the script runs under (a trigger's creator, in a trigger). */
  effectiveUserEmail(): string;
  /** E-mails of the spreadsheet's editors (owner included). */
  editors(): string[];
}

/**
 * Facts only the add-on itself writes, kept out of every cell an editor can type into: who the curators are,
 * which Drive files the add-on created. Per spreadsheet, readable in every execution context (sidebar,
 * triggers, the web app), so who may act never depends on a cell.
 */
export interface RecordPort {
  /** The value under the key, or null. */
  get(key: string): string | null;
  /** Sets the value; null deletes it. */
  set(key: string, value: string | null): void;
  /** Records values under keys that cannot exist yet (new files' ids): no search, one write for them all. */
  create(entries: readonly (readonly [key: string, value: string])[]): void;
}

/** The public results page (a web app): which workbook it shows is fixed by the deployment, not by a URL. */
export interface ResultsPagePort {
  /** The spreadsheet the page shows, or null before any setup fixed one. */
  boundSpreadsheetId(): string | null;
  /** Makes this workbook the one the page shows. */
  bindToThisSpreadsheet(): void;
  /** The page's address once the add-on is deployed as a web app; null before. */
  webAppUrl(): string | null;
}

export interface LockPort {
  /** Runs fn holding the document lock; throws a Russian message when it cannot be had in time. */
  withDocumentLock<T>(fn: () => T): T;
}

export interface FormLinks {
  formId: string;
  editUrl: string;
  publishedUrl: string;
  shortUrl: string;
  /** Google records the signed-in respondent's own address (verified collection): an answer is theirs. */
  verifiedEmail: boolean;
}

/** A questionnaire as Google Forms holds it, linked to this spreadsheet. */
export interface FormHandle extends FormLinks {
  /** The response sheet: its id survives a curator renaming it. */
  sheetId: number;
  sheetName: string;
}

export interface FormsPort {
  /** Creates the form from its definition, links it to this spreadsheet and names its response sheet. */
  create(def: FormDefinition): FormHandle;
  /** Brings an existing form in line with the definition, keeping its responses; null if the form is gone. */
  update(formId: string, def: FormDefinition): FormLinks | null;
  /** Deletes the form's own copies of one person's responses (the response sheet is handled separately). */
  deleteResponses(formId: string, email: string): number;
  /** Whether the form now collects verified addresses (read from the live form: a curator may change it). */
  collectsVerifiedEmail(formId: string): boolean;
  /**
   * The year is over: the form stops accepting answers and its own copies of every response are deleted.
   * Returns how many responses it deleted; null when the form is gone.
   */
  close(formId: string): number | null;
}

/** Response sheets, addressed by sheet id because curators rename sheets. */
export interface ResponseSheetPort {
  read(sheetId: number): { name: string; values: unknown[][] } | null;
  /** The header and one row (1-based): its values and the text Sheets displays. Null when there is no such sheet. */
  readRow(sheetId: number, row: number): { header: unknown[]; values: unknown[]; display: string[] } | null;
  /**
   * Clears the given rows (1-based) from `fromColumn` on, keeping e.g. the timestamp. Only those cells are
   * touched: nothing read is written back (another teacher's `=…` answer in between stays text).
   */
  blankRows(sheetId: number, rowNumbers: readonly number[], fromColumn: number): void;
  /** Rows below the header. */
  countAnswers(sheetId: number): number;
}

export interface TriggerPort {
  /** Makes sure the spreadsheet's one form-submit trigger exists; true when it had to be created. */
  ensureFormSubmitTrigger(handler: string): boolean;
  /**
   * Makes sure one daily time-driven trigger runs the handler for this spreadsheet (Editor add-ons may not run
   * more often than hourly), remembering which spreadsheet it serves; true when it had to be created.
   */
  ensureDailyTrigger(handler: string, hour: number): boolean;
  /**
   * Deletes this user's triggers that serve this spreadsheet (the form-submit one and the daily one); other
   * users' triggers are invisible to Apps Script and stay. Returns how many it deleted.
   */
  removeWorkbookTriggers(): number;
}

/** Other spreadsheets of the programme: the next academic year's workbook. */
export interface WorkbooksPort {
  /** A new, empty spreadsheet born in the folder (so the narrow drive.file scope covers it). */
  create(name: string, folderId: string): FileRef;
  /** Whether the spreadsheet exists, is not in the trash and can be opened. */
  isLive(id: string): boolean;
  /** Makes these people editors of the spreadsheet (the other curators). */
  share(id: string, editors: readonly string[]): void;
  /** Runs fn with the ports of that spreadsheet, as if it were the open one; this one is open again after. */
  within<T>(id: string, fn: (ports: Ports) => T): T;
}

/** Native Sheets charts: the add-on's charts on a sheet are replaced as a whole. */
export interface ChartPort {
  /** Removes the sheet's charts and inserts these; returns how many it inserted. */
  replaceCharts(sheetName: string, charts: readonly ChartSpec[]): number;
}

/** A calendar event as the add-on needs it; `id` is the iCalUID (CalendarEvent.getId()). */
export interface CalendarEventData {
  id: string;
  title: string;
  start: Date;
  end: Date;
  /** The organizer's calendar (their e-mail for a primary calendar). */
  organizer: string;
  /** The guests' e-mails, lower case, the organizer not included. */
  guests: string[];
}

export interface NewCalendarEvent {
  title: string;
  start: Date;
  end: Date;
  description: string;
  guests: readonly string[];
  /** Pop-up reminders on the organizer's calendar, minutes before. */
  popupMinutes: readonly number[];
}

/** Google Calendar as the running user sees it. */
export interface CalendarPort {
  /** The user's own calendar id (their e-mail). */
  ownCalendarId(): string;
  /**
   * The event on the calendar with this id (the add-on event object's id or an iCalUID); null when it is not
   * there (deleted, or never was); undefined when the user cannot open that calendar at all.
   */
  readEvent(calendarId: string, eventId: string): CalendarEventData | null | undefined;
  /** The calendar's events in [from, to), one call; undefined when the user cannot open the calendar. */
  listEvents(calendarId: string, from: Date, to: Date): CalendarEventData[] | undefined;
  /** Creates the event on the user's own calendar, invitations e-mailed to the guests; returns its iCalUID. */
  createEvent(event: NewCalendarEvent): string;
}

export interface Ports {
  sheets: SheetPort;
  runtime: RuntimePort;
  records: RecordPort;
  page: ResultsPagePort;
  lock: LockPort;
  forms: FormsPort;
  responses: ResponseSheetPort;
  triggers: TriggerPort;
  charts: ChartPort;
  /** Google Docs and Drive: templates, generated documents, PDFs. */
  docs: DocsPort;
  mail: MailPort;
  calendar: CalendarPort;
  workbooks: WorkbooksPort;
}
