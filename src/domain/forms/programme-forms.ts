import { MONITORING_FORMS } from './monitoring-forms';
import type { MonitoringItem } from './monitoring-items';
import { FORMATS } from './topics';
import type { FormDefinition, FormKey, Question } from './types';

/**
 * The questionnaires of stages 6 and 7: the mentor's meeting report (6.1), the January interim feedback (6.2)
 * and the monitoring's forms (monitoring-forms.ts). Nobody is asked who they are: the e-mail Google collects
 * finds the person, their role and their pair in the bases (the participants consented to «мониторинг» in
 * their questionnaire, 2.1 / 3.1).
 */

const SCALE_1_10 = { from: 1, to: 10, left: 'совсем нет', right: 'полностью' } as const;

/** The January items: one wording for both roles (the mid-year check is short). */
type InterimItem = Pick<MonitoringItem, 'key' | 'label' | 'short'>;

export const INTERIM_ITEMS: readonly InterimItem[] = [
  { key: 'int_useful', label: 'Насколько полезны встречи в вашей паре/группе?', short: 'Польза встреч' },
  { key: 'int_regular', label: 'Насколько регулярно проходят встречи?', short: 'Регулярность встреч' },
  {
    key: 'int_progress',
    label: 'Насколько вы продвинулись к целям индивидуального плана?',
    short: 'Продвижение к целям',
  },
];

function scaleQuestions(items: readonly InterimItem[]): Question[] {
  return items.map((i) => ({ key: i.key, title: i.label, kind: 'scale', required: true, scale: SCALE_1_10 }));
}

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
  ...MONITORING_FORMS,
};
