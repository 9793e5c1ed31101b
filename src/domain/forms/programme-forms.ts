import { MONITORING_FORMS } from './monitoring-forms';
import { INTERIM_FORMS } from './interim-forms';
import { FORMATS } from './topics';
import type { FormDefinition, FormKey } from './types';

/**
 * The questionnaires of stages 6 and 7: the mentor's meeting report (6.1), the January interim feedback per role
 * (6.2, interim-forms.ts) and the monitoring's forms (monitoring-forms.ts). Nobody is asked who they are: the e-mail Google collects
 * finds the person, their role and their pair in the bases (the participants consented to «мониторинг» in
 * their questionnaire, 2.1 / 3.1).
 */

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
  ...INTERIM_FORMS,
  ...MONITORING_FORMS,
};
