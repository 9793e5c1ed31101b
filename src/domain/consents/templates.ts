import type { FieldSpec } from '../documents/placeholders';
import { COMMON_FIELDS, NUMBER_FIELD, p, type TemplateDeclaration } from '../documents/template';

/**
 * The consents and the mentor's supplementary agreement, declared once as templates. At setup each becomes an
 * editable Google Doc in «Шаблоны», like the orders: the school's lawyer edits the wording there, and both the
 * questionnaire's consent text and the printable consent for signature are built from that Doc. What the law
 * requires of each text is declared in ./elements.ts and checked before anything is built from an edited one.
 *
 * Every person is named in the nominative after a dash or a comma, so the sentences stay grammatical whatever
 * the school's or the teacher's name: «даю согласие оператору — Муниципальное бюджетное …».
 */

/** The text's edition: stored with each consent record, so a school knows which wording a teacher agreed to. */
export const CONSENT_TEXT_VERSION = '2025-09';

/** The processor acting for the school (152-ФЗ ст. 6 ч. 3): the add-on keeps everything in Google's services. */
export const PROCESSOR =
  'Google LLC (1600 Amphitheatre Parkway, Mountain View, CA 94043, США) — сервисы Google Таблицы, Google Формы, Google Документы, Google Диск и Gmail';

/**
 * The personal data the programme processes, as the consent lists them: the act of their destruction names the
 * same categories (Приказ Роскомнадзора от 28.10.2022 № 179).
 */
export const PD_CATEGORIES = [
  'фамилия, имя, отчество',
  'адрес электронной почты',
  'должность',
  'преподаваемые предметы',
  'педагогический стаж',
  'квалификационная категория',
  'профессиональные запросы и компетенции, указанные в анкете',
  'сведения о встречах наставнической пары или группы',
  'ответы на анкеты мониторинга',
] as const;

const OPERATOR_FIELDS: readonly FieldSpec[] = [
  { name: 'operator.full', label: 'полное наименование оператора (школы)' },
  { name: 'operator.short', label: 'краткое наименование оператора (школы)' },
  { name: 'operator.address', label: 'адрес оператора (школы)' },
  { name: 'operator.inn', label: 'ИНН оператора (школы)' },
  { name: 'operator.ogrn', label: 'ОГРН оператора (школы)' },
  { name: 'operator.site', label: 'адрес официального сайта школы' },
  { name: 'processor', label: 'лицо, обрабатывающее данные по поручению оператора' },
  { name: 'consent.version', label: 'редакция текста согласия' },
];

const PERSON_FIELDS: readonly FieldSpec[] = [
  { name: 'person.name', label: 'педагог (фамилия, имя, отчество)' },
  { name: 'person.short', label: 'педагог для подписи (Фамилия И.О.)', optional: true },
  { name: 'person.email', label: 'адрес эл. почты педагога' },
  { name: 'person.position', label: 'должность педагога', optional: true },
  { name: 'role', label: 'роль в программе (наставника, наставляемого)' },
];

const FLAG_DOCUMENT = { name: 'document', label: 'текст для подписи на бумаге (а не в анкете)' };
const FLAG_LAW = {
  name: 'law3518',
  label: 'учебный год начался 1 марта 2025 г. или позже (ст. 351.8 ТК РФ)',
};

const SIGNATURE =
  '{{#document}}«___» ____________ 20___ г.          _______________ / {{person.short}}{{/document}}';

