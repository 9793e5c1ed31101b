import type { FieldSpec, ListSpec } from './placeholders';
import { COMMON_FIELDS, NUMBER_FIELD, p, type Block, type TemplateDeclaration } from './template';

/**
 * The programme's orders (приказы) with the requisites of ГОСТ Р 7.0.97-2025 (in force since 18.08.2025, in
 * place of the 2016 edition): the organisation's full name with its short name under it, the document type,
 * date and number, place, a title, the text with «ПРИКАЗЫВАЮ:» and numbered items — each tasked item naming who
 * does it and by when —, the signature (position, signature, «И.О. Фамилия»), and «С приказом ознакомлены»
 * listing everyone the order tasks, each with a signature and a date line. Deadlines come from the data, which
 * never puts one before the order's own date (deadlines.ts).
 */

const LEGAL_BASIS =
  'В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», ' +
  'распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении ' +
  'методологии (целевой модели) наставничества обучающихся…», методическими рекомендациями по разработке и ' +
  'внедрению системы (целевой модели) наставничества педагогических работников в образовательных ' +
  'организациях (письмо Минпросвещения России от 21.12.2021 № АЗ-1128/08)';

/** Organisation (full name, short name under it), ПРИКАЗ, date and number, place, title: the head of every order. */
function orderHead(title: string): Block[] {
  return [
    p('{{school.full}}', { align: 'center', bold: true }),
    p('({{school.short}})', { align: 'center' }),
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

function item(n: number | string, text: string): Block {
  return p(`${n}. ${text}`, { align: 'justify' });
}

const CONTROL = 'Контроль за исполнением настоящего приказа оставляю за собой.';

const SIGNATURE: Block[] = [
  p(''),
  p(''),
  {
    type: 'table',
    rows: [['Директор', '_______________ {{director.signature}}']],
    widths: [240, 240],
    bordered: false,
  },
];

/** «С приказом ознакомлены:» with a row per person the order tasks: name, signature line, date line. */
const ACQUAINTED: Block[] = [
  p(''),
  p('С приказом ознакомлены:'),
  {
    type: 'table',
    rows: [['{{#acquainted}}{{short}}', '_______________', '«___» ____________ 20___ г.{{/acquainted}}']],
    widths: [180, 130, 170],
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
  { name: 'dative', label: 'Ф.И.О. и должность в дательном падеже («кому»)' },
  { name: 'genitive', label: 'Ф.И.О. и должность в родительном падеже («кого»)' },
];

const MENTORS_LIST: ListSpec = { name: 'mentors', label: 'Наставники', fields: PERSON_ITEM };
const MENTEES_LIST: ListSpec = { name: 'mentees', label: 'Наставляемые', fields: PERSON_ITEM };
const ACQUAINTED_LIST: ListSpec = {
  name: 'acquainted',
  label: 'С приказом ознакомлены',
  fields: PERSON_ITEM,
};

const CURATORS_FIELD: FieldSpec = {
  name: 'curators.short',
  label: 'кураторы («Иванова М.П., Петрова А.С.»)',
  optional: true,
};

export const ORDER_INTRODUCE: TemplateDeclaration = {
  kind: 'orderIntroduce',
  templateName: 'Шаблон — Приказ о внедрении целевой модели наставничества',
  series: 'main',
  per: 'programme',
  fileTitle: 'о внедрении целевой модели наставничества',
  fields: [
    ...ORDER_FIELDS,
    { name: 'curators', label: 'кураторы в винительном падеже (кого назначить), с должностями' },
    CURATORS_FIELD,
    { name: 'documents.due', label: 'срок разработки Положения, дорожной карты и программы' },
    { name: 'bases.due', label: 'срок формирования баз наставников и наставляемых' },
    { name: 'inform.due', label: 'срок информирования педагогов' },
  ],
  lists: [ACQUAINTED_LIST],
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
    item(2, 'Назначить кураторами внедрения целевой модели наставничества {{curators}}.'),
    item(3, 'Кураторам целевой модели наставничества ({{curators.short}}):'),
    p(
      '3.1. разработать проекты Положения о наставничестве педагогических работников, дорожной карты (плана ' +
        'мероприятий) внедрения целевой модели наставничества и программы наставничества и представить их на ' +
        'утверждение в срок до {{documents.due}};',
      { align: 'justify' },
    ),
    p(
      '3.2. сформировать базы наставников и наставляемых, получив согласия педагогических работников на ' +
        'обработку персональных данных, в срок до {{bases.due}};',
      { align: 'justify' },
    ),
    p(
      '3.3. проинформировать педагогических работников о целях и задачах целевой модели наставничества ' +
        'на педагогическом совете и на официальном сайте {{school.short}} в срок до {{inform.due}}.',
      { align: 'justify' },
    ),
    item(4, CONTROL),
    ...SIGNATURE,
    ...ACQUAINTED,
  ],
};

export const ORDER_APPROVE: TemplateDeclaration = {
  kind: 'orderApprove',
  templateName: 'Шаблон — Приказ об утверждении Положения, дорожной карты и программы наставничества',
  series: 'main',
  per: 'programme',
  fileTitle: 'об утверждении Положения о наставничестве, дорожной карты и программы',
  fields: [
    ...ORDER_FIELDS,
    CURATORS_FIELD,
    { name: 'intro.date', label: 'дата приказа о внедрении', optional: true },
    { name: 'intro.number', label: 'номер приказа о внедрении', optional: true },
    { name: 'publish.due', label: 'срок размещения на сайте' },
    { name: 'inform.due', label: 'срок ознакомления педагогов' },
  ],
  lists: [ACQUAINTED_LIST],
  flags: [{ name: 'introOrder', label: 'приказ о внедрении уже издан' }],
  blocks: [
    ...orderHead(
      'Об утверждении Положения о наставничестве педагогических работников, дорожной карты и программы ' +
        'наставничества',
    ),
    p(
      `${LEGAL_BASIS}{{#introOrder}}, приказом от {{intro.date}} № {{intro.number}} «О внедрении целевой ` +
        'модели наставничества педагогических работников»{{/introOrder}}',
      { align: 'justify' },
    ),
    p(''),
    ORDERS,
    item(
      1,
      'Утвердить Положение о наставничестве педагогических работников {{school.short}} (приложение 1).',
    ),
    item(
      2,
      'Утвердить дорожную карту (план мероприятий) реализации целевой модели наставничества в ' +
        '{{school.short}} на {{year}} учебный год (приложение 2).',
    ),
    item(
      3,
      'Утвердить программу наставничества педагогических работников {{school.short}} по форме ' +
        '«учитель – учитель» на {{year}} учебный год (приложение 3).',
    ),
    item(
      4,
      'Кураторам целевой модели наставничества ({{curators.short}}) разместить Положение, дорожную карту и ' +
        'программу наставничества на официальном сайте {{school.short}} в срок до {{publish.due}}.',
    ),
    item(
      5,
      'Кураторам целевой модели наставничества ({{curators.short}}) ознакомить педагогических работников с ' +
        'Положением о наставничестве под подпись в срок до {{inform.due}}.',
    ),
    item(6, CONTROL),
    ...SIGNATURE,
    ...ACQUAINTED,
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
    CURATORS_FIELD,
    { name: 'pairs.total', label: 'число пар и групп («6 наставнических пар (групп)»)' },
    { name: 'plans.due', label: 'срок разработки индивидуальных планов' },
    { name: 'programme.end', label: 'дата окончания работы пар и групп' },
    { name: 'interim.month', label: 'месяц промежуточного мониторинга («январе 2023 г.»)' },
    { name: 'monitoring.due', label: 'срок итогового мониторинга' },
    { name: 'intro.date', label: 'дата приказа о внедрении', optional: true },
    { name: 'intro.number', label: 'номер приказа о внедрении', optional: true },
    { name: 'regulation.date', label: 'дата приказа об утверждении Положения', optional: true },
    { name: 'regulation.number', label: 'номер приказа об утверждении Положения', optional: true },
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
    ACQUAINTED_LIST,
  ],
  flags: [
    { name: 'introOrder', label: 'приказ о внедрении уже издан' },
    { name: 'regulationOrder', label: 'Положение утверждено приказом' },
  ],
  blocks: [
    ...orderHead('Об утверждении наставнических пар (групп) на {{year}} учебный год'),
    p(
      'В соответствии с Положением о наставничестве педагогических работников {{school.short}}' +
        '{{#regulationOrder}}, утверждённым приказом от {{regulation.date}} № {{regulation.number}}' +
        '{{/regulationOrder}}{{#introOrder}}, приказом от {{intro.date}} № {{intro.number}} «О внедрении ' +
        'целевой модели наставничества педагогических работников»{{/introOrder}}, по результатам формирования ' +
        'баз наставников и наставляемых',
      { align: 'justify' },
    ),
    p(''),
    ORDERS,
    item(
      1,
      'Утвердить наставнические пары (группы) на {{year}} учебный год, всего {{pairs.total}}, согласно ' +
        'приложению к настоящему приказу.',
    ),
    item(
      2,
      'Наставникам совместно с наставляемыми разработать индивидуальные планы наставничества и представить ' +
        'их кураторам на согласование в срок до {{plans.due}}.',
    ),
    item(
      3,
      'Кураторам целевой модели наставничества ({{curators.short}}) обеспечить организационное и методическое ' +
        'сопровождение работы наставнических пар (групп) в срок до {{programme.end}}, провести промежуточный ' +
        'мониторинг в {{interim.month}} и итоговый мониторинг в срок до {{monitoring.due}}.',
    ),
    item(4, CONTROL),
    ...SIGNATURE,
    ...ACQUAINTED,
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
  fields: [
    ...ORDER_FIELDS,
    CURATORS_FIELD,
    { name: 'regulation.date', label: 'дата приказа об утверждении Положения', optional: true },
    { name: 'regulation.number', label: 'номер приказа об утверждении Положения', optional: true },
    { name: 'letters.due', label: 'срок вручения благодарственных писем' },
    { name: 'publish.due', label: 'срок размещения на сайте' },
    { name: 'records.due', label: 'срок внесения записей о поощрении' },
  ],
  lists: [MENTORS_LIST, MENTEES_LIST, ACQUAINTED_LIST],
  flags: [{ name: 'regulationOrder', label: 'Положение утверждено приказом' }],
  blocks: [
    ...orderHead('О поощрении участников наставнической деятельности'),
    p(
      'В соответствии со статьёй 191 Трудового кодекса Российской Федерации, Положением о наставничестве ' +
        'педагогических работников {{school.short}}{{#regulationOrder}}, утверждённым приказом от ' +
        '{{regulation.date}} № {{regulation.number}}{{/regulationOrder}}, по итогам реализации программы ' +
        'наставничества в {{year}} учебном году и на основании результатов мониторинга',
      { align: 'justify' },
    ),
    p(''),
    ORDERS,
    item(1, 'Объявить благодарность за успешную наставническую деятельность:'),
    p('{{#mentors}}{{n}}) {{dative}};{{/mentors}}'),
    item(2, 'Отметить активное участие в программе наставничества наставляемых педагогических работников:'),
    p('{{#mentees}}{{n}}) {{genitive}};{{/mentees}}'),
    item(
      3,
      'Кураторам целевой модели наставничества ({{curators.short}}) вручить наставникам, указанным в пункте 1, ' +
        'благодарственные письма {{school.short}} в срок до {{letters.due}}.',
    ),
    item(
      4,
      'Кураторам целевой модели наставничества ({{curators.short}}) разместить информацию о лучших наставниках ' +
        'на официальном сайте {{school.short}} (только с согласия наставников на распространение персональных ' +
        'данных) в срок до {{publish.due}}.',
    ),
    item(
      5,
      'Работнику, ответственному за ведение кадрового делопроизводства, внести сведения о поощрении в личные ' +
        'карточки работников, указанных в пункте 1, в срок до {{records.due}}.',
    ),
    item(6, CONTROL),
    ...SIGNATURE,
    ...ACQUAINTED,
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
    CURATORS_FIELD,
    { name: 'event.date', label: 'дата итогового мероприятия' },
    { name: 'report.due', label: 'срок подготовки отчёта' },
    { name: 'publish.due', label: 'срок размещения итогов на сайте' },
  ],
  lists: [ACQUAINTED_LIST],
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
        '«Итоги реализации целевой модели наставничества в {{year}} учебном году». Ответственные — кураторы ' +
        'целевой модели наставничества ({{curators.short}}).',
    ),
    item(
      2,
      'Кураторам целевой модели наставничества ({{curators.short}}) подготовить отчёт о результатах ' +
        'мониторинга реализации программы наставничества в срок до {{report.due}}.',
    ),
    item(
      3,
      'Наставникам и наставляемым представить результаты совместной работы и лучшие практики на итоговом ' +
        'мероприятии {{event.date}}.',
    ),
    item(
      4,
      'Кураторам целевой модели наставничества ({{curators.short}}) разместить информацию об итогах программы ' +
        'наставничества на официальном сайте {{school.short}} в срок до {{publish.due}}.',
    ),
    item(5, CONTROL),
    ...SIGNATURE,
    ...ACQUAINTED,
  ],
};
