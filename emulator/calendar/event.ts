/**
 * CalendarEvent and EventGuest (https://developers.google.com/apps-script/reference/calendar/calendar-event,
 * …/event-guest): an event as seen from one calendar. Only the organizer's calendar may change it; a guest
 * deleting it removes it from their own calendar only, as Google Calendar does.
 */
import type { EmulatorContext } from '../core/context';
import { gasError, NotEmulatedError } from '../core/errors';
import type { CalendarEventState, CalendarGuestState } from '../core/state';
import { remindersOf } from './store';

/** Google refuses reminders more than four weeks before an event. */
const MAX_REMINDER_MINUTES = 40320;

class EventGuestImpl {
  constructor(
    private readonly email: string,
    private readonly status: string,
  ) {}

  getEmail(): string {
    return this.email;
  }

  getGuestStatus(): string {
    return this.status;
  }
}

function asDate(value: unknown, what: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw gasError(`Invalid argument: ${what}`);
  return new Date(value.getTime());
}

/** The checks Calendar.createEvent and CalendarEvent.setTime share. */
export function eventTimes(start: unknown, end: unknown): { start: Date; end: Date } {
  const s = asDate(start, 'startTime');
  const e = asDate(end, 'endTime');
  if (e.getTime() < s.getTime()) throw gasError('Event start date must be before event end date.');
  return { start: s, end: e };
}

export class CalendarEventImpl {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly event: CalendarEventState,
    /** The calendar it was obtained from. */
    private readonly calendarId: string,
  ) {}

  private get organizer(): boolean {
    return this.event.calendarId === this.calendarId;
  }

  /** Changing the event is the organizer's (guests may not modify it, Google's default). */
  private mustOrganize(member: string): void {
    if (!this.organizer) throw new NotEmulatedError(`CalendarEvent.${member} by a guest`);
  }

  private touch(): void {
    this.event.updated = this.ctx.now();
  }

  private guest(g: CalendarGuestState) {
    return this.ctx.wrap<GoogleAppsScript.Calendar.EventGuest>(
      new EventGuestImpl(g.email, g.status),
      'EventGuest',
    );
  }

  getId(): string {
    return this.event.iCalUid;
  }

  getTitle(): string {
    return this.event.title;
  }

  getDescription(): string {
    return this.event.description;
  }

  getLocation(): string {
    return this.event.location;
  }

  getStartTime(): Date {
    return new Date(this.event.start.getTime());
  }

  getEndTime(): Date {
    return new Date(this.event.end.getTime());
  }

  getDateCreated(): Date {
    return new Date(this.event.created.getTime());
  }

  getLastUpdated(): Date {
    return new Date(this.event.updated.getTime());
  }

  getOriginalCalendarId(): string {
    return this.event.calendarId;
  }

  isOwnedByMe(): boolean {
    return this.organizer;
  }

  /** "Gets the guests for the event, not including the event owner" unless includeOwner is true. */
  getGuestList(includeOwner?: boolean): GoogleAppsScript.Calendar.EventGuest[] {
    const guests = this.event.guests.map((g) => this.guest(g));
    if (!includeOwner) return guests;
    const owner = this.ctx.wrap<GoogleAppsScript.Calendar.EventGuest>(
      new EventGuestImpl(this.event.calendarId, 'OWNER'),
      'EventGuest',
    );
    return [owner, ...guests];
  }

  getGuestByEmail(email: string): GoogleAppsScript.Calendar.EventGuest | null {
    const g = this.event.guests.find((x) => x.email === String(email).toLowerCase());
    return g ? this.guest(g) : null;
  }

  setTime(startTime: Date, endTime: Date): this {
    this.mustOrganize('setTime');
    const { start, end } = eventTimes(startTime, endTime);
    this.event.start = start;
    this.event.end = end;
    this.touch();
    return this;
  }

  setTitle(title: string): this {
    this.mustOrganize('setTitle');
    this.event.title = String(title);
    this.touch();
    return this;
  }

  setDescription(description: string): this {
    this.mustOrganize('setDescription');
    this.event.description = String(description);
    this.touch();
    return this;
  }

  private addReminder(kind: 'popup' | 'email', minutesBefore: number): this {
    const m = Number(minutesBefore);
    if (!Number.isInteger(m) || m < 0 || m > MAX_REMINDER_MINUTES)
      throw gasError(`Invalid argument: minutesBefore`);
    const list = remindersOf(this.event, this.calendarId)[kind];
    if (!list.includes(m)) list.push(m);
    return this;
  }

  addPopupReminder(minutesBefore: number): this {
    return this.addReminder('popup', minutesBefore);
  }

  addEmailReminder(minutesBefore: number): this {
    return this.addReminder('email', minutesBefore);
  }

  getPopupReminders(): number[] {
    return [...remindersOf(this.event, this.calendarId).popup];
  }

  getEmailReminders(): number[] {
    return [...remindersOf(this.event, this.calendarId).email];
  }

  removeAllReminders(): this {
    const r = remindersOf(this.event, this.calendarId);
    r.popup = [];
    r.email = [];
    return this;
  }

  /** The organizer deletes it for everyone; a guest removes it from their own calendar and declines. */
  deleteEvent(): void {
    if (this.organizer) {
      this.event.deleted = true;
    } else {
      const me = this.event.guests.find((g) => g.email === this.calendarId);
      if (me) {
        me.removed = true;
        me.status = 'NO';
      }
    }
    this.touch();
  }
}
