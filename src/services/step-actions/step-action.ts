import type { ActionInput, ActionResult } from '../../api/types';
import type { ProgrammeFacts } from '../../domain/roadmap/facts';
import type { Ports } from '../ports';

/**
 * A step's action as the curator sees it in the sidebar. Features declare their actions in their own module
 * and list them in catalog.ts; the overview shows them under their step and runAction dispatches by id.
 */
export interface StepAction {
  id: string;
  /** Roadmap step code the action belongs to ('2.1'). */
  step: string;
  /** A short verb phrase; a function when it depends on the workbook («Создать анкету» / «Обновить анкету»). */
  label: string | ((facts: ProgrammeFacts) => string);
  /** What it asks for; a function when the choices come from the workbook (people, pairs, documents). */
  input?: ActionInput | ((facts: ProgrammeFacts) => ActionInput);
  confirm?: string;
  /**
   * Makes the step's document: before the step's window in the roadmap opens, the sidebar asks first (the
   * document would be dated before the roadmap's period).
   */
  datedByStep?: boolean;
  /** Runs before the first setup too (opening the setup dialog); every other action needs a curator. */
  beforeSetup?: boolean;
  /**
   * Not the step's main line of work (opening a sheet, a correction, a withdrawal): never offered as the
   * step's primary action, always under «Ещё».
   */
  secondary?: boolean | ((facts: ProgrammeFacts) => boolean);
  /** Done for now, so not the next thing to do: it stays under «Ещё» to run again. */
  done?(facts: ProgrammeFacts): boolean;
  /** False when there is nothing to act on (no document to send yet): the action is not offered at all. */
  relevant?(facts: ProgrammeFacts): boolean;
  /** What one unit of its batches is ('Документ', 'Письмо'), for the sidebar's progress line. */
  progressNoun?: string;
  /** Why the action cannot run now (Russian), or null when it can. */
  unavailable?(facts: ProgrammeFacts): string | null;
  run(ctx: ActionContext, input: string): ActionOutcome;
}

export type ActionOutcome = Omit<ActionResult, 'overview'>;

/** The UI effects an action may have; gas/ implements them with SpreadsheetApp and HtmlService. */
export interface UiPort {
  activateSheet(name: string): boolean;
  showSetupDialog(): void;
}

export interface ActionContext {
  ports: Ports;
  ui: UiPort;
}

/** The precondition of every action that works on pairs/groups: at least one approved (step 5.1). */
export const needsApprovedPairs = (f: Pick<ProgrammeFacts, 'pairs'>): string | null =>
  f.pairs.approved ? null : 'Сначала утвердите пары/группы (этап 5.1).';
