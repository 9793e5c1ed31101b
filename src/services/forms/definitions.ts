import { formDefinitions } from '../../domain/forms/definitions';
import type { FormDefinition, FormKey } from '../../domain/forms/types';
import type { Ports } from '../ports';
import { consentTextsForForms } from '../consents/texts';
import { asRun, satisfactionIsAnonymous } from '../monitoring/mode';
import { readSettings } from '../setup/settings';

/**
 * The questionnaire to build: a form that fills a base carries the school's checked consent texts; the
 * satisfaction survey's forms are anonymous when the school chose so.
 */
export function schoolForm(ports: Ports, key: FormKey): FormDefinition {
  if (!FORMS_FOR_READING[key].target) return asRun(FORMS_FOR_READING[key], satisfactionIsAnonymous(ports));
  return formDefinitions(consentTextsForForms(ports, readSettings(ports)))[key];
}

/**
 * The questionnaires for reading answers: titles and choices do not depend on the school (only the consent
 * wording does), so ingestion does not spend a read of Настройки or of the templates.
 */
export const FORMS_FOR_READING: Record<FormKey, FormDefinition> = formDefinitions();
