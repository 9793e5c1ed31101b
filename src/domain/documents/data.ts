import { declineName, declinePerson, genderOf, positionText } from '../format/names';
import { academicYearLabel, countOf, formatDate, formatDateLong, shortName } from '../format/ru';
import type { Settings } from '../settings';
import { addDays, latestEnd, taskDeadline, type RoadmapWindows } from './deadlines';
import {
  colleaguesInstrumental,
  nameWithPosition,
  parseCurators,
  salutation,
  signatureName,
  type Curator,
} from './people';
import type { TemplateData } from './placeholders';

/** The values of each document type, from the settings and the programme's rows: pure. */

export interface PersonInput {
  id: string;
  fullName: string;
  position?: string | null;
  email?: string | null;
  /** A mentee's requests (the intake's difficulties), through «; ». */
  requests?: string | null;
  /** A mentor's competences, through «; ». */
  competences?: string | null;
  format?: string | null;
}

export interface PairInput {
  id: string;
  kind: string;
  mentor: PersonInput;
  mentees: PersonInput[];
}

/** An order in the register: its date and number. */
export interface OrderRef {
  date: Date;
  number: string;
}

export interface DocumentContext {
  settings: Settings;
  date: Date;
  number: string | null;
  /** The roadmap's windows by step code, for the deadlines inside orders. */
  windows?: RoadmapWindows;
  /** The curators the order introducing the model appointed. */
  curators?: readonly Curator[];
  /** The order introducing the model, once in the register. */
  intro?: OrderRef | null;
  /** The order approving the Положение, the roadmap and the programme, once in the register. */
  approval?: OrderRef | null;
}

const PAIRS_WORDS = [
  'наставническая пара (группа)',
  'наставнические пары (группы)',
  'наставнических пар (групп)',
] as const;

export function data(
  fields: TemplateData['fields'],
  lists: TemplateData['lists'] = {},
  flags = {},
): TemplateData {
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

/** The deadline of a task for the roadmap steps given: never before the order's date (deadlines.ts). */
function due(ctx: DocumentContext, codes: readonly string[]): string {
  return formatDate(taskDeadline(ctx.date, latestEnd(ctx.windows ?? {}, codes)));
}

function personItems(people: readonly PersonInput[]): Record<string, string>[] {
  return people.map((m, i) => ({
    n: String(i + 1),
    name: m.fullName,
    short: shortName(m.fullName),
    position: positionText(m.position),
    person: nameWithPosition(m.fullName, m.position),
    dative: declinePerson(m.fullName, m.position, 'dative'),
    genitive: declinePerson(m.fullName, m.position, 'genitive'),
  }));
}

const curatorPeople = (curators: readonly Curator[]): PersonInput[] =>
  curators.map((c) => ({ id: `curator:${c.name}`, fullName: c.name, position: c.position }));

/** «Иванова М.П., Петрова А.С.» — the curators as the orders name them in their tasks. */
function curatorsShort(curators: readonly Curator[]): string {
  return curators.map((c) => shortName(c.name)).join(', ');
}

/** Everyone an order tasks, once each, for «С приказом ознакомлены». */
function acquainted(...groups: readonly (readonly PersonInput[])[]): Record<string, string>[] {
  const seen = new Set<string>();
  const people: PersonInput[] = [];
  for (const p of groups.flat()) {
    const key = p.fullName.trim().toLocaleLowerCase('ru');
    if (seen.has(key)) continue;
    seen.add(key);
    people.push(p);
  }
  return personItems(people);
}

function orderFields(ref: OrderRef | null | undefined, prefix: string): Record<string, string> {
  return { [`${prefix}.date`]: ref ? formatDate(ref.date) : '', [`${prefix}.number`]: ref?.number ?? '' };
}

/** The order introducing the model; `curatorsText` is what the curator typed, one curator a line. */
export function introduceData(ctx: DocumentContext, curatorsText: string): TemplateData {
  const curators = parseCurators(curatorsText);
  return data(
    {
      ...commonFields(ctx),
      curators: curators.map((c) => declinePerson(c.name, c.position, 'accusative')).join('; '),
      'curators.short': curatorsShort(curators),
      'documents.due': due(ctx, ['1.2']),
      'bases.due': due(ctx, ['2.2', '3.2']),
      'inform.due': due(ctx, ['1.4']),
    },
    { acquainted: acquainted(curatorPeople(curators)) },
  );
}

/** The order approving the Положение, the roadmap and the programme (1.2). */
export function approveData(ctx: DocumentContext): TemplateData {
  const curators = ctx.curators ?? [];
  return data(
    {
      ...commonFields(ctx),
      'curators.short': curatorsShort(curators),
      ...orderFields(ctx.intro, 'intro'),
      'publish.due': formatDate(addDays(ctx.date, 10)),
      'inform.due': due(ctx, ['1.4']),
    },
    { acquainted: acquainted(curatorPeople(curators)) },
    { introOrder: !!ctx.intro },
  );
}

/** The three approved documents (appendices to the approval order) name that order. */
export function approvedDocumentFields(ctx: DocumentContext): TemplateData['fields'] {
  return { ...commonFields(ctx), ...orderFields(ctx.approval, 'approve') };
}

const MONTHS_PREPOSITIONAL = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];

