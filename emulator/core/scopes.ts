/**
 * The OAuth scopes Apps Script documents for every method the add-on calls, as data: the emulator checks
 * each call against the manifest (appsscript.json → oauthScopes) with it, tests/unit/scopes.test.ts checks
 * the manifest against it, and README's scope table is generated from it (`npm run scopes -- --write`).
 *
 * Source: the «Authorization» section of each method in the Apps Script reference ("Scripts that use this
 * method require authorization with one or more of the following scopes"), and the «Authorization scopes»
 * section of each REST method for the advanced services. A method whose reference page lists no
 * authorization needs none (anyOf: []). Keys are the names the emulator counts calls by: "Class.method", or
 * "Class.*" when the reference gives every method of the class the same scopes.
 */

const AUTH = 'https://www.googleapis.com/auth/';
const REF = 'https://developers.google.com/apps-script/reference/';
const s = (...names: string[]) => names.map((n) => AUTH + n);

export interface DocumentedScopes {
  /** Any one of these authorises the call; empty when the reference requires no authorization. */
  anyOf: readonly string[];
  /** The reference page the scopes were taken from. */
  ref: string;
  /** The method itself answers null without the scope (documented so) instead of failing. */
  nullWithout?: true;
}

const SHEETS = s('spreadsheets.currentonly', 'spreadsheets');
const DOCS = s('documents.currentonly', 'documents');
const FORMS = s('forms.currentonly', 'forms');
const NONE: readonly string[] = [];
/** files.get and files.list of Drive API v3. */
const DRIVE_READ = s(
  'drive',
  'drive.appdata',
  'drive.file',
  'drive.metadata',
  'drive.metadata.readonly',
  'drive.photos.readonly',
  'drive.readonly',
);

/** CalendarApp: reading needs calendar.readonly or calendar, changing needs calendar (or the legacy feeds scope). */
const FEEDS = 'https://www.google.com/calendar/feeds';
const CAL_READ = [...s('calendar', 'calendar.readonly'), FEEDS];
const CAL_WRITE = [...s('calendar'), FEEDS];

const rule = (anyOf: readonly string[], ref: string): DocumentedScopes => ({ anyOf, ref });

