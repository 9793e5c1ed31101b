import { countOf } from '../format/ru';
import { normalizeTerm, subjectArea } from './subjects';
import type { MenteeCandidate, MentorCandidate, PairScore, ScoreKey, ScorePart, Weights } from './types';

/** Defaults: 100 points in all. Requests weigh most, since they are why a mentee asked for a mentor. */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  requests: 35,
  subject: 20,
  subjectArea: 10,
  experience: 15,
  category: 10,
  youngTeacher: 10,
  format: 5,
  time: 5,
};

export const DEFAULT_EXPERIENCE_GAP_YEARS = 5;

/** The order of the parts in a score (and in its explanation). */
export const SCORE_KEYS: readonly ScoreKey[] = [
  'requests',
  'subject',
  'subjectArea',
  'experience',
  'category',
  'youngTeacher',
  'format',
  'time',
];

export const SCORE_LABELS: Readonly<Record<ScoreKey, string>> = {
  requests: 'Запросы',
  subject: 'Предмет',
  subjectArea: 'Предметная область',
  experience: 'Стаж',
  category: 'Категория',
  youngTeacher: 'Молодой специалист',
  format: 'Формат встреч',
  time: 'Время встреч',
};

/** Defaults filled in; negative or non-numeric weights count as 0. */
export function resolveWeights(w: Partial<Weights> = {}): Weights {
  const out = { ...DEFAULT_WEIGHTS };
  for (const key of SCORE_KEYS) {
    const v = w[key];
    if (v !== undefined) out[key] = Number.isFinite(v) && v > 0 ? v : 0;
  }
  return out;
}

