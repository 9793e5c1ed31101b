/**
 * Runs the built add-on (dist/Code.js) the way Apps Script does: one global scope per execution, the service
 * globals provided by the emulator, top-level function declarations callable by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { setHtmlFileSource } from './html';
import type { Emulator } from './index';
import type { ExecutionKind } from './core/context';

export interface ScriptRuntime {
  /** Calls a top-level function of the script by name (menu item, trigger, google.script.run). */
  call(name: string, ...args: unknown[]): unknown;
  has(name: string): boolean;
  context: vm.Context;
}

export function loadScript(emulator: Emulator, code: string, filename = 'Code.js'): ScriptRuntime {
  // Dates cross the emulator/script boundary both ways; one Date constructor keeps `instanceof Date` true.
  const context = vm.createContext({ console, Date: emulatedDate(emulator) });
  emulator.install(context);
  vm.runInContext(code, context, { filename });
  const lookup = (name: string) => {
    const fn = (context as Record<string, unknown>)[name];
    return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
  };
  emulator.setRuntime(lookup);
  return {
    context,
    has: (name) => lookup(name) !== undefined,
    call(name, ...args) {
      const fn = lookup(name);
      if (!fn) throw new Error(`Script function not found: ${name}`);
      return emulator.ctx.runAs(executionKindOf(name, emulator.ctx.execution), () => fn(...args));
    },
  };
}

/**
 * Google calls doGet/doPost only as a web app, and onOpen/onEdit as simple triggers; every other function is
 * called from the open document (menu, sidebar) unless an enclosing execution already says otherwise.
 */
function executionKindOf(name: string, current: ExecutionKind): ExecutionKind {
  if (name === 'doGet' || name === 'doPost') return 'webApp';
  if (name === 'onOpen' || name === 'onEdit' || name === 'onSelectionChange') return 'simpleTrigger';
  return current;
}

/**
 * Loads a built project as `clasp push` uploads it: the script file, and the .html files beside it as the
 * project's HTML files (HtmlService.createHtmlOutputFromFile reads them: pages, and the templates' texts).
 */
export function loadScriptFile(emulator: Emulator, file: string): ScriptRuntime {
  const dir = dirname(file);
  setHtmlFileSource(emulator.ctx, (name) => {
    if (!/^[\w.-]+$/.test(name) || name.includes('..')) return null;
    const html = join(dir, `${name}.html`);
    return existsSync(html) ? readFileSync(html, 'utf8') : null;
  });
  return loadScript(emulator, readFileSync(file, 'utf8'), file);
}

/**
 * The script's `Date`: the real one, except that `new Date()` and `Date.now()` read the emulator's clock, so a
 * test or demo pinned to 15 September 2022 is "today" for the script as it is for the services.
 */
function emulatedDate(emulator: Emulator): DateConstructor {
  const RealDate = Date;
  class ScriptDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(emulator.ctx.now().getTime());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return emulator.ctx.now().getTime();
    }
    // Dates made by the emulator's services are real Dates: they must still pass `instanceof Date`.
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof RealDate;
    }
  }
  return ScriptDate as unknown as DateConstructor;
}
