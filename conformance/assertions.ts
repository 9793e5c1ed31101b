/**
 * The conformance kit's single source of truth: behavioural assertions about the Apps Script services and
 * JavaScript built-ins the add-on relies on, each with the value the Apps Script reference (or ECMA-402 / CLDR
 * for the built-ins) documents. The same definitions run twice:
 *  - on the emulator, inside `npm test` (tests/emulator/conformance.test.ts), which must produce `expected`;
 *  - against the real services, bundled by `npm run conformance` into a separate Apps Script project
 *    (conformance/dist) whose `runConformance` writes a report sheet: method, expected, observed.
 * A row whose observed value differs on a real account is a place where the emulator lies.
 *
 * Services are passed in (not read from globals), so the file runs unchanged in Node and in Apps Script.
 */

export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  /** The advanced Sheets service (appsscript.json enables it, as in the add-on). */
  Sheets: GoogleAppsScript.Sheets;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
}

/** The project's HTML file (conformance/OnDemandProbe.html) that stands for the add-on's OnDemand.html. */
const PROBE_FILE = 'OnDemandProbe';

/** What an assertion works in: a fresh sheet of the scratch spreadsheet, and clean-ups run at the end. */
interface Scratch {
  g: Services;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** Runs after all assertions (trash created files, delete triggers and properties). */
  later(cleanUp: () => void): void;
}

export interface Assertion {
  /** The Apps Script method (or built-in) whose behaviour is checked, e.g. `Range.getDisplayValues`. */
  method: string;
  /** What is checked, in a few words. */
  what: string;
  /** The documented result, as plain JSON data. */
  expected: unknown;
  /** Where the expectation comes from. */
  reference: string;
  /** Observes the behaviour; returns plain JSON data (dates as ISO strings). */
  observe(s: Scratch): unknown;
  /**
   * Where the emulator is known to differ from the reference: what it returns instead, and why. The emulator
   * test holds it to exactly this, so closing the gap shows up there; the report shows both values.
   */
  emulatorGap?: { observed: unknown; why: string };
}

const REF = 'https://developers.google.com/apps-script/reference/';
const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : `not a Date: ${String(d)}`);

