/**
 * The emulated date on the desk. Step statuses, deadlines, reminders and surveys depend on "today", so the desk
 * can move it: to a preset month of the academic year (Сентябрь, Октябрь, Январь, Май) or to any date. After a
 * move the time-driven triggers that fell due run, as Apps Script would have run them (the daily check: the
 * curators' deadline digest and the weekly meeting reminder).
 */
import type { Emulator } from '../emulator';
import { zonedParts, zonedTime } from '../src/domain/time/zone';
import { createGasPorts } from '../src/gas/ports';
import { readSettings } from '../src/services/setup/settings';
import { activeSpreadsheet } from './sheets';

interface ClockPreset {
  id: string;
  label: string;
  /** YYYY-MM-DD, a school day of that month. */
  date: string;
}

export interface ClockState {
  /** YYYY-MM-DD of the emulated "today" in the spreadsheet's time zone. */
  date: string;
  /** ДД.ММ.ГГГГ, for the top bar. */
  label: string;
  academicYearStart: number;
  presets: ClockPreset[];
}

export interface ClockMove extends ClockState {
  /** Time-driven triggers that ran after the move. */
  triggersRun: number;
  /** E-mails the add-on sent meanwhile (digest, reminders). */
  mailsSent: number;
  /** Errors of the triggers, in Russian. */
  errors: string[];
}

/** Month (0-based) and day of each preset; Январь and Май fall in the second calendar year. */
const PRESETS: { id: string; label: string; month: number; day: number; nextYear: boolean }[] = [
  { id: 'september', label: 'Сентябрь', month: 8, day: 20, nextYear: false },
  { id: 'october', label: 'Октябрь', month: 9, day: 20, nextYear: false },
  { id: 'january', label: 'Январь', month: 0, day: 20, nextYear: true },
  { id: 'may', label: 'Май', month: 4, day: 19, nextYear: true },
];

const pad = (n: number) => String(n).padStart(2, '0');

export function timeZoneOf(emulator: Emulator): string {
  return activeSpreadsheet(emulator.state)?.timeZone || 'Europe/Moscow';
}

/** The wall-clock date that the clocks of `timeZone` show at `at`. */
function wallParts(at: Date, timeZone: string): { y: number; m: number; d: number } {
  const p = zonedParts(at, timeZone);
  return { y: p.year, m: p.month, d: p.day };
}

/** The instant at which the clocks of `timeZone` show y-m-d h:mi (m is 1-based). */
export function wallInstant(timeZone: string, y: number, m: number, d: number, h = 0, mi = 0): Date {
  return zonedTime(timeZone, y, m, d, h, mi);
}

/**
 * The academic year of the workbook: its settings when the programme is set up, else the year in the
 * spreadsheet's name («Наставничество 2022/2023»), else the current one.
 */
export function academicYearOf(emulator: Emulator): number {
  try {
    emulator.install(globalThis);
    const year = readSettings(createGasPorts()).academicYearStart;
    if (Number.isInteger(year) && year > 2000) return year;
  } catch {
    // not set up (or not the add-on's workbook): fall back below
  }
  const named = /(\d{4})\s*\/\s*\d{4}/.exec(activeSpreadsheet(emulator.state)?.name ?? '');
  if (named) return Number(named[1]);
  const now = emulator.ctx.now();
  return now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
}

function clockPresets(year: number): ClockPreset[] {
  return PRESETS.map((p) => ({
    id: p.id,
    label: p.label,
    date: `${p.nextYear ? year + 1 : year}-${pad(p.month + 1)}-${pad(p.day)}`,
  }));
}

export function clockState(emulator: Emulator): ClockState {
  const { y, m, d } = wallParts(emulator.ctx.now(), timeZoneOf(emulator));
  const year = academicYearOf(emulator);
  return {
    date: `${y}-${pad(m)}-${pad(d)}`,
    label: `${pad(d)}.${pad(m)}.${y}`,
    academicYearStart: year,
    presets: clockPresets(year),
  };
}

/** 'YYYY-MM-DD' or a preset id → the wall date; null when it is neither. */
export function parseClockTarget(
  emulator: Emulator,
  target: string,
): { y: number; m: number; d: number } | null {
  const preset = clockPresets(academicYearOf(emulator)).find((p) => p.id === target);
  const text = preset ? preset.date : target;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || y > 2100 || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return { y, m, d };
}

/**
 * Moves the emulated clock to 10:00 of the wall date (a school morning) and runs the clock triggers that are
 * due. A time-driven trigger has no open document, as in Apps Script: the handler finds its workbook itself.
 */
export function moveClock(
  emulator: Emulator,
  to: { y: number; m: number; d: number },
  execute: <T>(fn: () => T) => T,
): ClockMove {
  emulator.setNow(wallInstant(timeZoneOf(emulator), to.y, to.m, to.d, 10, 0));
  const outbox = emulator.outbox.length;
  const errors: string[] = [];
  let triggersRun = 0;
  const active = emulator.state.activeSpreadsheetId;
  emulator.state.activeSpreadsheetId = null;
  try {
    triggersRun = execute(() => emulator.runDueClockTriggers());
  } catch (error) {
    const message = (error as { message?: unknown } | null)?.message;
    errors.push(typeof message === 'string' && message ? message : String(error));
  } finally {
    emulator.state.activeSpreadsheetId = active;
  }
  return {
    ...clockState(emulator),
    triggersRun,
    mailsSent: emulator.outbox.length - outbox,
    errors,
  };
}

/** One line for the desk's notice after the date moved. */
export function clockMessage(move: ClockMove): string {
  const parts = [`Дата в эмуляторе: ${move.label}.`];
  if (move.triggersRun)
    parts.push(
      `Сработало триггеров по времени: ${move.triggersRun}` +
        (move.mailsSent ? `, отправлено писем: ${move.mailsSent}.` : ', писем не отправлено.'),
    );
  else parts.push('Триггеров по времени к этой дате не было.');
  if (move.errors.length) parts.push(`Ошибки триггеров: ${move.errors.join(' ')}`);
  return parts.join(' ');
}
