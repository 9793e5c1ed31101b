import type { Audience } from './types';

/**
 * The rated items (1–10) of the monitoring (stage 7.1 and the «до» self-assessment of 6.1), as the methodology
 * asks them: mentors and mentees answer their own questionnaires, each with its own wording and with items only
 * one role can judge. An item asked of both roles keeps one key, so the two roles' ratings compare.
 */
export interface MonitoringItem {
  key: string;
  /** The item as the Мониторинг sheet and the report name it. */
  label: string;
  /** For charts and the public page. */
  short: string;
  /** The question each role is asked; a role without one is not asked the item. */
  ask: Partial<Record<Audience, string>>;
}

const both = (text: string) => ({ mentor: text, mentee: text });

export const SATISFACTION_ITEMS: readonly MonitoringItem[] = [
  {
    key: 'sat_overall',
    label: 'Удовлетворённость участием в программе',
    short: 'Удовлетворённость в целом',
    ask: {
      mentee: 'Насколько вы удовлетворены участием в программе наставничества?',
      mentor: 'Насколько вы удовлетворены своей работой наставника в этом учебном году?',
    },
  },
  {
    key: 'sat_useful',
    label: 'Польза встреч пары (группы)',
    short: 'Польза встреч',
    ask: {
      mentee: 'Насколько полезными для вас были встречи с наставником?',
      mentor: 'Насколько полезными, по вашей оценке, были встречи для наставляемого (наставляемых)?',
    },
  },
  {
    key: 'sat_comfort',
    label: 'Комфорт общения в паре (группе)',
    short: 'Комфорт общения',
    ask: {
      mentee: 'Насколько комфортным было общение с наставником?',
      mentor: 'Насколько комфортным было общение с наставляемым (наставляемыми)?',
    },
  },
  {
    key: 'sat_help',
    label: 'Помощь наставника в профессиональных затруднениях',
    short: 'Помощь наставника',
    ask: { mentee: 'Насколько наставник помог вам справиться с профессиональными затруднениями?' },
  },
  {
    key: 'sat_engaged',
    label: 'Активность наставляемых в совместной работе',
    short: 'Активность наставляемых',
    ask: {
      mentor: 'Насколько активным было участие наставляемого (в группе — наставляемых) в совместной работе?',
    },
  },
  {
    key: 'sat_growth',
    label: 'Собственное профессиональное развитие наставника',
    short: 'Развитие наставника',
    ask: {
      mentor: 'Насколько работа наставником помогла развитию ваших собственных профессиональных умений?',
    },
  },
  {
    key: 'sat_expect',
    label: 'Оправданность ожиданий от программы',
    short: 'Оправданность ожиданий',
    ask: both('Насколько оправдались ваши ожидания от программы?'),
  },
  {
    key: 'sat_again',
    label: 'Готовность участвовать в программе снова',
    short: 'Готовность участвовать снова',
    ask: {
      mentee: 'Насколько вы готовы участвовать в программе наставничества снова?',
      mentor: 'Насколько вы готовы стать наставником и в следующем учебном году?',
    },
  },
];

export const PROCESS_ITEMS: readonly MonitoringItem[] = [
  {
    key: 'proc_regular',
    label: 'Регулярность встреч пары (группы)',
    short: 'Регулярность встреч',
    ask: both('Насколько регулярно проходили встречи вашей пары (группы)?'),
  },
  {
    key: 'proc_plan',
    label: 'Понятность целей и индивидуального плана',
    short: 'Понятность целей и плана',
    ask: {
      mentee: 'Насколько понятными для вас были цели и индивидуальный план наставничества?',
      mentor:
        'Насколько удобно было составлять индивидуальный план вместе с наставляемым и работать по нему?',
    },
  },
  {
    key: 'proc_support',
    label: 'Поддержка куратора программы',
    short: 'Поддержка куратора',
    ask: both('Насколько достаточной была поддержка куратора программы?'),
  },
  {
    key: 'proc_organisation',
    label: 'Организация встреч (время, место, формат)',
    short: 'Организация встреч',
    ask: both('Насколько удобной была организация встреч (время, место, формат)?'),
  },
];

