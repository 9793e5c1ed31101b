/**
 * What a teacher's card (a Workspace add-on running as the teacher) and the programme's web app (doPost, running
 * as the curator who deployed it) say to each other. The card cannot open the programme's spreadsheet: it sends
 * its request with the teacher's Google identity token, and the web app reads or writes for that teacher only.
 * Plain JSON both ways: dates travel as text.
 */
import type { CalendarEventView, RelayEvent } from './calendar-view';
import type { TeacherCardView } from './view';

/** The meeting form's answers as the card sends them: every value text, the date as YYYY-MM-DD. */
export type RelayMeeting = Partial<
  Record<'date' | 'mentee' | 'topic' | 'format' | 'durationMin' | 'result' | 'nextStep', string>
>;

/**
 * Where a meeting came from, which makes it count once: the same card form (its token) or the same calendar
 * event (its id) sent again updates its row in Встречи instead of adding another.
 */
export type MeetingOrigin = { kind: 'card'; token: string } | { kind: 'calendar'; eventId: string };

export type RelayRequest =
  | { op: 'card' }
  | { op: 'recordMeeting'; meeting: RelayMeeting; origin: MeetingOrigin }
  | { op: 'withdrawConsent' }
  /** Google Calendar's contextual card: the opened event as the teacher's calendar has it (null when gone). */
  | { op: 'calendarEvent'; event: RelayEvent | null }
  | { op: 'recordCalendarMeeting'; event: RelayEvent | null; meeting: RelayMeeting };

/** The body the card posts: the request and the teacher's OpenID Connect token (ScriptApp.getIdentityToken). */
export interface RelayEnvelope {
  idToken: string;
  request: RelayRequest;
}

export type RelayAnswer =
  | { ok: true; view: TeacherCardView; recorded?: 'added' | 'updated'; withdrawn?: true }
  | { ok: false; message: string };

/** The relay's answer to the Calendar contextual card. */
export type CalendarRelayAnswer =
  { ok: true; calendar: CalendarEventView; recorded?: 'added' | 'updated' } | { ok: false; message: string };

/** The one answer to a forged, expired or foreign token, or none: nothing is read or written for it. */
export const IDENTITY_REFUSED =
  'Google не подтвердил вашу учётную запись, поэтому ничего не сделано. Откройте карточку заново.';
