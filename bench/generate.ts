/**
 * Seeded generator of realistic candidates for the matching benchmark: subjects as schools staff them,
 * requests and competences from TOPICS, experience and categories as in a typical staff.
 */
import { FORMATS, TIMES, TOPICS } from '../src/domain/forms/topics';
import type { MenteeCandidate, MentorCandidate } from '../src/domain/matching';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

/** Subject sets a teacher typically holds, with their share among teachers. */
const SUBJECT_SETS: readonly [string[], number][] = [
  [['Начальные классы'], 22],
  [['Русский язык', 'Литература'], 14],
  [['Математика'], 9],
  [['Математика', 'Информатика'], 3],
  [['Математика', 'Физика'], 2],
  [['Физика'], 3],
  [['Информатика'], 3],
  [['Химия'], 2],
  [['Химия', 'Биология'], 2],
  [['Биология'], 3],
  [['География'], 2],
  [['История', 'Обществознание'], 6],
  [['Английский язык'], 8],
  [['Немецкий язык'], 1],
  [['Физическая культура'], 5],
  [['Музыка'], 2],
  [['ИЗО'], 2],
  [['Технология'], 3],
  [['ОБЗР'], 1],
];

/** How often each topic is requested (mentees) — classroom management and parents top the lists. */
const REQUEST_WEIGHTS = [8, 10, 6, 9, 5, 6, 4, 5, 3, 6, 4, 4];

const SURNAMES = [
  'Иванова',
  'Смирнова',
  'Кузнецова',
  'Попова',
  'Васильева',
  'Петрова',
  'Соколова',
  'Морозова',
];
const NAMES = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана'];
const PATRONYMICS = ['Александровна', 'Сергеевна', 'Ивановна', 'Петровна', 'Викторовна', 'Николаевна'];

function pickWeighted<T>(rng: Rng, items: readonly [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rng() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1][0];
}

function sample<T>(rng: Rng, items: readonly T[], n: number, weights?: readonly number[]): T[] {
  const pool = items.map((item, k) => [item, weights ? weights[k] : 1] as [T, number]);
  const out: T[] = [];
  while (out.length < n && pool.length) {
    const item = pickWeighted(rng, pool);
    out.push(item);
    pool.splice(
      pool.findIndex(([x]) => x === item),
      1,
    );
  }
  return out;
}

const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const name = (rng: Rng) =>
  `${SURNAMES[int(rng, 0, 7)]} ${NAMES[int(rng, 0, 7)]} ${PATRONYMICS[int(rng, 0, 5)]}`;
const format = (rng: Rng) =>
  pickWeighted(rng, [
    [FORMATS[0], 5],
    [FORMATS[1], 1],
    [FORMATS[2], 4],
  ]);

export function generateMentors(rng: Rng, n: number): MentorCandidate[] {
  return Array.from({ length: n }, (_, k) => ({
    id: `MR-${String(k + 1).padStart(5, '0')}`,
    fullName: name(rng),
    email: `mentor${k + 1}@school.example`,
    subjects: pickWeighted(rng, SUBJECT_SETS),
    experienceYears: int(rng, 8, 40),
    category: pickWeighted(rng, [
      ['высшая', 50],
      ['первая', 35],
      ['педагог-наставник', 5],
      ['без категории', 10],
    ]),
    competences: sample(rng, TOPICS, int(rng, 2, 6)),
    capacity: pickWeighted(rng, [
      [1, 10],
      [2, 20],
      [3, 30],
      [4, 25],
      [5, 15],
    ]),
    format: format(rng),
    times: sample(rng, TIMES, int(rng, 1, 3)),
  }));
}

export function generateMentees(rng: Rng, n: number): MenteeCandidate[] {
  return Array.from({ length: n }, (_, k) => {
    const experienceYears = Math.min(int(rng, 0, 6) + int(rng, 0, 6) * (rng() < 0.3 ? 1 : 0), 15);
    return {
      id: `MT-${String(k + 1).padStart(5, '0')}`,
      fullName: name(rng),
      email: `mentee${k + 1}@school.example`,
      subjects: pickWeighted(rng, SUBJECT_SETS),
      experienceYears,
      category: experienceYears > 5 && rng() < 0.5 ? 'первая' : 'без категории',
      youngTeacher: experienceYears <= 3,
      requests: sample(rng, TOPICS, int(rng, 1, 4), REQUEST_WEIGHTS),
      format: format(rng),
      times: sample(rng, TIMES, int(rng, 1, 2)),
    };
  });
}
