import { greedyMatch } from '../../../bench/greedy';
import { Scoring } from '../../../src/domain/matching/score';
import {
  DEFAULT_WEIGHTS,
  SCORE_KEYS,
  matchParticipants,
  scorePair,
  subjectArea,
} from '../../../src/domain/matching';
import type {
  MatchOptions,
  MatchResult,
  MenteeCandidate,
  MentorCandidate,
  PairRef,
} from '../../../src/domain/matching';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mentor = (id: string, o: Partial<MentorCandidate> = {}): MentorCandidate => ({
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

const mentee = (id: string, o: Partial<MenteeCandidate> = {}): MenteeCandidate => ({
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
const assignment = (r: MatchResult) =>
  Object.fromEntries(r.groups.flatMap((g) => g.menteeIds.map((id) => [id, g.mentorId])));

const hundredths = (x: number) => Math.round(x * 100);

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

function randomInstance(rng: () => number, maxMentors: number, maxMentees: number): Instance {
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
function bruteForce({ mentors, mentees, options }: Instance): { count: number; total: number } {
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
function checkValid({ mentors, mentees, options }: Instance, r: MatchResult): void {
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

describe('matchParticipants: optimality', () => {
  it('equals brute force on 400 small random instances (both objectives, all rules)', () => {
    const rng = mulberry32(20220908);
    for (let n = 0; n < 400; n++) {
      const inst = randomInstance(rng, 3, 6);
      const r = matchParticipants(inst.mentors, inst.mentees, inst.options);
      checkValid(inst, r);
      const best = bruteForce(inst);
      if (inst.options.objective !== 'score') expect(r.matchedCount).toBe(best.count);
      expect(hundredths(r.totalScore)).toBe(best.total);
    }
  });

  it('sparsified results still keep every rule and never beat the exact optimum', () => {
    const rng = mulberry32(7);
    for (let n = 0; n < 150; n++) {
      const inst = randomInstance(rng, 4, 6);
      const exact = matchParticipants(inst.mentors, inst.mentees, inst.options);
      const sparse = matchParticipants(inst.mentors, inst.mentees, {
        ...inst.options,
        candidatesPerMentee: 1,
      });
      checkValid(inst, sparse);
      expect(sparse.stats.candidatesPerMentee).toBe(1);
      expect(sparse.stats.edges).toBeLessThanOrEqual(exact.stats.edges);
      // Coverage first: the sparse graph holds a maximum matching of the whole one, so it matches as many.
      if (inst.options.objective !== 'score') expect(sparse.matchedCount).toBe(exact.matchedCount);
      expect(sparse.totalScore).toBeLessThanOrEqual(exact.totalScore);
    }
  });

  describe('coverage on the default path above FULL_GRAPH_LIMIT (best 20 candidates each way)', () => {
    // Strong mentors are every mentee's best 20; the identical mentees rank each plain mentor's best 20 by
    // order alone. Without a maximum matching of the whole graph the sparse graph matched 40 of 501 and
    // 328 of 1,100.
    const pool = (strong: number, plain: number, mentees: number) => ({
      mentors: [
        ...Array.from({ length: strong }, (_, k) =>
          mentor(`MR-S${String(k).padStart(3, '0')}`, {
            competences: ['Работа с родителями'],
            category: 'высшая',
          }),
        ),
        ...Array.from({ length: plain }, (_, k) =>
          mentor(`MR-P${String(k).padStart(3, '0')}`, {
            competences: [],
            category: 'без категории',
            experienceYears: 3,
          }),
        ),
      ],
      mentees: Array.from({ length: mentees }, (_, k) => mentee(`MT-${String(k).padStart(4, '0')}`)),
    });

    it.each([
      [21, 480, 1000, 501, 'у 501 подходящего наставника'],
      [25, 475, 1100, 500, 'у 500 подходящих наставников'],
    ])(
      '%i strong + %i plain mentors, %i identical mentees: %i matched',
      (strong, plain, n, expected, who) => {
        const { mentors, mentees } = pool(strong, plain, n);
        const r = matchParticipants(mentors, mentees);
        expect(r.stats.candidatesPerMentee).toBe(20);
        expect(r.stats.allowedPairs).toBeGreaterThan(500_000);
        expect(r.matchedCount).toBe(expected);
        checkValid({ mentors, mentees, options: {} }, r);
        // Every strong mentor still serves someone: the best pairs are not traded for coverage.
        const serving = new Set(r.groups.map((g) => g.mentorId));
        expect(mentors.slice(0, strong).every((m) => serving.has(m.id))).toBe(true);
        expect(new Set(r.unmatched.map((u) => u.reason))).toEqual(
          new Set([`нет свободных наставников: ${who} заняты все места`]),
        );
      },
    );
  });

  it('beats greedy where greedy takes the single best pair first', () => {
    // MT-1 is served equally well by both mentors (85); MT-2 needs MR-A (65, or 30 with MR-B). Greedy takes
    // MR-A for MT-1 first (ties by id) and leaves MT-2 the weak pair: 115 instead of 150.
    const mentors = [
      mentor('MR-A', { competences: ['Работа с родителями', 'Подготовка к аттестации'] }),
      mentor('MR-B', { competences: ['Работа с родителями'] }),
    ];
    const mentees = [
      mentee('MT-1', { requests: ['Работа с родителями'] }),
      mentee('MT-2', { requests: ['Подготовка к аттестации'], subjects: ['История'] }),
    ];
    const best = matchParticipants(mentors, mentees);
    const greedy = greedyMatch(mentors, mentees);
    expect(assignment(best)).toEqual({ 'MT-1': 'MR-B', 'MT-2': 'MR-A' });
    expect(best.totalScore).toBe(150);
    expect(assignment(greedy)).toEqual({ 'MT-1': 'MR-A', 'MT-2': 'MR-B' });
    expect(greedy.totalScore).toBe(115);
  });

  it('matches as many mentees as possible by default, the top score with objective «score»', () => {
    // MR-A suits MT-1 well and MT-2 barely; MR-B may take only MT-1 (MT-2 is forbidden with it).
    const mentors = [
      mentor('MR-A'),
      mentor('MR-B', { subjects: ['Музыка'], experienceYears: 1, category: '', competences: [] }),
    ];
    const mentees = [
      mentee('MT-1'),
      mentee('MT-2', { subjects: ['Химия'], requests: ['Подготовка к аттестации'] }),
    ];
    const forbidden = [{ mentorId: 'MR-B', menteeId: 'MT-2' }];
    const coverage = matchParticipants(mentors, mentees, { forbidden });
    expect(coverage.matchedCount).toBe(2);
    expect(assignment(coverage)).toEqual({ 'MT-1': 'MR-B', 'MT-2': 'MR-A' });
    const score = matchParticipants(mentors, mentees, { forbidden, objective: 'score' });
    expect(score.totalScore).toBeGreaterThanOrEqual(coverage.totalScore);
  });
});

describe('matchParticipants: hard rules', () => {
  it('respects capacity and the settings cap, and says pair or group', () => {
    const mentors = [mentor('MR-1', { capacity: 3 }), mentor('MR-2', { capacity: 1, experienceYears: 4 })];
    const mentees = ['MT-1', 'MT-2', 'MT-3', 'MT-4', 'MT-5'].map((id) => mentee(id));
    const r = matchParticipants(mentors, mentees);
    expect(r.groups.map((g) => [g.mentorId, g.menteeIds.length, g.kind])).toEqual([
      ['MR-1', 3, 'группа'],
      ['MR-2', 1, 'пара'],
    ]);
    expect(r.unmatched).toEqual([
      { menteeId: 'MT-5', reason: 'нет свободных наставников: у 2 подходящих наставников заняты все места' },
    ]);
    const capped = matchParticipants(mentors, mentees, { capacityCap: 2 });
    expect(capped.groups.map((g) => g.menteeIds.length)).toEqual([2, 1]);
    expect(capped.unmatched).toHaveLength(2);
  });

  it('treats a missing capacity as one mentee and 0 as none', () => {
    const r = matchParticipants(
      [mentor('MR-1', { capacity: null }), mentor('MR-2', { capacity: 0 })],
      [mentee('MT-1'), mentee('MT-2')],
    );
    expect(r.matchedCount).toBe(1);
    expect(r.groups[0].mentorId).toBe('MR-1');
  });

  it('never pairs a person with themselves, by id or by e-mail', () => {
    const r = matchParticipants(
      [mentor('P-1'), mentor('MR-2', { email: 'Ivanova@School.example' })],
      [mentee('P-1'), mentee('MT-2', { email: 'ivanova@school.example ' })],
      {},
    );
    expect(assignment(r)).toEqual({ 'P-1': 'MR-2', 'MT-2': 'P-1' });
    const alone = matchParticipants(
      [mentor('MR-2', { email: 'a@b.ru' })],
      [mentee('MT-2', { email: 'A@b.ru' })],
    );
    expect(alone.unmatched).toEqual([
      {
        menteeId: 'MT-2',
        reason: 'все подходящие наставники исключены правилами: наставник и наставляемый — один человек',
      },
    ]);
  });

  it('never uses a forbidden pair, even the best one', () => {
    const mentors = [mentor('MR-1'), mentor('MR-2', { experienceYears: 3, category: 'первая' })];
    const forbidden = [{ mentorId: 'MR-1', menteeId: 'MT-1' }];
    const r = matchParticipants(mentors, [mentee('MT-1')], { forbidden });
    expect(assignment(r)).toEqual({ 'MT-1': 'MR-2' });
    const none = matchParticipants([mentors[0]], [mentee('MT-1')], { forbidden });
    expect(none.unmatched[0].reason).toBe(
      'все подходящие наставники исключены правилами: запрещённые куратором пары',
    );
  });

  it('keeps locked pairs as they are and counts them against capacity', () => {
    const mentors = [
      mentor('MR-1', { capacity: 2 }),
      mentor('MR-2', { subjects: ['Музыка'], experienceYears: 1 }),
    ];
    const mentees = [
      mentee('MT-1', { subjects: ['Музыка'], requests: [] }),
      mentee('MT-2'),
      mentee('MT-3', { youngTeacher: true }),
    ];
    // The optimum without locks gives MT-1 (music) to MR-2; the curator has locked MT-1 to MR-1.
    expect(assignment(matchParticipants(mentors, mentees))['MT-1']).toBe('MR-2');
    const r = matchParticipants(mentors, mentees, { locked: [{ mentorId: 'MR-1', menteeId: 'MT-1' }] });
    expect(assignment(r)['MT-1']).toBe('MR-1');
    expect(r.groups.map((g) => [g.mentorId, g.menteeIds.length])).toEqual([
      ['MR-1', 2],
      ['MR-2', 1],
    ]);
    const lockedPair = r.groups[0].pairs.find((p) => p.menteeId === 'MT-1')!;
    expect(lockedPair.locked).toBe(true);
    expect(lockedPair.explanation.startsWith('Закреплена куратором. ')).toBe(true);
    expect(r.groups[0].kind).toBe('группа');
  });

  it('keeps locked pairs beyond capacity, and warns about them and about unknown ids', () => {
    const r = matchParticipants([mentor('MR-1', { capacity: 1 })], [mentee('MT-1'), mentee('MT-2')], {
      locked: [
        { mentorId: 'MR-1', menteeId: 'MT-1' },
        { mentorId: 'MR-1', menteeId: 'MT-2' },
        { mentorId: 'MR-9', menteeId: 'MT-1' },
      ],
    });
    expect(assignment(r)).toEqual({ 'MT-1': 'MR-1', 'MT-2': 'MR-1' });
    expect(r.warnings).toEqual([
      'Закреплённая пара MR-9 — MT-1: наставник MR-9 не участвует в подборе; пара не учтена.',
      'Наставник MR-1: закреплённых наставляемых больше, чем допускает его нагрузка; закреплённые оставлены.',
    ]);
  });

  it('with «только свой предмет» pairs only teachers of a common subject, and says why not', () => {
    const mentors = [mentor('MR-1', { subjects: ['Физика'], capacity: 3 })];
    const mentees = [
      mentee('MT-1', { subjects: ['физика'] }),
      mentee('MT-2', { subjects: ['Математика'] }),
      mentee('MT-3', { subjects: [] }),
    ];
    const r = matchParticipants(mentors, mentees, { sameSubjectOnly: true });
    expect(assignment(r)).toEqual({ 'MT-1': 'MR-1' });
    expect(r.unmatched).toEqual([
      { menteeId: 'MT-2', reason: 'нет наставника по предмету при правиле «только свой предмет»' },
      { menteeId: 'MT-3', reason: 'не указан предмет, а включено правило «только свой предмет»' },
    ]);
    expect(matchParticipants(mentors, mentees).matchedCount).toBe(3);
  });

  it('says so when there are no mentors at all', () => {
    expect(matchParticipants([], [mentee('MT-1')]).unmatched).toEqual([
      { menteeId: 'MT-1', reason: 'нет наставников, допущенных к подбору (отобранных и давших согласие)' },
    ]);
  });

  it('gives the only slot to the young teacher', () => {
    const r = matchParticipants(
      [mentor('MR-1')],
      [mentee('MT-1'), mentee('MT-2', { youngTeacher: true }), mentee('MT-3')],
    );
    expect(assignment(r)).toEqual({ 'MT-2': 'MR-1' });
  });
});

describe('matchParticipants: determinism', () => {
  const rng = mulberry32(42);
  const inst = randomInstance(rng, 12, 30);
  inst.mentors.forEach((m) => (m.capacity = 2));
  inst.options = { forbidden: inst.options.forbidden };

  it('returns the same result for the same input, and for the input in another order', () => {
    const a = matchParticipants(inst.mentors, inst.mentees, inst.options);
    const b = matchParticipants(inst.mentors, inst.mentees, inst.options);
    expect(b).toEqual(a);
    const shuffle = <T>(items: T[]) => {
      const r = mulberry32(99);
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    };
    const c = matchParticipants(shuffle(inst.mentors), shuffle(inst.mentees), {
      forbidden: shuffle([...(inst.options.forbidden ?? [])]),
    });
    expect(c).toEqual(a);
    expect(a.matchedCount).toBeGreaterThan(0);
  });

  it('gives the same pairs, by e-mail, whatever ids the rows got', () => {
    // Identical mentors and mentees: every assignment of the same size scores the same, so only the
    // tie-break decides, and it must not be the random row ids of a workbook.
    const byEmail = (seed: number) => {
      const r = mulberry32(seed);
      const id = (prefix: string) => `${prefix}-${Math.floor(r() * 1e9).toString(36)}`;
      const mentors = [3, 1, 1, 2].map((capacity, k) =>
        mentor(id('MR'), { email: `mentor${k}@school.example`, capacity }),
      );
      const mentees = Array.from({ length: 5 }, (_, k) =>
        mentee(id('MT'), { email: `mentee${k}@school.example` }),
      );
      const email = new Map([...mentors, ...mentees].map((p) => [p.id, p.email]));
      return matchParticipants(mentors, mentees)
        .groups.map((g) => `${email.get(g.mentorId)}: ${g.menteeIds.map((i) => email.get(i)).join(' ')}`)
        .sort();
    };
    const first = byEmail(1);
    for (let seed = 2; seed < 10; seed++) expect(byEmail(seed)).toEqual(first);
    // Mentees in e-mail order take the first mentor in e-mail order with a slot left.
    expect(first).toEqual([
      'mentor0@school.example: mentee0@school.example mentee1@school.example mentee2@school.example',
      'mentor1@school.example: mentee3@school.example',
      'mentor2@school.example: mentee4@school.example',
    ]);
  });

  it('is the same whether the solver routes mentees or mentor slots (scarce or plentiful slots)', () => {
    // Plenty of slots: mentees go on the left; scarce: mentors do. Both must reach the brute-force optimum.
    const r = mulberry32(5);
    for (let n = 0; n < 100; n++) {
      const small = randomInstance(r, 3, 6);
      small.mentors.forEach((m, k) => (m.capacity = n % 2 ? 3 : k === 0 ? 1 : 0));
      small.options = { objective: 'coverage' };
      const res = matchParticipants(small.mentors, small.mentees, small.options);
      const best = bruteForce(small);
      expect([res.matchedCount, hundredths(res.totalScore)]).toEqual([best.count, best.total]);
    }
  });
});

describe('the solver scores pairs exactly as scorePair does', () => {
  it('row by row, to the hundredth, with few or many distinct subjects and topics', () => {
    const rng = mulberry32(31);
    for (let n = 0; n < 60; n++) {
      const inst = randomInstance(rng, 6, 6);
      // Every other instance has more than 32 distinct subjects and topics: bit sets of several words.
      if (n % 2)
        inst.mentors.forEach((m, k) => {
          m.subjects = [...m.subjects, ...Array.from({ length: 20 }, (_, x) => `Предмет ${k * 20 + x}`)];
          m.competences = [...m.competences, ...Array.from({ length: 40 }, (_, x) => `Тема ${x}`)];
        });
      const weights = { ...DEFAULT_WEIGHTS, requests: 33.3, experience: 7 + n };
      const w = Float64Array.from(SCORE_KEYS.map((key) => weights[key]));
      const scoring = new Scoring(inst.mentors, inst.mentees, 4);
      inst.mentees.forEach((t, i) => {
        const row = scoring.row(i, w, new Int32Array(inst.mentors.length));
        expect(Array.from(row)).toEqual(
          inst.mentors.map((m) => Math.round(scorePair(m, t, weights, 4).score * 100)),
        );
      });
    }
  });
});

describe('explanations and scores', () => {
  it('explains a pair in Russian', () => {
    const m = mentor('MR-1', {
      experienceYears: 25,
      competences: ['Работа с родителями', 'Подготовка к аттестации', 'Функциональная грамотность'],
    });
    const t = mentee('MT-1', {
      experienceYears: 7,
      subjects: ['математика'],
      requests: ['Работа с родителями', 'Подготовка к аттестации'],
    });
    const r = matchParticipants([m], [t]);
    expect(r.groups[0].explanation).toBe(
      'Закрывает запросы: Работа с родителями, Подготовка к аттестации; общий предмет: Математика; ' +
        'стаж наставника больше на 18 лет; высшая категория',
    );
    expect(r.groups[0].kind).toBe('пара');
  });

  it('explains a group mentee by mentee', () => {
    const r = matchParticipants(
      [mentor('MR-1', { capacity: 2 })],
      [
        mentee('MT-1', { fullName: 'Петрова Мария Ивановна' }),
        mentee('MT-2', { fullName: 'Смирнова Ольга Павловна', youngTeacher: true }),
      ],
    );
    expect(r.groups[0].explanation.split('\n')).toEqual([
      'Петрова М.И.: Закрывает запрос: Работа с родителями; общий предмет: Математика; стаж наставника больше на 18 лет; высшая категория',
      'Смирнова О.П.: Закрывает запрос: Работа с родителями; общий предмет: Математика; стаж наставника больше на 18 лет; высшая категория; молодой специалист — в приоритете',
    ]);
  });

  it('scores each part from the weights', () => {
    const parts = (m: MentorCandidate, t: MenteeCandidate) =>
      Object.fromEntries(scorePair(m, t).parts.map((p) => [p.key, p.points]));
    const base = scorePair(mentor('MR-1'), mentee('MT-1'));
    expect(base.parts.map((p) => p.label)).toEqual([
      'Запросы',
      'Предмет',
      'Предметная область',
      'Стаж',
      'Категория',
      'Молодой специалист',
      'Формат встреч',
      'Время встреч',
    ]);
    expect(base.score).toBe(35 + 20 + 15 + 10 + 2.5 + 2.5); // unknown format and time: half
    expect(base.score).toBeCloseTo(
      base.parts.reduce((s, p) => s + p.points, 0),
      6,
    );

    // Half the requests, subject area only, gap of 2 years, first category, young teacher.
    const m = mentor('MR-1', {
      subjects: ['Физика'],
      experienceYears: 6,
      category: 'первая',
      competences: ['Работа с родителями'],
      format: 'смешанный',
      times: ['после уроков'],
    });
    const t = mentee('MT-1', {
      experienceYears: 4,
      youngTeacher: true,
      requests: ['Работа с родителями', 'Подготовка к аттестации'],
      format: 'дистанционно',
      times: ['до уроков'],
    });
    expect(parts(m, t)).toEqual({
      requests: 17.5,
      subject: 0,
      subjectArea: 10,
      experience: 6,
      category: 5,
      youngTeacher: 10,
      format: 5,
      time: 0,
    });
    const detail = Object.fromEntries(scorePair(m, t).parts.map((p) => [p.key, p.detail]));
    expect(detail.requests).toBe('закрывает запрос: Работа с родителями (1 из 2)');
    expect(detail.subjectArea).toBe('та же предметная область: естественно-математические предметы');
    expect(detail.experience).toBe('стаж наставника больше на 2 года');
    expect(detail.format).toBe('формат встреч: дистанционно');

    // A mentor with less experience earns nothing for it; incompatible formats earn nothing.
    const junior = parts(
      mentor('MR-2', { experienceYears: 1, format: 'очно' }),
      mentee('MT-2', { format: 'дистанционно' }),
    );
    expect([junior.experience, junior.format]).toEqual([0, 0]);
  });

  it('uses configurable weights', () => {
    const weights = { ...DEFAULT_WEIGHTS, requests: 0, youngTeacher: 100 };
    const s = scorePair(mentor('MR-1'), mentee('MT-1', { youngTeacher: true }), weights);
    expect(s.parts.find((p) => p.key === 'requests')!.points).toBe(0);
    expect(s.parts.find((p) => p.key === 'youngTeacher')!.max).toBe(100);
    const r = matchParticipants([mentor('MR-1')], [mentee('MT-1', { youngTeacher: true })], { weights });
    expect(r.totalScore).toBe(s.score);
  });

  it('knows subject areas', () => {
    expect(subjectArea('Алгебра')).toBe('естественно-математические предметы');
    expect(subjectArea('Физическая культура')).toBe('искусство, технология, физкультура');
    expect(subjectArea('ИЗО')).toBe('искусство, технология, физкультура');
    expect(subjectArea('Литература')).toBe('гуманитарные предметы');
    expect(subjectArea('Начальные классы')).toBe('начальные классы');
    expect(subjectArea('Английский язык')).toBe('иностранные языки');
    expect(subjectArea('Астрология')).toBe('');
  });
});
