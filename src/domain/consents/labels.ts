/** The consents the programme records, and the decisions a record holds (Согласия). */
export const CONSENT_KINDS = {
  pd: 'обработка персональных данных',
  mentor: 'осуществление наставничества',
  publish: 'распространение персональных данных',
} as const;
export type ConsentKind = keyof typeof CONSENT_KINDS;
export const CONSENT_KIND_LABELS = [CONSENT_KINDS.pd, CONSENT_KINDS.mentor, CONSENT_KINDS.publish] as const;

/** 'ожидает подтверждения': an answer from an unverified address, held until the address is confirmed. */
export const CONSENT_STATES = [
  'дано',
  'не дано',
  'отозвано',
  'ожидает подтверждения',
  'подтверждено',
  'не подтверждено в срок',
] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];
/** Service states of a held answer (not a consent): waiting for the code from the mail, and confirmed. */
export const PENDING: ConsentState = 'ожидает подтверждения';
export const CONFIRMED: ConsentState = 'подтверждено';
/** A held answer nobody confirmed within HOLD_DAYS (domain/retention.ts): its content is erased, its code void. */
export const EXPIRED: ConsentState = 'не подтверждено в срок';
