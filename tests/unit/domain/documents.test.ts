import {
  nextNumber,
  numberValue,
  parseYearRule,
  seriesOfLabel,
  type NumberedRow,
  type NumberingRules,
} from '../../../src/domain/documents/numbering';
import { documentFileName, pdfFileName } from '../../../src/domain/documents/naming';
import { salutation, signatureName } from '../../../src/domain/documents/people';
import {
  buildFillPlan,
  inlineSectionPattern,
  markersLeftAfter,
  renderText,
  scanPlaceholders,
  validateTemplate,
  type FieldCatalog,
  type TemplateData,
} from '../../../src/domain/documents/placeholders';
import { TEMPLATES } from '../../../src/domain/documents/templates';
import { catalogOf, declarationText } from '../../../src/domain/documents/template';

const catalog: FieldCatalog = {
  fields: [
    { name: 'school.short', label: 'краткое наименование школы' },
    { name: 'doc.number', label: 'номер документа' },
    { name: 'note', label: 'примечание', optional: true },
  ],
  lists: [
    {
      name: 'pairs',
      label: 'Пары',
      fields: [
        { name: 'n', label: 'номер' },
        { name: 'mentor', label: 'наставник' },
      ],
    },
  ],
  flags: [{ name: 'group', label: 'группа' }],
};

const data: TemplateData = {
  fields: { 'school.short': 'МБОУ МУК № 4 г. Кирова', 'doc.number': '12', note: '' },
  lists: {
    pairs: [
      { n: '1', mentor: 'Смирнова О.В.' },
      { n: '2', mentor: 'Кузнецов А.П.' },
    ],
  },
  flags: { group: false },
};

describe('placeholder engine', () => {
  it('renders fields, lists, flags and inverted flags; spaces inside braces are allowed', () => {
    const text =
      '{{ school.short }} № {{doc.number}}: {{#pairs}}[{{n}} {{mentor}}]{{/pairs}} {{#group}}группа{{/group}}{{^group}}пара{{/group}}';
    expect(renderText(text, data)).toBe(
      'МБОУ МУК № 4 г. Кирова № 12: [1 Смирнова О.В.][2 Кузнецов А.П.] пара',
    );
  });

  it('names every unknown placeholder in Russian, and finds broken tags and unbalanced sections', () => {
    expect(
      validateTemplate('{{school.short}} {{school.phone}} {{#pair}}{{/pair}} {{mentor}}', catalog),
    ).toEqual([
      'В шаблоне неизвестные метки: {{school.phone}}, {{#pair}}. Исправьте их или удалите.',
      'Метка {{mentor}} допустима только внутри {{#pairs}} … {{/pairs}}.',
    ]);
    expect(validateTemplate('{{school.short}', catalog)).toEqual([
      'Неправильная метка «{{school.short}»: метка пишется так: {{имя}}.',
    ]);
    expect(validateTemplate('{{#pairs}}{{n}}', catalog)).toEqual([
      'Раздел {{#pairs}} не закрыт меткой {{/pairs}}.',
    ]);
    expect(validateTemplate('{{/group}}', catalog)).toEqual([
      'Метка {{/group}} закрывает раздел, который не был открыт.',
    ]);
  });

  it('a missing value is an error listing what is missing, unless the field is optional', () => {
    const partial = {
      ...data,
      fields: { 'school.short': '', note: '' },
      lists: { pairs: [{ n: '1', mentor: '' }] },
    };
    expect(() =>
      buildFillPlan(
        '{{school.short}} {{doc.number}} {{note}} {{#pairs}}{{mentor}}{{/pairs}}',
        catalog,
        partial,
      ),
    ).toThrow(
      'Не хватает данных для документа: краткое наименование школы ({{school.short}}); номер документа ({{doc.number}}); Пары, строка 1: наставник ({{mentor}}).',
    );
    const plan = buildFillPlan(
      '{{school.short}} {{note}} {{#pairs}}{{n}}{{/pairs}} {{^group}}x{{/group}}',
      catalog,
      data,
    );
    expect(plan.fields).toEqual({ 'school.short': 'МБОУ МУК № 4 г. Кирова', note: '' });
    expect(plan.lists.map((l) => l.items.length)).toEqual([2]);
    expect(plan.flags).toEqual([{ name: 'group', value: false }]);
  });

  it('patterns for Docs: an inline section never runs over into the next one', () => {
    const re = new RegExp(inlineSectionPattern('group'), 'g');
    expect('{{#group}}А{{/group}}{{^group}}Б{{/group}}: {{x}}'.replace(re, '')).toBe(
      '{{^group}}Б{{/group}}: {{x}}',
    );
    expect(markersLeftAfter('{{#pairs}}{{n}}\t{{mentor}}{{/pairs}}', 'pairs', ['n', 'mentor'])).toBe(false);
    expect(markersLeftAfter('{{#pairs}}{{n}}\t{{/pairs}}', 'pairs', ['n'])).toBe(true);
    expect(scanPlaceholders('a }} b').map((t) => t.kind)).toEqual(['malformed']);
  });

  it('every declared template is valid against its own catalog', () => {
    for (const decl of TEMPLATES)
      expect([decl.kind, validateTemplate(declarationText(decl), catalogOf(decl))]).toEqual([decl.kind, []]);
  });
});

