import { CONSENT_KIND_LABELS, CONSENT_STATES } from '../consents/labels';
import { FORMATS } from '../forms/topics';
import type { ColumnSpec, RowOf, SheetSchema } from './types';

/**
 * Every sheet of the programme's workbook, declared once. Adding a column here is all it takes: setup adds it
 * to existing workbooks at the end, the repository reads and writes it, validation follows its type.
 */

const id = {
  key: 'id',
  header: 'Служебный код',
  type: 'id',
  required: true,
  note: 'Служебный номер строки. Не изменяйте.',
} as const satisfies ColumnSpec;

/** Where a mentor or mentee stands in the programme (column «Статус» of Наставники and Наставляемые). */
export const PERSON_STATUS = {
  answered: 'анкета получена',
  consented: 'согласие',
  inBase: 'в базе',
  selected: 'отобран',
  notSelected: 'не отобран',
  inPair: 'в паре',
  finished: 'завершил',
  /** Refused or withdrew consent: the row stays behind, anonymised, and is no longer part of the base. */
  refused: 'отказ',
} as const;
const PERSON_STATUSES = [
  PERSON_STATUS.answered,
  PERSON_STATUS.consented,
  PERSON_STATUS.inBase,
  PERSON_STATUS.selected,
  PERSON_STATUS.notSelected,
  PERSON_STATUS.inPair,
  PERSON_STATUS.finished,
  PERSON_STATUS.refused,
] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** Where a pair or group stands (column «Статус» of Пары и группы). */
export const PAIR_STATUS = {
  proposed: 'предложена',
  approved: 'утверждена',
  rejected: 'отклонена',
  finished: 'завершена',
} as const;
const PAIR_STATUSES = [
  PAIR_STATUS.proposed,
  PAIR_STATUS.approved,
  PAIR_STATUS.rejected,
  PAIR_STATUS.finished,
] as const;
/** @public The pair statuses as a type, declared with the schema. */
export type PairStatus = (typeof PAIR_STATUSES)[number];

export const PAIR_KIND = { pair: 'пара', group: 'группа' } as const;
const PAIR_KINDS = [PAIR_KIND.pair, PAIR_KIND.group] as const;
export type PairKind = (typeof PAIR_KINDS)[number];

/** The manual status a curator may set for a roadmap step (column «Статус вручную»). */
export const STEP_OVERRIDE = { done: 'выполнено', inProgress: 'в работе', todo: 'не начато' } as const;

/** Every outcome of attestation a teacher can hold (Порядок аттестации педагогических работников). */
export const CATEGORIES = [
  'без категории',
  'соответствие занимаемой должности',
  'первая',
  'высшая',
  'педагог-методист',
  'педагог-наставник',
] as const;

// Sheets a curator reads start with the names; the row's service number stands at the end.
const personColumns = [
  { key: 'fullName', header: 'ФИО', type: 'text', required: true, width: 220 },
  { key: 'email', header: 'Эл. почта', type: 'email', required: true, width: 200 },
  { key: 'position', header: 'Должность', type: 'text' },
  { key: 'subjects', header: 'Предметы', type: 'text', width: 180 },
  { key: 'experienceYears', header: 'Стаж, лет', type: 'number' },
  { key: 'category', header: 'Категория', type: 'enum', values: CATEGORIES },
  { key: 'status', header: 'Статус', type: 'enum', values: PERSON_STATUSES, required: true },
  {
    key: 'consentPd',
    header: 'Согласие 152-ФЗ',
    type: 'datetime',
    note: 'Когда дано согласие на обработку персональных данных',
  },
  { key: 'format', header: 'Формат встреч', type: 'enum', values: FORMATS },
  { key: 'time', header: 'Удобное время', type: 'text', note: 'Несколько значений через «; »' },
  { key: 'answeredAt', header: 'Анкета получена', type: 'datetime' },
  id,
] as const satisfies readonly ColumnSpec[];

