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
}

export interface ProgrammeFacts {
  configured: boolean;
  /** Register rows per document label (DOCUMENT_KINDS values). */
  documents: Record<string, number>;
  mentees: PeopleCounts;
  mentors: PeopleCounts;
  /** Mentors with the written consent to act as a mentor (ТК РФ ст. 351.8). */
  mentorsWithMentorConsent: number;
  pairs: { proposed: number; approved: number };
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
}

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
  };
}
