/**
 * Shared by the matching tests: candidates with sensible defaults, a seeded random instance generator, and a
 * brute-force optimum with a validity check to compare the solver against.
 */
import { scorePair } from '../../../src/domain/matching';
import type {
  MatchOptions,
  MatchResult,
  MenteeCandidate,
  MentorCandidate,
  PairRef,
} from '../../../src/domain/matching';

/** The seeded generator the benchmark uses: the same instances for the same seed. */
export { mulberry32 } from '../../../bench/generate';

export const mentor = (id: string, o: Partial<MentorCandidate> = {}): MentorCandidate => ({
  id,
  fullName: `Наставникова Анна ${id}`,
  subjects: ['Математика'],
  experienceYears: 20,
  category: 'высшая',
  competences: ['Работа с родителями'],
  capacity: 1,
  format: '',
  times: [],
  ...o,
});

export const mentee = (id: string, o: Partial<MenteeCandidate> = {}): MenteeCandidate => ({
  id,
  fullName: `Петрова Мария ${id}`,
  subjects: ['Математика'],
  experienceYears: 2,
  category: 'без категории',
  youngTeacher: false,
  requests: ['Работа с родителями'],
  format: '',
  times: [],
  ...o,
});

/** Mentee id → mentor id. */
export const assignment = (r: MatchResult) =>
  Object.fromEntries(r.groups.flatMap((g) => g.menteeIds.map((id) => [id, g.mentorId])));

export const hundredths = (x: number) => Math.round(x * 100);

// ---- brute force -----------------------------------------------------------------------------------------

const SUBJECTS = ['Математика', 'Физика', 'Русский язык', 'Литература', 'Английский язык'];
const TOPICS = [
  'Работа с родителями',
  'Подготовка к аттестации',
  'Управление классом',
  'Цифровые инструменты',
];
const FORMATS = ['', 'очно', 'дистанционно', 'смешанный'];
const TIMES = ['до уроков', 'после уроков', 'в методический день'];
const CATEGORIES = ['без категории', 'первая', 'высшая'];

function pick<T>(rng: () => number, items: readonly T[], n: number): T[] {
  return items.filter(() => rng() < n / items.length);
}

interface Instance {
  mentors: MentorCandidate[];
  mentees: MenteeCandidate[];
  options: MatchOptions;
}

export function randomInstance(rng: () => number, maxMentors: number, maxMentees: number): Instance {
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const one = <T>(items: readonly T[]) => items[int(0, items.length - 1)];
  const mentors = Array.from({ length: int(1, maxMentors) }, (_, k) =>
    mentor(`MR-${k}`, {
      email: rng() < 0.2 ? `p${k}@school.example` : undefined,
      subjects: pick(rng, SUBJECTS, 1.5),
      experienceYears: rng() < 0.1 ? null : int(0, 30),
      category: one(CATEGORIES),
      competences: pick(rng, TOPICS, 2),
      capacity: int(0, 3),
      format: one(FORMATS),
      times: pick(rng, TIMES, 1.5),
    }),
  );
  const mentees = Array.from({ length: int(1, maxMentees) }, (_, k) =>
    mentee(`MT-${k}`, {
      email: rng() < 0.2 ? `p${int(0, 3)}@school.example` : undefined,
      subjects: pick(rng, SUBJECTS, 1.2),
      experienceYears: int(0, 12),
      youngTeacher: rng() < 0.4,
      requests: pick(rng, TOPICS, 2),
      format: one(FORMATS),
      times: pick(rng, TIMES, 1.2),
    }),
  );
  const pairs: PairRef[] = mentors.flatMap((m) => mentees.map((t) => ({ mentorId: m.id, menteeId: t.id })));
  const forbidden = pairs.filter(() => rng() < 0.15);
  const locked = rng() < 0.3 ? pairs.filter(() => rng() < 0.1).slice(0, 2) : [];
  return {
    mentors,
    mentees,
    options: {
      forbidden,
      locked,
      sameSubjectOnly: rng() < 0.25,
      capacityCap: rng() < 0.3 ? 1 : undefined,
      objective: rng() < 0.3 ? 'score' : 'coverage',
    },
  };
}

const norm = (s: string) => s.trim().toLowerCase();