export function pairsOrderData(ctx: DocumentContext, pairs: readonly PairInput[]): TemplateData {
  const mentors = uniqueById(pairs.map((p) => p.mentor));
  const mentees = uniqueById(pairs.flatMap((p) => p.mentees));
  const curators = ctx.curators ?? [];
  const interim = ctx.windows?.['6.2']?.to ?? new Date(ctx.settings.academicYearStart + 1, 0, 31);
  const interimDate = interim < ctx.date ? addDays(ctx.date, 30) : interim;
  return data(
    {
      ...commonFields(ctx),
      'curators.short': curatorsShort(curators),
      'pairs.total': countOf(pairs.length, PAIRS_WORDS),
      'plans.due': due(ctx, ['5.2']),
      'programme.end': due(ctx, ['6.1']),
      'interim.month': `${MONTHS_PREPOSITIONAL[interimDate.getMonth()]} ${interimDate.getFullYear()} г.`,
      'monitoring.due': due(ctx, ['7.1']),
      ...orderFields(ctx.intro, 'intro'),
      ...orderFields(ctx.approval, 'regulation'),
    },
    {
      pairs: pairs.map((p, i) => ({
        n: String(i + 1),
        mentor: nameWithPosition(p.mentor.fullName, p.mentor.position),
        mentees: p.mentees.map((m) => nameWithPosition(m.fullName, m.position)).join('; '),
        kind: p.kind,
      })),
      mentors: personItems(mentors),
      acquainted: acquainted(mentors, mentees, curatorPeople(curators)),
    },
    { introOrder: !!ctx.intro, regulationOrder: !!ctx.approval },
  );
}

export function rewardData(
  ctx: DocumentContext,
  mentors: readonly PersonInput[],
  mentees: readonly PersonInput[],
): TemplateData {
  const curators = ctx.curators ?? [];
  return data(
    {
      ...commonFields(ctx),
      'curators.short': curatorsShort(curators),
      ...orderFields(ctx.approval, 'regulation'),
      'letters.due': due(ctx, ['7.2']),
      'publish.due': due(ctx, ['7.2']),
      'records.due': formatDate(addDays(ctx.date, 14)),
    },
    {
      mentors: personItems(mentors),
      mentees: personItems(mentees),
      acquainted: acquainted(mentors, mentees, curatorPeople(curators)),
    },
    { regulationOrder: !!ctx.approval },
  );
}

/** The final event's order; the event is on or after the order's date (the service checks it). */
export function finalEventData(ctx: DocumentContext, eventDate: Date): TemplateData {
  const curators = ctx.curators ?? [];
  const reportDue = addDays(eventDate, -3);
  return data(
    {
      ...commonFields(ctx),
      'curators.short': curatorsShort(curators),
      'event.date': formatDate(eventDate),
      'report.due': formatDate(reportDue < ctx.date ? eventDate : reportDue),
      'publish.due': formatDate(addDays(eventDate, 10)),
    },
    { acquainted: acquainted(curatorPeople(curators)) },
  );
}

export function letterData(
  ctx: DocumentContext,
  mentor: PersonInput,
  mentees: readonly PersonInput[],
): TemplateData {
  return data({
    ...commonFields(ctx),
    'mentor.salutation': salutation(mentor.fullName),
    'mentor.position': positionText(mentor.position),
    'mentees.count': colleaguesInstrumental(mentees.length),
    // «с коллегами (Павловой Д.А., Орловой В.М.)»: the names agree with «с … коллегами».
    mentees: mentees.map((m) => shortName(declineName(m.fullName, 'instrumental'))).join(', '),
    'mentees.dative':
      mentees.length > 1 ? 'им' : genderOf(mentees[0]?.fullName ?? '') === 'female' ? 'ей' : 'ему',
  });
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const it of items) if (!seen.has(it.id)) seen.set(it.id, it);
  return [...seen.values()];
}
