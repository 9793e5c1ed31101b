/**
 * Simulated teachers answering the questionnaires on the desk: realistic answers from the demo school's staff,
 * built from the questionnaire definitions (question titles come from src/domain/forms/definitions.ts, so a
 * changed questionnaire is answered as it now reads), sent through the emulator's form submission so the
 * add-on's own onFormSubmit trigger handles each one. Deterministic: the same workbook gets the same answers.
 */
import type { Emulator } from '../emulator';
import type { FormState } from '../emulator/core/state';
import { CONSENT_NO, CONSENT_YES } from '../src/domain/forms/consent';
import { FORM_KEYS, allQuestions, formDefinitions } from '../src/domain/forms/definitions';
import { FORMATS, TIMES, TOPICS } from '../src/domain/forms/topics';
import type { FormDefinition, FormKey, Question } from '../src/domain/forms/types';
import { academicYearOf } from './clock';
import { DEMO_TEACHERS, type DemoTeacher } from './demo-school';
import {
  PROGRAMME_KEYS,
  plannedMeetingReports,
  plannedSurveyAnswers,
  programmePairs,
  sentMeetingKeys,
  type PlannedAnswer,
  type ProgrammeKey,
} from './simulate-year';

/** Titles and choices do not depend on the school's name (only the consent wording does). */
const DEFINITIONS = formDefinitions();

/** What one teacher sends: answers by question title, as emulator.submitForm takes them. */
type SubmittedAnswers = Record<string, string | string[]>;

/** The intake questionnaires the demo teachers answer (1.3, 2.1, 3.1). The meeting reports and surveys of
 * stages 6–7 are answered by the participants of approved pairs (see simulate-year.ts). */
export const SIMULATED_KEYS = ['prelim', 'mentee', 'mentor'] as const;
export type SimulatedKey = (typeof SIMULATED_KEYS)[number];

const isSimulated = (key: FormKey | null): key is SimulatedKey =>
  (SIMULATED_KEYS as readonly (FormKey | null)[]).includes(key);

/** Each questionnaire with a base has one teacher who declines the consent, to show the refusal. */
export const REFUSING_INDEX = 3;
/** The mentor who has not (yet) signed the consent to act as a mentor (ст. 351.8 ТК РФ). */
export const NO_MENTOR_CONSENT_INDEX = 6;

export interface SimulateOptions {
  /** Only this form (default: every questionnaire the workbook has). */
  formId?: string;
  /** At most this many answers per form. */
  count?: number;
  /** Runs one submission as one execution (the desk releases the locks after each). */
  execute?: <T>(fn: () => T) => T;
  /** Sets the emulated clock before the n-th answer of a form (seeding dates the answers in September). */
  clock?: (key: SimulatedKey, n: number) => Date | null;
  /** Throw at the first failed submission instead of collecting the error. */
  strict?: boolean;
  /** E-mails of teachers who never answer again (they withdrew their consent). */
  exclude?: ReadonlySet<string>;
}

/** A form's simulation report before anything was sent. */
function emptyReport(form: FormState, key: FormSimulation['key']): FormSimulation {
  return { formId: form.id, key, title: form.title, sent: 0, skipped: 0, errors: [] };
}

interface FormSimulation {
  formId: string;
  key: SimulatedKey | ProgrammeKey;
  title: string;
  sent: number;
  /** Teachers who had answered before. */
  skipped: number;
  /** Russian messages of submissions that failed (refused by Forms or by the trigger). */
  errors: string[];
}

export interface SimulationResult {
  sent: number;
  forms: FormSimulation[];
}

/** The questionnaire a form was built from: the definition whose question titles it carries most. */
function formKeyOf(form: Pick<FormState, 'title' | 'items'>): FormKey | null {
  const titles = new Set(form.items.map((i) => i.title));
  let best: FormKey | null = null;
  let bestScore = 0;
  for (const key of FORM_KEYS) {
    const questions = allQuestions(DEFINITIONS[key]);
    const found = questions.filter((q) => titles.has(q.title)).length;
    // Identity questions are shared by the mentee and mentor forms: the title decides a tie.
    const score = found / questions.length + (form.title === DEFINITIONS[key].title ? 0.5 : 0);
    if (found >= Math.ceil(questions.length / 2) && score > bestScore) {
      best = key;
      bestScore = score;
    }
  }
  return best;
}

