import { parseResponse, type ResponseRecord } from '../../domain/forms/answers';
import { allQuestions } from '../../domain/forms/definitions';
import { UserFacingError } from '../errors';
import { FORMS_FOR_READING } from '../forms/definitions';
import { normalizeEmail } from '../../domain/format/values';
import { loadProgrammePairs } from '../meetings/pairs';
import { recordMeeting } from '../meetings/record';
import type { Ports } from '../ports';
import { quoted } from '../../domain/format/quotes';

/** What the card's «Отметить встречу» form sends, by the meeting form's question keys. */
export type CardMeetingInput = Partial<
  Record<'date' | 'mentee' | 'topic' | 'format' | 'durationMin' | 'result' | 'nextStep', unknown>
>;

/** «Источник» of a meeting recorded from a card: the card's token, so the same submission is counted once. */
function cardOrigin(token: string): string {
  return `карточка педагога: ${token}`;
}

/**
 * A mentor's meeting from their card, exactly as the meeting report form records it: the answers are put under
 * the form's question titles and read by the same parser (same validation, same row in Встречи). The form's
 * required questions are checked here because Google Forms checks them before submitting. Re-sending the same
 * card (same token) updates its row instead of adding another.
 */
export function recordMeetingFromCard(
  ports: Ports,
  email: string,
  input: CardMeetingInput,
  token: string,
): { kind: 'added' | 'updated'; recordId: string } {
  if (!/^[\w-]{1,64}$/.test(token)) throw new UserFacingError('Форма устарела: откройте карточку заново.');
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
  const outcome = ports.lock.withDocumentLock(() =>
    recordMeeting(ports, parseResponse(def, record), cardOrigin(token)),
  );
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