export const SETTINGS = {
  key: 'settings',
  name: 'Настройки',
  personalData: false,
  curatorsOnly: true,
  idPrefix: 'ST',
  columns: [
    {
      key: 'id',
      header: 'Ключ',
      type: 'id',
      required: true,
      note: 'Служебный ключ параметра. Не изменяйте.',
    },
    { key: 'label', header: 'Параметр', type: 'text', width: 240 },
    { key: 'value', header: 'Значение', type: 'text', width: 320 },
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type SettingRow = RowOf<typeof SETTINGS>;

export const ROADMAP = {
  key: 'roadmap',
  name: 'Дорожная карта',
  personalData: false,
  idPrefix: 'RM',
  columns: [
    { key: 'id', header: '№ п/п', type: 'id', required: true },
    { key: 'stage', header: 'Этап', type: 'integer', required: true },
    { key: 'title', header: 'Мероприятие', type: 'text', required: true, width: 280 },
    { key: 'content', header: 'Содержание деятельности', type: 'text', width: 360 },
    { key: 'dueFrom', header: 'Начало', type: 'date' },
    { key: 'dueTo', header: 'Срок', type: 'date', required: true },
    { key: 'responsible', header: 'Ответственные', type: 'text', width: 220 },
    {
      key: 'override',
      header: 'Статус вручную',
      type: 'enum',
      values: ['', STEP_OVERRIDE.done, STEP_OVERRIDE.inProgress, STEP_OVERRIDE.todo],
    },
    { key: 'evidence', header: 'Подтверждение', type: 'url' },
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type RoadmapRow = RowOf<typeof ROADMAP>;

export const MENTEES = {
  key: 'mentees',
  name: 'Наставляемые',
  personalData: true,
  idPrefix: 'MT',
  columns: [
    ...personColumns,
    { key: 'youngTeacher', header: 'Молодой специалист', type: 'boolean' },
    { key: 'requests', header: 'Запросы', type: 'text', width: 260, note: 'Трудности и запросы через «; »' },
    { key: 'expectations', header: 'Ожидания', type: 'text', width: 240 },
    {
      key: 'curatorNotes',
      header: 'Доп. сведения куратора',
      type: 'text',
      note: 'Из личного дела, методической работы, аттестации',
    },
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type MenteeRow = RowOf<typeof MENTEES>;

export const MENTORS = {
  key: 'mentors',
  name: 'Наставники',
  personalData: true,
  idPrefix: 'MR',
  columns: [
    ...personColumns,
    { key: 'awards', header: 'Награды и достижения', type: 'text', width: 220 },
    {
      key: 'competences',
      header: 'Компетенции',
      type: 'text',
      width: 260,
      note: 'Через «; », из того же списка, что запросы наставляемых',
    },
    { key: 'capacity', header: 'Наставляемых, не более', type: 'integer' },
    {
      key: 'suitability',
      header: 'Баллы отбора',
      type: 'integer',
      note: 'Рассчитывает надстройка (этап 4.1), из 100',
    },
    { key: 'suitabilityParts', header: 'Оценка отбора по частям', type: 'text', width: 300 },
    { key: 'motivation', header: 'Мотивация', type: 'text', width: 240 },
    { key: 'curatorNotes', header: 'Доп. сведения куратора', type: 'text' },
    {
      key: 'consentMentor',
      header: 'Согласие быть наставником',
      type: 'datetime',
      note: 'Письменное согласие, ТК РФ ст. 351.8',
    },
    {
      key: 'consentPublish',
      header: 'Согласие на публикацию',
      type: 'boolean',
      note: 'Публикация имени на сайте школы (152-ФЗ ст. 10.1)',
    },
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type MentorRow = RowOf<typeof MENTORS>;

export const PAIRS = {
  key: 'pairs',
  name: 'Пары и группы',
  personalData: true,
  idPrefix: 'PR',
  columns: [
    { key: 'mentorName', header: 'Наставник', type: 'text', width: 200 },
    { key: 'menteeNames', header: 'Наставляемые', type: 'text', width: 260 },
    { key: 'kind', header: 'Форма', type: 'enum', values: PAIR_KINDS, required: true },
    {
      key: 'status',
      header: 'Статус',
      type: 'enum',
      values: PAIR_STATUSES,
      required: true,
    },
    { key: 'score', header: 'Оценка подбора', type: 'number' },
    { key: 'reason', header: 'Обоснование', type: 'text', width: 300 },
    { key: 'approvedAt', header: 'Утверждена', type: 'date' },
    {
      key: 'locked',
      header: 'Закреплена куратором',
      type: 'boolean',
      note: 'Закреплённую пару повторный подбор не меняет',
    },
    { key: 'mentorId', header: 'Код наставника', type: 'text', required: true },
    { key: 'menteeIds', header: 'Коды наставляемых', type: 'text', required: true },
    id,
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type PairRow = RowOf<typeof PAIRS>;

export const MEETINGS = {
  key: 'meetings',
  name: 'Встречи',
  personalData: true,
  idPrefix: 'MG',
  columns: [
    id,
    { key: 'pairId', header: 'Код пары', type: 'text', required: true },
    { key: 'date', header: 'Дата', type: 'date', required: true },
    { key: 'topic', header: 'Тема', type: 'text', width: 240 },
    { key: 'format', header: 'Формат', type: 'enum', values: FORMATS },
    { key: 'durationMin', header: 'Длительность, мин', type: 'integer' },
    { key: 'result', header: 'Результат', type: 'text', width: 240 },
    { key: 'nextStep', header: 'Следующий шаг', type: 'text' },
    {
      key: 'origin',
      header: 'Источник',
      type: 'text',
      note: 'Откуда запись: отчёт наставника (строка листа ответов) или панель куратора. Не изменяйте.',
    },
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type MeetingRow = RowOf<typeof MEETINGS>;

/** Where a meeting of the individual plan put on the calendars stands (column «Состояние» of План встреч). */
export const PLANNED_STATUS = {
  planned: 'запланирована',
  moved: 'перенесена',
  cancelled: 'отменена',
  held: 'проведена',
} as const;
const PLANNED_STATUSES = [
  PLANNED_STATUS.planned,
  PLANNED_STATUS.moved,
  PLANNED_STATUS.cancelled,
  PLANNED_STATUS.held,
] as const;

/**
 * The individual plans' meetings put on the participants' calendars (5.2): one row per pair and meeting of the
 * plan, with the calendar event that holds it. The daily check follows the event (moved, cancelled, held).
 */
export const PLANNED_MEETINGS = {
  key: 'plannedMeetings',
  name: 'План встреч',
  personalData: false,
  idPrefix: 'PM',
  columns: [
    { key: 'pairId', header: 'Код пары', type: 'text', required: true },
    { key: 'n', header: '№ встречи плана', type: 'integer', required: true },
    { key: 'start', header: 'Дата и время', type: 'datetime', required: true, width: 140 },
    { key: 'durationMin', header: 'Длительность, мин', type: 'integer' },
    { key: 'topic', header: 'Тема', type: 'text', width: 300 },
    { key: 'status', header: 'Состояние', type: 'enum', values: PLANNED_STATUSES, required: true },
    {
      key: 'calendarId',
      header: 'Календарь',
      type: 'text',
      note: 'Календарь куратора, в котором создано событие. Не изменяйте.',
    },
    {
      key: 'eventId',
      header: 'Код события календаря',
      type: 'text',
      note: 'По нему ежедневная проверка находит событие и не создаёт его повторно. Не изменяйте.',
    },
    id,
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type PlannedMeetingRow = RowOf<typeof PLANNED_MEETINGS>;

export const TRAINING = {
  key: 'training',
  name: 'Обучение наставников',
  personalData: true,
  idPrefix: 'TR',
  columns: [
    id,
    { key: 'date', header: 'Дата', type: 'date', required: true },
    { key: 'topic', header: 'Тема занятия', type: 'text', required: true, width: 240 },
    { key: 'materials', header: 'Материалы', type: 'url' },
    { key: 'attendees', header: 'Коды присутствовавших', type: 'text', width: 240 },
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type TrainingRow = RowOf<typeof TRAINING>;

/** Where a generated document stands; each step is written as soon as it is done, so a re-run resumes. */
export const DOCUMENT_STATUS = {
  creating: 'создаётся',
  docCreated: 'документ создан',
  ready: 'готов',
  /** Saved before its e-mail is sent: left behind only by an execution stopped mid-send (sent or not, unknown). */
  sending: 'отправляется',
} as const;
const DOCUMENT_STATUSES = [
  '',
  DOCUMENT_STATUS.creating,
  DOCUMENT_STATUS.docCreated,
  DOCUMENT_STATUS.ready,
  DOCUMENT_STATUS.sending,
] as const;

export const DOCUMENTS = {
  key: 'documents',
  name: 'Документы',
  personalData: false,
  curatorsOnly: true,
  idPrefix: 'DC',
  columns: [
    id,
    { key: 'type', header: 'Вид документа', type: 'text', required: true, width: 240 },
    { key: 'number', header: 'Номер', type: 'text' },
    { key: 'date', header: 'Дата', type: 'date', required: true },
    { key: 'subject', header: 'Кому / о ком', type: 'text' },
    { key: 'docUrl', header: 'Документ', type: 'url' },
    { key: 'pdfUrl', header: 'PDF', type: 'url' },
    { key: 'sentTo', header: 'Отправлено', type: 'text' },
    { key: 'sentAt', header: 'Когда отправлено', type: 'datetime' },
    {
      key: 'kind',
      header: 'Код вида',
      type: 'text',
      note: 'Служебный код вида документа, по нему надстройка находит свои документы. Не изменяйте.',
    },
    {
      key: 'subjectId',
      header: 'Код пары / участника',
      type: 'text',
      note: 'Служебная ссылка. Не изменяйте.',
    },
    { key: 'status', header: 'Состояние', type: 'enum', values: DOCUMENT_STATUSES },
    { key: 'templateId', header: 'Код шаблона', type: 'text' },
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type DocumentRow = RowOf<typeof DOCUMENTS>;

export const JOURNAL = {
  key: 'journal',
  name: 'Журнал',
  personalData: false,
  curatorsOnly: true,
  idPrefix: 'LG',
  columns: [
    id,
    { key: 'at', header: 'Время', type: 'datetime', required: true, width: 140 },
    { key: 'user', header: 'Пользователь', type: 'text', width: 180 },
    { key: 'action', header: 'Действие', type: 'text', required: true, width: 200 },
    { key: 'details', header: 'Подробности', type: 'text', width: 360 },
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type JournalRow = RowOf<typeof JOURNAL>;

/** A letter's state in Рассылки: «отправляется» is saved before the send, «отправлено» after it. */
export const MAIL_STATE = { sending: 'отправляется', sent: 'отправлено' } as const;

/** Every e-mail the add-on sends to participants or curators, marked before and after the send: never twice. */
export const MAILINGS = {
  key: 'mailings',
  name: 'Рассылки',
  personalData: true,
  idPrefix: 'ML',
  columns: [
    id,
    { key: 'campaign', header: 'Рассылка', type: 'text', required: true, width: 220 },
    {
      key: 'code',
      header: 'Код рассылки',
      type: 'text',
      required: true,
      note: 'Служебный код: по нему надстройка не отправляет письмо повторно. Не изменяйте.',
    },
    { key: 'email', header: 'Кому', type: 'text', width: 220 },
    { key: 'personId', header: 'Код участника', type: 'text' },
    { key: 'pairId', header: 'Код пары', type: 'text' },
    { key: 'sentAt', header: 'Отправлено', type: 'datetime', required: true },
    {
      key: 'state',
      header: 'Состояние',
      type: 'enum',
      values: ['', MAIL_STATE.sending, MAIL_STATE.sent],
      note: '«отправляется» осталось, если выполнение прервалось во время отправки: не известно, ушло ли письмо.',
    },
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type MailingRow = RowOf<typeof MAILINGS>;

/** The monitoring indicators (7.1), rewritten whole by «Рассчитать показатели»; charts are drawn from it. */
export const MONITORING = {
  key: 'monitoring',
  name: 'Мониторинг',
  personalData: false,
  idPrefix: 'MN',
  columns: [
    { key: 'id', header: 'Код', type: 'id', required: true, note: 'Служебный код показателя.' },
    { key: 'section', header: 'Раздел', type: 'text', width: 200 },
    { key: 'indicator', header: 'Показатель', type: 'text', width: 380 },
    { key: 'group', header: 'Кто', type: 'text', width: 160 },
    { key: 'n', header: 'Оценок / ответов', type: 'integer' },
    { key: 'mean', header: 'Среднее', type: 'number' },
    { key: 'spread', header: 'Разброс (σ)', type: 'number', note: 'Стандартное отклонение оценок' },
    { key: 'shareHigh', header: 'Доля оценок ≥ 8, %', type: 'number' },
    { key: 'before', header: 'До программы', type: 'number' },
    { key: 'after', header: 'После программы', type: 'number' },
    { key: 'change', header: 'Изменение', type: 'number' },
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type MonitoringRow = RowOf<typeof MONITORING>;

/** Best mentors (7.2): the computed score, and the curator's correction and decision. */
export const RANKING = {
  key: 'ranking',
  name: 'Рейтинг наставников',
  personalData: true,
  idPrefix: 'RK',
  columns: [
    { key: 'id', header: 'Код наставника', type: 'id', required: true, note: 'Не изменяйте.' },
    { key: 'fullName', header: 'Наставник', type: 'text', width: 220 },
    { key: 'meetings', header: 'Встреч', type: 'integer' },
    { key: 'satisfaction', header: 'Удовлетворённость наставляемых', type: 'number' },
    { key: 'impactGain', header: 'Рост самооценки наставляемых', type: 'number' },
    {
      key: 'curatorScore',
      header: 'Оценка куратора (1–10)',
      type: 'number',
      note: 'Заполняет куратор. Входит в балл вместо оценок наставляемых, если опрос удовлетворённости анонимный. Надстройка её не изменяет.',
    },
    { key: 'score', header: 'Балл (расчёт)', type: 'number', note: 'Пересчитывается надстройкой' },
    {
      key: 'adjustment',
      header: 'Поправка куратора',
      type: 'number',
      note: 'Прибавляется к баллу (можно отрицательную). Надстройка её не изменяет.',
    },
    { key: 'total', header: 'Итоговый балл', type: 'number' },
    { key: 'rank', header: 'Место', type: 'integer' },
    {
      key: 'reward',
      header: 'Поощрить',
      type: 'boolean',
      note: 'Отметьте, кого включить в приказ о поощрении и благодарственные письма',
    },
  ],
} as const satisfies SheetSchema;
/** @public Every sheet has its row type beside its schema, whether or not a service reads it yet. */
export type RankingRow = RowOf<typeof RANKING>;

/** The sheets only curators may edit (protected for real at setup): personal data, settings, registers, logs. */
export function isCuratorsOnly(schema: SheetSchema): boolean {
  return schema.personalData || !!schema.curatorsOnly;
}

/**
 * Consents as records (152-ФЗ: a consent is proved by the operator): one row per decision, appended by the
 * consent flows and by the curator's logged action, never derived from a mark typed into a base.
 */
export const CONSENTS = {
  key: 'consents',
  name: 'Согласия',
  personalData: true,
  idPrefix: 'CS',
  columns: [
    id,
    { key: 'at', header: 'Дата и время', type: 'datetime', required: true, width: 140 },
    { key: 'personId', header: 'Код участника', type: 'text' },
    { key: 'email', header: 'Эл. почта', type: 'text', width: 200, note: 'Стирается при отзыве согласия' },
    {
      key: 'kind',
      header: 'Согласие',
      type: 'enum',
      values: CONSENT_KIND_LABELS,
      required: true,
      width: 220,
    },
    { key: 'state', header: 'Решение', type: 'enum', values: CONSENT_STATES, required: true },
    { key: 'version', header: 'Редакция текста', type: 'text' },
    {
      key: 'source',
      header: 'Источник',
      type: 'text',
      width: 260,
      note: 'Анкета и строка ответа или действие куратора',
    },
    { key: 'identity', header: 'Подтверждение личности', type: 'text', width: 240 },
    { key: 'details', header: 'Категории, условия и запреты', type: 'text', width: 280 },
    {
      key: 'response',
      header: 'Ответ (лист, строка)',
      type: 'text',
      note: 'Служебная ссылка на ответ анкеты. Не изменяйте.',
    },
    {
      key: 'code',
      header: 'Код подтверждения',
      type: 'text',
      note: 'Код из письма на адрес педагога: ответ с неподтверждённого адреса применяется только по нему.',
    },
  ],
} as const satisfies SheetSchema;
/** @public */
export type ConsentRow = RowOf<typeof CONSENTS>;

/**
 * What a closed year keeps as figures (issue 10.14): counts of people, pairs, meetings, documents and
 * answers, without a name. Written by «Закрыть учебный год», not by setup (a year in progress has none).
 */
export const YEAR_SUMMARY = {
  key: 'yearSummary',
  name: 'Итоги года',
  personalData: false,
  curatorsOnly: true,
  idPrefix: 'YS',
  columns: [
    { key: 'id', header: 'Код', type: 'id', required: true, note: 'Служебный код показателя.' },
    { key: 'indicator', header: 'Показатель', type: 'text', required: true, width: 420 },
    { key: 'value', header: 'Значение', type: 'integer' },
  ],
} as const satisfies SheetSchema;
/** @public */
export type YearSummaryRow = RowOf<typeof YEAR_SUMMARY>;

/** All sheets, in the tab order setup creates them. */
export const ALL_SHEETS: readonly SheetSchema[] = [
  SETTINGS,
  ROADMAP,
  MENTEES,
  MENTORS,
  PAIRS,
  MEETINGS,
  PLANNED_MEETINGS,
  TRAINING,
  DOCUMENTS,
  MAILINGS,
  MONITORING,
  RANKING,
  CONSENTS,
  JOURNAL,
];