/** Who answers which questionnaire, in the order they answer it. */
function respondents(key: SimulatedKey): DemoTeacher[] {
  if (key === 'mentee') return DEMO_TEACHERS.filter((t) => t.role === 'mentee');
  if (key === 'mentor') return DEMO_TEACHERS.filter((t) => t.role === 'mentor');
  return [...DEMO_TEACHERS];
}

/** A small deterministic generator per teacher and form (mulberry32 over a string hash). */
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

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** `n` distinct items, the preferred ones first, then random others; in the list's own order. */
function choose(
  random: () => number,
  all: readonly string[],
  preferred: readonly string[],
  n: number,
): string[] {
  const out = new Set<string>();
  for (const p of preferred) if (out.size < n && all.includes(p)) out.add(p);
  let guard = 0;
  while (out.size < n && guard++ < 100) out.add(pick(random, all));
  return all.filter((t) => out.has(t));
}

const T = (index: number) => TOPICS[index];
const PLANNING = T(0);
const DISCIPLINE = T(1);
const ASSESSMENT = T(2);
const PARENTS = T(3);
const DIGITAL = T(4);
const ATTESTATION = T(5);
const INCLUSION = T(6);
const EXAMS = T(7);
const PROJECTS = T(8);
const CLASS_TEACHER = T(9);
const LITERACY = T(10);
const BURNOUT = T(11);

/** The topics a teacher's subject brings up, as a request or as a competence. */
function subjectTopics(t: DemoTeacher): string[] {
  const s = `${t.position} ${t.subjects}`.toLowerCase();
  const out: string[] = [];
  if (/математик|русский|физик|хими|биолог|истори|английск|немецк|информатик|географ/.test(s))
    out.push(EXAMS);
  if (/начальные/.test(s)) out.push(LITERACY, PARENTS);
  if (/информатик/.test(s)) out.push(DIGITAL);
  if (/физик|хими|биолог|географ|технолог/.test(s)) out.push(PROJECTS);
  if (/физическая|обзр/.test(s)) out.push(DISCIPLINE);
  if (/психолог/.test(s)) out.push(BURNOUT, INCLUSION);
  if (/логопед/.test(s)) out.push(INCLUSION);
  if (/музык|изобразительн/.test(s)) out.push(CLASS_TEACHER, PROJECTS);
  return out;
}

function menteeRequests(t: DemoTeacher, random: () => number): string[] {
  const young = t.experienceYears <= 3;
  const preferred = young
    ? [pick(random, [DISCIPLINE, PLANNING, PARENTS]), ...subjectTopics(t).slice(0, 1)]
    : [ATTESTATION, ...subjectTopics(t).slice(0, 1)];
  // A young teacher does not ask about attestation or burnout yet.
  const pool = young ? TOPICS.filter((x) => x !== ATTESTATION && x !== BURNOUT) : TOPICS;
  return choose(random, pool, preferred, 2 + Math.floor(random() * 2));
}

function mentorCompetences(t: DemoTeacher, random: () => number): string[] {
  const preferred = [
    ...subjectTopics(t),
    ...(t.category === 'высшая' ? [ATTESTATION] : []),
    ...(t.experienceYears > 20 ? [CLASS_TEACHER, PLANNING] : [ASSESSMENT]),
  ];
  return choose(random, TOPICS, preferred, 3 + Math.floor(random() * 2));
}

const EXPECTATIONS = [
  'Хочу увереннее вести уроки и понимать, как удерживать внимание класса.',
  'Нужна помощь в составлении рабочей программы и технологических карт уроков.',
  'Хочу научиться спокойно и результативно разговаривать с родителями.',
  'Жду практических советов и возможности посещать уроки опытного коллеги.',
  'Хочу подготовиться к аттестации на первую категорию.',
  '',
];

const MOTIVATIONS = [
  'Помню, как трудно было в первые годы работы, и хочу помочь молодым коллегам.',
  'Готова делиться наработками: у меня много методических материалов, которые пригодятся коллегам.',
  'Наставничество помогает и мне самому смотреть на свои уроки свежим взглядом.',
  'Хочу, чтобы молодые педагоги оставались в профессии и в нашей школе.',
  '',
];

const AWARDS = [
  'Почётная грамота Министерства просвещения Российской Федерации',
  'Победитель муниципального конкурса «Учитель года»',
  'Благодарность министерства образования Кировской области',
  'Подготовила призёров регионального этапа Всероссийской олимпиады школьников',
];