export const ASSERTIONS: readonly Assertion[] = [
  // ---- Sheets: values, display values, dates, formula vs text ---------------------------------------------
  {
    method: 'Range.setValues / Range.getValues',
    what: 'numbers, text and booleans come back with their types',
    expected: [[42, 'текст', true]],
    reference: `${REF}spreadsheet/range#getvalues`,
    observe: ({ sheet }) =>
      sheet
        .getRange('A1:C1')
        .setValues([[42, 'текст', true]])
        .getValues(),
  },
  {
    method: 'Range.getValues',
    what: 'empty cells are empty strings',
    expected: [['', '']],
    reference: `${REF}spreadsheet/range#getvalues`,
    observe: ({ sheet }) => sheet.getRange('A2:B2').getValues(),
  },
  {
    method: 'Range.setValue / Range.getFormula',
    what: "a value starting with '=' is a formula: its result is the value",
    expected: [3, '=1+2'],
    reference: `${REF}spreadsheet/range#setvaluevalue`,
    emulatorGap: {
      observed: ['', '=1+2'],
      why: 'the emulator keeps formulas but does not calculate them (its cells read back blank)',
    },
    observe: ({ sheet }) => {
      const cell = sheet.getRange('A3').setValue('=1+2');
      return [cell.getValue(), cell.getFormula()];
    },
  },
  {
    method: 'Range.setValues / Range.getFormulas',
    what: 'a leading apostrophe keeps text as text (the codec relies on it)',
    expected: [
      ['=1+1', '007'],
      ['', ''],
    ],
    reference: 'https://support.google.com/docs/answer/6368047',
    observe: ({ sheet }) => {
      const r = sheet.getRange('A4:B4').setValues([["'=1+1", "'007"]]);
      return [r.getValues()[0], r.getFormulas()[0]];
    },
  },
  {
    method: 'Range.setNumberFormat',
    what: "plain-text format '@' keeps strings as typed",
    expected: [['42'], ['=1+1']],
    reference: `${REF}spreadsheet/range#setnumberformatnumberformat`,
    observe: ({ sheet }) =>
      sheet
        .getRange('D1:D2')
        .setNumberFormat('@')
        .setValues([['42'], ['=1+1']])
        .getValues(),
  },
  {
    method: 'Range.getDisplayValues',
    what: 'display values follow number formats and the ru_RU locale',
    expected: [['3,50', '35%']],
    reference: `${REF}spreadsheet/range#getdisplayvalues`,
    observe: ({ spreadsheet, sheet }) => {
      spreadsheet.setSpreadsheetLocale('ru_RU');
      const r = sheet.getRange('E1:F1').setValues([[3.5, 0.35]]);
      r.setNumberFormats([['0.00', '0%']]);
      return r.getDisplayValues();
    },
  },
  {
    method: 'Range.setValue / Range.getValue (Date)',
    what: 'a Date comes back as a Date at the same instant',
    expected: '2024-09-02T07:30:00.000Z',
    reference: `${REF}spreadsheet/range#getvalue`,
    observe: ({ spreadsheet, sheet }) => {
      spreadsheet.setSpreadsheetTimeZone('Europe/Moscow');
      return iso(sheet.getRange('A5').setValue(new Date('2024-09-02T07:30:00Z')).getValue());
    },
  },
  {
    method: 'Range.setValues (typed date)',
    what: 'text typed as a date becomes a Date at midnight of the spreadsheet time zone',
    expected: '2025-03-04T21:00:00.000Z',
    reference: `${REF}spreadsheet/spreadsheet#setspreadsheettimezonetimezone`,
    observe: ({ spreadsheet, sheet }) => {
      spreadsheet.setSpreadsheetLocale('ru_RU');
      spreadsheet.setSpreadsheetTimeZone('Europe/Moscow');
      return iso(
        sheet
          .getRange('B5')
          .setValues([['05.03.2025']])
          .getValue(),
      );
    },
  },
  {
    method: 'Range.getDisplayValue (date format)',
    what: 'a date shown in the spreadsheet time zone',
    expected: '02.09.2024 12:05',
    reference: `${REF}spreadsheet/range#getdisplayvalue`,
    observe: ({ spreadsheet, sheet }) => {
      spreadsheet.setSpreadsheetTimeZone('Europe/Moscow');
      const cell = sheet.getRange('C5').setValue(new Date('2024-09-02T09:05:00Z'));
      return cell.setNumberFormat('dd.MM.yyyy HH:mm').getDisplayValue();
    },
  },
  {
    method: 'Sheet.getLastRow',
    what: 'the last row with content, blank rows above it included',
    expected: [0, 5],
    reference: `${REF}spreadsheet/sheet#getlastrow`,
    observe: ({ sheet }) => {
      const empty = sheet.getLastRow();
      sheet.getRange('B5').setValue('последняя');
      return [empty, sheet.getLastRow()];
    },
  },

  {
    method: 'Sheet.appendRow',
    what: 'a row goes below the last row with content; an apostrophe keeps a formula-like text as text',
    expected: [3, [['Журнал', '=1+1', 7]]], // the leading apostrophe marks text and is not part of the value
    reference: `${REF}spreadsheet/sheet#appendrowrowcontents`,
    observe: ({ sheet }) => {
      sheet.getRange('A2').setValue('первая');
      sheet.appendRow(['Журнал', "'=1+1", 7]);
      return [sheet.getLastRow(), sheet.getRange('A3:C3').getValues()];
    },
  },
  {
    method: 'Sheets.Spreadsheets.batchUpdate (createDeveloperMetadata)',
    what: 'records made in one call are the spreadsheet’s PROJECT metadata, one reply each',
    expected: [
      2,
      [
        ['nastavnik.conformance.a', '1', 'PROJECT', 'SPREADSHEET'],
        ['nastavnik.conformance.b', '2', 'PROJECT', 'SPREADSHEET'],
      ],
    ],
    reference:
      'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#createdevelopermetadatarequest',
    observe: ({ g, spreadsheet, later }) => {
      const made = (key: string, value: string) => ({
        createDeveloperMetadata: {
          developerMetadata: {
            metadataKey: key,
            metadataValue: value,
            visibility: 'PROJECT',
            location: { spreadsheet: true },
          },
        },
      });
      const res = g.Sheets.Spreadsheets!.batchUpdate(
        { requests: [made('nastavnik.conformance.a', '1'), made('nastavnik.conformance.b', '2')] },
        spreadsheet.getId(),
      );
      const found = ['a', 'b'].flatMap((k) =>
        spreadsheet.createDeveloperMetadataFinder().withKey(`nastavnik.conformance.${k}`).find(),
      );
      later(() => found.forEach((m) => m.remove()));
      return [
        res.replies?.length ?? 0,
        found.map((m) => [
          m.getKey(),
          m.getValue(),
          String(m.getVisibility()),
          String(m.getLocation().getLocationType()),
        ]),
      ];
    },
  },
  {
    method: 'Sheets.Spreadsheets.batchUpdate (updateCells)',
    what: 'a stringValue stays text (never a formula), a serial in a date-formatted cell reads back as that date',
    expected: ['=1+1', '', '15.09.2022', 7],
    reference:
      'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest',
    observe: ({ g, spreadsheet, sheet }) => {
      sheet.getRange('G2').setNumberFormat('dd.MM.yyyy');
      const start = { sheetId: sheet.getSheetId(), rowIndex: 1, columnIndex: 5 };
      const values = [
        { userEnteredValue: { stringValue: '=1+1' } },
        { userEnteredValue: { numberValue: 44819 } },
        { userEnteredValue: { numberValue: 7 } },
      ];
      g.Sheets.Spreadsheets!.batchUpdate(
        { requests: [{ updateCells: { start, rows: [{ values }], fields: 'userEnteredValue' } }] },
        spreadsheet.getId(),
      );
      const row = sheet.getRange('F2:H2');
      return [
        row.getValues()[0][0],
        row.getFormulas()[0][0],
        row.getDisplayValues()[0][1],
        row.getValues()[0][2],
      ];
    },
  },
  {
    method: 'Sheet.insertRowsAfter / Sheet.getMaxRows / Sheet.setFrozenRows',
    what: 'a new sheet has 1,000 rows; inserted rows add to them; the header row frozen',
    expected: [1000, 1005, 1],
    reference: `${REF}spreadsheet/sheet#insertrowsafterafterposition,-howmany`,
    observe: ({ sheet }) => {
      const fresh = sheet.getMaxRows();
      sheet.insertRowsAfter(1, 5);
      sheet.setFrozenRows(1);
      return [fresh, sheet.getMaxRows(), sheet.getFrozenRows()];
    },
  },
  {
    method: 'Range.addDeveloperMetadata / Sheet.createDeveloperMetadataFinder',
    what: 'a column keeps its key where a header can be renamed',
    expected: [['nastavnik.column', 'email', 'COLUMN', 2]],
    reference: `${REF}spreadsheet/developer-metadata-finder#find`,
    observe: ({ g, sheet }) => {
      sheet
        .getRange('B:B')
        .addDeveloperMetadata(
          'nastavnik.column',
          'email',
          g.SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
        );
      return sheet
        .createDeveloperMetadataFinder()
        .withKey('nastavnik.column')
        .find()
        .map((m) => [
          m.getKey(),
          m.getValue(),
          String(m.getLocation().getLocationType()),
          m.getLocation().getColumn()?.getColumn() ?? null,
        ]);
    },
  },

  // ---- Forms: creation, items, destination, responses ------------------------------------------------------
  {
    method: 'FormApp.create / Form.addTextItem / Form.getItems',
    what: 'a new form keeps its title and items with their types',
    expected: ['Проверка эмулятора', [['ФИО', 'TEXT']]],
    reference: `${REF}forms/form#additem`,
    observe: ({ g, later }) => {
      const form = g.FormApp.create('Проверка эмулятора');
      later(() => g.DriveApp.getFileById(form.getId()).setTrashed(true));
      form.addTextItem().setTitle('ФИО');
      return [form.getTitle(), form.getItems().map((i) => [i.getTitle(), String(i.getType())])];
    },
  },
  {
    method: 'Form.setDestination / Form.getDestinationType / Form.getDestinationId',
    what: 'a form linked to the spreadsheet says so',
    expected: ['SPREADSHEET', true],
    reference: `${REF}forms/form#setdestinationtype,-id`,
    observe: ({ g, spreadsheet, later }) => {
      const form = g.FormApp.create('Проверка назначения');
      later(() => g.DriveApp.getFileById(form.getId()).setTrashed(true));
      form.setDestination(g.FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
      return [String(form.getDestinationType()), form.getDestinationId() === spreadsheet.getId()];
    },
  },
  {
    method: 'FormResponse.submit / Form.getResponses',
    what: 'a submitted response is stored with its answer',
    expected: [1, 'Иванова Анна Петровна'],
    reference: `${REF}forms/form-response#submit`,
    observe: ({ g, later }) => {
      const form = g.FormApp.create('Проверка ответа');
      later(() => g.DriveApp.getFileById(form.getId()).setTrashed(true));
      const item = form.addTextItem().setTitle('ФИО');
      form.createResponse().withItemResponse(item.createResponse('Иванова Анна Петровна')).submit();
      const responses = form.getResponses();
      return [responses.length, responses[0]?.getItemResponses()[0]?.getResponse()];
    },
  },

  {
    method: 'Form.addMultipleChoiceItem / MultipleChoiceItem.setChoiceValues / getChoices',
    what: 'choices keep their order and text',
    expected: ['MULTIPLE_CHOICE', ['да', 'нет']],
    reference: `${REF}forms/multiple-choice-item#setchoicevaluesvalues`,
    observe: ({ g, later }) => {
      const form = g.FormApp.create('Проверка вариантов');
      later(() => g.DriveApp.getFileById(form.getId()).setTrashed(true));
      const item = form.addMultipleChoiceItem().setTitle('Согласие').setChoiceValues(['да', 'нет']);
      return [String(item.getType()), item.getChoices().map((c) => c.getValue())];
    },
  },

  // ---- Docs: text and tables ------------------------------------------------------------------------------
  {
    method: 'Body.replaceText',
    what: 'a placeholder replaced by a regular expression',
    expected: 'Уважаемая Анна Петровна!',
    reference: `${REF}document/body#replacetextsearchpattern,-replacement`,
    observe: ({ g, later }) => {
      const doc = g.DocumentApp.create('Проверка текста');
      later(() => g.DriveApp.getFileById(doc.getId()).setTrashed(true));
      const body = doc.getBody();
      const paragraph = body.appendParagraph('Уважаемая {{имя}}!');
      body.replaceText('\\{\\{имя\\}\\}', 'Анна Петровна');
      return paragraph.getText();
    },
  },
  {
    method: 'Body.replaceText (RE2 syntax, replacement)',
    what: 'a look-behind is refused (RE2); `$1` in the replacement is inserted as text',
    expected: [true, 'Приказ № $1'],
    reference: `${REF}document/body#replacetextsearchpattern,-replacement`,
    observe: ({ g, later }) => {
      const doc = g.DocumentApp.create('Проверка RE2');
      later(() => g.DriveApp.getFileById(doc.getId()).setTrashed(true));
      const body = doc.getBody();
      const paragraph = body.appendParagraph('Приказ № 12');
      let refused = false;
      try {
        body.replaceText('(?<=№ )\\d+', 'X');
      } catch {
        refused = true;
      }
      body.replaceText('(\\d+)', '$1');
      return [refused, paragraph.getText()];
    },
  },
  {
    method: 'Body.appendTable / Table.getNumRows / TableCell.getText',
    what: 'a table built from a string array',
    expected: [2, 'Петров П.П.'],
    reference: `${REF}document/body#appendtablecells`,
    observe: ({ g, later }) => {
      const doc = g.DocumentApp.create('Проверка таблицы');
      later(() => g.DriveApp.getFileById(doc.getId()).setTrashed(true));
      const table = doc.getBody().appendTable([
        ['№', 'Наставник'],
        ['1', 'Петров П.П.'],
      ]);
      return [table.getNumRows(), table.getRow(1).getCell(1).getText()];
    },
  },

  {
    method: 'Body.findText / RangeElement.getStartOffset / getEndOffsetInclusive',
    what: 'a placeholder found by a regular expression, with its offsets',
    expected: ['Приказ № {{номер}}', 9, 17],
    reference: `${REF}document/body#findtextsearchpattern`,
    observe: ({ g, later }) => {
      const doc = g.DocumentApp.create('Проверка поиска');
      later(() => g.DriveApp.getFileById(doc.getId()).setTrashed(true));
      const body = doc.getBody();
      body.appendParagraph('Приказ № {{номер}}');
      const found = body.findText('\\{\\{[^}]+\\}\\}');
      if (!found) return null;
      return [found.getElement().asText().getText(), found.getStartOffset(), found.getEndOffsetInclusive()];
    },
  },

  // ---- Drive: files ---------------------------------------------------------------------------------------
  {
    method: 'DriveApp.getFileById / File.getName / File.setTrashed / File.isTrashed',
    what: 'a document is a Drive file with its name, and can be trashed',
    expected: ['Проверка Диска', false, true],
    reference: `${REF}drive/file#settrashedtrashed`,
    observe: ({ g }) => {
      const doc = g.DocumentApp.create('Проверка Диска');
      const file = g.DriveApp.getFileById(doc.getId());
      const before = file.isTrashed();
      file.setTrashed(true);
      return [file.getName(), before, g.DriveApp.getFileById(doc.getId()).isTrashed()];
    },
  },

  {
    method: 'DriveApp.createFolder / Folder.createFile / Folder.getFilesByName / File.makeCopy',
    what: 'a file made in a folder is found there by name, its copy has the new name',
    expected: ['текст', true, 'Копия'],
    reference: `${REF}drive/folder#createfilename,-content`,
    observe: ({ g, later }) => {
      const folder = g.DriveApp.createFolder('Проверка папки');
      later(() => folder.setTrashed(true));
      const file = folder.createFile('заметка.txt', 'текст');
      const copy = file.makeCopy('Копия', folder);
      later(() => [file, copy].forEach((f) => f.setTrashed(true)));
      return [
        file.getBlob().getDataAsString(),
        folder.getFilesByName('заметка.txt').hasNext(),
        copy.getName(),
      ];
    },
  },

  // ---- Mail quota ----------------------------------------------------------------------------------------
  {
    method: 'MailApp.getRemainingDailyQuota',
    what: 'a whole number of recipients left today',
    expected: true,
    reference: `${REF}mail/mail-app#getremainingdailyquota`,
    observe: ({ g }) => {
      const left = g.MailApp.getRemainingDailyQuota();
      return Number.isInteger(left) && left >= 0;
    },
  },

  // ---- Properties ----------------------------------------------------------------------------------------
  {
    method: 'Properties.setProperty / getProperty / deleteProperty',
    what: 'values are strings; a missing key is null',
    expected: ['42', null, null],
    reference: `${REF}properties/properties#getpropertykey`,
    observe: ({ g }) => {
      const props = g.PropertiesService.getScriptProperties();
      props.setProperty('conformance.key', String(42));
      const value = props.getProperty('conformance.key');
      props.deleteProperty('conformance.key');
      return [value, props.getProperty('conformance.key'), props.getProperty('conformance.missing')];
    },
  },

  {
    method: 'CacheService.getScriptCache / Cache.put / Cache.get',
    what: 'a cached string comes back; a missing key is null',
    expected: ['значение', null],
    reference: `${REF}cache/cache#getkey`,
    observe: ({ g }) => {
      const cache = g.CacheService.getScriptCache();
      cache.put('conformance.key', 'значение', 60);
      const value = cache.get('conformance.key');
      cache.remove('conformance.key');
      return [value, cache.get('conformance.missing')];
    },
  },

  // ---- Locks ---------------------------------------------------------------------------------------------
  {
    method: 'LockService.getScriptLock / Lock.tryLock / hasLock / releaseLock',
    what: 'a free lock is taken and released',
    expected: [true, true, false],
    reference: `${REF}lock/lock#trylocktimeoutinmillis`,
    observe: ({ g }) => {
      const lock = g.LockService.getScriptLock();
      const got = lock.tryLock(1000);
      const held = lock.hasLock();
      lock.releaseLock();
      return [got, held, lock.hasLock()];
    },
  },

  // ---- Triggers ------------------------------------------------------------------------------------------
  {
    method: 'ScriptApp.newTrigger / getProjectTriggers / deleteTrigger',
    what: 'a daily trigger is listed with its handler and removed',
    expected: ['conformanceNoop', 'CLOCK', true, true],
    reference: `${REF}script/script-app#getprojecttriggers`,
    observe: ({ g }) => {
      const before = g.ScriptApp.getProjectTriggers().length;
      const trigger = g.ScriptApp.newTrigger('conformanceNoop').timeBased().everyDays(1).atHour(6).create();
      const listed = g.ScriptApp.getProjectTriggers().length === before + 1;
      const result = [trigger.getHandlerFunction(), String(trigger.getEventType()), listed];
      g.ScriptApp.deleteTrigger(trigger);
      return [...result, g.ScriptApp.getProjectTriggers().length === before];
    },
  },

  // ---- JavaScript built-ins of Apps Script's V8 that the add-on leans on ----------------------------------
  {
    method: 'HtmlService.createHtmlOutputFromFile / HtmlOutput.getContent, then indirect eval',
    what: 'a script kept in a project HTML file comes back as written and evaluates to its function (how Code.js loads OnDemand.html)',
    expected: ['function', 'a < b && c > "d" </div>', 42],
    reference:
      'https://developers.google.com/apps-script/guides/html/best-practices#separate_html_css_and_javascript',
    observe: ({ g }) => {
      const factory = (0, eval)(g.HtmlService.createHtmlOutputFromFile(PROBE_FILE).getContent()) as unknown;
      if (typeof factory !== 'function') return [typeof factory];
      const probe = factory({ answer: 21 }) as { text: string; doubled: number };
      return [typeof factory, probe.text, probe.doubled];
    },
  },
  {
    method: "Intl.PluralRules('ru').select",
    what: 'Russian plural categories (1, 2, 5, 11, 21, 1.5)',
    expected: ['one', 'few', 'many', 'many', 'one', 'other'],
    reference: 'https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html#ru',
    observe: () => [1, 2, 5, 11, 21, 1.5].map((n) => new Intl.PluralRules('ru').select(n)),
  },
  {
    method: 'Intl.DateTimeFormat (timeZone Europe/Moscow)',
    what: 'an instant shown in Moscow time, ru-RU',
    expected: '02.09.2024, 00:30',
    reference: 'https://tc39.es/ecma402/#sec-intl-datetimeformat-constructor',
    observe: () =>
      new Intl.DateTimeFormat('ru-RU', {
        timeZone: 'Europe/Moscow',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date('2024-09-01T21:30:00Z')),
  },
  {
    method: "String.prototype.localeCompare(…, 'ru')",
    what: 'Russian alphabetical order, ё next to е, case ignored first',
    expected: ['абрамов', 'Ежов', 'Ёлкин', 'яковлев', 'Яковлев'],
    reference: 'https://tc39.es/ecma402/#sup-String.prototype.localeCompare',
    observe: () =>
      ['Яковлев', 'Ёлкин', 'абрамов', 'Ежов', 'яковлев'].sort((a, b) => a.localeCompare(b, 'ru')),
  },
];
