import type { LinkView } from '../../api/types';
import { FORM_KEYS } from '../../domain/forms/definitions';
import {
  LEGACY_SURVEY_FORM,
  SURVEY_FORMS,
  surveyFormKeys,
  type SurveyKey,
} from '../../domain/forms/monitoring-forms';
import type { FormFacts } from '../../domain/roadmap/facts';
import type { Ports } from '../ports';
import { FORMS_FOR_READING } from './definitions';
import { readFormRecords } from './registry';
import { quoted } from '../../domain/format/quotes';

/** Per questionnaire and per survey (interim, impactBefore, satisfaction, impactAfter): created or not, answers received, answers refused for lack of consent; and the links. */
export function formFactsAndLinks(ports: Ports): {
  facts: Record<string, FormFacts>;
  links: Record<string, LinkView[]>;
} {
  const records = readFormRecords(ports);
  const facts: Record<string, FormFacts> = {};
  const links: Record<string, LinkView[]> = {};
  for (const key of FORM_KEYS) {
    const r = records[key];
    if (!r) {
      facts[key] = { created: false, responses: 0, refused: 0 };
      continue;
    }
    let answers = 0;
    let pending = 0;
    for (const id of [...r.oldSheetIds, r.sheetId]) {
      const n = ports.responses.countAnswers(id);
      answers += n;
      // Every row a trigger or a rebuild handled is recorded (a hash by row): the others are not in the base.
      for (let row = 2; row <= n + 1; row++) if (!(`${id}:${row}` in r.handled)) pending++;
    }
    facts[key] = { created: true, responses: answers, refused: r.refused, pending };
    // Several questionnaires can serve one step (7.1 has three): each link says which form it opens.
    const title = FORMS_FOR_READING[key].title;
    (links[FORMS_FOR_READING[key].step] ??= []).push(
      { label: `${quoted(title)}: ссылка для педагогов`, url: r.shortUrl || r.publishedUrl },
      { label: `${quoted(title)}: редактировать форму`, url: r.editUrl },
    );
  }
  // A survey with a form per role: created when every form is, its answers summed, with those to the single
  // form an earlier version made for it (read before the survey's entry replaces that form's own).
  for (const survey of Object.keys(SURVEY_FORMS) as SurveyKey[]) {
    const legacyKey = LEGACY_SURVEY_FORM[survey];
    const legacy = legacyKey && facts[legacyKey]?.created ? facts[legacyKey] : null;
    const parts = surveyFormKeys(survey).map((k) => facts[k]);
    const all = legacy ? [...parts, legacy] : parts;
    facts[survey] = {
      created: parts.every((p) => p.created),
      responses: all.reduce((n, p) => n + p.responses, 0),
      refused: all.reduce((n, p) => n + p.refused, 0),
      ...(legacy ? { earlier: legacy.responses } : {}),
    };
  }
  return { facts, links };
}