const PRELIM_COMMENTS = [
  'Готов(а) участвовать, если встречи будут не чаще раза в неделю.',
  'Интересно было бы попробовать групповой формат.',
  'Хотелось бы наставника из своего методического объединения.',
];

const OTHER_TIMES = ['по средам после 14:00', 'в каникулы', 'во время «окон» в расписании'];

/** The subjects as the form's help asks: separated by semicolons. */
const subjectList = (t: DemoTeacher) =>
  t.subjects
    .split(/\s*,\s*/)
    .filter(Boolean)
    .join('; ');

function meetingTime(random: () => number): string[] {
  const times = choose(random, TIMES, [], 1 + Math.floor(random() * 2));
  return random() < 0.15 ? [...times, pick(random, OTHER_TIMES)] : times;
}

/**
 * One teacher's answers by question key. `index` is the teacher's place among the form's respondents: it
 * decides who declines a consent. Keys the simulation does not know get a plain answer if required.
 */
function answersByKey(
  key: SimulatedKey,
  teacher: DemoTeacher,
  index: number,
): Record<string, string | string[] | null> {
  const random = rng(`${key}:${teacher.fullName}`);
  const refuses = key !== 'prelim' && index === REFUSING_INDEX;
  const common = {
    // Somebody always types their name in small letters; the add-on normalises it.
    fullName: index % 9 === 7 ? teacher.fullName.toLowerCase() : teacher.fullName,
    position: teacher.position,
    subjects: subjectList(teacher) || null,
    experienceYears: String(teacher.experienceYears),
    category: teacher.category,
    format: random() < 0.6 ? FORMATS[0] : pick(random, FORMATS),
    time: meetingTime(random),
    consentPd: refuses ? CONSENT_NO : CONSENT_YES,
  };
  if (key === 'mentee') {
    return {
      ...common,
      youngTeacher: teacher.experienceYears <= 3 ? 'Да' : 'Нет',
      requests: menteeRequests(teacher, random),
      expectations: pick(random, EXPECTATIONS) || null,
    };
  }
  if (key === 'mentor') {
    return {
      ...common,
      awards: teacher.category === 'высшая' && random() < 0.6 ? pick(random, AWARDS) : null,
      competences: mentorCompetences(teacher, random),
      capacity: teacher.experienceYears > 30 ? '3' : teacher.experienceYears > 20 ? '2' : '1',
      motivation: pick(random, MOTIVATIONS) || null,
      consentMentor: index === NO_MENTOR_CONSENT_INDEX ? CONSENT_NO : CONSENT_YES,
      consentPublish: index % 3 === 0 ? CONSENT_NO : CONSENT_YES,
    };
  }
  const role =
    teacher.role === 'mentor'
      ? 'Наставник'
      : teacher.role === 'mentee'
        ? 'Наставляемый'
        : 'Пока не планирую участвовать';
  const directions =
    teacher.role === 'mentor'
      ? mentorCompetences(teacher, random).slice(0, 2)
      : teacher.role === 'mentee'
        ? menteeRequests(teacher, random)
        : choose(random, TOPICS, [], Math.floor(random() * 3));
  return {
    role,
    directions: directions.length ? directions : null,
    comment: random() < 0.2 ? pick(random, PRELIM_COMMENTS) : null,
  };
}

/** A plain answer to a question the simulation has no words for (a question added to a definition later). */
function plainAnswer(q: Question): string | string[] | null {
  if (!q.required) return null;
  switch (q.kind) {
    case 'choice':
    case 'list':
      return q.choices?.[0] ?? 'Да';
    case 'checkbox':
      return q.choices?.length ? [q.choices[0]] : ['Да'];
    case 'scale':
      return String(q.scale?.to ?? 5);
    case 'date':
      return '2022-09-15';
    default:
      return q.validation === 'number' ? '1' : 'Нет';
  }
}

