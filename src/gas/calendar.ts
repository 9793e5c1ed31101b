/**
 * Google Calendar through CalendarApp (the running user's calendars). Each call is one round trip: a read of
 * an event asks for its times and guests, nothing else.
 */
import type { CalendarEventData, CalendarPort, NewCalendarEvent } from '../services/ports';

function eventData(e: GoogleAppsScript.Calendar.CalendarEvent): CalendarEventData {
  return {
    id: e.getId(),
    title: e.getTitle(),
    start: e.getStartTime() as Date,
    end: e.getEndTime() as Date,
    organizer: e.getOriginalCalendarId(),
    guests: e.getGuestList().map((g) => g.getEmail().toLowerCase()),
  };
}

function calendarById(calendarId: string): GoogleAppsScript.Calendar.Calendar | null {
  return CalendarApp.getCalendarById(calendarId);
}

/**
 * The add-on's event object carries the Calendar API event id; CalendarApp documents getEventById with the
 * iCalUID, which for an event made in Google Calendar is that id followed by «@google.com». Both are tried.
 */
const ICAL_SUFFIX = '@google.com';

export const gasCalendar: CalendarPort = {
  ownCalendarId: () => CalendarApp.getDefaultCalendar().getId(),
  readEvent(calendarId, eventId) {
    const calendar = calendarById(calendarId);
    if (!calendar) return undefined;
    const event =
      calendar.getEventById(eventId) ??
      (eventId.includes('@') ? null : calendar.getEventById(eventId + ICAL_SUFFIX));
    return event ? eventData(event) : null;
  },
  listEvents(calendarId, from, to) {
    const calendar = calendarById(calendarId);
    return calendar ? calendar.getEvents(from, to).map(eventData) : undefined;
  },
  createEvent(e: NewCalendarEvent) {
    const event = CalendarApp.getDefaultCalendar().createEvent(e.title, e.start, e.end, {
      description: e.description,
      guests: e.guests.join(','),
      sendInvites: true,
    });
    for (const minutes of e.popupMinutes) event.addPopupReminder(minutes);
    return event.getId();
  },
};
