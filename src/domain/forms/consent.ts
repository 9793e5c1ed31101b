import type { Question } from './types';

/**
 * The consent questions of the questionnaires. The texts themselves are the school's editable consent templates
 * (src/domain/consents/templates.ts), rendered for the form by the service that builds it; the form asks for
 * consent on its first page, before any other data (152-ФЗ ст. 9 as amended by 156-ФЗ).
 */

export const CONSENT_YES = 'Да, даю согласие';
export const CONSENT_NO = 'Нет, не даю согласия';

/** The consent texts shown in the questionnaires, rendered from the school's templates. */
export interface ConsentTexts {
  pdMentee: string;
  pdMentor: string;
  mentor: string;
  publish: string;
}

/** For reading answers: titles and choices do not depend on the texts. */
export const NO_TEXTS: ConsentTexts = { pdMentee: '', pdMentor: '', mentor: '', publish: '' };

/** Categories of data a mentor may allow to be published, each chosen separately (Приказ Роскомнадзора № 18). */
export const PUBLISH_CATEGORIES = [
  'Фамилия, имя, отчество',
  'Должность',
  'Квалификационная категория',
  'Сведения об участии в программе наставничества (роль, итоги)',
] as const;
export const PUBLISH_NAME = PUBLISH_CATEGORIES[0];

export function consentQuestion(key: string, title: string, help: string, submitOnRefusal = false): Question {
  return {
    key,
    title,
    help,
    kind: 'choice',
    required: true,
    choices: [CONSENT_YES, CONSENT_NO],
    ...(submitOnRefusal ? { submitOn: CONSENT_NO } : {}),
  };
}

/** A consent question counts as given only for the exact «yes» choice. */
export function isConsentGiven(answer: unknown): boolean {
  return String(answer ?? '').trim() === CONSENT_YES;
}

/** Answers kept in the consent record (Согласия), not in a base column. */
export const CONSENT_RECORD_KEYS: readonly string[] = ['publishCategories', 'publishConditions'];
