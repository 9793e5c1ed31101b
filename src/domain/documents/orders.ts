import type { FieldSpec, ListSpec } from './placeholders';
import { COMMON_FIELDS, NUMBER_FIELD, p, type Block, type TemplateDeclaration } from './template';

/**
 * The programme's orders (приказы) with the requisites of ГОСТ Р 7.0.97-2016: organisation, document type,
 * date and number, place, title, text with «ПРИКАЗЫВАЮ:» and numbered items, signature (position, signature
 * line, «И.О. Фамилия» as in the seed: «/Л.А. Попова/»).
 */

const LEGAL_BASIS =
  'В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», ' +
  'методическими рекомендациями по разработке и внедрению системы (целевой модели) наставничества ' +
  'педагогических работников в образовательных организациях (письмо Минпросвещения России от 21.12.2021 ' +
  '№ АЗ-1128/08)';

/** Organisation, ПРИКАЗ, date and number, place, title: the head of every order. */
function orderHead(title: string): Block[] {
  return [
    p('{{school.full}}', { align: 'center', bold: true }),
    p(''),
    p('ПРИКАЗ', { align: 'center', bold: true, size: 14 }),
    p(''),
    { type: 'table', rows: [['{{doc.date}}', '№ {{doc.number}}']], widths: [240, 240], bordered: false },
    p('г. {{city}}', { align: 'center' }),
    p(''),
    p(title, { bold: true }),
    p(''),
  ];
}

const ORDERS = p('ПРИКАЗЫВАЮ:', { bold: true });

function item(n: number, text: string): Block {
  return p(`${n}. ${text}`, { align: 'justify' });
}

const CONTROL = 'Контроль за исполнением настоящего приказа оставляю за собой.';

const SIGNATURE: Block[] = [
  p(''),
  p(''),
  {
    type: 'table',
    rows: [['Директор', '_______________ /{{director.signature}}/']],
    widths: [240, 240],
    bordered: false,
  },
];

const ORDER_FIELDS: readonly FieldSpec[] = [...COMMON_FIELDS, NUMBER_FIELD];

const PERSON_ITEM: readonly FieldSpec[] = [
  { name: 'n', label: 'номер по порядку' },
  { name: 'name', label: 'Ф.И.О.' },
  { name: 'short', label: 'Фамилия И.О.' },
  { name: 'position', label: 'должность', optional: true },
  { name: 'person', label: 'Ф.И.О. и должность' },
];

const MENTORS_LIST: ListSpec = { name: 'mentors', label: 'Наставники', fields: PERSON_ITEM };
const MENTEES_LIST: ListSpec = { name: 'mentees', label: 'Наставляемые', fields: PERSON_ITEM };

export const ORDER_INTRODUCE: TemplateDeclaration = {
  kind: 'orderIntroduce',
  templateName: 'Шаблон — Приказ о внедрении целевой модели наставничества',
  series: 'main',
  per: 'programme',
  fileTitle: 'о внедрении целевой модели наставничества',
  fields: [
    ...ORDER_FIELDS,
    { name: 'curators', label: 'кураторы (Ф.И.О., должность)' },
    { name: 'bases.due', label: 'срок формирования баз наставников и наставляемых' },
  ],
  lists: [],
  flags: [],
  blocks: [
    ...orderHead('О внедрении целевой модели наставничества педагогических работников'),
    p(
      `${LEGAL_BASIS}, в целях профессионального развития педагогических работников и поддержки молодых ` +
        'специалистов {{school.short}}',
      { align: 'justify' },
    ),
    p(''),
    ORDERS,
    item(
      1,
      'Внедрить в {{school.short}} целевую модель наставничества педагогических работников по форме ' +
        '«учитель – учитель» в {{year}} учебном году.',
    ),
    item(2, 'Назначить кураторами внедрения целевой модели наставничества: {{curators}}.'),
    item(3, 'Кураторам целевой модели наставничества:'),
    p(
      '3.1. разработать Положение о наставничестве педагогических работников, дорожную карту (план ' +
        'мероприятий) внедрения целевой модели наставничества и программу наставничества;',
      { align: 'justify' },
    ),
    p('3.2. сформировать базы наставников и наставляемых в срок до {{bases.due}};', { align: 'justify' }),
    p(
      '3.3. проинформировать педагогических работников о целях и задачах целевой модели наставничества ' +
        'на педагогическом совете и на официальном сайте {{school.short}}.',
      { align: 'justify' },
    ),
    item(4, CONTROL),
    ...SIGNATURE,
  ],
};