export const CONSENT_PD: TemplateDeclaration = {
  kind: 'consentPd',
  templateName: 'Шаблон — Согласие на обработку персональных данных',
  series: null,
  per: 'person',
  fileTitle: 'на обработку персональных данных',
  fields: [...COMMON_FIELDS, ...OPERATOR_FIELDS, ...PERSON_FIELDS],
  lists: [],
  flags: [FLAG_DOCUMENT],
  blocks: [
    p('СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ', { align: 'center', bold: true }),
    p(
      'Я, {{person.name}}{{#document}}, паспорт: серия ______ № __________, выдан ' +
        '______________________________ «___» ____________ ______ г., адрес регистрации: ' +
        '__________________________________________{{/document}}, участник программы наставничества в роли ' +
        '{{role}}, в соответствии со статьёй 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных ' +
        'данных» свободно, своей волей и в своём интересе даю согласие оператору — {{operator.full}} (ИНН ' +
        '{{operator.inn}}, ОГРН {{operator.ogrn}}, адрес: {{operator.address}}) на обработку моих ' +
        'персональных данных на следующих условиях.',
      { align: 'justify' },
    ),
    p(
      '1. Цель обработки: организация и сопровождение программы наставничества «учитель – учитель» в ' +
        '{{year}} учебном году — подбор наставнических пар и групп, планирование и учёт встреч, мониторинг, ' +
        'подготовка приказов и отчётных документов.',
      { align: 'justify' },
    ),
    p(`2. Перечень персональных данных: ${PD_CATEGORIES.join('; ')}.`, { align: 'justify' }),
    p(
      '3. Действия с персональными данными: сбор, запись, систематизация, накопление, хранение, уточнение ' +
        '(обновление, изменение), извлечение, использование, передача (предоставление, доступ) лицу, ' +
        'указанному в пункте 4, обезличивание, блокирование, удаление, уничтожение. Способ обработки: ' +
        'смешанный — автоматизированная обработка с передачей по сети Интернет и обработка без средств ' +
        'автоматизации.',
      { align: 'justify' },
    ),
    p(
      '4. Обработку персональных данных по поручению оператора осуществляет {{processor}}. Данные хранятся ' +
        'на серверах этого лица, в том числе за пределами Российской Федерации; даю согласие на их ' +
        'трансграничную передачу (статья 12 Федерального закона № 152-ФЗ).',
      { align: 'justify' },
    ),
    p(
      '5. Срок действия согласия: со дня его дачи до 31 августа {{year.end}} г. По истечении срока или после ' +
        'отзыва согласия персональные данные удаляются в течение 30 дней, кроме содержащихся в приказах и иных ' +
        'документах, которые оператор обязан хранить в сроки, установленные номенклатурой дел.',
      { align: 'justify' },
    ),
    p(
      '6. Порядок отзыва: согласие может быть отозвано в любой момент письменным заявлением, направленным ' +
        'оператору по адресу: {{operator.address}}, или переданным куратору программы наставничества.',
      { align: 'justify' },
    ),
    p(SIGNATURE),
    p('Редакция текста согласия: {{consent.version}}.', { size: 9 }),
  ],
};

export const CONSENT_PUBLISH: TemplateDeclaration = {
  kind: 'consentPublish',
  templateName: 'Шаблон — Согласие на распространение персональных данных',
  series: null,
  per: 'person',
  fileTitle: 'на распространение персональных данных',
  fields: [
    ...COMMON_FIELDS,
    ...OPERATOR_FIELDS,
    ...PERSON_FIELDS,
    { name: 'conditions', label: 'условия и запреты, установленные педагогом' },
  ],
  lists: [
    {
      name: 'categories',
      label: 'категории персональных данных и решение педагога по каждой',
      fields: [
        { name: 'name', label: 'категория' },
        { name: 'answer', label: 'решение педагога' },
      ],
    },
  ],
  flags: [FLAG_DOCUMENT],
  blocks: [
    p(
      'СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ, РАЗРЕШЁННЫХ СУБЪЕКТОМ ПЕРСОНАЛЬНЫХ ДАННЫХ ДЛЯ РАСПРОСТРАНЕНИЯ',
      { align: 'center', bold: true },
    ),
    p(
      'Я, {{person.name}}, адрес электронной почты: {{person.email}}, в соответствии со статьёй 10.1 ' +
        'Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» даю согласие оператору — ' +
        '{{operator.full}} (ИНН {{operator.inn}}, ОГРН {{operator.ogrn}}, адрес: {{operator.address}}) на ' +
        'распространение моих персональных данных на следующих условиях.',
      { align: 'justify' },
    ),
    p(
      '1. Цель распространения: информирование о ходе и итогах программы наставничества «учитель – учитель» ' +
        'в {{year}} учебном году.',
      { align: 'justify' },
    ),
    p(
      '2. Информационный ресурс, посредством которого предоставляется доступ к персональным данным: ' +
        'официальный сайт оператора {{operator.site}} (страница итогов программы наставничества).',
      { align: 'justify' },
    ),
    p(
      '3. Категории и перечень персональных данных, на распространение которых даётся согласие (специальные ' +
        'категории и биометрические персональные данные не распространяются):',
      { align: 'justify' },
    ),
    p('{{#categories}}— {{name}}: {{answer}}{{/categories}}'),
    p(
      '4. Условия и запреты на обработку персональных данных неограниченным кругом лиц (часть 9 статьи 10.1 ' +
        'Федерального закона № 152-ФЗ): {{conditions}}',
      { align: 'justify' },
    ),
    p(
      '5. Срок действия согласия: со дня его дачи до 31 августа {{year.end}} г. Распространение прекращается ' +
        'по моему требованию, направленному оператору по адресу: {{operator.address}} (часть 12 статьи 10.1 ' +
        'Федерального закона № 152-ФЗ).',
      { align: 'justify' },
    ),
    p(SIGNATURE),
    p('Редакция текста согласия: {{consent.version}}.', { size: 9 }),
  ],
};

