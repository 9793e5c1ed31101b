/**
 * The built add-on (dist/Code.js) on the emulator, driven the way people reach it: the public functions a
 * sidebar or google.script.run calls, the triggers Google fires, and cell edits by whoever is signed in.
 * `npm test` builds dist/ first (pretest).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Emulator } from '../../emulator';
import { setHtmlFileSource } from '../../emulator/html';
import { loadScript, type ScriptRuntime } from '../../emulator/runtime';
import type { ActionResult } from '../../src/api/types';
import { createGasPorts } from '../../src/gas/ports';
import { openDatabase } from '../../src/services/db/database';
import { SCHOOL } from '../integration/fixture';

// ATTACK_DIST runs the same attacks on another build (e.g. main's, to see them fail before a fix).
const dist = process.env.ATTACK_DIST ?? join(__dirname, '..', '..', 'dist');
const CODE = existsSync(join(dist, 'Code.js')) ? readFileSync(join(dist, 'Code.js'), 'utf8') : '';

export const CURATOR = 'curator@school.example';
export const INTRUDER = 'teacher@school.example';

export interface Attack {
  emulator: Emulator;
  script: ScriptRuntime;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Acts as this Google account from now on (sidebar calls, cell edits, triggers it owns). */
  as(email: string): void;
  run(actionId: string, input?: string): ActionResult;
  /** The tables, read through the add-on's own adapters on the same emulated account. */
  db(): ReturnType<typeof openDatabase>;
  /** The message of what a call threw, or null when it did not throw. */
  failure(fn: () => unknown): string | null;
}

/** A school's workbook with the built add-on, set up by its curator on 15 September 2022. */
export function setUpSchool(options: { setup?: boolean } = {}): Attack {
  const emulator = new Emulator();
  emulator.setNow(new Date(2022, 8, 15, 10, 0));
  const ss = emulator.openNewSpreadsheet('Наставничество 2022/2023');
  ss.addEditor(INTRUDER);
  setHtmlFileSource(emulator.ctx, (name) => {
    const file = join(dist, `${name}.html`);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  });
  const script = loadScript(emulator, CODE);
  emulator.install(globalThis);
  const as = (email: string) => {
    emulator.state.session.activeUser = email;
    emulator.state.session.effectiveUser = email;
  };
  const attack: Attack = {
    emulator,
    script,
    ss,
    as,
    run: (id, input) => script.call('runAction', id, input) as ActionResult,
    db: () => openDatabase(createGasPorts()),
    failure(fn) {
      try {
        fn();
        return null;
      } catch (e) {
        // Errors thrown inside the script's vm are not this realm's Error: read the message field.
        const message = (e as { message?: unknown } | null)?.message;
        return typeof message === 'string' ? message : String(e);
      }
    },
  };
  if (options.setup !== false) script.call('saveSetup', SCHOOL);
  return attack;
}
