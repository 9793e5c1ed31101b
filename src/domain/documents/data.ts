import { academicYearLabel, countOf, formatDate, formatDateLong, shortName } from '../format/ru';
import { splitList } from '../forms/topics';
import type { Settings } from '../settings';
import { colleaguesInstrumental, nameWithPosition, salutation, signatureName } from './people';
import { meetingSchedule, planGoals, planResults, planTasks } from './plan-content';
import type { TemplateData } from './placeholders';

/** The values of each document type, from the settings and the programme's rows: pure. */

export interface PersonInput {
  id: string;
  fullName: string;
  position?: string | null;
  email?: string | null;
  requests?: string | null;
  format?: string | null;
}

export interface PairInput {
  id: string;
  kind: string;
  mentor: PersonInput;
  mentees: PersonInput[];
}

export interface DocumentContext {
  settings: Settings;
  date: Date;
  number: string | null;
}

const PAIRS_WORDS: [string, string, string] = [
  'наставническая пара/группа',
  'наставнические пары/группы',
  'наставнических пар/групп',
];

function data(fields: TemplateData['fields'], lists: TemplateData['lists'] = {}, flags = {}): TemplateData {
  return { fields, lists, flags };
}

export function commonFields(ctx: DocumentContext): TemplateData['fields'] {
  const s = ctx.settings;
  return {
    'school.full': s.schoolFull,
    'school.short': s.schoolShort,
    city: s.city,
    director: s.director,
    'director.signature': s.director ? signatureName(s.director) : '',
    year: academicYearLabel(s.academicYearStart),
    'year.start': String(s.academicYearStart),
    'year.end': String(s.academicYearStart + 1),
    'doc.date': formatDate(ctx.date),
    'doc.dateLong': formatDateLong(ctx.date),
    'doc.number': ctx.number ?? '',
  };
}

function personItems(people: readonly PersonInput[]): Record<string, string>[] {
  return people.map((m, i) => ({
    n: String(i + 1),
    name: m.fullName,
    short: shortName(m.fullName),
    position: String(m.position ?? ''),
    person: nameWithPosition(m.fullName, m.position),
  }));
}

export function introduceData(ctx: DocumentContext, curators: string): TemplateData {
  return data({
    ...commonFields(ctx),
    curators: curators.trim(),
    'bases.due': formatDate(new Date(ctx.settings.academicYearStart, 8, 30)),
  });
}

export function pairsOrderData(
  ctx: DocumentContext,
  pairs: readonly PairInput[],
  intro: { date: Date; number: string } | null,
): TemplateData {
  const mentors = uniqueById(pairs.map((p) => p.mentor));
  return data(
    {
      ...commonFields(ctx),
      'pairs.total': countOf(pairs.length, PAIRS_WORDS),
      'plans.due': formatDate(new Date(ctx.settings.academicYearStart, 9, 31)),
      'intro.date': intro ? formatDate(intro.date) : '',
      'intro.number': intro?.number ?? '',
    },
    {
      pairs: pairs.map((p, i) => ({
        n: String(i + 1),
        mentor: nameWithPosition(p.mentor.fullName, p.mentor.position),
        mentees: p.mentees.map((m) => nameWithPosition(m.fullName, m.position)).join('; '),
        kind: p.kind,
      })),
      mentors: personItems(mentors),
    },
    { introOrder: !!intro },
  );
}

export function planData(ctx: DocumentContext, pair: PairInput): TemplateData {
  const requests = [...new Set(pair.mentees.flatMap((m) => splitList(m.requests)))];
  const format = pair.mentees.find((m) => m.format)?.format || pair.mentor.format || 'очно';
  const y = ctx.settings.academicYearStart;
  return data(
    {
      ...commonFields(ctx),
      mentor: nameWithPosition(pair.mentor.fullName, pair.mentor.position),
      'mentor.signature': signatureName(pair.mentor.fullName),
      mentees: pair.mentees.map((m) => nameWithPosition(m.fullName, m.position)).join('; '),
      'mentees.signatures': pair.mentees
        .map((m) => `_______________ /${signatureName(m.fullName)}/`)
        .join('  '),
      period: `октябрь ${y} – май ${y + 1}`,
    },
    {
      goals: planGoals(requests).map((text) => ({ text })),
      tasks: planTasks(requests).map((text) => ({ text })),
      meetings: meetingSchedule(requests, y).map((m, i) => ({ n: String(i + 1), ...m, format })),
      results: planResults(requests).map((text) => ({ text })),
    },
    { group: pair.kind === 'группа' || pair.mentees.length > 1 },
  );
}

export function rewardData(
  ctx: DocumentContext,
  mentors: readonly PersonInput[],
  mentees: readonly PersonInput[],
): TemplateData {
  return data(commonFields(ctx), { mentors: personItems(mentors), mentees: personItems(mentees) });
}

export function finalEventData(ctx: DocumentContext, eventDate: Date): TemplateData {
  return data({
    ...commonFields(ctx),
    'event.date': formatDate(eventDate),
    'report.due': formatDate(new Date(eventDate.getTime() - 3 * 86400000)),
  });
}

export function letterData(
  ctx: DocumentContext,
  mentor: PersonInput,
  mentees: readonly PersonInput[],
): TemplateData {
  return data({
    ...commonFields(ctx),
    'mentor.salutation': salutation(mentor.fullName),
    'mentor.position': String(mentor.position ?? ''),
    'mentees.count': colleaguesInstrumental(mentees.length),
    mentees: mentees.map((m) => shortName(m.fullName)).join(', '),
  });
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const it of items) if (!seen.has(it.id)) seen.set(it.id, it);
  return [...seen.values()];
}
