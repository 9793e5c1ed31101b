import { formatDate, shortName } from './format/ru';
import { FORMATS } from './forms/topics';
import { parseRuDate } from './table/codec';
import { quoted } from './format/quotes';

/**
 * Meetings of the pairs and groups (6.1): which pair a report belongs to, the curator's one-line entry, the
 * count and last date per pair, and which pairs have gone quiet for N weeks. Pure: the services read the rows.
 */

/** An approved pair or group with its people's names, as the meeting logic needs it. */
export interface PairRef {
  id: string;
  mentorId: string;
  mentorName: string;
  mentorEmail: string;
  menteeIds: string[];
  menteeNames: string[];
  approvedAt: Date | null;
}

export interface MeetingDraft {
  pairId: string;
  date: Date;
  topic: string;
  format: string | null;
  durationMin: number | null;
  result: string;
  nextStep: string;
}

export interface PairMeetings {
  count: number;
  last: Date | null;
}

const DAY_MS = 86400000;
export const DEFAULT_GAP_WEEKS = 3;

const surname = (fullName: string) => fullName.trim().split(/\s+/)[0]?.toLowerCase().replace(/ё/g, 'е') ?? '';

/** «Смирнова О.В. — Алексеева А.Д., Захаров И.Р.» */
export function pairTitle(p: PairRef): string {
  return `${shortName(p.mentorName)} — ${p.menteeNames.map(shortName).join(', ')}`;
}

/**
 * The pair a mentor's report is about: their only approved pair, or, when they have several, the one whose
 * mentee's surname they gave. Returns a Russian problem otherwise.
 */
export function pairOfMentor(
  pairs: readonly PairRef[],
  email: string,
  menteeHint: string,
): { pair: PairRef } | { problem: string } {
  const own = pairs.filter((p) => p.mentorEmail === email);
  if (!own.length)
    return { problem: `Адрес ${email || '(не указан)'} не принадлежит наставнику утверждённой пары/группы.` };
  if (own.length === 1) return { pair: own[0] };
  const hint = surname(menteeHint);
  const matched = hint ? own.filter((p) => p.menteeNames.some((n) => surname(n) === hint)) : [];
  if (matched.length === 1) return { pair: matched[0] };
  return {
    problem: `У наставника несколько пар/групп; укажите фамилию наставляемого (${own
      .flatMap((p) => p.menteeNames.map((n) => surname(n)))
      .join(', ')}).`,
  };
}

/** A pair by its id or by a surname of its mentor or mentee, when that surname names exactly one pair. */
function findPair(pairs: readonly PairRef[], ref: string): PairRef | string {
  const text = ref.trim();
  const byId = pairs.find((p) => p.id.toLowerCase() === text.toLowerCase());
  if (byId) return byId;
  const wanted = surname(text);
  const found = pairs.filter((p) => [p.mentorName, ...p.menteeNames].some((n) => surname(n) === wanted));
  if (found.length === 1) return found[0];
  if (!found.length) return `пара/группа ${quoted(text)} не найдена среди утверждённых`;
  return `фамилия ${quoted(text)} есть в нескольких парах/группах (${found.map((p) => p.id).join(', ')}): укажите код пары`;
}

export const MEETING_LINE_FORMAT =
  'пара (код или фамилия); дата; тема; формат; минут; результат; следующий шаг';

/**
 * The curator's entry: one meeting per line, fields separated by «;» (or tabs, as pasted from a table):
 * «Смирнова; 05.10.2022; Планирование урока; очно; 45; Составили технологическую карту; Открытый урок».
 * Pair, date and topic are required. Errors are Russian, one per line, and nothing is taken when any line fails.
 */
