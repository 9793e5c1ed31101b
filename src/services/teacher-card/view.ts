/**
 * What a teacher's card shows, as plain data: the gas adapter (src/gas/cards.ts) draws it with CardService and
 * the desk draws it as HTML. Only the teacher's own pair or group: no other names, no answers.
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
  meetingsCount: number;
  lastMeeting: { date: Date; topic: string; nextStep: string } | null;
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
      surveys: CardLink[];
      consents: { title: string; state: string }[];
    };
