/**
 * CalendarApp (https://developers.google.com/apps-script/reference/calendar/calendar-app): the running user's
 * primary calendar, and the events of the emulated domain as plain data (ctx.state.calendarEvents). What a
 * person does in Google Calendar itself (move an event, delete it, open it with the add-on) is offered to tests
 * and the desk by the functions below, outside the script's API. Methods not implemented throw NotEmulatedError.
 */
import type { EmulatorContext } from '../core/context';
import { CalendarImpl, insertEvent } from './calendar';
import { calendarEvents, calendarUser, isOnCalendar } from './store';

const GUEST_STATUSES = ['INVITED', 'MAYBE', 'NO', 'OWNER', 'YES'] as const;

class CalendarAppImpl {
  readonly GuestStatus = Object.fromEntries(GUEST_STATUSES.map((s) => [s, s]));

  constructor(private readonly ctx: EmulatorContext) {}

  private calendar(id: string): GoogleAppsScript.Calendar.Calendar {
    return this.ctx.wrap<GoogleAppsScript.Calendar.Calendar>(new CalendarImpl(this.ctx, id), 'Calendar');
  }

  getDefaultCalendar(): GoogleAppsScript.Calendar.Calendar {
    return this.calendar(calendarUser(this.ctx));
  }

  /**
   * "The calendar with the given ID, or null if the calendar does not exist, if the user cannot access it, or
   * if the user is not subscribed to the calendar": the emulated user is subscribed to their own only.
   */
  getCalendarById(id: string): GoogleAppsScript.Calendar.Calendar | null {
    const me = calendarUser(this.ctx);
    return String(id).toLowerCase() === me ? this.calendar(me) : null;
  }

  /** The default calendar's event with this iCalUID, or null. */
  getEventById(iCalId: string): GoogleAppsScript.Calendar.CalendarEvent | null {
    return this.getDefaultCalendar().getEventById(iCalId);
  }
}

export function createCalendarApp(ctx: EmulatorContext): GoogleAppsScript.Calendar.CalendarApp {
  return ctx.wrap<GoogleAppsScript.Calendar.CalendarApp>(new CalendarAppImpl(ctx), 'CalendarApp');
}

/** The organizer moves an event in Google Calendar (drag or edit): every guest's copy moves with it. */
export function moveCalendarEvent(ctx: EmulatorContext, iCalUid: string, start: Date, end: Date): void {
  const event = calendarEvents(ctx)[iCalUid];
  if (!event) throw new Error(`No calendar event ${iCalUid}`);
  event.start = new Date(start.getTime());
  event.end = new Date(end.getTime());
  event.updated = ctx.now();
}

/** The organizer deletes an event in Google Calendar: it is gone from every calendar. */
export function deleteCalendarEvent(ctx: EmulatorContext, iCalUid: string): void {
  const event = calendarEvents(ctx)[iCalUid];
  if (!event) throw new Error(`No calendar event ${iCalUid}`);
  event.deleted = true;
  event.updated = ctx.now();
}

/** The events the given user's calendar shows (tests and the desk). */
export function eventsOnCalendarOf(ctx: EmulatorContext, email: string) {
  return Object.values(calendarEvents(ctx)).filter((e) => isOnCalendar(e, email));
}

/** What CalendarApp creates outside the script: an event someone made in Google Calendar (tests, demo). */
export function addCalendarEvent(
  ctx: EmulatorContext,
  organizer: string,
  title: string,
  start: Date,
  end: Date,
  guests: string[],
): string {
  return insertEvent(ctx, organizer, title, start, end, { guests: guests.join(',') }).iCalUid;
}

const RESPONSE_STATUS = {
  INVITED: 'needsAction',
  YES: 'accepted',
  NO: 'declined',
  MAYBE: 'tentative',
} as const;

/** The manifest's calendar section as far as an event-open trigger needs it. */
export interface CalendarAddOnManifest {
  /** METADATA, READ, WRITE or READ_WRITE. */
  currentEventAccess?: string;
  eventOpenTrigger?: { runFunction: string };
}

/**
 * The event object Calendar passes to the add-on's eventOpenTrigger when `user` opens the event
 * (https://developers.google.com/workspace/add-ons/concepts/event-objects#calendar_event_object): the event's
 * ids and organizer always; the attendees only when the manifest asks for READ or READ_WRITE access to the
 * current event (which needs the calendar.addons.current.event.read scope). Times are not part of it.
 */
export function calendarOpenEventObject(
  ctx: EmulatorContext,
  calendar: CalendarAddOnManifest | undefined,
  iCalUid: string,
  user: string,
): GoogleAppsScript.Addons.EventObject {
  const event = calendarEvents(ctx)[iCalUid];
  if (!event || !isOnCalendar(event, user)) throw new Error(`${user} has no calendar event ${iCalUid}`);
  if (!calendar?.eventOpenTrigger) throw new Error('The manifest has no addOns.calendar.eventOpenTrigger');
  const read = calendar.currentEventAccess === 'READ' || calendar.currentEventAccess === 'READ_WRITE';
  if (read) ctx.authorize?.('addOns.calendar.currentEventAccess');
  const attendee = (email: string, status: keyof typeof RESPONSE_STATUS | 'OWNER') => ({
    email,
    displayName: '',
    comment: '',
    additionalGuests: 0,
    optional: false,
    resource: false,
    organizer: email === event.calendarId,
    self: email === user,
    responseStatus: status === 'OWNER' ? ('accepted' as const) : RESPONSE_STATUS[status],
  });
  const offset = -new Date().getTimezoneOffset() * 60000;
  return {
    commonEventObject: {
      hostApp: 'CALENDAR',
      platform: 'WEB',
      userLocale: ctx.state.session.locale,
      timeZone: { id: ctx.state.session.timeZone, offset },
    },
    calendar: {
      id: event.apiId,
      calendarId: user,
      organizer: { email: event.calendarId },
      ...(read
        ? {
            attendees: [
              attendee(event.calendarId, 'OWNER'),
              ...event.guests.map((g) => attendee(g.email, g.status)),
            ],
          }
        : {}),
      capabilities: {
        canSeeAttendees: read,
        canAddAttendees: false,
        canSeeConferenceData: read,
        canSetConferenceData: false,
      },
    },
  } as unknown as GoogleAppsScript.Addons.EventObject;
}
