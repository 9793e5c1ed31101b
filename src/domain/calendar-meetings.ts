/**
 * Meetings and calendar events: which pair an event belongs to, the key a recorded event is counted once by,
 * and the dates the individual plan's meetings are put on the calendar at. Pure: no Apps Script here.
 */
import type { PairRef } from './meetings';

/**
 * The card token a meeting recorded from a calendar event is kept under («Источник» of Встречи): the event's
 * iCalUID made safe for a token. The same event recorded twice, from any card, is one meeting.
 */
export function calendarMeetingToken(eventId: string): string {
  return `cal-${eventId.replace(/[^\w-]/g, '-')}`.slice(0, 64);
}

/** Whether a Встречи row's «Источник» is this event's. */
export function isFromEvent(origin: unknown, eventId: string): boolean {
  return String(origin ?? '').endsWith(`: ${calendarMeetingToken(eventId)}`);
}

/** Whole minutes between start and end (a meeting's «Длительность»). */
export function eventMinutes(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60000);
}

/** The local calendar day of a moment (Встречи keeps dates). */
export function dayOf(moment: Date): Date {
  return new Date(moment.getFullYear(), moment.getMonth(), moment.getDate());
}

/**
 * The teacher's pair the event is a meeting of: its mentor and at least one of its mentees are among the
 * event's people (guests and organizer). Others may be there too (a curator, a methodist).
 */
export function pairOfEvent(
  pairs: readonly PairRef[],
  people: ReadonlySet<string>,
  menteeEmails: (pair: PairRef) => readonly string[],
): PairRef | null {
  return (
    pairs.find((p) => people.has(p.mentorEmail) && menteeEmails(p).some((email) => people.has(email))) ?? null
  );
}

/** October of the start year to May of the next: the months of the plan's meetings (plan-content.ts). */
const PLAN_MONTHS = [9, 10, 11, 0, 1, 2, 3, 4];

export interface PlanSlot {
  /** The meeting's number in the plan, from 1. */
  n: number;
  start: Date;
}

/**
 * The plan's meetings on a given day of each month at a given time; a Saturday or Sunday moves to the Monday
 * after, a day the month lacks to its last day.
 */
export function planSlots(startYear: number, day: number, hour: number, minute: number): PlanSlot[] {
  return PLAN_MONTHS.map((month, i) => {
    const year = month >= 9 ? startYear : startYear + 1;
    const last = new Date(year, month + 1, 0).getDate();
    const date = new Date(year, month, Math.min(day, last), hour, minute);
    const weekday = date.getDay();
    if (weekday === 6) date.setDate(date.getDate() + 2);
    if (weekday === 0) date.setDate(date.getDate() + 1);
    return { n: i + 1, start: date };
  });
}

/** «15:00» or «9.30» as hours and minutes; null when it is not a time of day. */
export function parseTimeOfDay(text: string): { hour: number; minute: number } | null {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}