export const DOCUMENTED_SCOPES: Readonly<Record<string, DocumentedScopes>> = {
  // SpreadsheetApp: the current spreadsheet's classes; opening another by id or creating one needs the full scope.
  'SpreadsheetApp.getActive': rule(SHEETS, `${REF}spreadsheet/spreadsheet-app#getActive()`),
  'SpreadsheetApp.getActiveSpreadsheet': rule(
    SHEETS,
    `${REF}spreadsheet/spreadsheet-app#getActiveSpreadsheet()`,
  ),
  'SpreadsheetApp.openById': rule(s('spreadsheets'), `${REF}spreadsheet/spreadsheet-app#openById(String)`),
  'SpreadsheetApp.create': rule(s('spreadsheets'), `${REF}spreadsheet/spreadsheet-app#create(String)`),
  'SpreadsheetApp.setActiveSpreadsheet': rule(
    SHEETS,
    `${REF}spreadsheet/spreadsheet-app#setActiveSpreadsheet(Spreadsheet)`,
  ),
  'SpreadsheetApp.flush': rule(SHEETS, `${REF}spreadsheet/spreadsheet-app#flush()`),
  'SpreadsheetApp.getUi': rule(NONE, `${REF}spreadsheet/spreadsheet-app#getUi()`),
  'SpreadsheetApp.newDataValidation': rule(NONE, `${REF}spreadsheet/spreadsheet-app#newDataValidation()`),
  'Spreadsheet.*': rule(SHEETS, `${REF}spreadsheet/spreadsheet`),
  'Sheet.*': rule(SHEETS, `${REF}spreadsheet/sheet`),
  'Range.*': rule(SHEETS, `${REF}spreadsheet/range`),
  'Protection.*': rule(SHEETS, `${REF}spreadsheet/protection`),
  'DeveloperMetadata.*': rule(SHEETS, `${REF}spreadsheet/developer-metadata`),
  'DeveloperMetadataFinder.*': rule(SHEETS, `${REF}spreadsheet/developer-metadata-finder`),
  'DeveloperMetadataLocation.*': rule(SHEETS, `${REF}spreadsheet/developer-metadata-location`),
  'DataValidationBuilder.*': rule(NONE, `${REF}spreadsheet/data-validation-builder`),
  'EmbeddedChart.*': rule(SHEETS, `${REF}spreadsheet/embedded-chart`),
  'EmbeddedChartBuilder.*': rule(NONE, `${REF}spreadsheet/embedded-chart-builder`),
  'ChartOptions.*': rule(SHEETS, `${REF}charts/chart-options`),

  // Sheets API (advanced service): spreadsheets.get.
  'Sheets.Spreadsheets.get': rule(
    s('drive', 'drive.file', 'drive.readonly', 'spreadsheets', 'spreadsheets.readonly'),
    'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get',
  ),
  'Sheets.Spreadsheets.batchUpdate': rule(
    s('drive', 'drive.file', 'spreadsheets'),
    'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate',
  ),

  // DocumentApp: building the editable templates, exporting a Doc as PDF.
  'DocumentApp.openById': rule(s('documents'), `${REF}document/document-app#openById(String)`),
  'DocumentApp.create': rule(s('documents'), `${REF}document/document-app#create(String)`),
  'Document.*': rule(DOCS, `${REF}document/document`),
  'Body.*': rule(DOCS, `${REF}document/body`),
  'Paragraph.*': rule(DOCS, `${REF}document/paragraph`),
  'ListItem.*': rule(DOCS, `${REF}document/list-item`),
  'Table.*': rule(DOCS, `${REF}document/table`),
  'TableRow.*': rule(DOCS, `${REF}document/table-row`),
  'TableCell.*': rule(DOCS, `${REF}document/table-cell`),
  'Text.*': rule(DOCS, `${REF}document/text`),

  // Docs API and Drive API v3 (advanced services): they accept drive.file for files the app created or opened.
  'Docs.Documents.get': rule(
    s('documents', 'documents.readonly', 'drive', 'drive.file', 'drive.readonly'),
    'https://developers.google.com/docs/api/reference/rest/v1/documents/get',
  ),
  'Docs.Documents.batchUpdate': rule(
    s('documents', 'drive', 'drive.file'),
    'https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate',
  ),
  'Drive.Files.copy': rule(
    s('drive', 'drive.appdata', 'drive.file', 'drive.photos.readonly'),
    'https://developers.google.com/drive/api/reference/rest/v3/files/copy',
  ),
  'Drive.Files.create': rule(
    s('drive', 'drive.appdata', 'drive.file'),
    'https://developers.google.com/drive/api/reference/rest/v3/files/create',
  ),
  'Drive.Files.get': rule(DRIVE_READ, 'https://developers.google.com/drive/api/reference/rest/v3/files/get'),
  'Drive.Files.list': rule(
    DRIVE_READ,
    'https://developers.google.com/drive/api/reference/rest/v3/files/list',
  ),
  'Drive.Files.update': rule(
    s('drive', 'drive.appdata', 'drive.file', 'drive.metadata', 'drive.scripts'),
    'https://developers.google.com/drive/api/reference/rest/v3/files/update',
  ),

  // DriveApp: every method is documented with the full drive scope (or drive.readonly for reads); the add-on
  // does not call it, so that it can keep drive.file.
  'DriveApp.*': rule(s('drive.readonly', 'drive'), `${REF}drive/drive-app`),
  'File.*': rule(s('drive.readonly', 'drive'), `${REF}drive/file`),
  'Folder.*': rule(s('drive.readonly', 'drive'), `${REF}drive/folder`),
  'FileIterator.*': rule(s('drive.readonly', 'drive'), `${REF}drive/file-iterator`),
  'FolderIterator.*': rule(s('drive.readonly', 'drive'), `${REF}drive/folder-iterator`),

  // FormApp: questionnaires.
  'FormApp.create': rule(s('forms'), `${REF}forms/form-app#create(String)`),
  'FormApp.openById': rule(s('forms'), `${REF}forms/form-app#openById(String)`),
  'FormApp.createTextValidation': rule(NONE, `${REF}forms/form-app#createTextValidation()`),
  'Form.*': rule(FORMS, `${REF}forms/form`),
  'FormResponse.*': rule(FORMS, `${REF}forms/form-response`),
  'ItemResponse.*': rule(FORMS, `${REF}forms/item-response`),
  'Item.*': rule(FORMS, `${REF}forms/item`),
  'TextItem.*': rule(FORMS, `${REF}forms/text-item`),
  'ParagraphTextItem.*': rule(FORMS, `${REF}forms/paragraph-text-item`),
  'MultipleChoiceItem.*': rule(FORMS, `${REF}forms/multiple-choice-item`),
  'CheckboxItem.*': rule(FORMS, `${REF}forms/checkbox-item`),
  'DateItem.*': rule(FORMS, `${REF}forms/date-item`),
  'ScaleItem.*': rule(FORMS, `${REF}forms/scale-item`),
  'SectionHeaderItem.*': rule(FORMS, `${REF}forms/section-header-item`),
  'PageBreakItem.*': rule(FORMS, `${REF}forms/page-break-item`),
  'GridItem.*': rule(FORMS, `${REF}forms/grid-item`),
  'Choice.*': rule(FORMS, `${REF}forms/choice`),
  'TextValidationBuilder.*': rule(NONE, `${REF}forms/text-validation-builder`),

  // Mail, triggers, the signed-in user, the UI.
  'MailApp.sendEmail': rule(s('script.send_mail'), `${REF}mail/mail-app#sendEmail(Object)`),
  'MailApp.getRemainingDailyQuota': rule(
    s('script.send_mail'),
    `${REF}mail/mail-app#getRemainingDailyQuota()`,
  ),
  'ScriptApp.newTrigger': rule(s('script.scriptapp'), `${REF}script/script-app#newTrigger(String)`),
  'ScriptApp.getUserTriggers': rule(
    s('script.scriptapp'),
    `${REF}script/script-app#getUserTriggers(Spreadsheet)`,
  ),
  'ScriptApp.getProjectTriggers': rule(s('script.scriptapp'), `${REF}script/script-app#getProjectTriggers()`),
  'ScriptApp.deleteTrigger': rule(s('script.scriptapp'), `${REF}script/script-app#deleteTrigger(Trigger)`),
  'ScriptApp.getService': rule(NONE, `${REF}script/script-app#getService()`),
  'ScriptApp.getIdentityToken': {
    ...rule(['openid'], `${REF}script/script-app#getIdentityToken()`),
    nullWithout: true,
  },
  'UrlFetchApp.fetch': rule(
    s('script.external_request'),
    `${REF}url-fetch/url-fetch-app#fetch(String,Object)`,
  ),
  'HTTPResponse.*': rule(NONE, `${REF}url-fetch/http-response`),
  'ContentService.*': rule(NONE, `${REF}content/content-service`),
  'TextOutput.*': rule(NONE, `${REF}content/text-output`),
  'Service.*': rule(NONE, `${REF}script/service`),
  'TriggerBuilder.*': rule(s('script.scriptapp'), `${REF}script/trigger-builder`),
  'SpreadsheetTriggerBuilder.*': rule(s('script.scriptapp'), `${REF}script/spreadsheet-trigger-builder`),
  'ClockTriggerBuilder.*': rule(s('script.scriptapp'), `${REF}script/clock-trigger-builder`),
  'Trigger.*': rule(s('script.scriptapp'), `${REF}script/trigger`),
  'Session.getActiveUser': rule(s('userinfo.email'), `${REF}base/session#getActiveUser()`),
  'Session.getEffectiveUser': rule(s('userinfo.email'), `${REF}base/session#getEffectiveUser()`),
  'Session.getScriptTimeZone': rule(NONE, `${REF}base/session#getScriptTimeZone()`),
  'User.getEmail': rule(s('userinfo.email'), `${REF}base/user#getEmail()`),
  'Ui.*': rule(s('script.container.ui'), `${REF}base/ui`),
  'Menu.*': rule(s('script.container.ui'), `${REF}base/menu`),

  // No authorization: properties, cache, lock, HTML, blobs, utilities, logging.
  'PropertiesService.*': rule(NONE, `${REF}properties/properties-service`),
  'Properties.*': rule(NONE, `${REF}properties/properties`),
  'CacheService.*': rule(NONE, `${REF}cache/cache-service`),
  'Cache.*': rule(NONE, `${REF}cache/cache`),
  'LockService.*': rule(NONE, `${REF}lock/lock-service`),
  'Lock.*': rule(NONE, `${REF}lock/lock`),
  'HtmlService.*': rule(NONE, `${REF}html/html-service`),
  'HtmlOutput.*': rule(NONE, `${REF}html/html-output`),
  'HtmlTemplate.*': rule(NONE, `${REF}html/html-template`),
  'Blob.*': rule(NONE, `${REF}base/blob`),
  'Utilities.*': rule(NONE, `${REF}utilities/utilities`),
  'Logger.*': rule(NONE, `${REF}base/logger`),
  'CardService.*': rule(NONE, `${REF}card-service/card-service`),
  'CardBuilder.*': rule(NONE, `${REF}card-service/card-builder`),
  'CardHeader.*': rule(NONE, `${REF}card-service/card-header`),
  'CardSection.*': rule(NONE, `${REF}card-service/card-section`),
  'Card.*': rule(NONE, `${REF}card-service/card`),
  'TextParagraph.*': rule(NONE, `${REF}card-service/text-paragraph`),
  'DecoratedText.*': rule(NONE, `${REF}card-service/decorated-text`),
  'TextButton.*': rule(NONE, `${REF}card-service/text-button`),
  'ButtonSet.*': rule(NONE, `${REF}card-service/button-set`),
  'OpenLink.*': rule(NONE, `${REF}card-service/open-link`),
  'Action.*': rule(NONE, `${REF}card-service/action`),
  'Navigation.*': rule(NONE, `${REF}card-service/navigation`),
  'Notification.*': rule(NONE, `${REF}card-service/notification`),
  'ActionResponseBuilder.*': rule(NONE, `${REF}card-service/action-response-builder`),
  'ActionResponse.*': rule(NONE, `${REF}card-service/action-response`),
  'TextInput.*': rule(NONE, `${REF}card-service/text-input`),
  'DatePicker.*': rule(NONE, `${REF}card-service/date-picker`),
  'SelectionInput.*': rule(NONE, `${REF}card-service/selection-input`),
  // CalendarApp: the curator's calendar (plan meetings as events) and the teacher's (the opened event's times).
  'CalendarApp.getDefaultCalendar': rule(CAL_READ, `${REF}calendar/calendar-app#getDefaultCalendar()`),
  'CalendarApp.getCalendarById': rule(CAL_READ, `${REF}calendar/calendar-app#getCalendarById(String)`),
  'CalendarApp.getEventById': rule(CAL_READ, `${REF}calendar/calendar-app#getEventById(String)`),
  'Calendar.getId': rule(CAL_READ, `${REF}calendar/calendar#getId()`),
  'Calendar.getName': rule(CAL_READ, `${REF}calendar/calendar#getName()`),
  'Calendar.isMyPrimaryCalendar': rule(CAL_READ, `${REF}calendar/calendar#isMyPrimaryCalendar()`),
  'Calendar.createEvent': rule(CAL_WRITE, `${REF}calendar/calendar#createEvent(String,Date,Date,Object)`),
  'Calendar.getEventById': rule(CAL_READ, `${REF}calendar/calendar#getEventById(String)`),
  'Calendar.getEvents': rule(CAL_READ, `${REF}calendar/calendar#getEvents(Date,Date)`),
  'CalendarEvent.getId': rule(CAL_READ, `${REF}calendar/calendar-event#getId()`),
  'CalendarEvent.getTitle': rule(CAL_READ, `${REF}calendar/calendar-event#getTitle()`),
  'CalendarEvent.getDescription': rule(CAL_READ, `${REF}calendar/calendar-event#getDescription()`),
  'CalendarEvent.getLocation': rule(CAL_READ, `${REF}calendar/calendar-event#getLocation()`),
  'CalendarEvent.getStartTime': rule(CAL_READ, `${REF}calendar/calendar-event#getStartTime()`),
  'CalendarEvent.getEndTime': rule(CAL_READ, `${REF}calendar/calendar-event#getEndTime()`),
  'CalendarEvent.getDateCreated': rule(CAL_READ, `${REF}calendar/calendar-event#getDateCreated()`),
  'CalendarEvent.getLastUpdated': rule(CAL_READ, `${REF}calendar/calendar-event#getLastUpdated()`),
  'CalendarEvent.getOriginalCalendarId': rule(
    CAL_READ,
    `${REF}calendar/calendar-event#getOriginalCalendarId()`,
  ),
  'CalendarEvent.isOwnedByMe': rule(CAL_READ, `${REF}calendar/calendar-event#isOwnedByMe()`),
  'CalendarEvent.getGuestList': rule(CAL_READ, `${REF}calendar/calendar-event#getGuestList(Boolean)`),
  'CalendarEvent.getGuestByEmail': rule(CAL_READ, `${REF}calendar/calendar-event#getGuestByEmail(String)`),
  'CalendarEvent.getPopupReminders': rule(CAL_READ, `${REF}calendar/calendar-event#getPopupReminders()`),
  'CalendarEvent.getEmailReminders': rule(CAL_READ, `${REF}calendar/calendar-event#getEmailReminders()`),
  'CalendarEvent.setTime': rule(CAL_WRITE, `${REF}calendar/calendar-event#setTime(Date,Date)`),
  'CalendarEvent.setTitle': rule(CAL_WRITE, `${REF}calendar/calendar-event#setTitle(String)`),
  'CalendarEvent.setDescription': rule(CAL_WRITE, `${REF}calendar/calendar-event#setDescription(String)`),
  'CalendarEvent.addPopupReminder': rule(
    CAL_WRITE,
    `${REF}calendar/calendar-event#addPopupReminder(Integer)`,
  ),
  'CalendarEvent.addEmailReminder': rule(
    CAL_WRITE,
    `${REF}calendar/calendar-event#addEmailReminder(Integer)`,
  ),
  'CalendarEvent.removeAllReminders': rule(CAL_WRITE, `${REF}calendar/calendar-event#removeAllReminders()`),
  'CalendarEvent.deleteEvent': rule(CAL_WRITE, `${REF}calendar/calendar-event#deleteEvent()`),
  'EventGuest.*': rule(CAL_READ, `${REF}calendar/event-guest`),

  // Not methods: what running as a Workspace add-on in a host needs (the card's homepage in Gmail, Calendar).
  'addOns.gmail': rule(
    s('gmail.addons.execute'),
    'https://developers.google.com/workspace/add-ons/concepts/workspace-scopes',
  ),
  'addOns.calendar': rule(
    s('calendar.addons.execute'),
    'https://developers.google.com/workspace/add-ons/concepts/workspace-scopes',
  ),
  // The attendees of the event a teacher opens (manifest addOns.calendar.currentEventAccess READ).
  'addOns.calendar.currentEventAccess': rule(
    s('calendar.addons.current.event.read'),
    'https://developers.google.com/workspace/add-ons/concepts/workspace-scopes',
  ),
};

/** The documented scopes of a counted call, by method or by class; undefined when the table lacks it. */
export function documentedScopes(member: string): DocumentedScopes | undefined {
  const exact = DOCUMENTED_SCOPES[member];
  if (exact) return exact;
  const dot = member.lastIndexOf('.');
  return DOCUMENTED_SCOPES[`${member.slice(0, dot)}.*`];
}

/** Why the manifest's scopes do not allow a call, or null when they do. */
export function scopeProblem(member: string, granted: readonly string[]): string | null {
  const doc = documentedScopes(member);
  if (!doc)
    return `${member}: no documented scopes in emulator/core/scopes.ts; look the method up in the reference and add it`;
  if (!doc.anyOf.length || doc.nullWithout || doc.anyOf.some((scope) => granted.includes(scope))) return null;
  return `Specified permissions are not sufficient to call ${member}. Required permissions: ${doc.anyOf.join(' || ')}`;
}
