import { parseResponse, recordFromRow, type ParsedResponse } from '../../domain/forms/answers';
import { allQuestions } from '../../domain/forms/definitions';
import { ATTESTED_YES, STAY_YES, SWOT, type SwotKey } from '../../domain/forms/monitoring-items';
import { SURVEY_FORMS, type SurveyKey } from '../../domain/forms/monitoring-forms';
import type { Audience, FormDefinition, FormKey } from '../../domain/forms/types';
import type {
  AfterResponse,
  MonitoringInput,
  SatisfactionResponse,
  SurveyResponse,
} from '../../domain/monitoring';
import { FORMS_FOR_READING } from '../forms/definitions';
import { readFormRecords } from '../forms/registry';
import type { Ports } from '../ports';
import { hasRole, loadProgrammePairs, type ProgrammePairs } from '../meetings/pairs';
import { satisfactionIsAnonymous } from './mode';

type FormRecords = ReturnType<typeof readFormRecords>;

/**
 * Every non-erased answer of a questionnaire, from its current and earlier response sheets, oldest first.
 * `records` lets a caller reading several questionnaires read the forms registry once.
 */
export function readAnswers(
  ports: Ports,
  key: FormKey,
  records: FormRecords = readFormRecords(ports),
  problems?: string[],
): ParsedResponse[] {
  const record = records[key];
  if (!record) return [];
  const def = FORMS_FOR_READING[key];
  const out: ParsedResponse[] = [];
  for (const sheetId of [...record.oldSheetIds, record.sheetId]) {
    const sheet = ports.responses.read(sheetId);
    if (!sheet) continue;
    const [header, ...rows] = sheet.values;
    rows.forEach((row, i) => {
      if (row.slice(1).every((v) => v === '' || v === null)) return;
      const parsed = parseResponse(def, recordFromRow(header ?? [], row));
      // A value typed over an answer in the sheet is not counted, and the curator is told where it is.
      for (const p of parsed.problems)
        if (!p.includes('адреса эл. почты')) problems?.push(`Лист «${sheet.name}», строка ${i + 2}: ${p}`);
      out.push(parsed);
    });
  }
  return out;
}

/**
 * A survey's answers from each role's form, with the role of the form answered. A named answer from someone who
 * does not take that role in the approved pairs is not counted (the check on arrival told the journal).
 */
export function readSurvey(
  ports: Ports,
  survey: SurveyKey,
  records: FormRecords,
  problems: string[],
  programme: ProgrammePairs,
): { role: Audience; def: FormDefinition; answer: ParsedResponse }[] {
  return (['mentor', 'mentee'] as const).flatMap((role) => {
    const key = SURVEY_FORMS[survey][role];
    return readAnswers(ports, key, records, problems)
      .filter((answer) => !answer.email || hasRole(programme, answer.email, role))
      .map((answer) => ({ role, def: FORMS_FOR_READING[key], answer }));
  });
}

function ratings(def: FormDefinition, r: ParsedResponse): Record<string, number> {
  const out: Record<string, number> = {};
  for (const q of allQuestions(def))
    if (q.kind === 'scale' && typeof r.values[q.key] === 'number') out[q.key] = r.values[q.key] as number;
  return out;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const count = (v: unknown) => (typeof v === 'number' ? v : null);

function swotOf(r: ParsedResponse): Partial<Record<SwotKey, string>> {
  const out: Partial<Record<SwotKey, string>> = {};
  for (const q of SWOT) {
    const t = text(r.values[q.key]);
    if (t) out[q.key] = t;
  }
  return out;
}

/**
 * The monitoring's input: participants of the approved pairs and their answers to every monitoring form. A
 * named answer counts only from a participant; an anonymous one (the school's choice for the satisfaction
 * survey, no e-mail) counts for its form's role.
 */
export function loadMonitoringInput(ports: Ports): {
  input: MonitoringInput;
  programme: ProgrammePairs;
  /** Values in the response sheets that could not be read, in Russian with the sheet and row. */
  problems: string[];
} {
  const problems: string[] = [];
  const programme = loadProgrammePairs(ports);
  const people = programme.byEmail;
  const records = readFormRecords(ports);
  const anonymous = satisfactionIsAnonymous(ports);
  const personOf = (r: ParsedResponse) => people.get(r.email)?.personId ?? null;
  const named = <T extends SurveyResponse>(list: T[]) => list.filter((r) => r.personId !== null);

  const satisfaction: SatisfactionResponse[] = readSurvey(
    ports,
    'satisfaction',
    records,
    problems,
    programme,
  ).flatMap(({ role, def, answer }) => {
    const personId = personOf(answer);
    // Without an e-mail the answer is anonymous; with one it must come from a participant.
    if (personId === null && answer.email) return [];
    return [
      {
        personId,
        role,
        ratings: ratings(def, answer),
        goals: text(answer.values.goals),
        swot: swotOf(answer),
      },
    ];
  });
  const scoreOnly = (survey: SurveyKey): SurveyResponse[] =>
    named(
      readSurvey(ports, survey, records, problems, programme).map(({ role, def, answer }) => ({
        personId: personOf(answer),
        role,
        ratings: ratings(def, answer),
      })),
    );
  const after: AfterResponse[] = named(
    readSurvey(ports, 'impactAfter', records, problems, programme).map(({ role, def, answer }) => {
      const v = answer.values;
      return {
        personId: personOf(answer),
        role,
        ratings: ratings(def, answer),
        openLessons: count(v.openLessons),
        publications: count(v.publications),
        competitions: count(v.competitions),
        stays: v.stay === STAY_YES,
        attested: v.attested === null ? null : v.attested === ATTESTED_YES,
        categoryNow: text(v.categoryNow),
        studentResults: text(v.studentResults),
      };
    }),
  );
  const curatorDef = FORMS_FOR_READING.curator;
  const curator: SatisfactionResponse[] = readAnswers(ports, 'curator', records, problems).map((answer) => ({
    personId: answer.email || null,
    role: 'mentor',
    ratings: ratings(curatorDef, answer),
    swot: swotOf(answer),
  }));
  return {
    programme,
    problems,
    input: {
      participants: [...people.values()],
      satisfaction,
      impactBefore: scoreOnly('impactBefore'),
      impactAfter: after,
      curator,
      anonymous,
    },
  };
}
