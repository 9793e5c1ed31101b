import type { Question } from './types';

/**
 * Consent texts. 152-ФЗ requires a consent to be specific, informed and conscious: purpose, operator, the list
 * of data, the actions, the term and how to withdraw. The mentor's consent to act as a mentor (ТК РФ ст. 351.8,
 * since 01.03.2025) and the consent to publish a name (152-ФЗ ст. 10.1) are separate questions.
 */

export const CONSENT_YES = 'Да, даю согласие';
export const CONSENT_NO = 'Нет, не даю согласия';

export function personalDataConsentText(
  schoolFull: string,
  role: 'наставляемого' | 'наставника' | 'участника',
): string {
  return [
    `Я даю согласие ${schoolFull || 'образовательной организации'} (оператор) на обработку моих персональных данных`,
    `в целях организации и сопровождения программы наставничества в качестве ${role}: подбор наставнических пар/групп,`,
    'планирование и учёт встреч, мониторинг и подготовка отчётных документов.',
    'Перечень данных: фамилия, имя, отчество; адрес электронной почты; должность; преподаваемые предметы; педагогический стаж;',
    'квалификационная категория; сведения о профессиональных запросах и компетенциях, указанные в анкете.',
    'Действия: сбор, запись, систематизация, хранение, уточнение, использование, удаление; без передачи третьим лицам.',
    'Срок: до окончания учебного года, в котором реализуется программа, и хранения отчётных документов по номенклатуре дел.',
    'Согласие можно отозвать в любой момент письменным заявлением куратору программы или на эл. почту школы;',
    'после отзыва данные удаляются или обезличиваются.',
  ].join(' ');
}

export function consentQuestion(key: string, title: string, help: string): Question {
  return { key, title, help, kind: 'choice', required: true, choices: [CONSENT_YES, CONSENT_NO] };
}

export const MENTOR_CONSENT_TEXT =
  'В соответствии со статьёй 351.8 Трудового кодекса РФ наставничество осуществляется с письменного согласия педагогического работника. Я согласен(на) выполнять обязанности наставника в программе наставничества текущего учебного года.';

export const PUBLISH_CONSENT_TEXT =
  'Разрешаю публиковать мои фамилию, имя, отчество и сведения о моём участии в программе наставничества на официальном сайте школы (согласие на распространение персональных данных, ст. 10.1 152-ФЗ). Без этого согласия ваше имя на сайте не появится. Согласие можно отозвать в любой момент.';

/** A consent question counts as given only for the exact «yes» choice. */
export function isConsentGiven(answer: unknown): boolean {
  return String(answer ?? '').trim() === CONSENT_YES;
}
