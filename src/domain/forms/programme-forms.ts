import { FORMATS } from './topics';
import type { FormDefinition, FormKey, Question } from './types';

/**
 * The questionnaires of stages 6 and 7: the mentor's meeting report (6.1), the January interim feedback (6.2)
 * and the methodology's three monitorings (7.1): satisfaction with the quality of implementation (process) in
 * one form, and the impact self-assessment asked twice with the same items, before the programme and after.
 * Nobody is asked who they are: the e-mail Google collects finds the person, their role and their pair in the
 * bases (the participants consented to «мониторинг» in their questionnaire, 2.1 / 3.1).
 */

/** One rated item of a monitoring (1–10). Its key is stable; its text is the question. */
export interface MonitoringItem {
  key: string;
  label: string;
  /** For charts and the public page. */
  short: string;
}

const SCALE_1_10 = { from: 1, to: 10, left: 'совсем нет', right: 'полностью' } as const;

export const SATISFACTION_ITEMS: readonly MonitoringItem[] = [
  {
    key: 'sat_overall',
    label: 'Насколько вы удовлетворены участием в программе наставничества?',
    short: 'Удовлетворённость в целом',
  },
  {
    key: 'sat_useful',
    label: 'Насколько полезными для вас были встречи в паре/группе?',
    short: 'Польза встреч',
  },
  { key: 'sat_comfort', label: 'Насколько комфортным было общение в паре/группе?', short: 'Комфорт общения' },
  {
    key: 'sat_expect',
    label: 'Насколько оправдались ваши ожидания от программы?',
    short: 'Оправданность ожиданий',
  },
  {
    key: 'sat_again',
    label: 'Насколько вы готовы участвовать в программе наставничества снова?',
    short: 'Готовность участвовать снова',
  },
];

export const PROCESS_ITEMS: readonly MonitoringItem[] = [
  {
    key: 'proc_regular',
    label: 'Насколько регулярно проходили встречи пары/группы?',
    short: 'Регулярность встреч',
  },
  {
    key: 'proc_plan',
    label: 'Насколько понятными были цели и индивидуальный план наставничества?',
    short: 'Понятность целей и плана',
  },
  {
    key: 'proc_support',
    label: 'Насколько достаточной была поддержка куратора программы?',
    short: 'Поддержка куратора',
  },
  {
    key: 'proc_organisation',
    label: 'Насколько удобной была организация встреч (время, место, формат)?',
    short: 'Организация встреч',
  },
];

/** Asked before the programme (October) and after it (May): the change is the programme's impact. */
export const IMPACT_ITEMS: readonly MonitoringItem[] = [
  {
    key: 'imp_planning',
    label: 'Уверенность в планировании и проведении уроков',
    short: 'Планирование уроков',
  },
  {
    key: 'imp_class',
    label: 'Умение управлять классом и поддерживать дисциплину',
    short: 'Управление классом',
  },
  {
    key: 'imp_assessment',
    label: 'Умение оценивать образовательные результаты обучающихся',
    short: 'Оценивание результатов',
  },
  { key: 'imp_parents', label: 'Умение выстраивать работу с родителями', short: 'Работа с родителями' },
  {
    key: 'imp_digital',
    label: 'Владение цифровыми инструментами и электронными ресурсами',
    short: 'Цифровые инструменты',
  },
  {
    key: 'imp_community',
    label: 'Включённость в профессиональное сообщество школы',
    short: 'Профессиональное сообщество',
  },
  {
    key: 'imp_profession',
    label: 'Удовлетворённость профессией и желание работать в школе',
    short: 'Удовлетворённость профессией',
  },
];

export const INTERIM_ITEMS: readonly MonitoringItem[] = [
  { key: 'int_useful', label: 'Насколько полезны встречи в вашей паре/группе?', short: 'Польза встреч' },
  { key: 'int_regular', label: 'Насколько регулярно проходят встречи?', short: 'Регулярность встреч' },
  {
    key: 'int_progress',
    label: 'Насколько вы продвинулись к целям индивидуального плана?',
    short: 'Продвижение к целям',
  },
];

/** Counted outcomes of the year, asked in the after-survey. */
const OUTCOME_QUESTIONS = {
  openLessons: 'Сколько открытых уроков (занятий) вы провели за учебный год?',
  publications: 'Сколько публикаций (статей, методических материалов) у вас вышло за учебный год?',
  competitions: 'В скольких профессиональных конкурсах вы участвовали за учебный год?',
  stay: 'Планируете ли вы продолжить работу в школе в следующем учебном году?',
} as const;

export const STAY_YES = 'Да';

function scaleQuestions(items: readonly MonitoringItem[]): Question[] {
  return items.map((i) => ({ key: i.key, title: i.label, kind: 'scale', required: true, scale: SCALE_1_10 }));
}

