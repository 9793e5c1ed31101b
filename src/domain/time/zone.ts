/**
 * Wall-clock arithmetic in a named time zone, the one implementation for the add-on (Sheets serial dates in
 * src/gas/) and for the emulator (formatDate, date cells, form timestamps, time-based triggers). Pure: only
 * Intl, which Apps Script's V8 provides with full time-zone data.
 *
 * Zone ids are resolved as Apps Script resolves them (Java's TimeZone.getTimeZone): IANA ids
 * ('Europe/Moscow'), 'UTC', 'GMT', fixed offsets ('GMT+3', 'GMT+03:00', 'UTC-0530'); an unknown id silently
 * means GMT.
 */

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const FIXED_OFFSET = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function fixedOffsetMinutes(timeZone: string): number | null {
  const fixed = FIXED_OFFSET.exec(timeZone.trim());
  if (!fixed) return null;
  if (!fixed[1]) return 0;
  const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
  return fixed[1] === '-' ? -minutes : minutes;
}

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    let f: Intl.DateTimeFormat | null = null;
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
      });
    } catch {
      f = null; // not an IANA id: Java falls back to GMT
    }
    formatters.set(timeZone, f);
  }
  return formatters.get(timeZone) ?? null;
}

function utcParts(date: Date): ZonedParts {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    weekday: date.getUTCDay(),
  };
}

/** The wall-clock fields that `date` shows in `timeZone`. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return utcParts(new Date(date.getTime() + fixed * 60000));
  const f = formatter(timeZone);
  if (!f) return utcParts(date);
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(date)) out[p.type] = p.value;
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour) % 24,
    minute: Number(out.minute),
    second: Number(out.second),
    weekday: WEEKDAYS.indexOf(out.weekday),
  };
}

/** Offset of `timeZone` from UTC at `date`, in whole minutes (Moscow: +180). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const instant = Math.floor(date.getTime() / 1000) * 1000;
  return Math.round((wall - instant) / 60000);
}

/** The instant at which the wall clock in `timeZone` shows the given local time (month 1-12). */
export function zonedTime(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // The offset depends on the instant; a second pass settles it across a daylight-saving change.
  let instant = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60000;
  instant = wall - zoneOffsetMinutes(new Date(instant), timeZone) * 60000;
  return new Date(instant);
}

/** 25569 days separate Sheets' epoch (1899-12-30) from 1970-01-01. */
const SHEETS_EPOCH_DAYS = 25569;
const DAY_MS = 86400000;

/** A Sheets serial number (days since 1899-12-30, wall-clock time in the spreadsheet's zone) as a Date. */
export function serialToDate(serial: number, timeZone: string): Date {
  const u = new Date(Math.round((serial - SHEETS_EPOCH_DAYS) * DAY_MS));
  const p = utcParts(u);
  const d = zonedTime(timeZone, p.year, p.month, p.day, p.hour, p.minute, p.second);
  return new Date(d.getTime() + u.getUTCMilliseconds());
}

/** The Sheets serial number of `date` as the spreadsheet's wall clock in `timeZone` shows it. */
export function dateToSerial(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, date.getUTCMilliseconds());
  return wall / DAY_MS + SHEETS_EPOCH_DAYS;
}
