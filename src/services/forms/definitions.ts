import { formDefinitions } from '../../domain/forms/definitions';
import type { FormDefinition, FormKey } from '../../domain/forms/types';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';

/** The questionnaires with this school's name in their consent texts. */
export function schoolForms(ports: Ports): Record<FormKey, FormDefinition> {
  return formDefinitions(readSettings(ports).schoolFull);
}

/**
 * The questionnaires for reading answers: titles and choices do not depend on the school (only the consent
 * wording does), so ingestion does not spend a read of Настройки on the school's name.
 */
export const FORMS_FOR_READING: Record<FormKey, FormDefinition> = formDefinitions('');
