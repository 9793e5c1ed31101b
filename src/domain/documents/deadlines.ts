import { formatDate, formatPeriod } from '../format/ru';

/**
 * Deadlines inside orders that agree with the order's own date and the roadmap: a task is due at the end of its
 * roadmap step's window, but never before the order is signed. When the window has closed (or closes within a
 * few days), the order gives the time the task needs after its date instead.
 */

export interface RoadmapWindow {
  from: Date | null;
  to: Date;
}

/** Steps' windows by roadmap code ('2.2'), as the curator's Дорожная карта has them. */
export type RoadmapWindows = Readonly<Record<string, RoadmapWindow | undefined>>;

/** Days a task in an order gets at least, counted from the order's date. */
const MIN_DAYS_FOR_A_TASK = 7;

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());

export function addDays(d: Date, days: number): Date {
  const out = startOfDay(d);
  out.setDate(out.getDate() + days);
  return out;
}

/** The first day of a step's window: its «from», else the first day of its deadline's month. */
function windowStart(w: RoadmapWindow): Date {
  return w.from ? startOfDay(w.from) : new Date(w.to.getFullYear(), w.to.getMonth(), 1);
}

/**
 * The deadline of a task from an order dated `orderDate`: the end of the step's window when that leaves the task
 * at least MIN_DAYS_FOR_A_TASK days, else the order's date plus those days. Without a window: the order's date
 * plus `fallbackDays`.
 */
export function taskDeadline(
  orderDate: Date,
  window: RoadmapWindow | undefined,
  fallbackDays = MIN_DAYS_FOR_A_TASK,
): Date {
  const earliest = addDays(orderDate, window ? MIN_DAYS_FOR_A_TASK : fallbackDays);
  if (!window) return earliest;
  const end = startOfDay(window.to);
  return end.getTime() >= earliest.getTime() ? end : earliest;
}

/** The first of several windows' deadlines that are due (for a task that spans steps 2.2 and 3.2). */
export function latestEnd(windows: RoadmapWindows, codes: readonly string[]): RoadmapWindow | undefined {
  const found = codes.map((c) => windows[c]).filter((w): w is RoadmapWindow => !!w);
  if (!found.length) return undefined;
  return found.reduce((a, b) => (b.to.getTime() > a.to.getTime() ? b : a));
}

/** Whether a date falls before the step's window opens (a document made then is made early). */
export function isBeforeWindow(today: Date, window: RoadmapWindow | undefined): boolean {
  return !!window && startOfDay(today).getTime() < windowStart(window).getTime();
}

/** The confirmation asked before a step's document is made before its window. */
export function earlyConfirmation(today: Date, window: RoadmapWindow): string {
  return (
    `Срок этого шага по дорожной карте — ${formatPeriod(window.from, window.to).toLocaleLowerCase('ru')}, ` +
    `а сегодня ${formatDate(today)}. Документ будет датирован сегодняшним днём. Сформировать его раньше срока?`
  );
}
