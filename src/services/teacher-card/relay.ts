/**
 * The programme's side of the teachers' cards (doPost of the web app, running as the curator who deployed it):
 * it first proves who is asking from their Google identity token, then reads or writes for that teacher only,
 * through the same services the curator's sheet uses. Nothing is read for a request it cannot attribute.
 */
import { verifiedEmailOf } from '../../domain/identity';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import { buildTeacherCard } from './build-teacher-card';
import { calendarEventView, eventFacts, recordCalendarMeeting } from './calendar-event';
import type { RelayEvent } from './calendar-view';
import { recordMeetingFromCard, type CardMeetingInput } from './record-meeting';
import {
  IDENTITY_REFUSED,
  type CalendarRelayAnswer,
  type MeetingOrigin,
  type RelayAnswer,
  type RelayMeeting,
  type RelayRequest,
} from './relay-protocol';
import { onDemand } from '../on-demand/load';

/** Google's verdict on an identity token, as the web app can get it. */
export interface IdentityPort {
  /** The claims of a token Google's tokeninfo endpoint accepts (signed by Google, not expired); else null. */
  tokenClaims(idToken: string): Record<string, unknown> | null;
  /** This add-on's own OAuth client id, the audience of tokens issued to it; null when it cannot be known. */
  ownAudience(): string | null;
}

const NOT_SET_UP = 'Программа наставничества ещё не настроена.';
const BAD_REQUEST = 'Карточка прислала неполный запрос. Откройте карточку заново.';
const MEETING_FIELDS = ['date', 'mentee', 'topic', 'format', 'durationMin', 'result', 'nextStep'] as const;

function parseEnvelope(body: string): { idToken: string; request: RelayRequest } | null {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return null;
  }
  const env = data as {
    idToken?: unknown;
    request?: { op?: unknown; meeting?: unknown; origin?: unknown; event?: unknown };
  };
  if (typeof env?.idToken !== 'string' || !env.request || typeof env.request !== 'object') return null;
  const { op } = env.request;
  if (op === 'card' || op === 'withdrawConsent') return { idToken: env.idToken, request: { op } };
  // The event is checked where it is used (eventFacts): here it only travels.
  const event = (env.request.event ?? null) as RelayEvent | null;
  if (op === 'calendarEvent') return { idToken: env.idToken, request: { op, event } };
  const meeting = env.request.meeting as Record<string, unknown> | null;
  if (!meeting || typeof meeting !== 'object') return null;
  const clean: RelayMeeting = {};
  for (const k of MEETING_FIELDS) if (typeof meeting[k] === 'string') clean[k] = meeting[k];
  if (op === 'recordCalendarMeeting') return { idToken: env.idToken, request: { op, event, meeting: clean } };
  if (op !== 'recordMeeting') return null;
  const origin = env.request.origin as Record<string, unknown> | null;
  if (!origin || typeof origin !== 'object') return null;
  let o: MeetingOrigin;
  if (origin.kind === 'card' && typeof origin.token === 'string') o = { kind: 'card', token: origin.token };
  else if (origin.kind === 'calendar' && typeof origin.eventId === 'string')
    o = { kind: 'calendar', eventId: origin.eventId };
  else return null;
  return { idToken: env.idToken, request: { op, meeting: clean, origin: o } };
}

/** YYYY-MM-DD as the local calendar day (the form's date question gives a local date too); else left out. */
function meetingInput(m: RelayMeeting): CardMeetingInput {
  const input: CardMeetingInput = { ...m };
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(m.date ?? '');
  const date = d ? new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3])) : null;
  input.date = date && date.getDate() === Number(d![3]) ? date : undefined;
  return input;
}

/**
 * One request from a card. `open` gives the programme's ports (the spreadsheet setup fixed), or null before
 * setup. A token Google does not vouch for, issued to another app, expired or without a verified e-mail gets
 * IDENTITY_REFUSED and nothing is opened.
 */
export function serveRelay(
  open: () => Ports | null,
  identity: IdentityPort,
  body: string,
  now: Date,
): RelayAnswer | CalendarRelayAnswer {
  const envelope = parseEnvelope(body);
  if (!envelope) return { ok: false, message: BAD_REQUEST };
  const email = verifiedEmailOf(identity.tokenClaims(envelope.idToken), identity.ownAudience(), now);
  if (!email) return { ok: false, message: IDENTITY_REFUSED };
  const ports = open();
  if (!ports) return { ok: false, message: NOT_SET_UP };
  const { request } = envelope;
  try {
    if (request.op === 'calendarEvent')
      return { ok: true, calendar: calendarEventView(ports, email, eventFacts(request.event)) };
    if (request.op === 'recordCalendarMeeting') {
      const facts = eventFacts(request.event);
      const { topic, format, result, nextStep } = request.meeting;
      const outcome = recordCalendarMeeting(ports, email, facts, { topic, format, result, nextStep });
      return { ok: true, recorded: outcome.kind, calendar: calendarEventView(ports, email, facts) };
    }
    if (request.op === 'recordMeeting') {
      const outcome = recordMeetingFromCard(ports, email, meetingInput(request.meeting), request.origin);
      return { ok: true, recorded: outcome.kind, view: buildTeacherCard(ports, email) };
    }
    if (request.op === 'withdrawConsent') {
      ports.lock.withDocumentLock(() =>
        onDemand().withdrawPerson(ports, email, 'заявление участника в карточке'),
      );
      return { ok: true, withdrawn: true, view: buildTeacherCard(ports, email) };
    }
    return { ok: true, view: buildTeacherCard(ports, email) };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, message: error.message };
    throw error;
  }
}