export const ORDER_PAIRS: TemplateDeclaration = {
  kind: 'orderPairs',
  templateName: 'Шаблон — Приказ об утверждении наставнических пар/групп',
  series: 'main',
  per: 'programme',
  fileTitle: 'об утверждении наставнических пар',
  fields: [
    ...ORDER_FIELDS,
    { name: 'pairs.total', label: 'число пар/групп («6 наставнических пар/групп»)' },
    { name: 'plans.due', label: 'срок разработки индивидуальных планов' },
    { name: 'intro.date', label: 'дата приказа о внедрении', optional: true },
    { name: 'intro.number', label: 'номер приказа о внедрении', optional: true },
  ],
  lists: [
    {
      name: 'pairs',
      label: 'Пары и группы',
      fields: [
        { name: 'n', label: 'номер по порядку' },
        { name: 'mentor', label: 'наставник' },
        { name: 'mentees', label: 'наставляемые' },
        { name: 'kind', label: 'форма (пара/группа)' },
      ],
    },
    MENTORS_LIST,
  ],
  flags: [{ name: 'introOrder', label: 'приказ о внедрении уже издан' }],
  blocks: [
    ...orderHead('Об утверждении наставнических пар (групп) на {{year}} учебный год'),
    p(
      'В соответствии с Положением о наставничестве педагогических работников {{school.short}}' +
        '{{#introOrder}}, приказом от {{intro.date}} № {{intro.number}} «О внедрении целевой модели ' +
        'наставничества педагогических работников»{{/introOrder}}, по результатам формирования баз ' +
        'наставников и наставляемых',
      { align: 'justify' },
    ),
    p(''),
    ORDERS,
    item(
      1,
      'Утвердить наставнические пары (группы) на {{year}} учебный год ({{pairs.total}}) согласно ' +
        'приложению к настоящему приказу.',
    ),
    item(
      2,
      'Наставникам совместно с наставляемыми разработать индивидуальные планы наставничества в срок до ' +
        '{{plans.due}}.',
    ),
    item(
      3,
      'Кураторам целевой модели наставничества обеспечить организационное и методическое сопровождение ' +
        'работы наставнических пар (групп).',
    ),
    item(4, CONTROL),
    ...SIGNATURE,
    p(''),
    p('С приказом ознакомлены:'),
    p('{{#mentors}}_______________ /{{short}}/{{/mentors}}'),
    { type: 'pageBreak' },
    p('Приложение', { align: 'right' }),
    p('к приказу {{school.short}}', { align: 'right' }),
    p('от {{doc.date}} № {{doc.number}}', { align: 'right' }),
    p(''),
    p('Наставнические пары (группы) на {{year}} учебный год', { align: 'center', bold: true }),
    {
      type: 'table',
      rows: [
        ['№ п/п', 'Наставник (Ф.И.О., должность)', 'Наставляемые (Ф.И.О., должность)', 'Форма'],
        ['{{#pairs}}{{n}}', '{{mentor}}', '{{mentees}}', '{{kind}}{{/pairs}}'],
      ],
      widths: [40, 190, 190, 60],
    },
  ],
};

export const ORDER_REWARD: TemplateDeclaration = {
  kind: 'orderReward',
  templateName: 'Шаблон — Приказ о поощрении участников наставнической деятельности',
  series: 'staff',
  per: 'programme',
  fileTitle: 'о поощрении участников наставнической деятельности',
  fields: ORDER_FIELDS,
  lists: [MENTORS_LIST, MENTEES_LIST],
  flags: [],
  blocks: [
    ...orderHead('О поощрении участников наставнической деятельности'),
    p(
      'По итогам реализации программы наставничества {{school.short}} в {{year}} учебном году, на основании ' +
        'результатов мониторинга, в целях мотивации педагогических работников к участию в наставнической ' +
        'деятельности',
      { align: 'justify' },
    ),
    p(''),
    ORDERS,
    item(1, 'Объявить благодарность педагогическим работникам за успешную наставническую деятельность:'),
    p('{{#mentors}}{{n}}) {{person}};{{/mentors}}'),
    item(2, 'Отметить активное участие в программе наставничества наставляемых педагогических работников:'),
    p('{{#mentees}}{{n}}) {{person}};{{/mentees}}'),
    item(3, 'Наградить наставников благодарственными письмами {{school.short}}.'),
    item(
      4,
      'Кураторам целевой модели наставничества разместить информацию о лучших наставниках на официальном ' +
        'сайте {{school.short}} (с согласия наставников на публикацию).',
    ),
    item(5, CONTROL),
    ...SIGNATURE,
  ],
};

export const ORDER_FINAL_EVENT: TemplateDeclaration = {
  kind: 'orderFinalEvent',
  templateName: 'Шаблон — Приказ о проведении итогового мероприятия',
  series: 'main',
  per: 'programme',
  fileTitle: 'о проведении итогового мероприятия',
  fields: [
    ...ORDER_FIELDS,
    { name: 'event.date', label: 'дата итогового мероприятия' },
    { name: 'report.due', label: 'срок подготовки отчёта' },
  ],
  lists: [],
  flags: [],
  blocks: [
    ...orderHead('О проведении итогового мероприятия в рамках реализации целевой модели наставничества'),
    p(
      'В целях подведения итогов реализации программы наставничества {{school.short}} в {{year}} учебном ' +
        'году и распространения лучших практик наставничества',
      { align: 'justify' },
    ),
    p(''),
    ORDERS,
    item(
      1,
      'Провести {{event.date}} итоговое мероприятие программы наставничества — педагогический совет ' +
        '«Итоги реализации целевой модели наставничества в {{year}} учебном году».',
    ),
    item(
      2,
      'Кураторам целевой модели наставничества в срок до {{report.due}} подготовить отчёт о результатах ' +
        'мониторинга реализации программы наставничества.',
    ),
    item(3, 'Наставникам и наставляемым представить результаты совместной работы и лучшие практики.'),
    item(
      4,
      'Разместить информацию об итогах программы наставничества на официальном сайте {{school.short}} ' +
        'в течение 10 дней после проведения мероприятия.',
    ),
    item(5, CONTROL),
    ...SIGNATURE,
  ],
};
