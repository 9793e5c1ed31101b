import type { SurveyKey } from '../../domain/forms/monitoring-forms';
import type { StepAction } from '../step-actions/step-action';
import { onDemand } from '../on-demand/load';

/** How the satisfaction survey runs, chosen when its forms are created (the first option is the default). */
const MODE = {
  named: 'С адресом эл. почты: средняя оценка наставляемых входит в рейтинг наставников',
  anonymous:
    'Анонимно: эл. почта не собирается; рейтинг наставников — по числу встреч, оценке куратора и росту самооценки наставляемых',
} as const;

/**
 * Creates (or updates) a survey's forms: one for mentors and one for mentees, each with its own items. For the
 * satisfaction survey the curator chooses whether it is anonymous; the forms' descriptions say what that means
 * for the mentors' ranking.
 */
export function surveyFormsAction(survey: SurveyKey, step: string, which: string): StepAction {
  const chooses = survey === 'satisfaction';
  return {
    id: `form:${survey}`,
    step,
    label: (f) => `${f.forms[survey]?.created ? 'Обновить' : 'Создать'} анкеты «${which}»`,
    done: (f) => !!f.forms[survey]?.created,
    unavailable: (f) => (f.configured ? null : 'Сначала настройте программу'),
    ...(chooses
      ? {
          input: {
            label: 'Как проводить опрос удовлетворённости',
            kind: 'select' as const,
            options: Object.entries(MODE).map(([value, label]) => ({ value, label })),
          },
        }
      : {}),
    run: ({ ports }, input) => onDemand().createSurveyForms(ports, survey, chooses, input),
  };
}
