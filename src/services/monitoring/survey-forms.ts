import { SURVEY_FORMS, surveyFormKeys, type SurveyKey } from '../../domain/forms/monitoring-forms';
import type { Audience } from '../../domain/forms/types';
import { UserFacingError } from '../errors';
import { createOrUpdateForm } from '../forms/create';
import type { StepAction } from '../step-actions/step-action';
import { recordSatisfactionMode } from './mode';

const ROLE_LINK: Record<Audience, string> = {
  mentor: 'Ссылка для наставников',
  mentee: 'Ссылка для наставляемых',
};

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
    run({ ports }, input) {
      const mode = (input ?? '').trim();
      if (chooses && mode) {
        if (mode !== 'named' && mode !== 'anonymous')
          throw new UserFacingError('Выберите, как проводить опрос: с адресом эл. почты или анонимно.');
        recordSatisfactionMode(ports, mode === 'anonymous');
      }
      const made = surveyFormKeys(survey).map((key) => ({ key, ...createOrUpdateForm(ports, key) }));
      const created = made.filter((m) => m.created).length;
      const roleOf = (key: string) => (SURVEY_FORMS[survey].mentor === key ? 'mentor' : 'mentee');
      return {
        message:
          (created
            ? 'Анкеты созданы: отдельно для наставников и для наставляемых.'
            : 'Анкеты обновлены, ответы сохранены.') +
          (chooses && mode ? ` Опрос ${mode === 'anonymous' ? 'анонимный' : 'с адресом эл. почты'}.` : ''),
        links: made.flatMap((m) => [
          { label: ROLE_LINK[roleOf(m.key)], url: m.record.shortUrl || m.record.publishedUrl },
          { label: `Редактировать: «${m.record.sheetName}»`, url: m.record.editUrl },
        ]),
        details: made.map((m) => `Ответы: лист «${m.record.sheetName}».`),
      };
    },
  };
}
