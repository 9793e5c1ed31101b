import type { ActionInput, ActionResult, LinkView } from '../../api/types';
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
  label: string;
  input?: ActionInput;
  confirm?: string;
  /** Runs before the first setup too (opening the setup dialog); every other action needs a curator. */
  beforeSetup?: boolean;
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

/** Links a step shows whatever its status (filled in by features that own forms, documents ...). */
export type StepLinks = (facts: ProgrammeFacts) => Record<string, LinkView[]>;
