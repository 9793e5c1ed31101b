/**
 * Simulated answers for the questionnaires of the year (stages 6–7): the mentors' meeting reports, the January
 * interim feedback, the monitoring surveys (a form per role) and the curator's questionnaire. Only participants of approved pairs/groups answer (the
 * add-on erases anyone else's answer); the ratings are realistic 1–10 values with some variation, the same for
 * the same workbook. Meeting reports are dated from October (or the pair's approval) up to the emulated today,
 * at most the end of May, and sent in date order with the emulated clock set to each meeting's day.
 */
import type { Emulator } from '../emulator';
import type { FormState } from '../emulator/core/state';
import { allQuestions, formDefinitions } from '../src/domain/forms/definitions';
import { GOALS, STAY_YES, STUDENT_RESULTS } from '../src/domain/forms/monitoring-items';
import {
  CURATOR_SUPPORT,
  MEETINGS_AS_PLANNED,
  NO_SUPPORT,
  PLAN_PROGRESS,
} from '../src/domain/forms/interim-forms';
import { CATEGORIES } from '../src/domain/schema/sheets';
import { readCurators } from '../src/services/access/curators';
import { FORMATS, TOPICS } from '../src/domain/forms/topics';
import type { FormDefinition, Question } from '../src/domain/forms/types';
import type { PairRef } from '../src/domain/meetings';
import { zonedParts } from '../src/domain/time/zone';
import { createGasPorts } from '../src/gas/ports';
import { loadProgrammePairs, type ProgrammePairs } from '../src/services/meetings/pairs';
import { timeZoneOf, wallInstant } from './clock';

export const PROGRAMME_KEYS = [
  'meeting',
  'interim',
  'interimMentor',
  'interimMentee',
  'impactBeforeMentor',
  'impactBeforeMentee',
  'satisfactionMentor',
  'satisfactionMentee',
  'impactAfterMentor',
  'impactAfterMentee',
  'curator',
] as const;
export type ProgrammeKey = (typeof PROGRAMME_KEYS)[number];

const DEFINITIONS = formDefinitions();

type SubmittedAnswers = Record<string, string | string[]>;

/** One answer to send: who, what, and the moment the emulated clock shows while sending it. */
export interface PlannedAnswer {
  email: string;
  answers: SubmittedAnswers;
  /** The emulated clock while it is sent; null: now. */
  at: Date | null;
  /** For the "already answered" check of meeting reports. */
  key: string;
}

/** A small deterministic generator per seed (mulberry32 over a string hash). */
function rng(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619) >>> 0;
  return () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const clamp = (n: number) => Math.max(1, Math.min(10, Math.round(n)));
const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86400000;

/** The approved pairs/groups as the add-on reads them (the emulator's services installed in Node). */
export function programmePairs(emulator: Emulator): ProgrammePairs {
  emulator.install(globalThis);
  return loadProgrammePairs(createGasPorts());
}

const scale = (def: FormDefinition) => allQuestions(def).filter((q) => q.kind === 'scale');

/** Answers keyed by question key → by title, only for questions the form really has. */
function byTitle(
  def: FormDefinition,
  form: FormState,
  values: Record<string, string | string[] | null>,
): SubmittedAnswers {
  const titles = new Set(form.items.map((i) => i.title));
  const out: SubmittedAnswers = {};
  for (const q of allQuestions(def)) {
    if (!titles.has(q.title)) continue;
    const value = q.key in values ? values[q.key] : plain(q);
    if (value !== null && value !== '') out[q.title] = value;
  }
  return out;
}

function plain(q: Question): string | null {
  if (!q.required) return null;
  if (q.kind === 'scale') return String(q.scale?.to ?? 5);
  if (q.choices?.length) return q.choices[0];
  return q.validation === 'count' || q.validation === 'number' ? '1' : 'Нет';
}

// ---- meeting reports ----

const MEETING_TOPICS = [
  'Планирование урока и технологическая карта',
  'Анализ посещённого урока',
  'Дисциплина и управление классом',
  'Подготовка к родительскому собранию',
  'Оценивание и обратная связь ученикам',
  'Подготовка к ОГЭ и ЕГЭ',
  'Проектная деятельность обучающихся',
  'Цифровые ресурсы на уроке',
  'Подготовка открытого урока',
  'Самоанализ и профессиональные цели',
  TOPICS[5],
];
const RESULTS = [
  'Составили технологическую карту урока, обсудили этапы и время.',
  'Разобрали посещённый урок: сильные стороны и что изменить.',
  'Договорились о приёмах удержания внимания класса, наставляемый попробует их на неделе.',
  'Подготовили план беседы с родителями и памятку.',
  'Сверили критерии оценивания и подобрали задания для формирующего оценивания.',
  'Подобрали материалы и наметили план подготовки.',
];
const NEXT_STEPS = [
  'Посетить урок наставника',
  'Провести урок по новой карте и обсудить',
  'Подготовить самоанализ урока',
  '',
];

