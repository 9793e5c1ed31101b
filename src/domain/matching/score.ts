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

const SCORE_LABELS: Readonly<Record<ScoreKey, string>> = {
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

/** Interns normalised terms of one field as small integers: bit positions in that field's bit sets. */
class Terms {
  private readonly ids = new Map<string, number>();
  get size(): number {
    return this.ids.size;
  }
  id(term: string): number {
    const key = normalizeTerm(term);
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
  /** Distinct non-blank terms of the list, as ids. */
  list(items: readonly string[]): number[] {
    const set = new Set<number>();
    for (const item of items) if (normalizeTerm(item)) set.add(this.id(item));
    return [...set];
  }
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * One list field (subjects, topics, times …) of every candidate as bit sets, `words` 32-bit words each, so
 * that the overlap of two lists is a few AND + popcount instead of a merge of two arrays.
 */
class BitSets {
  readonly words: number;
  readonly bits: Uint32Array;
  readonly counts: Int32Array;
  constructor(lists: readonly number[][], size: number) {
    this.words = Math.max(1, Math.ceil(size / 32));
    this.bits = new Uint32Array(lists.length * this.words);
    this.counts = new Int32Array(lists.length);
    lists.forEach((ids, k) => {
      for (const id of ids) this.bits[k * this.words + (id >>> 5)] |= 1 << (id & 31);
      this.counts[k] = ids.length;
    });
  }
}

function overlap(a: BitSets, x: number, b: BitSets, y: number): number {
  if (a.words === 1 && b.words === 1) return popcount(a.bits[x] & b.bits[y]);
  let n = 0;
  const words = Math.min(a.words, b.words);
  for (let w = 0; w < words; w++) n += popcount(a.bits[x * a.words + w] & b.bits[y * b.words + w]);
  return n;
}

const MIXED_FORMAT = 'смешанный';

/** 1 for высшая, педагог-методист, педагог-наставник; 0.5 for первая; 0 otherwise. */
export function categoryFactor(category: string): number {
  const c = normalizeTerm(category);
  if (c.includes('высш') || c.startsWith('педагог-')) return 1;
  if (c.includes('перв')) return 0.5;
  return 0;
}

/**
 * Every mentor and mentee reduced once to what scoring needs (bit sets, numbers), so that scoring a pair —
 * done for every pair of the pool, up to millions — touches no string. Both the solver and scorePair score
 * through `fractions` here, so the score the solver optimises is the score the curator sees.
 */
export class Scoring {
  private readonly mentorSubjects: BitSets;
  private readonly menteeSubjects: BitSets;
  private readonly mentorAreas: BitSets;
  private readonly menteeAreas: BitSets;
  private readonly competences: BitSets;
  private readonly requests: BitSets;
  private readonly mentorTimes: BitSets;
  private readonly menteeTimes: BitSets;
  /** NaN when unknown. */
  private readonly mentorExperience: Float64Array;
  private readonly menteeExperience: Float64Array;
  private readonly category: Float64Array;
  private readonly young: Uint8Array;
  /** -1 unknown. */
  private readonly mentorFormat: Int32Array;
  private readonly menteeFormat: Int32Array;
  private readonly mixed: number;

  constructor(
    mentors: readonly MentorCandidate[],
    mentees: readonly MenteeCandidate[],
    private readonly gapYears: number,
  ) {
    const field = (of: (c: MentorCandidate | MenteeCandidate) => readonly string[]) => {
      const terms = new Terms();
      const a = mentors.map((m) => terms.list(of(m)));
      const b = mentees.map((t) => terms.list(of(t)));
      return [new BitSets(a, terms.size), new BitSets(b, terms.size)];
    };
    [this.mentorSubjects, this.menteeSubjects] = field((c) => c.subjects ?? []);
    [this.mentorAreas, this.menteeAreas] = field((c) => (c.subjects ?? []).map(subjectArea));
    [this.competences, this.requests] = field((c) =>
      'competences' in c ? (c.competences ?? []) : (c.requests ?? []),
    );
    [this.mentorTimes, this.menteeTimes] = field((c) => c.times ?? []);
    const experience = (c: MentorCandidate | MenteeCandidate) => {
      const exp =
        c.experienceYears === null || c.experienceYears === undefined ? NaN : Number(c.experienceYears);
      return Number.isFinite(exp) ? exp : NaN;
    };
    this.mentorExperience = Float64Array.from(mentors, experience);
    this.menteeExperience = Float64Array.from(mentees, experience);
    this.category = Float64Array.from(mentors, (m) => categoryFactor(m.category ?? ''));
    this.young = Uint8Array.from(mentees, (t) => (t.youngTeacher === true ? 1 : 0));
    const formats = new Terms();
    this.mixed = formats.id(MIXED_FORMAT);
    const format = (c: MentorCandidate | MenteeCandidate) => {
      const f = normalizeTerm(c.format ?? '');
      return f ? formats.id(f) : -1;
    };
    this.mentorFormat = Int32Array.from(mentors, format);
    this.menteeFormat = Int32Array.from(mentees, format);
  }

  /** Mentor j and mentee i teach a common subject. */
  sharesSubject(j: number, i: number): boolean {
    return overlap(this.mentorSubjects, j, this.menteeSubjects, i) > 0;
  }

  /** The share (0…1) each criterion earns for mentor j and mentee i, in SCORE_KEYS order, into `out`. */
  fractions(j: number, i: number, out: Float64Array): Float64Array {
    const asked = this.requests.counts[i];
    out[0] = asked ? overlap(this.competences, j, this.requests, i) / asked : 0;
    const sameSubject = this.sharesSubject(j, i);
    out[1] = sameSubject ? 1 : 0;
    out[2] = !sameSubject && overlap(this.mentorAreas, j, this.menteeAreas, i) > 0 ? 1 : 0;
    const gap = this.mentorExperience[j] - this.menteeExperience[i]; // NaN when either is unknown
    out[3] = gap >= this.gapYears ? 1 : gap > 0 ? gap / this.gapYears : 0;
    out[4] = this.category[j];
    out[5] = this.young[i];
    const a = this.mentorFormat[j];
    const b = this.menteeFormat[i];
    out[6] = a < 0 || b < 0 ? 0.5 : a === b || a === this.mixed || b === this.mixed ? 1 : 0;
    out[7] =
      !this.mentorTimes.counts[j] || !this.menteeTimes.counts[i]
        ? 0.5
        : overlap(this.mentorTimes, j, this.menteeTimes, i)
          ? 1
          : 0;
    return out;
  }

  /**
   * The scores of every mentor with mentee i, in hundredths, into `out`: `hundredths` for the whole row,
   * with the mentee's side read once. The same arithmetic in the same order as fractions + scoreHundredths
   * (a test holds them equal), so the result is the same to the last bit.
   */
  row(i: number, w: Float64Array, out: Int32Array): Int32Array {
    const n = this.category.length;
    const single = [this.mentorSubjects, this.mentorAreas, this.competences, this.mentorTimes].every(
      (b) => b.words === 1,
    );
    if (!single) {
      const scratch = new Float64Array(8);
      for (let j = 0; j < n; j++) out[j] = this.hundredths(j, i, w, scratch);
      return out;
    }
    const [w0, w1, w2, w3, w4, w5, w6, w7] = w;
    const asked = this.requests.counts[i];
    const requests = this.requests.bits[i];
    const subjects = this.menteeSubjects.bits[i];
    const areas = this.menteeAreas.bits[i];
    const times = this.menteeTimes.bits[i];
    const hasTimes = this.menteeTimes.counts[i] > 0;
    const experience = this.menteeExperience[i];
    const young = this.young[i];
    const b = this.menteeFormat[i];
    const gapYears = this.gapYears;
    const mixed = this.mixed;
    const competences = this.competences.bits;
    const mentorSubjects = this.mentorSubjects.bits;
    const mentorAreas = this.mentorAreas.bits;
    const mentorTimes = this.mentorTimes.bits;
    const mentorTimesCount = this.mentorTimes.counts;
    for (let j = 0; j < n; j++) {
      const f0 = asked ? popcount(competences[j] & requests) / asked : 0;
      const same = (mentorSubjects[j] & subjects) !== 0;
      const f1 = same ? 1 : 0;
      const f2 = !same && (mentorAreas[j] & areas) !== 0 ? 1 : 0;
      const gap = this.mentorExperience[j] - experience;
      const f3 = gap >= gapYears ? 1 : gap > 0 ? gap / gapYears : 0;
      const a = this.mentorFormat[j];
      const f6 = a < 0 || b < 0 ? 0.5 : a === b || a === mixed || b === mixed ? 1 : 0;
      const f7 = !mentorTimesCount[j] || !hasTimes ? 0.5 : (mentorTimes[j] & times) !== 0 ? 1 : 0;
      let s = 0;
      s += f0 * w0;
      s += f1 * w1;
      s += f2 * w2;
      s += f3 * w3;
      s += this.category[j] * w4;
      s += young * w5;
      s += f6 * w6;
      s += f7 * w7;
      out[j] = Math.round(s * 100);
    }
    return out;
  }

  /** The score of mentor j and mentee i in hundredths of a point: the integer the solver maximises. */
  hundredths(j: number, i: number, w: Float64Array, scratch: Float64Array): number {
    return scoreHundredths(this.fractions(j, i, scratch), w);
  }
}

export function weightVector(w: Weights): Float64Array {
  return Float64Array.from(SCORE_KEYS.map((k) => w[k]));
}

/** The score in hundredths of a point: the integer the solver maximises. */
function scoreHundredths(f: Float64Array, w: Float64Array): number {
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
  const f = new Scoring([mentor], [mentee], gapYears).fractions(0, 0, new Float64Array(8));
  return pairScore(mentor, mentee, f, resolveWeights(weights));
}

/** The score and its parts from the fractions a Scoring computed for this pair. */
export function pairScore(
  mentor: MentorCandidate,
  mentee: MenteeCandidate,
  f: Float64Array,
  w: Weights,
): PairScore {
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
