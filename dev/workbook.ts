/**
 * The workbook on the desk: one Emulator kept in memory, the built add-on (dist/Code.js) loaded into it, and the
 * state saved to a local JSON file after every call. A missing file means a fresh demo workbook.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Emulator } from '../emulator';
import { releaseAllLocks } from '../emulator/base/lock';
import { serializeState } from '../emulator/core/persist';
import type { UiState } from '../emulator/core/state';
import { setHtmlFileSource } from '../emulator/html';
import { loadScriptFile, type ScriptRuntime } from '../emulator/runtime';
import { timeZoneOf, wallInstant } from './clock';
import { seedDemo } from './demo';

export const DEMO_SPREADSHEET_NAME = 'Наставничество 2022/2023';

/** Globals the runtime puts into the script's scope that are not the script's own functions. */
const RUNTIME_GLOBALS = new Set(['Date', 'console']);

export interface WorkbookOptions {
  workbookFile: string;
  distDir: string;
  log?: (message: string) => void;
  /**
   * What a new workbook starts as: 'demo' (default) — the demo school in late September, intake done; 'empty' —
   * an empty spreadsheet on 25 August, nothing set up, for trying the year from its first step.
   */
  start?: 'demo' | 'empty';
}

export interface Workbook {
  readonly emulator: Emulator;
  readonly runtime: ScriptRuntime;
  readonly file: string;
  /**
   * E-mails of teachers who withdrew their consent on the desk (step 2.2): the simulated teachers never answer
   * for them again. The desk's own note, kept next to the workbook file (<file>.desk.json), not in it.
   */
  readonly withdrawn: Set<string>;
  /** The script's public top-level functions: exactly what google.script.run exposes. */
  publicFunctions(): string[];
  /** Runs one server function as one Apps Script execution. */
  execute<T>(fn: () => T): T;
  save(): void;
}

/** Apps Script hides functions whose name ends with '_' from google.script.run; a leading '_' is refused too. */
export function isPrivateName(name: string): boolean {
  return name.startsWith('_') || name.endsWith('_');
}

function freshUi(): UiState {
  return { menus: [], sidebar: null, dialogs: [], alerts: [], toasts: [] };
}

export function openWorkbook(opts: WorkbookOptions): Workbook {
  const log = opts.log ?? (() => undefined);
  const codeFile = join(opts.distDir, 'Code.js');
  if (!existsSync(codeFile)) {
    throw new Error(
      `Не найден ${codeFile}: сначала выполните npm run build. (${codeFile} is missing: run npm run build)`,
    );
  }
  const fresh = !existsSync(opts.workbookFile);
  // The add-on runs under its manifest: a call whose documented scopes it does not grant fails, as on Google.
  const options = { enforceScopes: true };
  const emulator = fresh ? new Emulator(undefined, options) : Emulator.fromFile(opts.workbookFile, options);
  if (fresh) emulator.openNewSpreadsheet(DEMO_SPREADSHEET_NAME);
  // Menus, sidebar and dialogs belong to an editor session, not to the file: each start opens the sheet afresh.
  emulator.state.ui = freshUi();
  // Loading the script also points the emulator's trigger resolver at it: the demo seeding below submits form
  // answers whose onFormSubmit trigger must run the built add-on, so this comes first.
  const runtime = loadScriptFile(emulator, codeFile);
  setHtmlFileSource(emulator.ctx, (name: string) => {
    if (!/^[\w.-]+$/.test(name) || name.includes('..')) return null;
    const file = join(opts.distDir, `${name}.html`);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  });

  const deskFile = deskFileOf(opts.workbookFile);
  const withdrawn = new Set<string>(fresh ? [] : readDeskNote(deskFile).withdrawn);
  const workbook: Workbook = {
    emulator,
    runtime,
    file: opts.workbookFile,
    withdrawn,
    publicFunctions() {
      return Object.getOwnPropertyNames(runtime.context)
        .filter((name) => !RUNTIME_GLOBALS.has(name) && !isPrivateName(name) && runtime.has(name))
        .sort();
    },
    execute<T>(fn: () => T): T {
      try {
        return fn();
      } finally {
        // Apps Script releases every lock when an execution ends.
        releaseAllLocks(emulator.ctx);
      }
    },
    save() {
      saveAtomically(opts.workbookFile, serializeState(emulator.state));
      if (withdrawn.size || existsSync(deskFile))
        saveAtomically(deskFile, JSON.stringify({ withdrawn: [...withdrawn] }, null, 1));
    },
  };

  if (fresh && opts.start === 'empty') {
    log('Создаю пустую книгу… (creating an empty workbook)');
    emulator.setNow(wallInstant(timeZoneOf(emulator), demoYear(DEMO_SPREADSHEET_NAME), 8, 25, 9, 0));
  } else if (fresh) {
    log('Создаю демо-книгу… (creating the demo workbook)');
    // A script's own devSeedDemo() wins; otherwise the demo school is seeded from Node (dev/demo.ts), which
    // keeps demo data out of the deployed bundle. The academic year is the one in the workbook's name.
    if (runtime.has('devSeedDemo')) workbook.execute(() => runtime.call('devSeedDemo'));
    else {
      const year = demoYear(DEMO_SPREADSHEET_NAME);
      workbook.execute(() => seedDemo(emulator, year));
      // The demo school's year is a past one: "today" starts where the seeding left it, late September of
      // that year (the intake done), not at the real date, when every step of it would be overdue. The desk's
      // «Перейти к дате» moves it on.
      emulator.setNow(wallInstant(timeZoneOf(emulator), year, 9, 20, 10, 0));
    }
    emulator.state.ui = freshUi();
  }
  if (runtime.has('onOpen')) workbook.execute(() => runtime.call('onOpen', { authMode: 'FULL' }));
  workbook.save();
  return workbook;
}

/** The first year of "Наставничество 2022/2023". */
function demoYear(name: string): number {
  const year = /(\d{4})\s*\/\s*\d{4}/.exec(name);
  return year ? Number(year[1]) : new Date().getFullYear();
}

const deskFileOf = (workbookFile: string) => `${workbookFile}.desk.json`;

function readDeskNote(file: string): { withdrawn: string[] } {
  try {
    const note = JSON.parse(readFileSync(file, 'utf8')) as { withdrawn?: unknown };
    return {
      withdrawn: Array.isArray(note.withdrawn) ? note.withdrawn.filter((e) => typeof e === 'string') : [],
    };
  } catch {
    return { withdrawn: [] };
  }
}

/** Deletes the workbook file and opens a new demo workbook in its place. */
export function resetWorkbook(opts: WorkbookOptions): Workbook {
  rmSync(opts.workbookFile, { force: true });
  rmSync(deskFileOf(opts.workbookFile), { force: true });
  return openWorkbook(opts);
}

/** Writes a temp file next to the target and renames it, so a crash never leaves half a workbook. */
function saveAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, file);
}