export function parseMeetingLines(
  text: string,
  pairs: readonly PairRef[],
): { drafts: MeetingDraft[]; errors: string[] } {
  const drafts: MeetingDraft[] = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  lines.forEach((line, i) => {
    const at = lines.length > 1 ? `Строка ${i + 1}: ` : '';
    const parts = line.split(line.includes('\t') ? '\t' : ';').map((s) => s.trim());
    const [ref = '', dateText = '', topic = '', format = '', minutes = '', result = '', ...rest] = parts;
    if (parts.length < 3 || !topic) {
      errors.push(`${at}нужно не меньше трёх полей через «;»: ${MEETING_LINE_FORMAT}.`);
      return;
    }
    const pair = findPair(pairs, ref);
    if (typeof pair === 'string') {
      errors.push(`${at}${pair}.`);
      return;
    }
    const date = parseRuDate(dateText);
    if (!date) {
      errors.push(`${at}дата «${dateText}» не распознана, пишите ДД.ММ.ГГГГ.`);
      return;
    }
    const fmt = format.toLowerCase();
    if (fmt && !(FORMATS as readonly string[]).includes(fmt)) {
      errors.push(`${at}формат «${format}» не из списка: ${FORMATS.join(', ')}.`);
      return;
    }
    const duration = minutes ? Number(minutes.replace(/\s*мин.*$/i, '')) : null;
    if (duration !== null && (!Number.isInteger(duration) || duration <= 0 || duration > 600)) {
      errors.push(`${at}длительность «${minutes}» должна быть числом минут.`);
      return;
    }
    drafts.push({
      pairId: pair.id,
      date,
      topic,
      format: fmt || null,
      durationMin: duration,
      result,
      nextStep: rest.join('; '),
    });
  });
  return { drafts: errors.length ? [] : drafts, errors };
}

/** Per pair: how many meetings and the date of the last one. */
export function meetingsByPair(meetings: readonly Record<string, unknown>[]): Map<string, PairMeetings> {
  const out = new Map<string, PairMeetings>();
  for (const m of meetings) {
    const id = String(m.pairId ?? '');
    if (!id) continue;
    const entry = out.get(id) ?? { count: 0, last: null };
    entry.count++;
    if (m.date instanceof Date && (!entry.last || m.date > entry.last)) entry.last = m.date;
    out.set(id, entry);
  }
  return out;
}

export interface QuietPair {
  pair: PairRef;
  /** The last meeting, or the approval when there was none. */
  since: Date | null;
  weeks: number;
}

/**
 * Pairs that have not met for `weeks` weeks (counting from the last meeting, or from approval), and that were
 * not reminded about within the last `weeks` weeks either: at most one reminder per pair per period.
 * `start` is when meetings begin (October 1st): nobody is late before it.
 */
export function pairsToRemind(
  pairs: readonly PairRef[],
  stats: ReadonlyMap<string, PairMeetings>,
  lastReminder: ReadonlyMap<string, Date>,
  now: Date,
  weeks: number,
  start: Date,
): QuietPair[] {
  const gap = weeks * 7 * DAY_MS;
  const out: QuietPair[] = [];
  for (const pair of pairs) {
    const last = stats.get(pair.id)?.last ?? null;
    const candidates = [last, pair.approvedAt, start].filter((d): d is Date => d instanceof Date);
    const since = new Date(Math.max(...candidates.map((d) => d.getTime())));
    if (now.getTime() - since.getTime() < gap) continue;
    const reminded = lastReminder.get(pair.id);
    if (reminded && reminded > since && now.getTime() - reminded.getTime() < gap) continue;
    out.push({ pair, since: last, weeks: Math.floor((now.getTime() - since.getTime()) / (7 * DAY_MS)) });
  }
  return out;
}

/** The curators' reminder letter. */
export function reminderText(quiet: readonly QuietPair[], weeks: number): { subject: string; body: string } {
  return {
    subject: `Наставничество: пары/группы без встреч больше ${weeks} нед. (${quiet.length})`,
    body: [
      'Здравствуйте!',
      '',
      `Эти наставнические пары/группы не отчитывались о встречах ${weeks} недели и дольше:`,
      ...quiet.map(
        (q) =>
          `— ${pairTitle(q.pair)} (${q.pair.id}): ${q.since ? `последняя встреча ${formatDate(q.since)}` : 'встреч ещё не было'}`,
      ),
      '',
      'Напомните наставникам провести встречу и заполнить отчёт о ней. Это письмо отправлено надстройкой «Наставник»;',
      'о каждой паре оно напоминает не чаще одного раза за указанный срок.',
    ].join('\n'),
  };
}
