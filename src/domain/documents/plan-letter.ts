import { COMMON_FIELDS, p, type TemplateDeclaration } from './template';

/** The individual mentoring plan (one per approved pair or group) and the letter of thanks (one per mentor). */

const TEXT_ITEM = [{ name: 'text', label: 'текст' }] as const;

/**
 * The individual plan as Р-145 describes it: agreed by the curator («СОГЛАСОВАНО») and approved by the
 * director, a dated activity with its form of reporting per month, a signature line per mentee. `month` and
 * `mentees.signatures` stay declared so that a template a school edited before still fills.
 */
export const PLAN: TemplateDeclaration = {
  kind: 'plan',
  templateName: 'Шаблон — Индивидуальный план наставничества',
  series: null,
  per: 'pair',
  fileTitle: '',
  fields: [
    ...COMMON_FIELDS,
    { name: 'mentor', label: 'наставник (Ф.И.О., должность)' },
    { name: 'mentor.signature', label: 'наставник для подписи' },
    { name: 'mentees', label: 'наставляемые (Ф.И.О., должность)' },
    { name: 'mentees.signatures', label: 'наставляемые для подписи' },
    { name: 'curator.signature', label: 'куратор для подписи (И.О. Фамилия)', optional: true },
    { name: 'period', label: 'период наставничества' },
  ],
  lists: [
    { name: 'goals', label: 'Цели', fields: TEXT_ITEM },
    { name: 'tasks', label: 'Задачи', fields: TEXT_ITEM },
    {
      name: 'meetings',
      label: 'План мероприятий',
      fields: [
        { name: 'n', label: 'номер' },
        { name: 'date', label: 'срок («до 20.10.2022»)' },
        { name: 'month', label: 'месяц' },
        { name: 'topic', label: 'мероприятие' },
        { name: 'report', label: 'форма отчётности' },
        { name: 'format', label: 'формат' },
      ],
    },
    { name: 'results', label: 'Ожидаемые результаты', fields: TEXT_ITEM },
    {
      name: 'signatures',
      label: 'Подписи наставляемых',
      fields: [
        { name: 'role', label: '«Наставляемый» или «Наставляемая»' },
        { name: 'signature', label: 'И.О. Фамилия' },
      ],
    },
  ],
  flags: [{ name: 'group', label: 'наставническая группа (а не пара)' }],
  blocks: [
    {
      type: 'table',
      rows: [
        ['СОГЛАСОВАНО', 'УТВЕРЖДАЮ'],
        ['Куратор программы наставничества', 'Директор {{school.short}}'],
        ['_______________ /{{curator.signature}}/', '_______________ /{{director.signature}}/'],
        ['{{doc.date}}', '{{doc.date}}'],
      ],
      widths: [240, 240],
      bordered: false,
    },
    p(''),
    p('ИНДИВИДУАЛЬНЫЙ ПЛАН НАСТАВНИЧЕСТВА', { align: 'center', bold: true, size: 14 }),
    p('на {{year}} учебный год ({{period}})', { align: 'center' }),
    p(''),
    p(
      'Форма наставничества: «учитель – учитель», {{#group}}наставническая группа{{/group}}' +
        '{{^group}}наставническая пара{{/group}}',
    ),
    p('Наставник: {{mentor}}'),
    p('{{#group}}Наставляемые{{/group}}{{^group}}Наставляемый{{/group}}: {{mentees}}'),
    p(''),
    p('1. Цели наставничества', { bold: true }),
    p('{{#goals}}— {{text}}{{/goals}}', { align: 'justify' }),
    p('2. Задачи', { bold: true }),
    p('{{#tasks}}— {{text}}{{/tasks}}', { align: 'justify' }),
    p('3. План мероприятий', { bold: true }),
    {
      type: 'table',
      rows: [
        ['№', 'Срок', 'Мероприятие', 'Форма отчётности', 'Формат', 'Отметка о выполнении'],
        ['{{#meetings}}{{n}}', '{{date}}', '{{topic}}', '{{report}}', '{{format}}{{/meetings}}', ''],
      ],
      widths: [25, 75, 170, 95, 50, 65],
    },
    p(''),
    p('4. Ожидаемые результаты', { bold: true }),
    p('{{#results}}— {{text}}{{/results}}', { align: 'justify' }),
    p(''),
    p('5. Итоги (заполняется в мае): цели плана достигнуты / достигнуты частично / не достигнуты', {
      bold: true,
    }),
    p('_______________________________________________________________________________'),
    p(''),
    {
      type: 'table',
      rows: [
        ['Наставник', '_______________ /{{mentor.signature}}/'],
        ['{{#signatures}}{{role}}', '_______________ /{{signature}}/{{/signatures}}'],
      ],
      widths: [200, 280],
      bordered: false,
    },
  ],
};

export const LETTER: TemplateDeclaration = {
  kind: 'letter',
  templateName: 'Шаблон — Благодарственное письмо наставнику',
  series: null,
  per: 'mentor',
  fileTitle: '',
  fields: [
    ...COMMON_FIELDS,
    { name: 'mentor.salutation', label: 'обращение («Уважаемая Ольга Викторовна!»)' },
    { name: 'mentor.position', label: 'должность наставника', optional: true },
    { name: 'mentees.count', label: 'число наставляемых («2 коллегами»)' },
    { name: 'mentees', label: 'наставляемые в творительном падеже («Павловой Д.А.»)' },
    { name: 'mentees.dative', label: '«им», «ему» или «ей»', optional: true },
  ],
  lists: [],
  flags: [],
  blocks: [
    p('{{school.full}}', { align: 'center' }),
    p(''),
    p('БЛАГОДАРСТВЕННОЕ ПИСЬМО', { align: 'center', bold: true, size: 18 }),
    p(''),
    p('{{mentor.salutation}}', { align: 'center', bold: true }),
    p(''),
    p(
      'Администрация {{school.short}} выражает Вам искреннюю благодарность за добросовестный труд, ' +
        'профессионализм и успешную наставническую деятельность в {{year}} учебном году.',
      { align: 'justify' },
    ),
    p(
      'В рамках программы наставничества «учитель – учитель» Вы щедро делились опытом с {{mentees.count}} ' +
        '({{mentees}}), помогая {{mentees.dative}} в профессиональном становлении и развитии.',
      { align: 'justify' },
    ),
    p(
      'Желаем Вам крепкого здоровья, неиссякаемой энергии, творческих успехов и новых профессиональных ' +
        'достижений!',
      { align: 'justify' },
    ),
    p(''),
    p(''),
    {
      type: 'table',
      rows: [['Директор {{school.short}}', '_______________ /{{director.signature}}/']],
      widths: [240, 240],
      bordered: false,
    },
    p(''),
    p('{{city}}, {{doc.dateLong}}', { align: 'center' }),
  ],
};
