import { GOALS, STUDENT_RESULTS, SWOT } from '../forms/monitoring-items';
import type { MonitoringIndicators } from '../monitoring';
import { DASH, decimal } from './report-numbers';

/**
 * The final report's part of the monitoring that is not ratings, as the methodology lays it out: whether the
 * individual plans' goals were reached (by role), the curator's assessment of the conditions, the SWOT analysis
 * (the participants' and the curator's answers by quadrant), attestation, category and students' results, and
 * how the satisfaction survey was run (named or anonymous) with what that means for the mentors' ranking.
 */

const STUDENTS_IMPROVED = STUDENT_RESULTS[0];

/** Answers joined for a table cell; a dash when there are none. */
const joined = (texts: readonly string[]) => (texts.length ? texts.join('; ') : DASH);

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((n, c) => n + c, 0);

export function monitoringReportData(ind: MonitoringIndicators): {
  fields: Record<string, string>;
  lists: Record<string, Record<string, string>[]>;
} {
  const o = ind.outcomes;
  const students = (role: 'mentor' | 'mentee') =>
    `${o.students[role][STUDENTS_IMPROVED] ?? 0} из ${sum(o.students[role])}`;
  return {
    fields: {
      'survey.mode': ind.anonymous
        ? 'Опрос удовлетворённости проводился анонимно: адреса эл. почты не собирались, и ответы не связаны с участниками. Поэтому оценки наставляемых не вошли в рейтинг наставников: рейтинг построен только по именным сведениям — оценке куратора, изменению самооценки наставляемых и числу проведённых встреч.'
        : 'Опрос удовлетворённости проводился с указанием адреса эл. почты: средняя оценка наставляемых вошла в рейтинг наставников вместе с изменением их самооценки и числом проведённых встреч.',
      'outcomes.attested': String(o.attested),
      'outcomes.categoryRaised': o.categoryKnown ? `${o.categoryRaised} из ${o.categoryKnown}` : DASH,
      'outcomes.studentsMentees': students('mentee'),
      'outcomes.studentsMentors': students('mentor'),
    },
    lists: {
      goals: GOALS.map((answer) => ({
        answer,
        mentors: String(o.goals.mentor[answer] ?? 0),
        mentees: String(o.goals.mentee[answer] ?? 0),
      })),
      conditions: ind.curator.map((c) => ({
        label: c.item.label,
        mean: c.stats.n ? decimal(c.stats.mean) : DASH,
      })),
      swot: SWOT.map((q) => ({
        quadrant: q.quadrant,
        participants: joined(o.swot[q.key].participants),
        curator: joined(o.swot[q.key].curator),
      })),
    },
  };
}
