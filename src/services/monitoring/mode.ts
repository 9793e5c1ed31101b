import { anonymousVariant } from '../../domain/forms/monitoring-forms';
import type { FormDefinition, FormKey } from '../../domain/forms/types';
import type { Ports } from '../ports';
import { readRegistry, writeRegistry } from '../setup/registry';

/**
 * How the school runs the May satisfaction survey: with e-mails (the mentees' ratings enter the mentors'
 * ranking) or anonymously (no e-mail is collected; the ranking then rests on named facts only). The curator
 * chooses when creating the survey's forms; the choice is kept in Настройки.
 */
const KEY = 'survey.satisfaction.anonymous';
const YES = 'да';

/** The forms the choice applies to. */
const SATISFACTION_FORMS: readonly FormKey[] = ['satisfactionMentor', 'satisfactionMentee'];

export function satisfactionIsAnonymous(ports: Ports): boolean {
  return readRegistry(ports, KEY)[KEY] === YES;
}

export function recordSatisfactionMode(ports: Ports, anonymous: boolean): void {
  writeRegistry(ports, [
    { key: KEY, label: 'опрос удовлетворённости анонимный (да/нет)', value: anonymous ? YES : 'нет' },
  ]);
}

/** The form as the school runs it: a satisfaction form in anonymous mode collects no e-mail. */
export function asRun(def: FormDefinition, anonymous: boolean): FormDefinition {
  return anonymous && SATISFACTION_FORMS.includes(def.key) ? anonymousVariant(def) : def;
}
