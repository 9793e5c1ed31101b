import { parseResponse, type ResponseRecord } from '../../domain/forms/answers';
import { allQuestions } from '../../domain/forms/definitions';
import { UserFacingError } from '../errors';
import { FORMS_FOR_READING } from '../forms/definitions';
import { normalizeEmail } from '../../domain/format/values';
import { loadProgrammePairs } from '../meetings/pairs';
import { recordMeeting } from '../meetings/record';
import type { Ports } from '../ports';
import { quoted } from '../../domain/format/quotes';
import type { MeetingOrigin } from './relay-protocol';
import { calendarMeetingToken } from '../../domain/calendar-meetings';

/** What the card's «Отметить встречу» form sends, by the meeting form's question keys. */
export type CardMeetingInput = Partial<
  Record<'date' | 'mentee' | 'topic' | 'format' | 'durationMin' | 'result' | 'nextStep', unknown>
>;

/**
 * «Источник» of a meeting recorded from a card (its form's token) or from a calendar event (its id): the same
 * origin is counted once. An origin that cannot be one (a forged or broken form) is refused.
 */
function originKey(origin: MeetingOrigin): string {
  if (origin.kind === 'card' && /^[\w-]{1,64}$/.test(origin.token))
    return `карточка педагога: ${origin.token}`;
  if (origin.kind === 'calendar' && /^[\w@.-]{1,256}$/.test(origin.eventId))
    return `событие календаря: ${calendarMeetingToken(origin.eventId)}`;
  throw new UserFacingError('Форма устарела: откройте карточку заново.');
}

/**
 * A mentor's meeting from their card or calendar, exactly as the meeting report form records it: the answers
 * are put under the form's question titles and read by the same parser (same validation, same row in
 * Встречи). The form's required questions are checked here because Google Forms checks them before
 * submitting. Re-sending the same origin updates its row instead of adding another.
 */
export function recordMeetingFromCard(
  ports: Ports,
  email: string,
  input: CardMeetingInput,
  origin: MeetingOrigin,
): { kind: 'added' | 'updated'; recordId: string } {
  const key = originKey(origin);
  const def = FORMS_FOR_READING.meeting;
  const record: ResponseRecord = { 'Адрес электронной почты': email };
  const missing: string[] = [];
  for (const q of allQuestions(def)) {
    const value = input[q.key as keyof CardMeetingInput];
    const blank = value === undefined || value === null || String(value).trim() === '';
    if (q.required && blank) missing.push(`Заполните поле ${quoted(q.title)}.`);
    if (!blank) record[q.title] = value;
  }
  if (missing.length) throw new UserFacingError(`Встреча не внесена.\n${missing.join('\n')}`);
  const outcome = ports.lock.withDocumentLock(() => recordMeeting(ports, parseResponse(def, record), key));
  if (outcome.kind === 'added' || outcome.kind === 'updated') return outcome;
  const problems = outcome.kind === 'invalid' ? outcome.problems : [];
  throw new UserFacingError(`Встреча не внесена.\n${problems.join('\n')}`);
}

/**
 * The mentees a mentor picks from when they have several pairs (the form asks for the mentee's surname; the
 * same surname finds the pair): one per active pair of theirs, and nobody else's.
 */
export function menteeSurnamesOf(ports: Ports, email: string): string[] {
  const own = loadProgrammePairs(ports).active.filter((p) => p.mentorEmail === normalizeEmail(email));
  return own.map((p) => (p.menteeNames[0] ?? '').trim().split(/\s+/)[0] ?? '').filter(Boolean);
}