/** The dates a pair meets between `from` and `to` (wall dates, noon UTC): about every two weeks. */
function meetingDates(pair: PairRef, from: Date, to: Date): Date[] {
  const random = rng(`meetings:${pair.id}`);
  // Most pairs meet every two weeks; some weekly at first, one in four only about monthly.
  const rhythm = random() < 0.25 ? 28 : random() < 0.3 ? 10 : 14;
  const out: Date[] = [];
  let t = from.getTime() + Math.floor(random() * 6) * DAY;
  while (t <= to.getTime()) {
    const d = new Date(t);
    const weekday = d.getUTCDay();
    const school = weekday === 0 ? t + DAY : weekday === 6 ? t + 2 * DAY : t;
    if (school <= to.getTime()) out.push(new Date(school));
    // Holidays and sick leave: now and then a longer gap.
    t = school + (rhythm + Math.floor(random() * 5) - 2 + (random() < 0.1 ? 14 : 0)) * DAY;
  }
  return out;
}

/** A wall date (YYYY-MM-DD) of an instant in the spreadsheet's time zone. */
function wallDate(at: Date, timeZone: string): Date {
  const p = zonedParts(at, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, 12));
}

const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const surnameOf = (fullName: string) => fullName.trim().split(/\s+/)[0] ?? '';

/** Every report the mentors of the active pairs would have sent by the emulated today. */
export function plannedMeetingReports(
  emulator: Emulator,
  form: FormState,
  programme: ProgrammePairs,
  academicYearStart: number,
): PlannedAnswer[] {
  const def = DEFINITIONS.meeting;
  const tz = timeZoneOf(emulator);
  const today = wallDate(emulator.ctx.now(), tz);
  const october = new Date(Date.UTC(academicYearStart, 9, 1, 12));
  const endOfMay = new Date(Date.UTC(academicYearStart + 1, 4, 31, 12));
  const to = today.getTime() < endOfMay.getTime() ? today : endOfMay;
  const pairsOfMentor = new Map<string, number>();
  for (const p of programme.active)
    pairsOfMentor.set(p.mentorEmail, (pairsOfMentor.get(p.mentorEmail) ?? 0) + 1);
  const out: PlannedAnswer[] = [];
  for (const pair of programme.active) {
    const approved = pair.approvedAt ? wallDate(new Date(pair.approvedAt.getTime() + 7 * DAY), tz) : october;
    const from = approved.getTime() > october.getTime() ? approved : october;
    const several = (pairsOfMentor.get(pair.mentorEmail) ?? 0) > 1;
    const mentee = several ? surnameOf(pair.menteeNames[0] ?? '') : '';
    meetingDates(pair, from, to).forEach((date, n) => {
      const random = rng(`meeting:${pair.id}:${n}`);
      const values = {
        date: iso(date),
        mentee: mentee || null,
        topic: pick(random, MEETING_TOPICS),
        format: random() < 0.75 ? FORMATS[0] : pick(random, FORMATS),
        durationMin: String(pick(random, [30, 40, 45, 45, 60, 90])),
        result: pick(random, RESULTS),
        nextStep: pick(random, NEXT_STEPS) || null,
      };
      out.push({
        email: pair.mentorEmail,
        answers: byTitle(def, form, values),
        // Reported the same afternoon.
        at: wallInstant(
          tz,
          date.getUTCFullYear(),
          date.getUTCMonth() + 1,
          date.getUTCDate(),
          15,
          5 + Math.floor(random() * 50),
        ),
        key: meetingKey(pair.mentorEmail, iso(date), mentee),
      });
    });
  }
  // A meeting of today is reported by now at the latest.
  const now = emulator.ctx.now().getTime();
  for (const p of out) if (p.at && p.at.getTime() > now) p.at = new Date(now);
  return out.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
}

const meetingKey = (email: string, date: string, mentee: string) =>
  `${email.trim().toLowerCase()}|${date}|${mentee.trim().toLowerCase()}`;

