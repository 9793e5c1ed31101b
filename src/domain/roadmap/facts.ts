/** What the workbook says about the programme, counted once; every step's status is derived from it. */

export interface PeopleCounts {
  /** Rows in the base. */
  total: number;
  /** With a 152-ФЗ consent date. */
  consented: number;
  /** Status 'отобран' (mentors selected at 4.1). */
  selected: number;
  /** Status 'в паре'. */
  inPair: number;
  /** Status 'отказ' (consent refused or withdrawn). */
  refused: number;
}

export interface FormFacts {
  created: boolean;
  responses: number;
  /** Answers without consent: counted, their content erased. */
  refused: number;
  /** Answers on the response sheets not yet taken into the base (the lock was held, a trigger failed). */
  pending?: number;
  /**
   * A survey's answers to the single form for both roles an earlier version made (the interim feedback), when
   * the workbook has that form; they are also counted in `responses`.
   */
  earlier?: number;
}

export interface ProgrammeFacts {
  configured: boolean;
  /** Register rows per document label (DOCUMENT_KINDS values). */
  documents: Record<string, number>;
  mentees: PeopleCounts;
  mentors: PeopleCounts;
  /** Mentors with the written consent to act as a mentor (ТК РФ ст. 351.8). */
  mentorsWithMentorConsent: number;
  /** awaitingDecision: pairs in progress where a member withdrew the consent (the curator decides). */
  pairs: { proposed: number; approved: number; awaitingDecision?: number };
  meetings: number;
  pairsWithMeetings: number;
  /** Date of the latest meeting in Встречи, if any. */
  lastMeetingAt: Date | null;
  trainingSessions: number;
  trainedMentors: number;
  /** Links to registered documents by roadmap step (evidence shown in the sidebar). */
  documentLinks: Record<string, { label: string; url: string }[]>;
  /** Questionnaires by key: prelim, mentee, mentor, meeting, interim, satisfaction, impactBefore, impactAfter. */
  forms: Record<string, FormFacts>;
  /** Lists the sidebar's actions offer to choose from. */
  choices: Choices;
  /** Survey invitations already sent, by questionnaire key (from Рассылки): shown after a reload. */
  invited: Record<string, number>;
  /** Documents already e-mailed, by document kind (from Документы «Отправлено»). */
  sentByKind: Record<string, number>;
}

/** Something a curator picks in the sidebar: the value the server acts on, the name the curator reads. */
export interface Choice {
  value: string;
  label: string;
}

/**
 * What the sidebar's actions offer to choose from (people, pairs, documents), so that a curator picks names
 * instead of typing e-mails or ids. Filled from the same single read of each table as the counts.
 */
export interface Choices {
  /** Mentors in the base with consent, not in an approved pair: candidates to select or not (4.1). */
  candidates: Choice[];
  /** Selected mentors and mentors in pairs: who attends training, whom a mentee moves to. */
  selectedMentors: Choice[];
  /** Proposed pairs/groups (5.1), by pair id. */
  proposals: Choice[];
  /** Mentees of proposed pairs/groups, by e-mail (a move to another mentor). */
  proposedMentees: Choice[];
  /** Approved pairs/groups, by pair id (meetings). */
  pairs: Choice[];
  /** Generated documents by kind (orderPairs, plan …), by register id (regeneration). */
  documentsByKind: Record<string, Choice[]>;
  /** Everyone in both bases who has not withdrawn, by e-mail (consent withdrawal). */
  people: Choice[];
  /** Letters nobody knows went out (an execution stopped mid-send), by Рассылки or Документы row id. */
  uncertainMail: Choice[];
}

export const NO_CHOICES: Choices = {
  candidates: [],
  selectedMentors: [],
  proposals: [],
  proposedMentees: [],
  pairs: [],
  documentsByKind: {},
  people: [],
  uncertainMail: [],
};

export const NO_PEOPLE: PeopleCounts = { total: 0, consented: 0, selected: 0, inPair: 0, refused: 0 };

export function emptyFacts(): ProgrammeFacts {
  return {
    configured: false,
    documents: {},
    mentees: { ...NO_PEOPLE },
    mentors: { ...NO_PEOPLE },
    mentorsWithMentorConsent: 0,
    pairs: { proposed: 0, approved: 0 },
    meetings: 0,
    pairsWithMeetings: 0,
    lastMeetingAt: null,
    trainingSessions: 0,
    trainedMentors: 0,
    forms: {},
    documentLinks: {},
    choices: { ...NO_CHOICES },
    invited: {},
    sentByKind: {},
  };
}