/** Interns normalised terms as small integers, so that list overlaps are merges of sorted integer arrays. */
export class Terms {
  private readonly ids = new Map<string, number>();
  id(term: string): number {
    const key = normalizeTerm(term);
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
  list(items: readonly string[]): Int32Array {
    const set = new Set<number>();
    for (const item of items) if (normalizeTerm(item)) set.add(this.id(item));
    return Int32Array.from([...set].sort((a, b) => a - b));
  }
}

/** A candidate reduced to what scoring needs. */
export interface Encoded {
  subjects: Int32Array;
  areas: Int32Array;
  /** Competences of a mentor, requests of a mentee. */
  topics: Int32Array;
  times: Int32Array;
  /** NaN when unknown. */
  experience: number;
  category: number;
  young: boolean;
  /** -1 unknown; MIXED for «смешанный». */
  format: number;
}

export function encode(c: MentorCandidate | MenteeCandidate, terms: Terms): Encoded {
  const topics = 'competences' in c ? c.competences : c.requests;
  const exp = c.experienceYears === null || c.experienceYears === undefined ? NaN : Number(c.experienceYears);
  const format = normalizeTerm(c.format ?? '');
  return {
    subjects: terms.list(c.subjects ?? []),
    areas: terms.list((c.subjects ?? []).map(subjectArea)),
    topics: terms.list(topics ?? []),
    times: terms.list(c.times ?? []),
    experience: Number.isFinite(exp) ? exp : NaN,
    category: categoryFactor(c.category ?? ''),
    young: 'youngTeacher' in c && c.youngTeacher === true,
    format: format ? terms.id(format) : -1,
  };
}

const MIXED_FORMAT = 'смешанный';

/** 1 for высшая, педагог-методист, педагог-наставник; 0.5 for первая; 0 otherwise. */
export function categoryFactor(category: string): number {
  const c = normalizeTerm(category);
  if (c.includes('высш') || c.startsWith('педагог-')) return 1;
  if (c.includes('перв')) return 0.5;
  return 0;
}

function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/**
 * The share (0…1) each criterion earns, in SCORE_KEYS order, written into `out`. Both the solver's fast path
 * and scorePair go through here, so the score the solver optimises is the score the curator sees.
 */
export function fractions(
  mentor: Encoded,
  mentee: Encoded,
  gapYears: number,
  mixedId: number,
  out: Float64Array,
): Float64Array {
  out[0] = mentee.topics.length ? overlap(mentor.topics, mentee.topics) / mentee.topics.length : 0;
  const sameSubject = overlap(mentor.subjects, mentee.subjects) > 0;
  out[1] = sameSubject ? 1 : 0;
  out[2] = !sameSubject && overlap(mentor.areas, mentee.areas) > 0 ? 1 : 0;
  const gap = mentor.experience - mentee.experience; // NaN when either is unknown
  out[3] = gap >= gapYears ? 1 : gap > 0 ? gap / gapYears : 0;
  out[4] = mentor.category;
  out[5] = mentee.young ? 1 : 0;
  const a = mentor.format;
  const b = mentee.format;
  out[6] = a < 0 || b < 0 ? 0.5 : a === b || a === mixedId || b === mixedId ? 1 : 0;
  out[7] = !mentor.times.length || !mentee.times.length ? 0.5 : overlap(mentor.times, mentee.times) ? 1 : 0;
  return out;
}

export function weightVector(w: Weights): Float64Array {
  return Float64Array.from(SCORE_KEYS.map((k) => w[k]));
}

/** The score in hundredths of a point: the integer the solver maximises. */
export function scoreHundredths(f: Float64Array, w: Float64Array): number {
  let s = 0;
  for (let k = 0; k < f.length; k++) s += f[k] * w[k];
  return Math.round(s * 100);
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** Original texts of `items` whose normalised form is among `others`. */
function common(items: readonly string[], others: readonly string[]): string[] {
  const set = new Set(others.map(normalizeTerm));
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = normalizeTerm(item);
    if (!key || !set.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function categoryDetail(category: string): string {
  const c = normalizeTerm(category);
  if (c.startsWith('педагог-')) return c;
  if (c.includes('высш')) return 'высшая категория';
  if (c.includes('перв')) return 'первая категория';
  return '';
}

function details(
  mentor: MentorCandidate,
  mentee: MenteeCandidate,
  f: Float64Array,
): Record<ScoreKey, string> {
  const covered = common(mentee.requests ?? [], mentor.competences ?? []);
  const requestsTotal = new Set((mentee.requests ?? []).map(normalizeTerm).filter(Boolean)).size;
  const subjects = common(mentee.subjects ?? [], mentor.subjects ?? []).map(capitalize);
  const areas = common((mentee.subjects ?? []).map(subjectArea), (mentor.subjects ?? []).map(subjectArea));
  const gap = Number(mentor.experienceYears) - Number(mentee.experienceYears);
  const times = common(mentee.times ?? [], mentor.times ?? []);
  const formats = [normalizeTerm(mentor.format ?? ''), normalizeTerm(mentee.format ?? '')];
  const format = formats[0] === MIXED_FORMAT ? formats[1] : formats[0];
  return {
    requests: covered.length
      ? `закрывает ${covered.length > 1 ? 'запросы' : 'запрос'}: ${covered.join(', ')}` +
        (covered.length < requestsTotal ? ` (${covered.length} из ${requestsTotal})` : '')
      : '',
    subject: f[1]
      ? `${subjects.length > 1 ? 'общие предметы' : 'общий предмет'}: ${subjects.join(', ')}`
      : '',
    subjectArea: f[2] ? `та же предметная область: ${areas.join(', ')}` : '',
    experience: gap > 0 && f[3] ? `стаж наставника больше на ${countOf(gap, ['год', 'года', 'лет'])}` : '',
    category: f[4] ? categoryDetail(mentor.category ?? '') : '',
    youngTeacher: f[5] ? 'молодой специалист — в приоритете' : '',
    format: f[6] === 1 && formats[0] && formats[1] ? `формат встреч: ${format}` : '',
    time: f[7] === 1 && times.length ? `общее время: ${times.join(', ')}` : '',
  };
}

/** Score of one (mentor, mentee) pair with its parts; hard rules are not checked here. */
export function scorePair(
  mentor: MentorCandidate,
  mentee: MenteeCandidate,
  weights: Partial<Weights> = DEFAULT_WEIGHTS,
  gapYears = DEFAULT_EXPERIENCE_GAP_YEARS,
): PairScore {
  const terms = new Terms();
  const mixedId = terms.id(MIXED_FORMAT);
  const w = resolveWeights(weights);
  const f = fractions(encode(mentor, terms), encode(mentee, terms), gapYears, mixedId, new Float64Array(8));
  const text = details(mentor, mentee, f);
  const parts: ScorePart[] = SCORE_KEYS.map((key, k) => ({
    key,
    label: SCORE_LABELS[key],
    points: round2(f[k] * w[key]),
    max: w[key],
    detail: f[k] * w[key] > 0 ? text[key] : '',
  }));
  return { score: scoreHundredths(f, weightVector(w)) / 100, parts };
}

/** «Закрывает запросы: …; общий предмет: …; стаж наставника больше на 18 лет; высшая категория» */
export function explainParts(parts: readonly ScorePart[]): string {
  const text = parts
    .map((p) => p.detail)
    .filter(Boolean)
    .join('; ');
  if (!text) return 'Совпадений по критериям нет: назначен, чтобы наставляемый не остался без наставника';
  return capitalize(text);
}

export { MIXED_FORMAT };
