/**
 * Sheets API values are serial numbers for dates (days since 1899-12-30, wall-clock time in the spreadsheet's
 * time zone). getValues turns them into Dates; readMany must return the same Dates, so the conversion is done
 * here with the spreadsheet's time zone (Intl time zones work in Apps Script's V8).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock minus UTC, in ms, of the zone at this instant. */
function offsetAt(instant: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(instant)))
    if (part.type !== 'literal') p[part.type] = +part.value;
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

export function serialToDate(serial: number, timeZone: string): Date {
  const wall = Math.round((serial - 25569) * 86400000);
  // The offset depends on the instant; a second pass settles it across a daylight-saving change.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}