/** The answers by question title, only for questions the form really has. */
function teacherAnswers(
  def: FormDefinition,
  teacher: DemoTeacher,
  index: number,
  formTitles: ReadonlySet<string>,
): SubmittedAnswers {
  if (!isSimulated(def.key)) return {};
  const byKey = answersByKey(def.key, teacher, index);
  const out: SubmittedAnswers = {};
  for (const section of def.sections) {
    for (const q of section.questions) {
      if (!formTitles.has(q.title)) continue;
      const value = q.key in byKey ? byKey[q.key] : plainAnswer(q);
      if (value === null || value === '' || (Array.isArray(value) && !value.length)) continue;
      out[q.title] = value;
    }
    // A choice that sends the form (a refusal of consent) ends the answers: the later pages are never shown.
    if (section.questions.some((q) => q.submitOn && out[q.title] === q.submitOn)) break;
  }
  return out;
}

const blank = (v: unknown) => v === undefined || v === null || v === '';

/** A response row the add-on erased (an answer without consent): only its timestamp is left. */
function hasErasedRow(emulator: Emulator, form: FormState): boolean {
  const dest = form.destination;
  if (!dest) return false;
  const sheet = emulator.state.spreadsheets[dest.spreadsheetId]?.sheets.find(
    (s) => s.sheetId === dest.sheetId,
  );
  return (sheet?.values ?? [])
    .slice(1)
    .some((row) => row.length > 1 && !blank(row[0]) && row.slice(1).every(blank));
}

/**
 * Who has already answered: by e-mail where the form collects it; the refusing teacher once the form shows an
 * erased answer (the add-on keeps no e-mail of a refusal); for an anonymous form, as many teachers from the
 * start of the list as it has responses.
 */
function alreadyAnswered(emulator: Emulator, form: FormState, key: SimulatedKey): (i: number) => boolean {
  const people = respondents(key);
  if (!form.collectEmail) return (i) => i < form.responses.length;
  const emails = new Set(form.responses.map((r) => r.email.trim().toLowerCase()));
  const refusalShown = hasErasedRow(emulator, form);
  return (i) => emails.has(people[i].email) || (key !== 'prelim' && i === REFUSING_INDEX && refusalShown);
}

/** The questionnaires in the workbook that the simulation can answer, in the programme's order. */
function simulatedForms(emulator: Emulator): { form: FormState; key: SimulatedKey }[] {
  const out: { form: FormState; key: SimulatedKey }[] = [];
  for (const form of Object.values(emulator.state.forms)) {
    if (emulator.state.drive.files[form.id]?.trashed) continue;
    const key = formKeyOf(form);
    if (isSimulated(key)) out.push({ form, key });
  }
  return out.sort((a, b) => SIMULATED_KEYS.indexOf(a.key) - SIMULATED_KEYS.indexOf(b.key));
}

/** Error messages of script code come from another realm: read the field, not `instanceof`. */
function messageOf(error: unknown): string {
  const m = (error as { message?: unknown } | null)?.message;
  return typeof m === 'string' && m ? m : String(error);
}

/** Sends the answers of every demo teacher who has not answered yet; returns what was sent. */
export function simulateAnswers(emulator: Emulator, opts: SimulateOptions = {}): SimulationResult {
  const execute = opts.execute ?? (<T>(fn: () => T) => fn());
  let targets = simulatedForms(emulator);
  if (opts.formId !== undefined) targets = targets.filter((t) => t.form.id === opts.formId);
  const limit = opts.count === undefined ? Infinity : Math.max(0, Math.floor(opts.count));
  const result: SimulationResult = { sent: 0, forms: [] };
  for (const { form, key } of targets) {
    const def = DEFINITIONS[key];
    const titles = new Set(form.items.map((i) => i.title));
    const answered = alreadyAnswered(emulator, form, key);
    const people = respondents(key);
    const report = emptyReport(form, key);
    for (let i = 0; i < people.length && report.sent < limit; i++) {
      if (answered(i) || opts.exclude?.has(people[i].email)) {
        report.skipped++;
        continue;
      }
      if (!form.acceptingResponses) {
        report.errors.push(`Форма «${form.title}» не принимает ответы.`);
        break;
      }
      const teacher = people[i];
      const at = opts.clock?.(key, report.sent);
      if (at) emulator.setNow(at);
      const before = form.responses.length;
      try {
        execute(() =>
          emulator.submitForm(
            form.id,
            teacherAnswers(def, teacher, i, titles),
            form.collectEmail ? teacher.email : '',
          ),
        );
        report.sent++;
      } catch (error) {
        // Forms refuses before storing; an error after that came from the trigger: the answer was sent.
        if (form.responses.length > before) report.sent++;
        const message = `${teacher.fullName}: ${messageOf(error)}`;
        if (opts.strict) throw new Error(`Анкета «${form.title}», ${message}`);
        report.errors.push(message);
      }
    }
    result.sent += report.sent;
    result.forms.push(report);
  }
  for (const report of simulateProgramme(emulator, opts, limit)) {
    result.sent += report.sent;
    result.forms.push(report);
  }
  return result;
}