/** The keys of the meeting reports the form already has. */
export function sentMeetingKeys(form: FormState): Set<string> {
  const def = DEFINITIONS.meeting;
  const title = (key: string) => allQuestions(def).find((q) => q.key === key)?.title;
  const itemId = (key: string) => form.items.find((i) => i.title === title(key))?.id;
  const dateId = itemId('date');
  const menteeId = itemId('mentee');
  const keys = new Set<string>();
  for (const r of form.responses) {
    const date = dateId === undefined ? '' : String(r.answers[dateId] ?? '');
    const mentee = menteeId === undefined ? '' : String(r.answers[menteeId] ?? '');
    keys.add(meetingKey(r.email, date.slice(0, 10), mentee));
  }
  return keys;
}

// ---- surveys ----

type SurveyFormKey = Exclude<ProgrammeKey, 'meeting'>;
type Survey = 'interim' | 'impactBefore' | 'satisfaction' | 'impactAfter' | 'curator';

/** The survey a form belongs to (each role has its own form of the monitoring's surveys). */
const surveyOf = (key: SurveyFormKey): Survey => key.replace(/Mentor$|Mentee$/, '') as Survey;

/** Who of the participants does not answer a survey (some never do). */
const SKIPS: Record<Survey, number> = {
  interim: 0.15,
  impactBefore: 0.05,
  satisfaction: 0.1,
  impactAfter: 0.05,
  curator: 0,
};

const SWOT_ANSWERS: Record<string, readonly string[]> = {
  swotStrengths: ['Регулярные встречи и разбор уроков.', 'Опытные и отзывчивые наставники.'],
  swotWeaknesses: ['Не хватает времени на встречи в расписании.', 'Мало посещений уроков друг друга.'],
  swotOpportunities: ['Методические объединения и открытые уроки.', 'Курсы повышения квалификации.'],
  swotThreats: ['Нагрузка педагогов.', 'Уход молодых специалистов.'],
};

const GOOD = [
  'Регулярные встречи и разбор конкретных уроков.',
  'Наставник всегда на связи, можно спросить в любой момент.',
  'Вместе подготовили открытый урок.',
  'Стало проще работать с трудным классом.',
];
const CHANGE = [
  'Больше посещать уроки друг друга.',
  'Хотелось бы встречаться чаще.',
  'Найти постоянное время для встреч в расписании.',
  'Больше практики по подготовке к экзаменам.',
];

const DIFFICULTIES = [
  'Не всегда хватает времени подготовиться к урокам.',
  'Трудно держать дисциплину в одном из классов.',
  'Разговоры с родителями пока даются тяжело.',
];
const DONE = [
  'Посетили уроки друг друга, разобрали технологическую карту.',
  'Подготовили план беседы с родителями.',
  'Составили рабочую программу на второе полугодие.',
];
const BEHIND = ['Открытый урок перенесли на февраль.', 'Не успели посетить уроки в параллели.'];

/**
 * The January answers beyond the ratings: the earlier single form's two free answers, or the questions of the
 * role's own form. An unhappy participant reports meetings falling through or the plan behind.
 */
function interimValues(random: () => number, unhappy: boolean, role: 'mentor' | 'mentee') {
  const values: Record<string, string | string[] | null> = {
    good: random() < 0.6 ? pick(random, GOOD) : null,
    change: random() < 0.4 ? pick(random, CHANGE) : null,
    int_change: random() < 0.4 ? pick(random, CHANGE) : null,
  };
  if (role === 'mentee') {
    values.int_meetings =
      MEETINGS_AS_PLANNED[unhappy ? 1 + Math.floor(random() * 2) : random() < 0.85 ? 0 : 1];
    values.int_requests = [pick(random, TOPICS), pick(random, TOPICS)].filter(
      (t, i, all) => all.indexOf(t) === i,
    );
    values.int_difficulties = random() < 0.5 ? pick(random, DIFFICULTIES) : null;
  } else {
    values.int_plan = PLAN_PROGRESS[unhappy ? 2 : random() < 0.7 ? 0 : 1];
    values.int_done = random() < 0.7 ? pick(random, DONE) : null;
    values.int_behind = values.int_plan === PLAN_PROGRESS[0] ? null : pick(random, BEHIND);
    values.int_support = [random() < 0.7 ? NO_SUPPORT : pick(random, CURATOR_SUPPORT.slice(0, -1))];
  }
  return values;
}

/** A person's self-assessment of one impact item before the programme (mentors rate themselves higher). */
function impactBefore(email: string, item: string, mentor: boolean): number {
  const random = rng(`impact:${email}:${item}`);
  return clamp(mentor ? 7 + random() * 2.4 : 3 + random() * 3.4);
}

