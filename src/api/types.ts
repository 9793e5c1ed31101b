import type { Settings } from '../domain/settings';

/**
 * The contract between the sidebar/dialogs (html/) and the server functions (src/server.ts): plain data only,
 * because google.script.run passes only primitives, arrays and plain objects (no Date, no functions).
 * Dates travel as ISO strings ('2022-09-08') and are shown through Russian formatting on the server side.
 */

export type StepStatus = 'done' | 'in_progress' | 'todo' | 'overdue';

export interface StepView {
  /** Roadmap code as in the seed: '1.1', '2.2', '7.2'. */
  code: string;
  title: string;
  /** What the step consists of (the seed's "Содержание деятельности"). */
  content: string;
  /** Due period in Russian, e.g. 'Сентябрь 2022', 'Октябрь 2022 – май 2023'. */
  due: string;
  responsible: string;
  status: StepStatus;
  /** Russian one-liner derived from the data, e.g. 'В базе 12 наставляемых, 11 согласий'. */
  statusText: string;
  /** What to do next for this step, in Russian; empty when done. */
  next: string;
  actions: ActionView[];
  /** Evidence and working links for the step: forms, documents, sheets. */
  links: LinkView[];
}

export interface ActionView {
  id: string;
  label: string;
  /** False while its preconditions are unmet; hint says why (Russian). */
  available: boolean;
  hint: string;
  /** When set, the sidebar asks for this value and passes it as the action's argument. */
  input?: ActionInput;
  /** Asks the curator to confirm first (irreversible actions): the question, in Russian. */
  confirm?: string;
  /** What one unit of a batch is, for the progress line: 'Документ' → «Документ 7 из 14». */
  progressNoun?: string;
  /** The step's one obvious next action: drawn as the main button; the other actions sit under «Ещё». */
  primary?: boolean;
}

/**
 * What an action asks for. Choices are offered, not typed: `select` (one of `options`), `checklist` (several;
 * the values travel joined by new lines) and `fields` (several named fields; they travel as a JSON object of
 * strings, see domain/text/action-fields.ts). `date` travels as ДД.ММ.ГГГГ.
 */
export interface ActionInput {
  label: string;
  kind: InputKind;
  placeholder?: string;
  /** For select and checklist: what to choose from, with the names a curator reads. */
  options?: ChoiceOption[];
  /** For fields: the fields, in order. */
  fields?: InputField[];
}

type InputKind = 'text' | 'email' | 'textarea' | 'date' | 'number' | 'select' | 'checklist' | 'fields';

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface InputField {
  name: string;
  label: string;
  kind: Exclude<InputKind, 'fields'>;
  placeholder?: string;
  options?: ChoiceOption[];
  /** May stay blank. */
  optional?: boolean;
}

/** A link the sidebar shows after an action or under a step (a form, a document, a sheet). */
export interface LinkView {
  label: string;
  url: string;
}

export interface StageView {
  number: number;
  title: string;
  steps: StepView[];
  done: number;
  total: number;
}

export interface Overview {
  configured: boolean;
  schoolShort: string;
  academicYear: string;
  stages: StageView[];
  /** Code of the open step whose period contains today (see domain/roadmap/current.ts): highlighted. */
  currentStep: string | null;
  /** Problems with the workbook structure (renamed or missing columns ...), in Russian, with what to do. */
  problems: string[];
}

/** The setup dialog edits the programme settings exactly as the domain declares them. */
export type SetupForm = Settings;

export interface SetupResult {
  overview: Overview;
  /** Russian summary of what setup did (sheets created, columns restored ...). */
  messages: string[];
}

/**
 * Server functions callable from the client. Each name is a top-level function in the built Code.js, and
 * src/server.ts's exports must satisfy this type (checked there). Members are function-typed properties, not
 * methods, so their parameters are checked strictly (a method's would be bivariant).
 * A server function signals a user-facing failure by throwing an Error whose message is Russian.
 */
export interface ServerApi {
  getOverview: () => Overview;
  getSetupForm: () => SetupForm;
  saveSetup: (form: SetupForm) => SetupResult;
  /** Runs a step's action (ActionView.id), with the curator's input if it asks for one. */
  runAction: (actionId: string, input?: string) => ActionResult;
}

export interface ActionResult {
  /** What happened, in Russian. */
  message: string;
  overview: Overview;
  /** Long jobs run in batches: while `more` is true the sidebar calls the same action again. */
  more?: boolean;
  progress?: { done: number; total: number };
  links?: LinkView[];
  /** Text the curator copies (e.g. the message to teachers with the form link). */
  copyText?: string;
  /** Extra lines to show (a summary table as lines, warnings). */
  details?: string[];
}
