import { gasCalendar } from '../../src/gas/calendar';
import { openDatabase } from '../../src/services/db/database';
import type { Ports } from '../../src/services/ports';
import {
  readOpenedEvent,
  recordCalendarMeeting,
  type OpenedEvent,
} from '../../src/services/teacher-card/calendar-event';
import { recordMeetingFromCard } from '../../src/services/teacher-card/record-meeting';
import { configuredWorkbook } from './fixture';
import { appendPeopleInPairs } from './year-fixture';

/**
 * «Засчитать как встречу наставничества» through the services, written with the curators' rights (as the relay
 * will) while the event is read from the teacher's own calendar: the meeting form's validation, the event's
 * date and duration, one row per event however often it is sent, and no second count for a day already reported.
 */
const SMIRNOVA = 'smirnova@school.example';
const ALEKSEEVA = 'alekseeva@school.example';
const INPUT = { topic: 'Разбор урока', format: 'очно', result: 'Составили карту урока', nextStep: '' };

function programme() {
  const wb = configuredWorkbook();
  const db = openDatabase(wb.ports);
  appendPeopleInPairs(db, new Date(2022, 8, 14));
  const session = wb.emulator.state.session;
  // The teacher's calendar is read in the teacher's own execution; the sheets are written as the curator.
  const asTeacher = <T>(fn: () => T): T => {
    const before = session.activeUser;
    session.activeUser = SMIRNOVA;
    try {
      return fn();
    } finally {
      session.activeUser = before;
    }
  };
  const calendar = {
    ...gasCalendar,
    readEvent: (c: string, id: string) => asTeacher(() => gasCalendar.readEvent(c, id)),
  };
  const ports: Ports = { ...wb.ports, calendar };
  const event = (start: Date, end: Date, guests = [ALEKSEEVA], recurringEventId?: string) => {
    const id = wb.emulator.addCalendarEvent(SMIRNOVA, 'Разбор урока', start, end, guests);
    const apiId = id.replace('@google.com', '');
    const opened: OpenedEvent = {
      id: apiId,
      calendarId: SMIRNOVA,
      organizer: SMIRNOVA,
      attendees: [],
      recurringEventId,
    };
    // Re-read from the teacher's calendar each time, as the card does on every click.
    return { id, opened: () => readOpenedEvent(ports, opened) };
  };
  return { ...wb, ports, event, meetings: () => openDatabase(wb.ports).meetings.load().rows };
}

describe('recording a calendar event as a mentoring meeting', () => {
  it('records the event’s day and duration once, however often it is sent, and follows a moved event', () => {
    const p = programme();
    const { id, opened } = p.event(new Date(2022, 9, 5, 15, 0), new Date(2022, 9, 5, 15, 50));
    expect(recordCalendarMeeting(p.ports, SMIRNOVA, opened(), INPUT).kind).toBe('added');
    expect(recordCalendarMeeting(p.ports, SMIRNOVA, opened(), { ...INPUT, topic: 'Исправлено' }).kind).toBe(
      'updated',
    );
    let rows = p.meetings();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ pairId: 'PR-1', durationMin: 50, topic: 'Исправлено', format: 'очно' });
    expect(rows[0].date).toEqual(new Date(2022, 9, 5));
    expect(String(rows[0].origin)).toContain(id.replace(/[^\w-]/g, '-'));
    p.emulator.moveCalendarEvent(id, new Date(2022, 9, 7, 14, 0), new Date(2022, 9, 7, 14, 30));
    recordCalendarMeeting(p.ports, SMIRNOVA, opened(), INPUT);
    rows = p.meetings();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ durationMin: 30 });
    expect(rows[0].date).toEqual(new Date(2022, 9, 7));
  });

  it('does not count an occurrence of a repeating event, whose key every occurrence shares', () => {
    // The emulator's Calendar has no series; the event object marks an occurrence by recurringEventId.
    const p = programme();
    const { opened } = p.event(
      new Date(2022, 9, 5, 15, 0),
      new Date(2022, 9, 5, 15, 45),
      [ALEKSEEVA],
      'series1',
    );
    expect(opened()?.recurring).toBe(true);
    expect(() => recordCalendarMeeting(p.ports, SMIRNOVA, opened(), INPUT)).toThrow(
      /повторяющееся событие: каждую встречу из него отметьте на главной карточке/,
    );
    expect(p.meetings()).toHaveLength(0);
  });

  it('validates as the meeting form does and adds nothing on bad input', () => {
    const p = programme();
    const { opened } = p.event(new Date(2022, 9, 5, 15, 0), new Date(2022, 9, 5, 15, 45));
    expect(() => recordCalendarMeeting(p.ports, SMIRNOVA, opened(), { ...INPUT, result: ' ' })).toThrow(
      /Заполните поле «Результат встречи»/,
    );
    expect(() => recordCalendarMeeting(p.ports, ALEKSEEVA, opened(), INPUT)).toThrow(/отмечает наставник/);
    expect(p.meetings()).toHaveLength(0);
  });

  it('does not count an event on a day the pair already reported a meeting (from the card)', () => {
    const p = programme();
    recordMeetingFromCard(
      p.ports,
      SMIRNOVA,
      { ...INPUT, date: new Date(2022, 9, 5), durationMin: '45' },
      { kind: 'card', token: 'card1' },
    );
    const { opened } = p.event(new Date(2022, 9, 5, 15, 0), new Date(2022, 9, 5, 15, 45));
    expect(() => recordCalendarMeeting(p.ports, SMIRNOVA, opened(), INPUT)).toThrow(/уже внесена встреча/);
    expect(p.meetings()).toHaveLength(1);
  });

  it('refuses an event of another pair and a deleted one', () => {
    const p = programme();
    const other = p.event(new Date(2022, 9, 5, 15, 0), new Date(2022, 9, 5, 16, 0), [
      'zakharov@school.example',
    ]);
    expect(() => recordCalendarMeeting(p.ports, SMIRNOVA, other.opened(), INPUT)).toThrow(
      /нет вашей наставнической пары/,
    );
    const gone = p.event(new Date(2022, 9, 6, 15, 0), new Date(2022, 9, 6, 16, 0));
    p.emulator.deleteCalendarEvent(gone.id);
    expect(() => recordCalendarMeeting(p.ports, SMIRNOVA, gone.opened(), INPUT)).toThrow(
      /нет вашей наставнической пары/,
    );
    expect(p.meetings()).toHaveLength(0);
  });
});
