import { parseResponse, recordFromRow, type ParsedResponse } from '../../domain/forms/answers';
import { allQuestions } from '../../domain/forms/definitions';
import { STAY_YES, type SurveyKey } from '../../domain/forms/programme-forms';
import type { FormDefinition } from '../../domain/forms/types';
import type { AfterResponse, MonitoringInput, SurveyResponse } from '../../domain/monitoring';
import type { HandledOutcome, ResponseOrigin } from '../forms/outcome';
import { FORMS_FOR_READING } from '../forms/definitions';
import { readFormRecords } from '../forms/registry';
import type { Ports } from '../ports';
import { loadProgrammePairs, type ProgrammePairs } from '../meetings/pairs';

type FormRecords = ReturnType<typeof readFormRecords>;

/**
 * Survey answers (6.2, 7.1) stay in their response sheets, the raw data the curator can see; they are read
 * back and linked to participants by e-mail when the indicators are computed. An answer from someone outside
 * the approved pairs has no consent behind it: its content is erased as it arrives.
 */
export function checkSurveyAnswer(ports: Ports, r: ParsedResponse, origin: ResponseOrigin): HandledOutcome {
  if (loadProgrammePairs(ports).byEmail.has(r.email)) return { kind: 'noted' };
  ports.responses.blankRows(origin.sheetId, [origin.row], 2);
  return {
    kind: 'invalid',
    problems: [
      'Ответ не от участника утверждённых пар/групп: содержимое удалено (нет согласия на обработку).',
    ],
  };
}

/**
 * Every non-erased answer of a questionnaire, from its current and earlier response sheets, oldest first.
 * `records` lets a caller reading several questionnaires read the forms registry once.
 */
export function readAnswers(
  ports: Ports,
  key: SurveyKey | 'meeting',
  records: FormRecords = readFormRecords(ports),
): ParsedResponse[] {
  const record = records[key];
  if (!record) return [];
  const def = FORMS_FOR_READING[key];
  const out: ParsedResponse[] = [];
  for (const sheetId of [...record.oldSheetIds, record.sheetId]) {
    const sheet = ports.responses.read(sheetId);
    if (!sheet) continue;
    const [header, ...rows] = sheet.values;
    for (const row of rows) {
      if (row.slice(1).every((v) => v === '' || v === null)) continue;
      out.push(parseResponse(def, recordFromRow(header ?? [], row)));
    }
  }
  return out;
}

function ratings(def: FormDefinition, r: ParsedResponse): Record<string, number> {
  const out: Record<string, number> = {};
  for (const q of allQuestions(def))
    if (q.kind === 'scale' && typeof r.values[q.key] === 'number') out[q.key] = r.values[q.key] as number;
  return out;
}

function responses(
  ports: Ports,
  key: SurveyKey,
  people: ProgrammePairs['byEmail'],
  records: FormRecords,
): SurveyResponse[] {
  return readAnswers(ports, key, records).flatMap((r) => {
    const person = people.get(r.email);
    return person ? [{ personId: person.personId, ratings: ratings(FORMS_FOR_READING[key], r) }] : [];
  });
}

/** The monitoring's input: participants of the approved pairs and their answers (three sheet reads more). */
export function loadMonitoringInput(ports: Ports): { input: MonitoringInput; programme: ProgrammePairs } {
  const programme = loadProgrammePairs(ports);
  const people = programme.byEmail;
  const records = readFormRecords(ports);
  const after: AfterResponse[] = readAnswers(ports, 'impactAfter', records).flatMap((r) => {
    const person = people.get(r.email);
    if (!person) return [];
    const n = (k: string) => (typeof r.values[k] === 'number' ? (r.values[k] as number) : null);
    return [
      {
        personId: person.personId,
        ratings: ratings(FORMS_FOR_READING.impactAfter, r),
        openLessons: n('openLessons'),
        publications: n('publications'),
        competitions: n('competitions'),
        stays: r.values.stay === STAY_YES,
      },
    ];
  });
  return {
    programme,
    input: {
      participants: [...people.values()],
      satisfaction: responses(ports, 'satisfaction', people, records),
      impactBefore: responses(ports, 'impactBefore', people, records),
      impactAfter: after,
    },
  };
}
