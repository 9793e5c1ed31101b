/** Questionnaires declared as data: the form builder, the ingestion and the checks all derive from these. */

type QuestionKind = 'text' | 'paragraph' | 'choice' | 'checkbox' | 'list' | 'scale' | 'date';

export interface Question {
  /** Stable key of the answer in code (and usually the base column it fills). */
  key: string;
  /** Russian question text; it is also the response sheet's column header. */
  title: string;
  help?: string;
  kind: QuestionKind;
  required?: boolean;
  choices?: readonly string[];
  /** Adds «Другое:» with a free answer to choice and checkbox questions. */
  other?: boolean;
  scale?: { from: number; to: number; left: string; right: string };
  /** Choosing this option sends the form at once (Forms page navigation SUBMIT): a refusal types no data. */
  submitOn?: string;
  /** Text validation. */
  validation?: 'number' | 'email' | 'count';
}

export interface Section {
  /** Shown as a page of the form (the first section is the form's first page and has no header). */
  title: string;
  description?: string;
  questions: readonly Question[];
}

/** Who answers a questionnaire of the programme's monitoring (each role has its own items). */
export type Audience = 'mentor' | 'mentee';

export type FormKey =
  | 'prelim'
  | 'mentee'
  | 'mentor'
  | 'meeting'
  /** The interim feedback's single form of earlier versions, kept readable in the workbooks that have it. */
  | 'interim'
  | 'interimMentor'
  | 'interimMentee'
  | 'satisfactionMentor'
  | 'satisfactionMentee'
  | 'impactBeforeMentor'
  | 'impactBeforeMentee'
  | 'impactAfterMentor'
  | 'impactAfterMentee'
  | 'curator';

export interface FormDefinition {
  key: FormKey;
  /** Roadmap step the form serves. */
  step: string;
  title: string;
  description: string;
  /** Name given to the response sheet (Google creates «Ответы на форму (N)»; the add-on renames it). */
  sheetName: string;
  /** Collects no e-mail: nothing links an answer to a person (152-ФЗ: collect no more than needed). */
  anonymous?: boolean;
  /** The role whose own items the form asks (the monitoring's forms differ for mentors and mentees). */
  audience?: Audience;
  /** Which base the answers fill, if any. */
  target: 'mentees' | 'mentors' | null;
  confirmation: string;
  sections: readonly Section[];
}
