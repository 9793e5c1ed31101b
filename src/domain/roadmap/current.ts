/**
 * Which roadmap step the curator should be working on today. The calendar leads: the current step is an open
 * step whose period contains today. Steps of a month or two (6.2 in January, 7.1 in May) come before the ones
 * that run all year (4.2 and 6.1, September or October to May), which go on in the background: in January
 * the panel leads to 6.2, as the digest e-mail does. Then the one due soonest, then roadmap order. Earlier
 * unfinished steps are overdue, never current. Between periods the next open step to start is current; after
 * the last period, the first overdue one.
 */

/** A period longer than this (in days) runs in the background of the year. */
const BACKGROUND_DAYS = 62;

export interface DatedStep {
  code: string;
  /** First day of the step's period; null means the period is the month of `dueTo` alone. */
  dueFrom: Date | null;
  dueTo: Date | null;
  done: boolean;
}

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const endOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999);

/** The first day of a step's period (a step without a start runs through the month it is due in). */
function periodStart(step: Pick<DatedStep, 'dueFrom' | 'dueTo'>): Date | null {
  if (step.dueFrom) return startOfDay(step.dueFrom);
  return step.dueTo ? new Date(step.dueTo.getFullYear(), step.dueTo.getMonth(), 1) : null;
}

export function currentStepCode(steps: readonly DatedStep[], today: Date): string | null {
  const open = steps.filter((s) => !s.done);
  if (!open.length) return null;
  const order = new Map(steps.map((s, i) => [s.code, i]));
  const byDeadline = (a: DatedStep, b: DatedStep) =>
    (a.dueTo?.getTime() ?? Infinity) - (b.dueTo?.getTime() ?? Infinity) ||
    (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0);
  const background = (s: DatedStep) =>
    (s.dueTo!.getTime() - periodStart(s)!.getTime()) / 86400000 > BACKGROUND_DAYS;
  const byFocus = (a: DatedStep, b: DatedStep) =>
    Number(background(a)) - Number(background(b)) || byDeadline(a, b);

  const inPeriod = open.filter((s) => {
    const from = periodStart(s);
    return from !== null && s.dueTo !== null && from <= today && today <= endOfDay(s.dueTo);
  });
  if (inPeriod.length) return [...inPeriod].sort(byFocus)[0].code;

  const upcoming = open
    .filter((s) => {
      const from = periodStart(s);
      return from !== null && from > today;
    })
    .sort((a, b) => periodStart(a)!.getTime() - periodStart(b)!.getTime() || byDeadline(a, b));
  if (upcoming.length) return upcoming[0].code;
  return open[0].code;
}
