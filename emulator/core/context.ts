import { CallCounter } from './calls';
import { emulated } from './proxy';
import type { EmulatorState } from './state';

/** Finds a script's global function by name, as Apps Script does when it runs a trigger or menu item. */
export type FunctionResolver = (name: string) => ((...args: unknown[]) => unknown) | undefined;

/**
 * What every emulated service shares: the state, the call counter, the clock and the id source, and the
 * script runtime that installable triggers call into.
 */
export class EmulatorContext {
  readonly calls = new CallCounter();
  resolveFunction: FunctionResolver = () => undefined;
  /** Document lock: who holds it (re-entrant within one emulated execution). */
  lockHeld = false;

  constructor(public state: EmulatorState) {}

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
    return emulated<T>(target, typeName, this.calls);
  }
}