const countQuestion = (key: string, title: string): Question => ({
  key,
  title,
  kind: 'text',
  validation: 'count',
  help: 'Число; 0, если не было',
});

const IMPACT_HELP =
  'Оцените себя по шкале от 1 до 10. Эти же вопросы задаются в начале и в конце программы: по разнице видно, что она дала.';

export const PROGRAMME_FORMS: Record<Exclude<FormKey, 'prelim' | 'mentee' | 'mentor'>, FormDefinition> = {
  meeting: {
    key: 'meeting',
    step: '6.1',
    title: 'Отчёт о встрече наставнической пары/группы',
    description:
      'Заполняет наставник после каждой встречи. Пара/группа определяется по вашему адресу эл. почты; если у вас несколько пар/групп, укажите фамилию наставляемого.',
    sheetName: 'Ответы: отчёты о встречах',
    target: null,
    confirmation: 'Спасибо! Встреча внесена в журнал встреч.',
    sections: [
      {
        title: 'Встреча',
        questions: [
          { key: 'date', title: 'Дата встречи', kind: 'date', required: true },
          {
            key: 'mentee',
            title: 'Фамилия наставляемого (если у вас несколько пар/групп)',
            kind: 'text',
          },
          { key: 'topic', title: 'Тема встречи', kind: 'text', required: true },
          { key: 'format', title: 'Формат встречи', kind: 'choice', required: true, choices: FORMATS },
          {
            key: 'durationMin',
            title: 'Длительность, минут',
            kind: 'text',
            required: true,
            validation: 'count',
          },
          { key: 'result', title: 'Результат встречи', kind: 'paragraph', required: true },
          { key: 'nextStep', title: 'Следующий шаг', kind: 'paragraph' },
        ],
      },
    ],
  },
  interim: {
    key: 'interim',
    step: '6.2',
    title: 'Промежуточная обратная связь: программа наставничества',
    description:
      'Середина учебного года: расскажите, как идёт работа вашей пары/группы. Ответы увидит только куратор программы.',
    sheetName: 'Ответы: промежуточная обратная связь',
    target: null,
    confirmation: 'Спасибо! Ваш отзыв поможет скорректировать работу во втором полугодии.',
    sections: [
      {
        title: 'Как идёт работа',
        questions: [
          ...scaleQuestions(INTERIM_ITEMS),
          { key: 'good', title: 'Что получается хорошо?', kind: 'paragraph' },
          { key: 'change', title: 'Что стоит изменить во втором полугодии?', kind: 'paragraph' },
        ],
      },
    ],
  },
  satisfaction: {
    key: 'satisfaction',
    step: '7.1',
    title: 'Мониторинг удовлетворённости и качества реализации программы наставничества',
    description: 'Оцените, пожалуйста, программу по шкале от 1 (совсем нет) до 10 (полностью).',
    sheetName: 'Ответы: удовлетворённость и качество',
    target: null,
    confirmation: 'Спасибо за участие в мониторинге!',
    sections: [
      { title: 'Удовлетворённость участием', questions: scaleQuestions(SATISFACTION_ITEMS) },
      { title: 'Качество реализации программы', questions: scaleQuestions(PROCESS_ITEMS) },
    ],
  },
  impactBefore: {
    key: 'impactBefore',
    // The «до» self-assessment is taken at the start of the pairs' work (October), not in May.
    step: '6.1',
    title: 'Мониторинг влияния программы: входная самооценка',
    description: IMPACT_HELP,
    sheetName: 'Ответы: самооценка до программы',
    target: null,
    confirmation: 'Спасибо! В конце года мы зададим те же вопросы.',
    sections: [{ title: 'Самооценка', questions: scaleQuestions(IMPACT_ITEMS) }],
  },
  impactAfter: {
    key: 'impactAfter',
    step: '7.1',
    title: 'Мониторинг влияния программы: итоговая самооценка',
    description: IMPACT_HELP,
    sheetName: 'Ответы: самооценка после программы',
    target: null,
    confirmation: 'Спасибо за участие в мониторинге!',
    sections: [
      { title: 'Самооценка', questions: scaleQuestions(IMPACT_ITEMS) },
      {
        title: 'Результаты года',
        questions: [
          countQuestion('openLessons', OUTCOME_QUESTIONS.openLessons),
          countQuestion('publications', OUTCOME_QUESTIONS.publications),
          countQuestion('competitions', OUTCOME_QUESTIONS.competitions),
          {
            key: 'stay',
            title: OUTCOME_QUESTIONS.stay,
            kind: 'choice',
            required: true,
            choices: [STAY_YES, 'Нет', 'Пока не знаю'],
          },
        ],
      },
    ],
  },
};

/** The questionnaires whose link is e-mailed to every participant of the approved pairs. */
export type SurveyKey = 'interim' | 'impactBefore' | 'satisfaction' | 'impactAfter';