/** Asked before the programme (October, step 6.1) and after it (May): the change is the programme's impact. */
export const IMPACT_ITEMS: readonly MonitoringItem[] = [
  {
    key: 'imp_planning',
    label: 'Уверенность в планировании и проведении уроков',
    short: 'Планирование уроков',
    ask: { mentee: 'Уверенность в планировании и проведении уроков' },
  },
  {
    key: 'imp_class',
    label: 'Умение управлять классом и поддерживать дисциплину',
    short: 'Управление классом',
    ask: { mentee: 'Умение управлять классом и поддерживать дисциплину' },
  },
  {
    key: 'imp_assessment',
    label: 'Умение оценивать образовательные результаты обучающихся',
    short: 'Оценивание результатов',
    ask: { mentee: 'Умение оценивать образовательные результаты обучающихся' },
  },
  {
    key: 'imp_parents',
    label: 'Умение выстраивать работу с родителями',
    short: 'Работа с родителями',
    ask: { mentee: 'Умение выстраивать работу с родителями' },
  },
  {
    key: 'imp_digital',
    label: 'Владение цифровыми инструментами и электронными ресурсами',
    short: 'Цифровые инструменты',
    ask: { mentee: 'Владение цифровыми инструментами и электронными ресурсами' },
  },
  {
    key: 'imp_needs',
    label: 'Умение выявлять профессиональные затруднения коллеги и помогать их преодолеть',
    short: 'Помощь в затруднениях',
    ask: { mentor: 'Умение выявлять профессиональные затруднения коллеги и помогать их преодолеть' },
  },
  {
    key: 'imp_mentoring',
    label: 'Умение планировать и вести наставническую работу',
    short: 'Наставническая работа',
    ask: { mentor: 'Умение планировать и вести наставническую работу' },
  },
  {
    key: 'imp_sharing',
    label: 'Готовность делиться опытом: открытые уроки, мастер-классы, публикации',
    short: 'Обмен опытом',
    ask: { mentor: 'Готовность делиться опытом: открытые уроки, мастер-классы, публикации' },
  },
  {
    key: 'imp_methods',
    label: 'Освоение новых методик и технологий обучения',
    short: 'Новые методики',
    ask: { mentor: 'Освоение новых методик и технологий обучения' },
  },
  {
    key: 'imp_community',
    label: 'Включённость в профессиональное сообщество школы',
    short: 'Профессиональное сообщество',
    ask: both('Включённость в профессиональное сообщество школы'),
  },
  {
    key: 'imp_profession',
    label: 'Удовлетворённость профессией и желание работать в школе',
    short: 'Удовлетворённость профессией',
    ask: both('Удовлетворённость профессией и желание работать в школе'),
  },
];

/** The items a role is asked, each with that role's wording. */
export function itemsFor(items: readonly MonitoringItem[], role: Audience): { key: string; title: string }[] {
  return items.flatMap((i) => (i.ask[role] ? [{ key: i.key, title: i.ask[role] }] : []));
}

/** The four open questions of the SWOT analysis, asked in May of the participants and of the curator. */
export const SWOT = [
  {
    key: 'swotStrengths',
    quadrant: 'Сильные стороны',
    title: 'Сильные стороны программы: что больше всего помогало работе?',
  },
  {
    key: 'swotWeaknesses',
    quadrant: 'Слабые стороны',
    title: 'Слабые стороны программы: что мешало или получалось хуже всего?',
  },
  {
    key: 'swotOpportunities',
    quadrant: 'Возможности',
    title: 'Возможности: что школа может использовать в следующем году (ресурсы, идеи, партнёры)?',
  },
  {
    key: 'swotThreats',
    quadrant: 'Угрозы',
    title: 'Угрозы: какие риски могут помешать программе в будущем?',
  },
] as const;

export type SwotKey = (typeof SWOT)[number]['key'];

/** Whether the individual plan's goals were reached: the answers, from the best. */
export const GOALS = [
  'Достигнуты полностью',
  'Достигнуты в основном',
  'Достигнуты частично',
  'Не достигнуты',
];

/** How the students' results changed over the year (an impact indicator of the methodology). */
export const STUDENT_RESULTS = ['Улучшились', 'Не изменились', 'Снизились', 'Затрудняюсь ответить'];

export const STAY_YES = 'Да';
export const ATTESTED_YES = 'Да';
