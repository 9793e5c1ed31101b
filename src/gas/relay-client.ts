/**
 * The card's side of the relay: a Workspace add-on runs as the teacher, who cannot open the programme's
 * spreadsheet, so the card posts its request to the programme's web app (doPost, executing as the curator who
 * deployed it) with the teacher's Google identity token, which the web app checks before it does anything.
 */
import type { RelayEvent } from '../services/teacher-card/calendar-view';
import type { CardMeetingInput } from '../services/teacher-card/record-meeting';
import {
  IDENTITY_REFUSED,
  type CalendarRelayAnswer,
  type MeetingOrigin,
  type RelayAnswer,
  type RelayEnvelope,
  type RelayMeeting,
  type RelayRequest,
} from '../services/teacher-card/relay-protocol';

const NOT_DEPLOYED = 'Карточка не работает: куратор ещё не развернул веб-приложение программы.';
const UNREACHABLE = 'Не удалось связаться с программой наставничества. Повторите попытку позже.';

type Refusal = { ok: false; message: string };

/** Posts one request to the web app: its JSON answer, or a Russian message for any failure on the way. */
function post(request: RelayRequest): Record<string, unknown> | Refusal {
  const url = ScriptApp.getService().getUrl();
  if (!url) return { ok: false, message: NOT_DEPLOYED };
  const idToken = ScriptApp.getIdentityToken();
  if (!idToken) return { ok: false, message: IDENTITY_REFUSED };
  const envelope: RelayEnvelope = { idToken, request };
  const response = UrlFetchApp.fetch(url, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify(envelope),
    muteHttpExceptions: true,
  });
  if (response.getResponseCode() !== 200) return { ok: false, message: UNREACHABLE };
  try {
    const answer = JSON.parse(response.getContentText()) as Record<string, unknown> | null;
    if (answer?.ok === true) return answer;
    if (answer?.ok === false && typeof answer.message === 'string') return answer as Refusal;
  } catch {
    // not the relay's JSON (an error page): told as unreachable below
  }
  return { ok: false, message: UNREACHABLE };
}

/** Sends one request for the teacher's card and returns its answer; any failure is a Russian message. */
export function askRelay(request: RelayRequest): RelayAnswer {
  const answer = post(request);
  if (answer.ok === false || 'view' in answer) return answer as RelayAnswer;
  return { ok: false, message: UNREACHABLE };
}

/**
 * The Calendar contextual card through the relay: the opened event as the teacher's calendar has it (read in
 * the teacher's execution) goes to the programme, which says whether it is their pair's meeting and, with
 * `meeting`, records it exactly as the meeting form does, counted once per event.
 */
export function askCalendarRelay(event: RelayEvent | null, meeting?: RelayMeeting): CalendarRelayAnswer {
  const answer = post(
    meeting ? { op: 'recordCalendarMeeting', event, meeting } : { op: 'calendarEvent', event },
  );
  if (answer.ok === false || 'calendar' in answer) return answer as CalendarRelayAnswer;
  return { ok: false, message: UNREACHABLE };
}

/** The card form's values as text: the date as the picked calendar day, YYYY-MM-DD. */
function relayMeeting(input: CardMeetingInput): RelayMeeting {
  const out: RelayMeeting = {};
  for (const [k, v] of Object.entries(input) as [keyof RelayMeeting, unknown][]) {
    if (v instanceof Date) {
      const pad = (n: number) => String(n).padStart(2, '0');
      out[k] = `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
    } else if (v !== undefined && v !== null) out[k] = String(v);
  }
  return out;
}

/**
 * Records a meeting for the teacher running this execution (a card or a calendar event's contextual card):
 * their identity token says who they are, the web app records it exactly as the meeting form does, for their
 * own pair only, and the same origin (card token or calendar event id) is counted once.
 */
export function recordMeetingAsActingTeacher(input: CardMeetingInput, origin: MeetingOrigin): RelayAnswer {
  return askRelay({ op: 'recordMeeting', meeting: relayMeeting(input), origin });
}
