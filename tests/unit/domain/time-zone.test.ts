import {
  dateToSerial,
  serialToDate,
  zonedParts,
  zonedTime,
  zoneOffsetMinutes,
} from '../../../src/domain/time/zone';

describe('wall-clock arithmetic in a named zone (one implementation for the add-on and the emulator)', () => {
  test('Moscow is UTC+3 all year; Berlin changes at the end of March', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Moscow')).toBe(180);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Moscow')).toBe(180);
    expect(zoneOffsetMinutes(new Date('2026-03-29T00:59:00Z'), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(120);
  });

  test('ids resolve as Java resolves them: fixed offsets, and an unknown id means GMT', () => {
    const at = new Date('2026-12-03T21:30:00Z');
    expect(zoneOffsetMinutes(at, 'GMT+3')).toBe(180);
    expect(zoneOffsetMinutes(at, 'GMT-05:30')).toBe(-330);
    expect(zoneOffsetMinutes(at, 'UTC')).toBe(0);
    expect(zoneOffsetMinutes(at, 'Mars/Olympus')).toBe(0);
    expect(zonedParts(at, 'GMT+3')).toMatchObject({ year: 2026, month: 12, day: 4, hour: 0, minute: 30 });
  });

  test('local midnight in Moscow is 21:00 UTC of the previous day, and a Friday', () => {
    const midnight = zonedTime('Europe/Moscow', 2026, 12, 4);
    expect(midnight.toISOString()).toBe('2026-12-03T21:00:00.000Z');
    expect(zonedParts(midnight, 'Europe/Moscow').weekday).toBe(5);
  });

  test('a local time inside the spring-forward gap and after it settles on the later offset', () => {
    expect(zonedTime('Europe/Berlin', 2026, 3, 29, 3, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedTime('Europe/Berlin', 2026, 3, 28, 3, 30).toISOString()).toBe('2026-03-28T02:30:00.000Z');
  });

  test('Sheets serial numbers are wall-clock days since 1899-12-30 in the spreadsheet zone', () => {
    // 46359 = 2026-12-03; .5 = noon on the spreadsheet's clock, 09:00 UTC in Moscow.
    expect(serialToDate(46359.5, 'Europe/Moscow').toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(dateToSerial(new Date('2026-12-03T09:00:00Z'), 'Europe/Moscow')).toBe(46359.5);
    // Instants away from an autumn fall-back hour, whose wall-clock times happen twice and are ambiguous as serials.
    for (const zone of ['Europe/Moscow', 'Europe/Berlin', 'Asia/Vladivostok', 'America/New_York']) {
      for (const iso of ['2026-03-29T00:30:00.250Z', '2026-10-25T03:00:00Z', '2026-12-31T23:59:59Z']) {
        const d = new Date(iso);
        expect(serialToDate(dateToSerial(d, zone), zone).getTime()).toBe(d.getTime());
      }
    }
  });
});
