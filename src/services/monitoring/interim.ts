import { LEGACY_SURVEY_FORM, surveyFormKeys } from '../../domain/forms/monitoring-forms';
import { pairTitle } from '../../domain/meetings';
import { ROLES } from '../../domain/monitoring';
import { interimSummary, type InterimRespondent } from '../../domain/interim-summary';
import type { ParsedResponse } from '../../domain/forms/answers';
import { readFormRecords } from '../forms/registry';
import type { Ports } from '../ports';
import { hasRole, loadProgrammePairs } from '../meetings/pairs';
import { readAnswers, readSurvey } from './answers';

/** The last answer of each person counts (a teacher may send the form again). */
const latest = <T extends { email: string }>(answers: readonly T[]) => [
  ...new Map(answers.map((a) => [a.email, a])).values(),
];

/**
 * The January feedback for the curator (domain/interim-summary.ts): the answers of the participants of the
 * approved pairs to their role's form, each with the pairs/groups they take that role in; and, in a workbook of
 * an earlier version, the answers to its single form for both roles.
 */
export function summarizeInterim(ports: Ports): { message: string; lines: string[] } {
  const programme = loadProgrammePairs(ports);
  const records = readFormRecords(ports);
  const people = [...programme.byEmail.values()];
  const byRole = Object.fromEntries(
    ROLES.map((role) => [role, people.filter((p) => hasRole(programme, p.email, role))]),
  ) as Record<(typeof ROLES)[number], typeof people>;
  const answered = readSurvey(ports, 'interim', records, [], programme);
  const respondents = (role: (typeof ROLES)[number]): InterimRespondent[] =>
    latest(answered.filter((a) => a.role === role).map((a) => a.answer)).map((a) => ({
      values: a.values,
      pairs: programme.pairs
        .filter((p) => programme.byEmail.get(a.email)!.pairIds.includes(p.id))
        .filter((p) => (p.mentorEmail === a.email) === (role === 'mentor'))
        .map(pairTitle),
    }));
  const legacyKey = LEGACY_SURVEY_FORM.interim!;
  const legacy = records[legacyKey]
    ? latest(
        readAnswers(ports, legacyKey, records).filter((a: ParsedResponse) => programme.byEmail.has(a.email)),
      ).map((a) => {
        const role = programme.byEmail.get(a.email)!.role;
        const again = answered.some((n) => n.role === role && n.answer.email === a.email);
        return { role, values: a.values, answeredAgain: again };
      })
    : null;
  return interimSummary({
    participants: { mentor: byRole.mentor.length, mentee: byRole.mentee.length },
    answers: { mentor: respondents('mentor'), mentee: respondents('mentee') },
    perRoleForms: surveyFormKeys('interim').every((key) => !!records[key]),
    legacy,
  });
}
