import { TOPICS } from './topics';
import type { Audience, FormDefinition, FormKey, Question } from './types';

/**
 * The January interim feedback (roadmap step 6.2), declared once per role: a mentee says whether the meetings
 * happen, how useful the mentor's help is and on which of their requests, what is still hard and what to
 * change; a mentor says how engaged the mentee is, how the plan goes, what support they need from the curator
 * and what to change. The forms, the reading of the answers and the curator's summary all derive from these
 * lists, as the monitoring's forms per role do (monitoring-forms.ts).
 */

const SCALE_1_10 = { from: 1, to: 10, left: 'совсем нет', right: 'полностью' } as const;

/**
 * An answer that asks the curator to act about the respondent's pair/group: one of `answers` (for a checkbox,
 * any choice but those in `except`), or a rating of at most `atMost`; `next` says what was reported and what
 * to do.
 */
interface InterimAlert {
  answers?: readonly string[];
  except?: readonly string[];
  atMost?: number;
  next: string;
}

export interface InterimQuestion extends Question {
  /** How the curator's summary names the question. */
  short: string;
  alert?: InterimAlert;
}

export const MEETINGS_AS_PLANNED = [
  'Да, встречи проходят по плану',
  'Иногда переносятся или пропускаются',
  'Нет, встречи почти не проходят',
] as const;

export const PLAN_PROGRESS = [
  'По графику',
  'Отдельные мероприятия отстают',
  'Значительно отстаёт от графика',
] as const;

export const NO_SUPPORT = 'Поддержка не нужна';
export const CURATOR_SUPPORT = [
  'Методические материалы',
  'Консультация куратора',
  'Помощь с расписанием встреч',
  'Обучение наставников',
  NO_SUPPORT,
] as const;

const LOW = 4;

export const INTERIM_QUESTIONS: Record<Audience, readonly InterimQuestion[]> = {
  mentee: [
    {
      key: 'int_meetings',
      title: 'Проходят ли встречи с наставником так, как запланировано?',
      short: 'Встречи по плану',
      kind: 'choice',
      required: true,
      choices: MEETINGS_AS_PLANNED,
      alert: {
        answers: [MEETINGS_AS_PLANNED[2]],
        next: 'наставляемый отвечает, что встречи почти не проходят: обсудите с наставником график встреч',
      },
    },
    {
      key: 'int_help',
      title: 'Насколько полезна вам помощь наставника?',
      short: 'Польза помощи наставника',
      kind: 'scale',
      required: true,
      scale: SCALE_1_10,
      alert: {
        atMost: LOW,
        next: 'наставляемый низко оценил пользу помощи наставника: поговорите с парой/группой, при необходимости уточните план',
      },
    },
    {
      key: 'int_requests',
      title: 'По каким вашим запросам помощь наставника оказалась полезной?',
      help: 'Отметьте все подходящие',
      short: 'Запросы, по которым помощь полезна',
      kind: 'checkbox',
      choices: TOPICS,
      other: true,
    },
    {
      key: 'int_difficulties',
      title: 'Какие трудности в работе у вас остаются?',
      short: 'Трудности, которые остаются',
      kind: 'paragraph',
    },
    {
      key: 'int_change',
      title: 'Что вы хотите изменить во втором полугодии?',
      short: 'Что изменить во втором полугодии',
      kind: 'paragraph',
    },
  ],
  mentor: [
    {
      key: 'int_engaged',
      title: 'Насколько ваш наставляемый вовлечён в работу (в группе — в целом по группе)?',
      short: 'Вовлечённость наставляемых',
      kind: 'scale',
      required: true,
      scale: SCALE_1_10,
      alert: {
        atMost: LOW,
        next: 'наставник отмечает низкую вовлечённость наставляемого: обсудите с парой/группой цели плана',
      },
    },
    {
      key: 'int_plan',
      title: 'Как выполняется индивидуальный план наставничества?',
      short: 'Выполнение плана',
      kind: 'choice',
      required: true,
      choices: PLAN_PROGRESS,
      alert: {
        answers: [PLAN_PROGRESS[2]],
        next: 'план значительно отстаёт от графика: помогите перенести мероприятия на второе полугодие',
      },
    },
    {
      key: 'int_done',
      title: 'Какие мероприятия плана выполнены?',
      short: 'Выполнено по плану',
      kind: 'paragraph',
    },
    {
      key: 'int_behind',
      title: 'Какие мероприятия отстают и почему?',
      short: 'Отстаёт от плана',
      kind: 'paragraph',
    },
    {
      key: 'int_support',
      title: 'Какая поддержка куратора вам нужна?',
      help: 'Отметьте все подходящие',
      short: 'Нужна поддержка куратора',
      kind: 'checkbox',
      choices: CURATOR_SUPPORT,
      other: true,
      alert: { except: [NO_SUPPORT], next: 'наставник просит поддержки куратора' },
    },
    {
      key: 'int_change',
      title: 'Что стоит изменить во втором полугодии?',
      short: 'Что изменить во втором полугодии',
      kind: 'paragraph',
    },
  ],
};