function allowed(m: MentorCandidate, t: MenteeCandidate, o: MatchOptions): boolean {
  if (m.id === t.id || (m.email && t.email && norm(m.email) === norm(t.email))) return false;
  if (o.forbidden?.some((p) => p.mentorId === m.id && p.menteeId === t.id)) return false;
  if (o.sameSubjectOnly && !m.subjects.some((s) => t.subjects.map(norm).includes(norm(s)))) return false;
  return true;
}

/** The best (matched count, total score in hundredths) by trying every assignment of the free mentees. */
export function bruteForce({ mentors, mentees, options }: Instance): { count: number; total: number } {
  const cap = mentors.map((m) => Math.min(m.capacity ?? 1, options.capacityCap ?? Infinity));
  let count = 0;
  let total = 0;
  const lockedMentees = new Set<string>();
  // Of two locks on one mentee the first mentor in the stable order wins: by e-mail, those without one last.
  const rank = (m: MentorCandidate) => `${m.email ? 0 : 1}${m.email ?? ''}\u0000${m.id}`;
  const rankOf = new Map(mentors.map((m) => [m.id, rank(m)]));
  const locks = [...(options.locked ?? [])].sort((a, b) =>
    rankOf.get(a.mentorId)! < rankOf.get(b.mentorId)! ? -1 : 1,
  );
  for (const l of locks) {
    const j = mentors.findIndex((m) => m.id === l.mentorId);
    const t = mentees.find((x) => x.id === l.menteeId)!;
    // A lock is kept whatever the other rules say, except pairing a person with themselves.
    const self = !allowed(mentors[j], t, { forbidden: [], sameSubjectOnly: false });
    if (lockedMentees.has(l.menteeId) || self) continue;
    lockedMentees.add(l.menteeId);
    cap[j]--;
    count++;
    total += hundredths(scorePair(mentors[j], t).score);
  }
  const free = mentees.filter((t) => !lockedMentees.has(t.id));
  const score = free.map((t) =>
    mentors.map((m) => (allowed(m, t, options) ? hundredths(scorePair(m, t).score) : -1)),
  );
  const coverage = options.objective !== 'score';
  let best = { count: -1, total: -1 };
  const left = cap.map((c) => Math.max(0, c));
  const go = (i: number, c: number, s: number) => {
    if (i === free.length) {
      if (coverage ? c > best.count || (c === best.count && s > best.total) : s > best.total)
        best = { count: c, total: s };
      return;
    }
    go(i + 1, c, s);
    for (let j = 0; j < mentors.length; j++) {
      if (score[i][j] < 0 || left[j] === 0) continue;
      left[j]--;
      go(i + 1, c + 1, s + score[i][j]);
      left[j]++;
    }
  };
  go(0, 0, 0);
  return { count: best.count + count, total: best.total + total };
}

/** Every hard rule holds and every number is consistent. */
export function checkValid({ mentors, mentees, options }: Instance, r: MatchResult): void {
  const seen = new Set<string>();
  let total = 0;
  for (const g of r.groups) {
    const m = mentors.find((x) => x.id === g.mentorId)!;
    const lockedHere = g.pairs.filter((p) => p.locked).length;
    const cap = Math.min(m.capacity ?? 1, options.capacityCap ?? Infinity);
    expect(g.menteeIds.length - lockedHere).toBeLessThanOrEqual(Math.max(0, cap - lockedHere));
    expect(g.kind).toBe(g.menteeIds.length > 1 ? 'группа' : 'пара');
    for (const p of g.pairs) {
      const t = mentees.find((x) => x.id === p.menteeId)!;
      expect(seen.has(t.id)).toBe(false);
      seen.add(t.id);
      if (!p.locked) expect(allowed(m, t, options)).toBe(true);
      expect(p.score).toBe(scorePair(m, t).score);
      total += hundredths(p.score);
    }
    expect(hundredths(g.score)).toBe(g.pairs.reduce((s, p) => s + hundredths(p.score), 0));
  }
  expect(hundredths(r.totalScore)).toBe(total);
  expect(r.matchedCount).toBe(seen.size);
  for (const u of r.unmatched) expect(seen.has(u.menteeId)).toBe(false);
  expect(seen.size + r.unmatched.length).toBe(mentees.length);
}
