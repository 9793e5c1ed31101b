import { CURATOR, calendarProgramme } from './calendar-programme';

/**
 * Step 5.2's «Внести встречи плана в календари» through the built bundle, scopes enforced: the plan's meetings
 * become events in the curator's calendar with the pair as guests, a second click creates nothing, and the
 * daily check follows a moved, a deleted and a held meeting.
 */
const SMIRNOVA = 'smirnova@school.example';
const ALEKSEEVA = 'alekseeva@school.example';
const FIELDS = JSON.stringify({ day: '15', time: '15:00', minutes: '45' });
const DAY = 86400000;

function planned() {
  const p = calendarProgramme(new Date(2022, 8, 20, 9, 0));
  const first = p.run('meetings:calendar', FIELDS);
  return { ...p, first, rows: () => p.sheet('План встреч') };
}

describe('the individual plans’ meetings on the calendars (step 5.2)', () => {
  it('creates one event a month, October to May, per pair, in the curator’s calendar with the pair as guests', () => {
    const p = planned();
    expect(p.first.message).toBe('Внесены 24 встречи в календари.');
    const own = p.emulator.calendarEventsOf(SMIRNOVA);
    expect(own).toHaveLength(8);
    expect(own.map((e) => e.calendarId)).toEqual(Array(8).fill(CURATOR));
    expect(own[0].guests.map((g) => g.email)).toEqual([SMIRNOVA, ALEKSEEVA]);
    expect(own[0].invitesSent).toBe(true);
    expect(own[0].reminders[CURATOR].popup).toEqual([1440, 30]);
    // 15 October 2022 is a Saturday: the meeting moves to Monday the 17th, at 15:00 for 45 minutes.
    expect(own[0].start).toEqual(new Date(2022, 9, 17, 15, 0));
    expect(own[0].end).toEqual(new Date(2022, 9, 17, 15, 45));
    expect(own[0].title).toBe('Встреча наставничества: Смирнова О.В., Алексеева А.Д.');
    expect(own[0].description).toContain('Знакомство, выявление затруднений');
    const rows = p.rows();
    expect(rows).toHaveLength(24);
    expect(rows[0]).toMatchObject({ 'Код пары': 'PR-1', '№ встречи плана': 1, Состояние: 'запланирована' });
    expect(rows.map((r) => r['Код события календаря'])).toEqual(
      expect.arrayContaining(own.map((e) => e.iCalUid)),
    );
  });

  it('a second click creates no duplicate, and first brings the sheet up to date with the calendar', () => {
    const p = planned();
    const again = p.run('meetings:calendar', FIELDS);
    expect(again.message).toBe('Новых встреч для календарей нет. Уже в календарях: 24 встречи.');
    expect(p.emulator.calendarEventsOf(CURATOR)).toHaveLength(24);
    expect(p.rows()).toHaveLength(24);
    // A deleted event is not created again: its meeting is marked cancelled.
    p.emulator.deleteCalendarEvent(p.emulator.calendarEventsOf(SMIRNOVA)[7].iCalUid);
    const third = p.run('meetings:calendar', FIELDS);
    expect(third.message).toBe(
      'Новых встреч для календарей нет. Уже в календарях: 24 встречи. Сверено с календарём, изменений: 1.',
    );
    expect(p.emulator.calendarEventsOf(CURATOR)).toHaveLength(23);
    expect(p.rows().filter((r) => r['Состояние'] === 'отменена')).toHaveLength(1);
  });

  it('refuses a bad time and creates nothing', () => {
    const p = calendarProgramme(new Date(2022, 8, 20, 9, 0));
    const bad = () =>
      p.run('meetings:calendar', JSON.stringify({ day: '40', time: 'вечером', minutes: '45' }));
    expect(bad).toThrow(/Число месяца — от 1 до 31\.\nВремя начала — в виде «15:00»\./);
    expect(p.emulator.calendarEventsOf(CURATOR)).toHaveLength(0);
  });

  it('the daily check follows the calendar: moved, deleted, held', () => {
    const p = planned();
    const [oct, nov, dec] = p.emulator.calendarEventsOf(SMIRNOVA);
    p.emulator.moveCalendarEvent(oct.iCalUid, new Date(2022, 9, 20, 14, 0), new Date(2022, 9, 20, 15, 0));
    p.emulator.deleteCalendarEvent(nov.iCalUid);
    // The December meeting is reported (here from the curator's panel) on its day.
    p.emulator.setNow(new Date(2022, 11, 16, 9, 0));
    p.run(
      'meetings:record',
      JSON.stringify({ pair: 'PR-1', date: '2022-12-15', topic: 'Разбор', format: 'очно', minutes: '45' }),
    );
    p.emulator.ctx.advance(DAY);
    p.emulator.runDueClockTriggers();
    const byN = new Map(
      p
        .rows()
        .filter((r) => r['Код пары'] === 'PR-1')
        .map((r) => [r['№ встречи плана'], r]),
    );
    expect(byN.get(1)).toMatchObject({ Состояние: 'перенесена', 'Длительность, мин': 60 });
    expect(byN.get(1)!['Дата и время']).toEqual(new Date(2022, 9, 20, 14, 0));
    expect(byN.get(2)).toMatchObject({ Состояние: 'отменена' });
    expect(dec.start).toEqual(new Date(2022, 11, 15, 15, 0));
    expect(byN.get(3)).toMatchObject({ Состояние: 'проведена' });
    expect(byN.get(4)).toMatchObject({ Состояние: 'запланирована' });
    // Nothing else changed: the other pairs' meetings stand.
    expect(p.rows().filter((r) => r['Состояние'] !== 'запланирована')).toHaveLength(3);
  });
});