describe('numbering and names', () => {
  const rows: NumberedRow[] = [
    { number: '12', date: new Date(2022, 8, 1), series: 'main' },
    { number: '134/4', date: new Date(2022, 8, 8), series: 'main' },
    { number: '900', date: new Date(2021, 11, 30), series: 'main' },
    { number: '7-к', date: new Date(2022, 8, 8), series: 'staff' },
    { number: '', date: new Date(2022, 8, 8), series: null },
  ];
  const rules = (over: Partial<NumberingRules> = {}): NumberingRules => ({
    yearRule: 'calendar',
    suffix: { main: '/4', staff: '-к', agreement: '' },
    next: {},
    ...over,
  });
  it('gives the next number of the series and period, with the series’ suffix', () => {
    expect(nextNumber(rows, 'main', new Date(2022, 8, 15), rules()).number).toBe('135/4');
    expect(nextNumber(rows, 'staff', new Date(2022, 8, 15), rules()).number).toBe('8-к');
    // The calendar year restarts in January; the academic year keeps counting until 1 September.
    expect(nextNumber(rows, 'main', new Date(2023, 0, 9), rules()).number).toBe('1/4');
    expect(nextNumber(rows, 'main', new Date(2023, 0, 9), rules({ yearRule: 'academic' })).number).toBe(
      '135/4',
    );
    expect(nextNumber(rows, 'main', new Date(2023, 8, 1), rules({ yearRule: 'academic' })).number).toBe(
      '1/4',
    );
    expect(nextNumber(rows, 'main', new Date(2023, 8, 1), rules({ yearRule: 'continuous' })).number).toBe(
      '901/4',
    );
    expect(
      nextNumber([], 'main', new Date(2022, 8, 15), rules({ suffix: { main: '', staff: '', agreement: '' } }))
        .number,
    ).toBe('1');
    expect(numberValue('12-од')).toBe(12);
    expect(numberValue('б/н')).toBeNull();
  });

  it('a next number set from the paper journal is used when it is ahead of the register, and says so', () => {
    expect(nextNumber(rows, 'main', new Date(2022, 8, 15), rules({ next: { main: 140 } }))).toEqual({
      number: '140/4',
      fromSetting: true,
    });
    // Behind the register, the setting cannot give a number twice.
    expect(nextNumber(rows, 'main', new Date(2022, 8, 15), rules({ next: { main: 100 } }))).toEqual({
      number: '135/4',
      fromSetting: false,
    });
  });

  it('reads the series and year rule as a curator writes them', () => {
    expect(seriesOfLabel('Приказ о режиме работы')).toBe('main');
    expect(seriesOfLabel('Приказ по личному составу о премировании')).toBe('staff');
    expect(seriesOfLabel('Приказ о поощрении', '12-к')).toBe('staff');
    expect(seriesOfLabel('Положение о наставничестве')).toBeNull();
    expect(parseYearRule('с 1 сентября')).toBe('academic');
    expect(parseYearRule('не начинается заново')).toBe('continuous');
    expect(parseYearRule('')).toBe('calendar');
  });

  it('names files by the rule', () => {
    const date = new Date(2022, 8, 8);
    expect(
      pdfFileName({ date, label: 'Приказ', number: '12', title: 'об утверждении наставнических пар' }),
    ).toBe('2022-09-08 Приказ № 12 об утверждении наставнических пар.pdf');
    expect(documentFileName({ date, label: 'Приказ', number: '134/4', title: 'о поощрении' })).toBe(
      '2022-09-08 Приказ № 134-4 о поощрении',
    );
    expect(documentFileName({ date, label: 'Благодарственное письмо', subject: 'Смирнова О.В.' })).toBe(
      '2022-09-08 Благодарственное письмо — Смирнова О.В.',
    );
  });

  it('signs and greets as Russian documents do', () => {
    expect(signatureName('Попова Л.А.')).toBe('Л.А. Попова');
    expect(signatureName('Попова Людмила Александровна')).toBe('Л.А. Попова');
    expect(salutation('Смирнова Ольга Викторовна')).toBe('Уважаемая Ольга Викторовна!');
    expect(salutation('Кузнецов Андрей Петрович')).toBe('Уважаемый Андрей Петрович!');
  });
});