/** The form of each role: the survey SURVEY_FORMS.interim sends each participant. */
export const INTERIM_FORM_KEY: Record<Audience, FormKey> = {
  mentor: 'interimMentor',
  mentee: 'interimMentee',
};

const WHO: Record<Audience, { genitive: string; plural: string }> = {
  mentor: { genitive: 'наставника', plural: 'наставники' },
  mentee: { genitive: 'наставляемого', plural: 'наставляемые' },
};

/** A question as the form asks it: the summary's own fields are not the form builder's business. */
const asQuestion = ({ short: _short, alert: _alert, ...q }: InterimQuestion): Question => q;

function interimForm(role: Audience): FormDefinition {
  return {
    key: INTERIM_FORM_KEY[role],
    step: '6.2',
    audience: role,
    title: `Промежуточная обратная связь: анкета ${WHO[role].genitive}`,
    description:
      'Середина учебного года: расскажите, как идёт работа вашей пары/группы. Ответы увидит только куратор программы; он поможет скорректировать работу во втором полугодии.',
    sheetName: `Ответы: промежуточная обратная связь (${WHO[role].plural})`,
    target: null,
    confirmation: 'Спасибо! Ваш отзыв поможет скорректировать работу во втором полугодии.',
    sections: [{ title: 'Как идёт работа', questions: INTERIM_QUESTIONS[role].map(asQuestion) }],
  };
}

/**
 * The single form for both roles that earlier versions created (form key `interim`). A workbook may still
 * have it, with answers: it stays readable, its answers are still checked and summarised, and the curator
 * may create the forms per role beside it.
 */
export const LEGACY_INTERIM_ITEMS = [
  { key: 'int_useful', label: 'Насколько полезны встречи в вашей паре/группе?', short: 'Польза встреч' },
  { key: 'int_regular', label: 'Насколько регулярно проходят встречи?', short: 'Регулярность встреч' },
  {
    key: 'int_progress',
    label: 'Насколько вы продвинулись к целям индивидуального плана?',
    short: 'Продвижение к целям',
  },
] as const;

const legacyInterim: FormDefinition = {
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
        ...LEGACY_INTERIM_ITEMS.map((i): Question => ({
          key: i.key,
          title: i.label,
          kind: 'scale',
          required: true,
          scale: SCALE_1_10,
        })),
        { key: 'good', title: 'Что получается хорошо?', kind: 'paragraph' },
        { key: 'change', title: 'Что стоит изменить во втором полугодии?', kind: 'paragraph' },
      ],
    },
  ],
};

export const INTERIM_FORMS: Record<'interim' | 'interimMentor' | 'interimMentee', FormDefinition> = {
  interim: legacyInterim,
  interimMentor: interimForm('mentor'),
  interimMentee: interimForm('mentee'),
};