function surveyValues(
  survey: Survey,
  email: string,
  role: 'mentor' | 'mentee',
  def: FormDefinition,
  category: string | null,
): Record<string, string | string[] | null> | null {
  if (rng(`skip:${survey}:${email}`)() < SKIPS[survey]) return null;
  const random = rng(`${survey}:${email}`);
  const mentor = role === 'mentor';
  // Each person has a mood: most are content, a few less so.
  const mood = rng(`mood:${email}`)();
  const base = mood < 0.12 ? 5.5 : mentor ? 8.2 : 7.6;
  const values: Record<string, string | string[] | null> = {};
  for (const q of scale(def)) {
    if (survey === 'impactBefore') values[q.key] = String(impactBefore(email, q.key, mentor));
    else if (survey === 'impactAfter') {
      const gain = mentor ? random() * 1.3 : 0.8 + random() * 2.6;
      values[q.key] = String(clamp(impactBefore(email, q.key, mentor) + gain));
    } else values[q.key] = String(clamp(base + random() * 2.4 - 1.2));
  }
  if (survey === 'interim') Object.assign(values, interimValues(random, mood < 0.12, role));
  if (survey === 'satisfaction' || survey === 'curator') {
    // The curator answers every SWOT question; participants now and then.
    for (const [key, answers] of Object.entries(SWOT_ANSWERS))
      values[key] = survey === 'curator' || random() < 0.35 ? pick(random, answers) : null;
  }
  if (survey === 'satisfaction')
    values.goals = pick(random, mood < 0.12 ? GOALS.slice(2) : GOALS.slice(0, 3));
  if (survey === 'impactAfter') {
    values.openLessons = String(Math.floor(random() * (mentor ? 4 : 3)) + (mentor ? 1 : 0));
    values.publications = String(Math.floor(random() * (mentor ? 3 : 2)));
    values.competitions = String(Math.floor(random() * 2.4));
    const stay = random();
    values.stay = mood < 0.12 && stay < 0.5 ? 'Нет' : stay < 0.12 ? 'Пока не знаю' : STAY_YES;
    // One in five went through attestation; most of them moved a category up.
    const attested = random() < 0.2;
    values.attested = attested ? 'Да' : 'Нет';
    const at = CATEGORIES.indexOf((category ?? CATEGORIES[0]) as (typeof CATEGORIES)[number]);
    values.categoryNow = CATEGORIES[attested && at >= 0 && at < 3 ? Math.max(2, at + 1) : Math.max(0, at)];
    values.studentResults = pick(
      random,
      mood < 0.12 ? STUDENT_RESULTS.slice(1) : STUDENT_RESULTS.slice(0, 2),
    );
  }
  return values;
}

/** The answers of every participant who has not answered a survey yet (and will answer at all). */
export function plannedSurveyAnswers(
  emulator: Emulator,
  form: FormState,
  key: SurveyFormKey,
  programme: ProgrammePairs,
  academicYearStart: number,
): { planned: PlannedAnswer[]; skipped: number } {
  const answered = new Set(form.responses.map((r) => r.email.trim().toLowerCase()));
  const tz = timeZoneOf(emulator);
  const now = emulator.ctx.now();
  const survey = surveyOf(key);
  const def = DEFINITIONS[key];
  // The self-assessment before the programme was asked in early October; answered then if today is later.
  const october = wallInstant(tz, academicYearStart, 10, 3, 9, 0);
  const backdate = survey === 'impactBefore' && now.getTime() > october.getTime() + 14 * DAY;
  const respondents =
    survey === 'curator'
      ? curatorsOf(emulator).map((email) => ({ email, role: 'mentor' as const, category: null }))
      : [...programme.byEmail.values()].filter((p) => !def.audience || p.role === def.audience);
  const planned: PlannedAnswer[] = [];
  let skipped = 0;
  let n = 0;
  for (const person of respondents) {
    const email = person.email.trim().toLowerCase();
    if (answered.has(email)) {
      skipped++;
      continue;
    }
    const values = surveyValues(survey, email, person.role, def, person.category ?? null);
    if (!values) continue;
    // Answers come in over the school day (the clock then stays at the last one), or back in October.
    const at = backdate
      ? new Date(october.getTime() + (n % 8) * DAY + ((n * 47) % 420) * 60000)
      : new Date(now.getTime() + (3 + n * 11 + ((n * 7) % 9)) * 60000);
    n++;
    planned.push({ email, answers: byTitle(def, form, values), at, key: email });
  }
  return { planned, skipped };
}

/** The curators setup recorded (the emulator's services installed in Node). */
function curatorsOf(emulator: Emulator): string[] {
  emulator.install(globalThis);
  return readCurators(createGasPorts());
}
