/**
 * Fills a fresh emulated workbook with the demo school the way a real school's workbook comes to be: setup,
 * then the three questionnaires created by the add-on's own service, then the demo teachers answering them
 * through the emulated Google Forms, so the add-on's onFormSubmit trigger (the built script, in its vm) fills
 * the bases, the response sheets and the Журнал. Runs in Node with the emulator's globals installed, never
 * inside the deployed add-on. The emulated clock walks through September of the academic year meanwhile.
 */
import type { Emulator } from '../emulator';
import { releaseAllLocks } from '../emulator/base/lock';
import { zonedTime } from '../src/domain/time/zone';
import { createGasPorts } from '../src/gas/ports';
import { FORM_SUBMIT_HANDLER, createOrUpdateForm } from '../src/services/forms/create';
import type { Ports } from '../src/services/ports';
import { setupProgramme } from '../src/services/setup/setup-programme';
import { demoSettings } from './demo-school';
import { activeSpreadsheet } from './sheets';
import { SIMULATED_KEYS, simulateAnswers, type SimulatedKey } from './simulate';

/** The day of September each questionnaire goes out, at the earliest. */
const CAMPAIGN: Record<SimulatedKey, number> = { prelim: 1, mentee: 7, mentor: 12 };

/**
 * School hours are the school's: times below are wall-clock times of the spreadsheet's time zone, kept as
 * Dates whose UTC fields read as that wall clock, and turned into real instants only for the emulated clock.
 */
const wall = (y: number, mo: number, d: number, h: number, mi: number, s = 0) =>
  new Date(Date.UTC(y, mo, d, h, mi, s));

const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/** The instant at which the clocks of `timeZone` show the wall time `w`. */
function instant(w: Date, timeZone: string): Date {
  return zonedTime(
    timeZone,
    w.getUTCFullYear(),
    w.getUTCMonth() + 1,
    w.getUTCDate(),
    w.getUTCHours(),
    w.getUTCMinutes(),
    w.getUTCSeconds(),
  );
}

/** The next moment a teacher answers: later the same school day (8:00–17:00) or next school day morning. */
function nextAnswerTime(t: Date, n: number): Date {
  const next = new Date(t.getTime() + (35 + ((n * 37) % 70)) * 60000 + ((n * 13) % 60) * 1000);
  if (next.getUTCHours() < 17 && !isWeekend(next)) return next;
  let day = wall(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate() + 1, 8, 5 + ((n * 7) % 40));
  while (isWeekend(day)) day = new Date(day.getTime() + 86400000);
  return day;
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/**
 * `emulator` must already run the built script (loadScriptFile): the form-submit trigger resolves its handler
 * through the emulator's runtime, and the answers below fire it.
 */
export function seedDemo(emulator: Emulator, academicYearStart: number): void {
  if (typeof emulator.ctx.resolveFunction(FORM_SUBMIT_HANDLER) !== 'function') {
    throw new Error(
      `Демо-книга: сначала загрузите скрипт (${FORM_SUBMIT_HANDLER} не найден). ` +
        '(Load dist/Code.js before seeding: the form-submit trigger runs in it.)',
    );
  }
  const realClock = emulator.state.now;
  emulator.install(globalThis);
  const gas = createGasPorts();
  // `new Date()` in Node is the real clock; the services must see the emulator's (here, September's) "today".
  const ports: Ports = { ...gas, runtime: { ...gas.runtime, now: () => emulator.ctx.now() } };
  // Each step is its own execution: Apps Script releases the locks when one ends.
  const execute = <T>(fn: () => T): T => {
    try {
      return fn();
    } finally {
      releaseAllLocks(emulator.ctx);
    }
  };
  const timeZone = () => activeSpreadsheet(emulator.state)?.timeZone || 'Europe/Moscow';
  let clock = wall(academicYearStart, 7, 29, 9, 30);
  const setClock = (w: Date) => {
    clock = w;
    emulator.setNow(instant(w, timeZone()));
  };
  try {
    setClock(clock);
    execute(() => setupProgramme(ports, demoSettings(academicYearStart)));
    // One questionnaire after another, as a curator runs the campaign: create, send, collect the answers.
    for (const key of SIMULATED_KEYS) {
      let start = later(clock, wall(academicYearStart, 8, CAMPAIGN[key], 8, 15));
      while (isWeekend(start)) start = new Date(start.getTime() + 86400000);
      setClock(start);
      const { record } = execute(() => createOrUpdateForm(ports, key));
      simulateAnswers(emulator, {
        formId: record.formId,
        execute,
        strict: true,
        clock: (_key, n) => {
          setClock(nextAnswerTime(clock, n));
          return null; // the clock is set
        },
      });
    }
  } finally {
    emulator.state.now = realClock;
  }
}
