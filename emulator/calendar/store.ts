/**
 * Where the emulated CalendarApp keeps its events (ctx.state.calendarEvents) and whose calendar a call works
 * on: the user the script runs for. An add-on card, the sidebar or a menu item runs as the user who opened it;
 * a time-driven trigger or a web app executing as the deployer runs as that account.
 */
import type { EmulatorContext } from '../core/context';
import type { CalendarEventState } from '../core/state';

export function calendarUser(ctx: EmulatorContext): string {
  const { session } = ctx.state;
  return ctx.execution === 'timeTrigger' || ctx.execution === 'webApp'
    ? session.effectiveUser
    : session.activeUser;
}

export function calendarEvents(ctx: EmulatorContext): Record<string, CalendarEventState> {
  return (ctx.state.calendarEvents ??= {});
}

/** The organizer's calendar holds the event; a guest's holds it until the guest deletes it from theirs. */
export function isOnCalendar(event: CalendarEventState, calendarId: string): boolean {
  if (event.deleted) return false;
  if (event.calendarId === calendarId) return true;
  return event.guests.some((g) => g.email === calendarId && !g.removed);
}

/** Reminders are each user's own: the organizer's are set by the script, a guest's default to none. */
export function remindersOf(event: CalendarEventState, calendarId: string) {
  return (event.reminders[calendarId] ??= { popup: [], email: [] });
}
