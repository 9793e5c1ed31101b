import {
  LEGACY_SURVEY_FORM,
  SURVEY_FORMS,
  surveyFormKeys,
  type SurveyKey,
} from '../../domain/forms/monitoring-forms';
import type { Audience } from '../../domain/forms/types';
import { UserFacingError } from '../errors';
import { createOrUpdateForm } from '../forms/create';
import { readFormRecords } from '../forms/registry';
import type { Ports } from '../ports';
import type { ActionOutcome } from '../step-actions/step-action';
import { recordSatisfactionMode } from './mode';

/**
 * What «Создать анкеты» does for a survey: records the satisfaction survey's mode when the curator chose one,
 * then creates or updates the form of each role. Runs only when the curator presses the button, so its texts
 * stay out of Code.js (scripts/template-texts.mjs).
 */
export function createSurveyForms(
  ports: Ports,
  survey: SurveyKey,
  chooses: boolean,
  input: string,
): ActionOutcome {
  const roleLink: Record<Audience, string> = {
    mentor: 'Ссылка для наставников',
    mentee: 'Ссылка для наставляемых',
  };
  const mode = (input ?? '').trim();
  if (chooses && mode) {
    if (mode !== 'named' && mode !== 'anonymous')
      throw new UserFacingError('Выберите, как проводить опрос: с адресом эл. почты или анонимно.');
    recordSatisfactionMode(ports, mode === 'anonymous');
  }
  const made = surveyFormKeys(survey).map((key) => ({ key, ...createOrUpdateForm(ports, key) }));
  const created = made.some((m) => m.created);
  const roleOf = (key: string): Audience => (SURVEY_FORMS[survey].mentor === key ? 'mentor' : 'mentee');
  const how = mode === 'anonymous' ? 'анонимный' : 'с адресом эл. почты';
  // A workbook that had an earlier version's single form keeps it: the curator is told what the mailing does now.
  const legacy = LEGACY_SURVEY_FORM[survey];
  const beside =
    created && legacy && readFormRecords(ports)[legacy]
      ? ' Прежняя общая анкета остаётся, её ответы входят в сводку. Разошлите ссылку: письма получат только те, кто на прежнюю анкету ещё не ответил.'
      : '';
  return {
    message:
      (created
        ? 'Анкеты созданы: отдельно для наставников и для наставляемых.'
        : 'Анкеты обновлены, ответы сохранены.') +
      beside +
      (chooses && mode ? ` Опрос ${how}.` : ''),
    links: made.flatMap((m) => [
      { label: roleLink[roleOf(m.key)], url: m.record.shortUrl || m.record.publishedUrl },
      { label: `Редактировать форму: ${m.record.sheetName}`, url: m.record.editUrl },
    ]),
  };
}
