import { dayOf, eventMinutes, isFromEvent, pairOfEvent } from '../../domain/calendar-meetings';
import { formatDate, formatDateTime } from '../../domain/format/ru';
import { normalizeEmail } from '../../domain/format/values';
import type { PairRef } from '../../domain/meetings';
import { openDatabase } from '../db/database';
import { UserFacingError } from '../errors';
import { loadProgrammePairs } from '../meetings/pairs';
import type { Ports } from '../ports';
import {
  MENTOR_REPORTS,
  NOT_PAIR_EVENT,
  RECURRING_EVENT,
  SAME_DAY,
  type CalendarEventView,
  type RelayEvent,
} from './calendar-view';
import { recordMeetingFromCard, type CardMeetingInput } from './record-meeting';

/** The event a teacher opened in Google Calendar, from the add-on's event object. */
export interface OpenedEvent {
  /** The Calendar API event id. */
  id: string;
  calendarId: string;
  organizer: string;
  /** The attendees' e-mails (present when the manifest reads the current event's attendees). */
  attendees: readonly string[];
  /** Set for an occurrence of a repeating event (the event object's recurringEventId). */
  recurringEventId?: string;
}

const sameDay = (a: unknown, b: Date) => a instanceof Date && dayOf(a).getTime() === dayOf(b).getTime();

/** The opened event as the teacher's own calendar has it now: all the programme side needs to know of it. */
export interface EventFacts {
  /** The iCalUID: the key the meeting is counted once by. */
  id: string;
  /** An occurrence of a repeating event, whose iCalUID every occurrence shares: not counted from the calendar. */
  recurring: boolean;
  title: string;
  start: Date;
  end: Date;
  /** Organizer and guests, lower case. */
  people: string[];
}

/**
 * The teacher's side (their execution, their calendar): the event's times and people, re-read from the
 * calendar rather than taken from the card; null when the event is gone.
 */
export function readOpenedEvent(ports: Pick<Ports, 'calendar'>, opened: OpenedEvent): EventFacts | null {
  const event = ports.calendar.readEvent(opened.calendarId, opened.id);
  if (!event) return null;
  const people = [opened.organizer, event.organizer, ...opened.attendees, ...event.guests];
  return {
    id: event.id,
    recurring: Boolean(opened.recurringEventId),
    title: event.title,
    start: event.start,
    end: event.end,
    people: [...new Set(people.map((e) => normalizeEmail(e)).filter(Boolean))],
  };
}

/**
 * The programme's side: whether the event is a meeting of the teacher's own pair (its mentor and a mentee among
 * its people) and whether it is counted already. Nobody else's pair is named. Reads the pairs and Встречи.
 */
export function calendarEventView(
  ports: Ports,
  rawEmail: string,
  facts: EventFacts | null,
): CalendarEventView {
  const email = normalizeEmail(rawEmail);
  const { active, byEmail } = loadProgrammePairs(ports);
  const me = byEmail.get(email);
  const mine = me ? active.filter((p) => me.pairIds.includes(p.id)) : [];
  if (!me || !mine.length) return { kind: 'notInPair' };
  if (!facts) return { kind: 'eventGone' };
  if (facts.recurring) return { kind: 'recurring' };
  const menteeEmails = (p: PairRef) =>
    [...byEmail.values()].filter((x) => x.role === 'mentee' && x.pairIds.includes(p.id)).map((x) => x.email);
  const pair = pairOfEvent(mine, new Set(facts.people), menteeEmails);
  if (!pair) return { kind: 'notPairEvent' };
  const meetings = openDatabase(ports)
    .meetings.load()
    .rows.filter((m) => m.pairId === pair.id);
  const own = meetings.find((m) => isFromEvent(m.origin, facts.id));
  return {
    kind: 'pairEvent',
    eventId: facts.id,
    title: facts.title,
    startText: formatDateTime(facts.start),
    durationMin: eventMinutes(facts.start, facts.end),
    partnersLabel: me.role === 'mentor' ? 'Наставляемые' : 'Наставник',
    partners: me.role === 'mentor' ? [...pair.menteeNames] : [pair.mentorName],
    canRecord: me.role === 'mentor',
    counted: own?.date instanceof Date ? formatDate(own.date) : null,
    sameDayMeeting: meetings.some((m) => m !== own && sameDay(m.date, facts.start)),
  };
}

/** What the contextual card's form sends: the meeting form's questions the calendar cannot answer. */
export type EventMeetingInput = Pick<CardMeetingInput, 'topic' | 'format' | 'result' | 'nextStep'>;

/**
 * «Засчитать как встречу наставничества», on the programme's side (the relay, running as the curator): the
 * opened event recorded exactly as the meeting form records a
 * report (same questions, validation and row), with the date and duration the calendar has now, under the
 * event's key, so the same event counts once however often it is sent.
 */
export function recordCalendarMeeting(
  ports: Ports,
  email: string,
  facts: EventFacts | null,
  input: EventMeetingInput,
): { kind: 'added' | 'updated'; recordId: string } {
  const view = calendarEventView(ports, email, facts);
  if (view.kind === 'recurring') throw new UserFacingError(RECURRING_EVENT);
  if (view.kind !== 'pairEvent') throw new UserFacingError(NOT_PAIR_EVENT);
  if (!view.canRecord) throw new UserFacingError(MENTOR_REPORTS);
  if (view.sameDayMeeting && !view.counted) throw new UserFacingError(SAME_DAY);
  const { active } = loadProgrammePairs(ports);
  const own = active.filter((p) => p.mentorEmail === normalizeEmail(email));
  const menteeHint = own.length > 1 ? (view.partners[0] ?? '').trim().split(/\s+/)[0] : '';
  const answers: CardMeetingInput = {
    ...input,
    date: dayOf(facts!.start),
    durationMin: String(view.durationMin),
    mentee: menteeHint,
  };
  return recordMeetingFromCard(ports, email, answers, { kind: 'calendar', eventId: view.eventId });
}

export function relayEvent(facts: EventFacts | null): RelayEvent | null {
  return facts && { ...facts, start: facts.start.toISOString(), end: facts.end.toISOString() };
}

/** The relay's reading of what a card sent: null for anything that is not a whole event. */
export function eventFacts(raw: unknown): EventFacts | null {
  const e = raw as Partial<Record<keyof RelayEvent, unknown>> | null;
  if (!e || typeof e !== 'object' || typeof e.id !== 'string' || typeof e.title !== 'string') return null;
  const start = new Date(String(e.start));
  const end = new Date(String(e.end));
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end < start) return null;
  const people = Array.isArray(e.people) ? e.people.filter((x): x is string => typeof x === 'string') : [];
  return {
    id: e.id,
    recurring: e.recurring === true,
    title: e.title,
    start,
    end,
    people: people.map((x) => normalizeEmail(x)),
  };
}
