import { activitySchedule, menteeWords } from './documents/plan-content';

/**
 * The individual plan's dated activities for a pair (domain/documents/plan-content.ts, exactly what the plan
 * document prints: one a month, each «до 20.MM.YYYY»), and which one comes next.
 */
export interface PlannedMeeting {
  /** «до 20.11.2022», as the plan prints it. */
  when: string;
  topic: string;
  due: Date;
}

export interface PlanSource {
  requests: readonly string[];
  competences: readonly string[];
  academicYearStart: number;
  /** The plan document's date: a plan made late starts where it was made. */
  planDate: Date;
  group: boolean;
}

export function plannedMeetings(s: PlanSource): PlannedMeeting[] {
  return activitySchedule(
    s.requests,
    s.competences,
    s.academicYearStart,
    s.planDate,
    menteeWords(s.group),
  ).flatMap((a) => {
    const m = /(\d\d)\.(\d\d)\.(\d{4})/.exec(a.date);
    return m ? [{ when: a.date, topic: a.text, due: new Date(+m[3], +m[2] - 1, +m[1]) }] : [];
  });
}

const dayOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

/**
 * The next activity not yet met: the first one due today or later whose period (after the previous activity's
 * date, up to its own) has no meeting recorded.
 */
export function nextPlannedMeeting(
  planned: readonly PlannedMeeting[],
  held: readonly Date[],
  today: Date,
): PlannedMeeting | null {
  const days = held.map(dayOf);
  return (
    planned.find((p, i) => {
      if (dayOf(p.due) < dayOf(today)) return false;
      const from = i > 0 ? dayOf(planned[i - 1].due) : -Infinity;
      return !days.some((d) => d > from && d <= dayOf(p.due));
    }) ?? null
  );
}
