import { CallCounter } from './calls';
import { gasError } from './errors';
import { emulated } from './proxy';
import type { EmulatorState } from './state';

/** Finds a script's global function by name, as Apps Script does when it runs a trigger or menu item. */
export type FunctionResolver = (name: string) => ((...args: unknown[]) => unknown) | undefined;

/**
 * What every emulated service shares: the state, the call counter, the clock and the id source, and the
 * script runtime that installable triggers call into.
 */
/**
 * The kind of execution that is running, which decides what Google withholds from it:
 * - `editor`: a menu item, the sidebar (google.script.run) or a dialog in the open document;
 * - `formSubmitTrigger`: an installable trigger of the spreadsheet (it runs in the document's context);
 * - `timeTrigger`: a time-driven trigger of an add-on, which has no containing document;
 * - `webApp`: doGet/doPost of a web app executing as the deployer, with no containing document;
 * - `simpleTrigger`: onOpen/onEdit/onInstall run without the user's authorisation.
 */
export type ExecutionKind = 'editor' | 'formSubmitTrigger' | 'timeTrigger' | 'webApp' | 'simpleTrigger';

/** Whether the execution has a containing document (CacheService.getDocumentCache, LockService.getDocumentLock). */
export function hasContainingDocument(ctx: EmulatorContext): boolean {
  const kind = ctx.execution;
  if (kind === 'formSubmitTrigger') return ctx.triggersHaveDocument;
  return kind !== 'timeTrigger' && kind !== 'webApp';
}

/** Whether Session.getActiveUser() reveals the e-mail (not where the script runs without the user's authority). */
export function revealsActiveUser(kind: ExecutionKind): boolean {
  return kind !== 'webApp' && kind !== 'simpleTrigger';
}

const STOPPED = 'Exceeded maximum execution time';

export class EmulatorContext {
  readonly calls = new CallCounter();
  /** The execution running now (see ExecutionKind); `runAs` switches it for one call. */
  execution: ExecutionKind = 'editor';
  /**
   * Whether a spreadsheet's installable trigger runs with a containing document. The reference names only
   * standalone scripts and web apps as contexts without one; an add-on is a standalone project, and its
   * trigger contexts are reported to differ, so tests run the add-on both ways.
   */
  triggersHaveDocument = true;
  /** Checks a call against the manifest's scopes before it runs (set when the emulator enforces scopes). */
  authorize: ((member: string) => void) | null = null;
  /** The manifest's scopes when the emulator enforces them (null: not enforced, everything granted). */
  grantedScopes: readonly string[] | null = null;
  resolveFunction: FunctionResolver = () => undefined;
  /** Document lock: who holds it (re-entrant within one emulated execution). */
  lockHeld = false;

  /**
   * Where a test makes Google stop the running execution (the 6-minute limit, a kill): right after a call of
   * `member` whose arguments `matches`. That call has taken effect; it and every later call of the same
   * execution throw, so nothing after it is saved, as on Google where no catch or finally runs any more.
   */
  private stopAt: { member: string; matches: (args: unknown[]) => boolean } | null = null;
  private stopped = false;
  private depth = 0;
  /** What Google does when a stopped execution ends: its locks are released (set by the emulator). */
  onStoppedExecutionEnd: () => void = () => undefined;

  constructor(public state: EmulatorState) {}

  stopExecutionAfter(member: string, matches: (args: unknown[]) => boolean = () => true): void {
    this.stopAt = { member, matches };
  }

  private checkRunning(): void {
    if (this.stopped) throw gasError(STOPPED);
  }

  private afterCall(member: string, args: unknown[]): void {
    if (!this.stopAt || this.stopAt.member !== member || !this.stopAt.matches(args)) return;
    this.stopAt = null;
    this.stopped = true;
    throw gasError(STOPPED);
  }

  /** Runs fn as an execution of the given kind (as the given effective user, for triggers), then restores. */
  runAs<T>(kind: ExecutionKind, fn: () => T, effectiveUser?: string): T {
    const before = this.execution;
    const session = this.state.session;
    const users = { active: session.activeUser, effective: session.effectiveUser };
    // SpreadsheetApp.setActiveSpreadsheet lasts for the execution that calls it: the next one starts in its
    // own document again (a sidebar call in the container), even when a stop skipped the caller's finally.
    const active = this.depth === 0 ? { id: this.state.activeSpreadsheetId } : null;
    this.execution = kind;
    if (effectiveUser !== undefined) session.effectiveUser = effectiveUser;
    this.depth++;
    try {
      return fn();
    } finally {
      if (--this.depth === 0 && this.stopped) {
        this.stopped = false;
        this.onStoppedExecutionEnd();
      }
      if (active) this.state.activeSpreadsheetId = active.id;
      this.execution = before;
      session.activeUser = users.active;
      session.effectiveUser = users.effective;
    }
  }

  now(): Date {
    return this.state.now ? new Date(this.state.now.getTime()) : new Date();
  }

  /** Moves emulated time forward (tests of weekly reminders, daily quotas, trigger schedules). */
  advance(ms: number): void {
    this.state.now = new Date(this.now().getTime() + ms);
  }

  /** A new unique id, stable across save/load: `${prefix}${n}` padded so Drive-like ids look plausible. */
  newId(prefix: string): string {
    const n = this.state.nextId++;
    return `${prefix}${n.toString(36).padStart(8, '0')}`;
  }

  newNumber(): number {
    return this.state.nextId++;
  }

  /** Wraps an object handed to script code: counts its calls and throws for what is not emulated. */
  wrap<T>(target: object, typeName: string): T {
    return emulated<T>(
      target,
      typeName,
      this.calls,
      (member) => {
        this.checkRunning();
        this.authorize?.(member);
      },
      (member, args) => this.afterCall(member, args),
    );
  }
}
