/** Form timestamps and dates as Google Forms writes them into a spreadsheet of a given time zone. */

import { zonedParts, zonedTime } from '../../src/domain/time/zone';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'dd.MM.yyyy HH:mm:ss' in the zone: how a Russian-locale spreadsheet shows a form timestamp. */
export function formatDateTime(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${pad(p.day)}.${pad(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** 'yyyy-MM-dd' of the calendar day the instant falls on in the zone. */
export function isoDay(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** 'dd.MM.yyyy' for an ISO day string 'yyyy-MM-dd'. */
export function ruDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** The instant of local midnight of the ISO day 'yyyy-MM-dd' in the zone (as Sheets stores a date cell). */
export function zonedMidnight(iso: string, timeZone: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return zonedTime(timeZone, y, m, d);
}
