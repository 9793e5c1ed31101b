/**
 * Calendar (https://developers.google.com/apps-script/reference/calendar/calendar): the user's primary
 * calendar, whose id is their e-mail. Events are created with the organizer's calendar as owner; guests in the
 * domain see them on their own calendars.
 */
import type { EmulatorContext } from '../core/context';
import { gasError, NotEmulatedError } from '../core/errors';
import type { CalendarEventState } from '../core/state';
import { CalendarEventImpl, eventTimes } from './event';
import { calendarEvents, isOnCalendar } from './store';

const ADDRESS = /^[^\s@,;<>"()[\]]+@[^\s@,;<>"()[\]]+\.[^\s@,;<>"()[\]]+$/;

/** The advanced parameters createEvent documents; the emulator implements these four. */
const OPTIONS = new Set(['description', 'location', 'guests', 'sendInvites']);

function guestList(list: unknown): string[] {
  const out: string[] = [];
  for (const raw of String(list ?? '').split(',')) {
    const email = raw.trim().toLowerCase();
    if (!email) continue;
    if (!ADDRESS.test(email)) throw gasError(`Invalid argument: guests (${raw.trim()})`);
    if (!out.includes(email)) out.push(email);
  }
  return out;
}

/** A new event on the organizer's calendar, as createEvent(title, startTime, endTime, options) documents it. */
export function insertEvent(
  ctx: EmulatorContext,
  organizer: string,
  title: string,
  startTime: unknown,
  endTime: unknown,
  options: Record<string, unknown> = {},
): CalendarEventState {
  for (const key of Object.keys(options ?? {}))
    if (!OPTIONS.has(key)) throw new NotEmulatedError(`Calendar.createEvent option «${key}»`);
  const { start, end } = eventTimes(startTime, endTime);
  const apiId = ctx.newId('ev').toLowerCase();
  const now = ctx.now();
  const event: CalendarEventState = {
    apiId,
    iCalUid: `${apiId}@google.com`,
    calendarId: organizer,
    title: String(title ?? ''),
    description: String(options.description ?? ''),
    location: String(options.location ?? ''),
    start,
    end,
    guests: guestList(options.guests)
      .filter((email) => email !== organizer)
      .map((email) => ({ email, status: 'INVITED' as const })),
    reminders: {},
    created: now,
    updated: now,
    invitesSent: options.sendInvites === true,
    deleted: false,
  };
  calendarEvents(ctx)[event.iCalUid] = event;
  return event;
}

export class CalendarImpl {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly id: string,
  ) {}

  wrapEvent(event: CalendarEventState): GoogleAppsScript.Calendar.CalendarEvent {
    return this.ctx.wrap<GoogleAppsScript.Calendar.CalendarEvent>(
      new CalendarEventImpl(this.ctx, event, this.id),
      'CalendarEvent',
    );
  }

  getId(): string {
    return this.id;
  }

  /** A primary calendar is named after its owner's address. */
  getName(): string {
    return this.id;
  }

  isMyPrimaryCalendar(): boolean {
    return true;
  }

  createEvent(
    title: string,
    startTime: Date,
    endTime: Date,
    options: Record<string, unknown> = {},
  ): GoogleAppsScript.Calendar.CalendarEvent {
    return this.wrapEvent(insertEvent(this.ctx, this.id, title, startTime, endTime, options));
  }

  /** "The event with the given ID, or null if the event doesn't exist or the user cannot access it." */
  getEventById(iCalId: string): GoogleAppsScript.Calendar.CalendarEvent | null {
    const event = calendarEvents(this.ctx)[String(iCalId)];
    return event && isOnCalendar(event, this.id) ? this.wrapEvent(event) : null;
  }

  /** Events that start in, end in, or span [startTime, endTime), by start time. */
  getEvents(startTime: Date, endTime: Date, options?: object): GoogleAppsScript.Calendar.CalendarEvent[] {
    if (options !== undefined) throw new NotEmulatedError('Calendar.getEvents with options');
    const { start, end } = eventTimes(startTime, endTime);
    return Object.values(calendarEvents(this.ctx))
      .filter((e) => isOnCalendar(e, this.id) && e.start < end && e.end > start)
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map((e) => this.wrapEvent(e));
  }
}
