/**
 * The whole emulated Google account as plain, JSON-serialisable data: spreadsheets, forms, documents,
 * Drive, mail, properties, triggers, UI. Every emulated service reads and writes only this object, which is
 * what makes save/load of a local workbook (npm start) and fresh per-test state trivial.
 * Dates are real Date objects here; persistence encodes them.
 */

export type CellValue = string | number | boolean | Date;

export interface DeveloperMetadataState {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  /** Where it is attached; ROW/COLUMN indexes are 1-based and shift when rows/columns are inserted/deleted. */
  location:
    | { type: 'SPREADSHEET' }
    | { type: 'SHEET'; sheetId: number }
    | { type: 'ROW' | 'COLUMN'; sheetId: number; index: number };
}

export interface ProtectionState {
  id: number;
  type: 'SHEET' | 'RANGE';
  sheetId: number;
  /** A1 notation of the protected range for RANGE protections. */
  a1?: string;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface ValidationState {
  /** Apps Script DataValidationCriteria name, e.g. VALUE_IN_LIST, CHECKBOX, NUMBER_BETWEEN, DATE_IS_VALID_DATE. */
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface SheetState {
  sheetId: number;
  name: string;
  /** Used region only, row-major, 0-based; missing cells and '' are blank. */
  values: CellValue[][];
  /** "row:col" (0-based) → formula text starting with '='. */
  formulas: Record<string, string>;
  /** "row:col" (0-based) → number format pattern. */
  numberFormats: Record<string, string>;
  /** "row:col" (0-based) → validation. */
  validations: Record<string, ValidationState>;
  /** "row:col" (0-based) → note text. */
  notes: Record<string, string>;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  /** Embedded charts (absent in workbooks saved before charts were emulated). */
  charts?: ChartState[];
}

/** A data range of a chart: grid coordinates (1-based) on a sheet of the same spreadsheet. */
export interface ChartRangeState {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** An embedded chart as data: what Sheet.insertChart stored. */
export interface ChartState {
  id: number;
  /** Charts.ChartType name: BAR, COLUMN, LINE, PIE ... */
  type: string;
  ranges: ChartRangeState[];
  /** Anchor cell (1-based) and pixel offsets. */
  position: { row: number; col: number; offsetX: number; offsetY: number };
  /** setOption values by option path ('title', 'vAxis.viewWindow.max'). */
  options: Record<string, unknown>;
  /** setNumHeaders; -1 lets Sheets guess. */
  numHeaders: number;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetState[];
  activeSheetId: number | null;
  metadata: DeveloperMetadataState[];
  protections: ProtectionState[];
  editors: string[];
  owner: string;
  /** Form ids whose destination is this spreadsheet. */
  linkedForms: string[];
}

export type FormItemType =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'CHECKBOX'
  | 'LIST'
  | 'SCALE'
  | 'DATE'
  | 'TIME'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK'
  | 'GRID'
  | 'CHECKBOX_GRID';

export interface FormItemState {
  id: number;
  type: FormItemType;
  title: string;
  helpText: string;
  required: boolean;
  choices?: string[];
  /** Page navigation per choice (PageNavigationType, parallel to choices); absent when no choice navigates. */
  navigation?: (string | null)[];
  hasOtherOption?: boolean;
  scale?: { lower: number; upper: number; leftLabel: string; rightLabel: string };
  rows?: string[];
  columns?: string[];
  /** Text validation as built by FormApp.createTextValidation(), kept as data. */
  validation?: { kind: string; args: unknown[]; helpText: string } | null;
}

export interface FormResponseState {
  id: string;
  timestamp: Date;
  email: string;
  /** Answer per item id: string for single-valued items, string[] for checkboxes. */
  answers: Record<number, string | string[]>;
  /** The 1-based row of the destination sheet this response was written to (an edit rewrites that row). */
  destinationRow?: number;
}

export interface FormState {
  id: string;
  title: string;
  description: string;
  items: FormItemState[];
  responses: FormResponseState[];
  collectEmail: boolean;
  /**
   * Email collection type VERIFIED: the respondent signs in and Google records the account's address (they
   * cannot type another). Absent in saves made before it was emulated: read as false.
   */
  verifiedEmail?: boolean;
  acceptingResponses: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  confirmationMessage: string;
  destination: { spreadsheetId: string; sheetId: number } | null;
}

/** One structural element of a document body; tables hold cells that hold elements. */
export type DocElementState =
  | {
      type: 'PARAGRAPH';
      text: string;
      heading: string;
      alignment: string | null;
      attributes: Record<string, unknown>;
    }
  | {
      type: 'LIST_ITEM';
      text: string;
      nesting: number;
      glyph: string;
      listId: string;
      attributes: Record<string, unknown>;
    }
  | {
      type: 'TABLE';
      rows: { cells: { children: DocElementState[]; attributes: Record<string, unknown> }[] }[];
      attributes: Record<string, unknown>;
    }
  | { type: 'PAGE_BREAK' }
  | { type: 'HORIZONTAL_RULE' };

/** A document's page margins in points, as Body.setMargin… set them (unset: Google's 72 pt). */
export interface PageMargins {
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
}

export interface DocumentState {
  id: string;
  name: string;
  body: DocElementState[];
  margins?: PageMargins;
  header: DocElementState[] | null;
  footer: DocElementState[] | null;
  /** Set by saveAndClose; a closed document must be reopened with openById. */
  savedAt: Date | null;
}

export interface DriveFileState {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  created: Date;
  updated: Date;
  owner: string;
  description: string;
  /** Bytes (base64) for plain files; Google files keep their content in spreadsheets/forms/documents. */
  contentBase64?: string;
  sharing: { access: string; permission: string };
  editors: string[];
  viewers: string[];
}

export interface DriveFolderState {
  id: string;
  name: string;
  parents: string[];
  trashed: boolean;
  created: Date;
}

interface DriveState {
  rootFolderId: string;
  folders: Record<string, DriveFolderState>;
  files: Record<string, DriveFileState>;
}

export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  attachments: { name: string; mimeType: string; size: number }[];
  sentAt: Date;
}

export interface TriggerState {
  id: string;
  handler: string;
  /**
   * The user who created it: "Installable triggers always run under the account of the person who created them"
   * and a user cannot see another account's triggers (https://developers.google.com/apps-script/guides/triggers/installable).
   * Absent in workbooks saved before owners were kept: then it belongs to the session's user.
   */
  owner?: string;
  /** Apps Script EventType name: ON_OPEN, ON_EDIT, ON_FORM_SUBMIT, ON_CHANGE, CLOCK. */
  eventType: 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE' | 'CLOCK';
  /** TriggerSource name: SPREADSHEETS, FORMS, CLOCK, DOCUMENTS. */
  source: 'SPREADSHEETS' | 'FORMS' | 'CLOCK' | 'DOCUMENTS';
  sourceId: string | null;
  /** For CLOCK triggers: period in hours (Editor add-ons allow at most hourly) and next due time. */
  everyHours?: number;
  nextRunAt?: Date | null;
  /** For one-off `at(date)` CLOCK triggers. */
  at?: Date | null;
}

/** A guest of a calendar event (CalendarApp GuestStatus names). */
export interface CalendarGuestState {
  email: string;
  status: 'INVITED' | 'YES' | 'NO' | 'MAYBE';
  /** The guest deleted the event from their own calendar (it stays on the organizer's). */
  removed?: boolean;
}

/**
 * One event, as the organizer's calendar holds it. Guests in the domain see it on their own calendars (Google
 * adds invitations automatically); a deleted event is gone for everyone.
 */
export interface CalendarEventState {
  /** The Calendar API event id (what an add-on's event object carries as `calendar.id`). */
  apiId: string;
  /** The iCalUID: what CalendarEvent.getId() returns and getEventById takes. */
  iCalUid: string;
  /** The organizer's calendar (their primary calendar's id is their e-mail). */
  calendarId: string;
  title: string;
  description: string;
  location: string;
  start: Date;
  end: Date;
  guests: CalendarGuestState[];
  /** Pop-up and e-mail reminders, minutes before, per calendar (reminders are each user's own). */
  reminders: Record<string, { popup: number[]; email: number[] }>;
  created: Date;
  updated: Date;
  /** Whether the organizer asked Google to e-mail the invitations. */
  invitesSent: boolean;
  deleted: boolean;
}

export interface UiState {
  /** The add-on menu as onOpen built it: caption + items (caption, function name) or separators. */
  menus: {
    title: string;
    /** subMenu: the items of a Menu.addSubMenu (its caption is the item's caption; functionName is ''). */
    items: (
      | {
          caption: string;
          functionName: string;
          subMenu?: ({ caption: string; functionName: string } | { separator: true })[];
        }
      | { separator: true }
    )[];
  }[];
  sidebar: { title: string; html: string } | null;
  dialogs: { title: string; html: string; modal: boolean; width: number; height: number }[];
  alerts: { title: string; prompt: string }[];
  toasts: { message: string; title: string }[];
}

export interface EmulatorState {
  version: 1;
  /** Monotonic id source, so ids are stable across save/load and deterministic in tests. */
  nextId: number;
  /** Emulated "now", ISO string; null means the real clock. Tests pin it; npm start uses real time. */
  now: Date | null;
  session: {
    activeUser: string;
    effectiveUser: string;
    timeZone: string;
    locale: string;
    /** Plays an account or runtime where Google refuses verified e-mail collection (tests of the fallback). */
    verifiedEmailUnavailable?: boolean;
  };
  spreadsheets: Record<string, SpreadsheetState>;
  activeSpreadsheetId: string | null;
  forms: Record<string, FormState>;
  documents: Record<string, DocumentState>;
  drive: DriveState;
  mail: { outbox: SentMail[]; dailyQuota: number };
  properties: {
    script: Record<string, string>;
    user: Record<string, string>;
    document: Record<string, string>;
  };
  triggers: TriggerState[];
  ui: UiState;
  /**
   * The project's web-app deployment, if any: ScriptApp.getService().getUrl() "returns the URL of the web app,
   * if it has been deployed; otherwise returns null" (https://developers.google.com/apps-script/reference/script/service).
   * The desk sets it to its own results page.
   */
  webAppUrl?: string | null;
  /** Every calendar event of the emulated domain, by iCalUID (absent in saves made before CalendarApp). */
  calendarEvents?: Record<string, CalendarEventState>;
  /** The account the web app executes as («Execute as: me» = the one who deployed it); unset: not deployed. */
  webAppExecutesAs?: string | null;
  /** The project's OAuth client id (the identity tokens' audience) and the emulated Google's signing secret. */
  identity?: { clientId: string; secret: string };
}

export function emptyState(user = 'curator@school.example'): EmulatorState {
  return {
    version: 1,
    nextId: 1,
    now: null,
    session: { activeUser: user, effectiveUser: user, timeZone: 'Europe/Moscow', locale: 'ru' },
    spreadsheets: {},
    activeSpreadsheetId: null,
    forms: {},
    documents: {},
    drive: {
      rootFolderId: 'root',
      folders: { root: { id: 'root', name: 'Мой диск', parents: [], trashed: false, created: new Date(0) } },
      files: {},
    },
    mail: { outbox: [], dailyQuota: 100 },
    properties: { script: {}, user: {}, document: {} },
    triggers: [],
    ui: { menus: [], sidebar: null, dialogs: [], alerts: [], toasts: [] },
  };
}
