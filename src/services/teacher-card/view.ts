/**
 * What a teacher's card shows, as plain JSON-safe data (it travels from the web app to the card): the gas
 * adapter (src/gas/cards.ts) draws it with CardService and the desk draws it as HTML. Only the teacher's own
 * pair or group: no other names, no answers.
 */
export interface CardLink {
  title: string;
  url: string;
}

export interface TeacherPairView {
  pairId: string;
  /** «Ваш наставник» or «Ваши наставляемые». */
  partnersLabel: string;
  partners: string[];
  plan: CardLink | null;
  /** The individual plan's next meeting not yet held (from the plan's schedule), or null. */
  nextPlanned: { when: string; topic: string } | null;
  meetingsCount: number;
  lastMeeting: { dateText: string; topic: string; nextStep: string } | null;
}

export type TeacherCardView =
  | { kind: 'signedOut' }
  | { kind: 'notSetUp' }
  | { kind: 'notInPair' }
  | {
      kind: 'teacher';
      fullName: string;
      role: 'mentor' | 'mentee';
      roleLabel: string;
      pairs: TeacherPairView[];
      /** Only a mentor reports meetings (as in the meeting form): the card offers «Отметить встречу». */
      canRecordMeetings: boolean;
      /** A mentor of several pairs picks the mentee (by surname, as the meeting form asks): their own only. */
      menteeChoices: string[];
      /** Questionnaires the curator has launched that are for this teacher and not answered by them yet. */
      surveys: CardLink[];
      consents: { title: string; state: string }[];
    };