export const CONSENT_MENTOR: TemplateDeclaration = {
  kind: 'consentMentor',
  templateName: 'Шаблон — Согласие на осуществление наставничества',
  series: null,
  per: 'mentor',
  fileTitle: 'на осуществление наставничества',
  fields: [...COMMON_FIELDS, ...OPERATOR_FIELDS, ...PERSON_FIELDS],
  lists: [],
  flags: [FLAG_DOCUMENT, FLAG_LAW],
  blocks: [
    p('Директору {{operator.short}}', { align: 'right' }),
    p('СОГЛАСИЕ НА ОСУЩЕСТВЛЕНИЕ НАСТАВНИЧЕСТВА', { align: 'center', bold: true }),
    p(
      'Я, {{person.name}}, даю согласие на осуществление наставничества — выполнение обязанностей наставника ' +
        'в программе наставничества «учитель – учитель» в {{year}} учебном году{{#law3518}} в соответствии со ' +
        'статьёй 351.8 Трудового кодекса Российской Федерации{{/law3518}}. Наставляемые, срок, форма ' +
        'наставничества и оплата определяются дополнительным соглашением к трудовому договору.',
      { align: 'justify' },
    ),
    p(SIGNATURE),
    p('Редакция текста согласия: {{consent.version}}.', { size: 9 }),
  ],
};

export const AGREEMENT_MENTOR: TemplateDeclaration = {
  kind: 'agreementMentor',
  templateName: 'Шаблон — Дополнительное соглашение о наставничестве',
  series: 'agreement',
  per: 'mentor',
  fileTitle: 'к трудовому договору о наставничестве',
  fields: [
    ...COMMON_FIELDS,
    NUMBER_FIELD,
    ...OPERATOR_FIELDS,
    ...PERSON_FIELDS,
    { name: 'mentees', label: 'наставляемые (Ф.И.О., должность)' },
    { name: 'form', label: 'форма наставничества' },
    { name: 'period', label: 'период наставничества' },
    { name: 'payment', label: 'оплата наставничества' },
  ],
  lists: [],
  flags: [FLAG_LAW],
  blocks: [
    p('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № {{doc.number}}', { align: 'center', bold: true }),
    p('к трудовому договору от «___» ____________ ______ г. № ______', { align: 'center' }),
    p('г. {{city}}                                                                        {{doc.date}}'),
    p(
      '{{operator.full}} (далее — Работодатель), от имени которого действует директор {{director}} на ' +
        'основании устава, и работник — {{person.name}}, {{person.position}} (далее — Работник), заключили ' +
        'настоящее дополнительное соглашение о нижеследующем.',
      { align: 'justify' },
    ),
    p(
      '1. Работник с его письменного согласия{{#law3518}} (статья 351.8 Трудового кодекса Российской ' +
        'Федерации){{/law3518}} осуществляет наставничество в форме {{form}} в отношении: {{mentees}}.',
      { align: 'justify' },
    ),
    p('2. Период наставничества: {{period}}.', { align: 'justify' }),
    p('3. За осуществление наставничества Работнику устанавливается оплата: {{payment}}.', {
      align: 'justify',
    }),
    p(
      '4. Остальные условия трудового договора не изменяются. Соглашение составлено в двух экземплярах, ' +
        'имеющих одинаковую юридическую силу, и вступает в силу со дня подписания.',
      { align: 'justify' },
    ),
    {
      type: 'table',
      rows: [
        ['Работодатель', 'Работник'],
        ['_______________ / {{director.signature}}', '_______________ / {{person.short}}'],
        ['', 'Второй экземпляр получен на руки: _______________'],
      ],
      widths: [240, 240],
      bordered: false,
    },
  ],
};

export const CONSENT_TEMPLATES = [CONSENT_PD, CONSENT_PUBLISH, CONSENT_MENTOR, AGREEMENT_MENTOR] as const;