/** The questionnaires of stages 6–7 in the workbook, in the programme's order. */
function programmeForms(emulator: Emulator): { form: FormState; key: ProgrammeKey }[] {
  const out: { form: FormState; key: ProgrammeKey }[] = [];
  for (const form of Object.values(emulator.state.forms)) {
    if (emulator.state.drive.files[form.id]?.trashed) continue;
    const key = formKeyOf(form);
    if ((PROGRAMME_KEYS as readonly (FormKey | null)[]).includes(key))
      out.push({ form, key: key as ProgrammeKey });
  }
  return out.sort((a, b) => PROGRAMME_KEYS.indexOf(a.key) - PROGRAMME_KEYS.indexOf(b.key));
}

/**
 * Meeting reports and survey answers from the participants of approved pairs. The emulated clock is set to
 * each report's day while it is sent, then put back; survey answers of today come in over the next hours and
 * leave the clock at the last one.
 */
function simulateProgramme(emulator: Emulator, opts: SimulateOptions, limit: number): FormSimulation[] {
  let targets = programmeForms(emulator);
  if (opts.formId !== undefined) targets = targets.filter((t) => t.form.id === opts.formId);
  if (!targets.length) return [];
  const execute = opts.execute ?? (<T>(fn: () => T) => fn());
  const programme = programmePairs(emulator);
  const year = academicYearOf(emulator);
  let now = emulator.ctx.now();
  const reports: FormSimulation[] = [];
  try {
    for (const { form, key } of targets) {
      const report = emptyReport(form, key);
      reports.push(report);
      if (!programme.pairs.length) {
        report.errors.push(
          `«${form.title}»: нет утверждённых пар/групп — отвечать некому (сначала этап 5.1).`,
        );
        continue;
      }
      let planned: PlannedAnswer[];
      if (key === 'meeting') {
        const sent = sentMeetingKeys(form);
        const all = plannedMeetingReports(emulator, form, programme, year);
        planned = all.filter((p) => !sent.has(p.key));
        report.skipped = all.length - planned.length;
      } else {
        const survey = plannedSurveyAnswers(emulator, form, key, programme, year);
        planned = survey.planned;
        report.skipped = survey.skipped;
      }
      for (const answer of planned) {
        if (report.sent >= limit) break;
        if (opts.exclude?.has(answer.email.trim().toLowerCase())) continue;
        if (!form.acceptingResponses) {
          report.errors.push(`Форма «${form.title}» не принимает ответы.`);
          break;
        }
        emulator.setNow(answer.at ?? now);
        // Answers of today move the clock on with them; reports of past meetings do not.
        if (answer.at && answer.at.getTime() > now.getTime()) now = answer.at;
        const before = form.responses.length;
        try {
          execute(() => emulator.submitForm(form.id, answer.answers, form.collectEmail ? answer.email : ''));
          report.sent++;
        } catch (error) {
          if (form.responses.length > before) report.sent++;
          const message = `${answer.email}: ${messageOf(error)}`;
          if (opts.strict) throw new Error(`Анкета «${form.title}», ${message}`);
          report.errors.push(message);
        }
      }
    }
  } finally {
    emulator.setNow(now);
  }
  return reports;
}

/** One line for the desk's notice: how many answers went to which questionnaire. */
export function simulationMessage(result: SimulationResult): string {
  if (!result.forms.length)
    return 'Анкет пока нет: создайте их в панели «Наставника» (шаги 1.3, 2.1, 3.1, 6.1, 6.2, 7.1), затем смоделируйте ответы.';
  const parts = result.forms.filter((f) => f.sent).map((f) => `«${f.title}» — ${f.sent}`);
  const errors = result.forms.flatMap((f) => f.errors);
  const head = result.sent
    ? `Отправлено ответов: ${result.sent} (${parts.join('; ')}).`
    : 'Новых ответов нет: все демо-педагоги уже ответили.';
  return errors.length ? `${head} Ошибки: ${errors.join(' ')}` : head;
}
