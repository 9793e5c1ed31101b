import { dayOf, eventMinutes, isFromEvent, parseTimeOfDay, planSlots } from '../../domain/calendar-meetings';
import { activitySchedule, menteeWords } from '../../domain/documents/plan-content';
import { capitalised, countOf, counted, shortName } from '../../domain/format/ru';
import { splitList } from '../../domain/forms/topics';
import { PLANNED_STATUS, type PlannedMeetingRow } from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import { logAction } from '../db/journal';
import { loadPeople } from '../documents/sources';
import { UserFacingError } from '../errors';
import type { CalendarEventData, Ports } from '../ports';
import { readSettings } from '../setup/settings';
import { requireFields } from '../step-actions/fields';
import { needsApprovedPairs, type StepAction } from '../step-actions/step-action';

const MEETINGS: [string, string, string] = ['встреча', 'встречи', 'встреч'];
const DAY_MS = 86400000;
/** Pop-up reminders on the curator's copy: the day before and half an hour before. */
const REMINDERS = [24 * 60, 30];

/** The line in an event's description that names its plan meeting, for the people who read it. */
const marker = (pairId: string, n: number) => `[Наставник: ${pairId}, встреча ${n}]`;
const slotKey = (pairId: string, n: unknown) => `${pairId}#${String(n)}`;

function readInput(input: string): { day: number; hour: number; minute: number; minutes: number } {
  const v = requireFields(input, ['day', 'time', 'minutes']);
  const day = Number(v.day);
  const time = parseTimeOfDay(v.time);
  const minutes = Number(v.minutes);
  const problems: string[] = [];
  if (!Number.isInteger(day) || day < 1 || day > 31) problems.push('Число месяца — от 1 до 31.');
  if (!time) problems.push('Время начала — в виде «15:00».');
  if (!Number.isInteger(minutes) || minutes < 10 || minutes > 240)
    problems.push('Длительность — от 10 до 240 минут.');
  if (problems.length || !time)
    throw new UserFacingError(`Встречи в календари не внесены.\n${problems.join('\n')}`);
  return { day, ...time, minutes };
}

/**
 * Step 5.2, optional: the individual plans' meetings (a month, October to May) as events in the curator's
 * calendar with the pair or group as guests, invitations e-mailed and reminders set. Only meetings still ahead
 * are added; a meeting already on the calendar (by its row in План встреч, or by the mark in its event) is
 * never created twice.
 */
function putPlanOnCalendars(ports: Ports, input: string): { added: number; kept: number } {
  const when = readInput(input);
  const settings = readSettings(ports);
  const { pairs } = loadPeople(ports);
  const now = ports.runtime.now();
  const slots = planSlots(settings.academicYearStart, when.day, when.hour, when.minute);
  const calendarId = ports.calendar.ownCalendarId();
  const table = openDatabase(ports).plannedMeetings.load();
  const planned = new Set(table.rows.map((r) => slotKey(r.pairId ?? '', r.n)));
  const range = { from: new Date(slots[0].start.getTime() - 60 * DAY_MS), to: slots[7].start };
  // A run cut short by Apps Script's time limit leaves events whose ids were not written yet: the next run
  // finds such an event (same title, guests and day) in one read of the calendar instead of creating another.
  const existing = ports.calendar.listEvents(
    calendarId,
    range.from,
    new Date(range.to.getTime() + 60 * DAY_MS),
  );
  let added = 0;
  let kept = 0;
  return ports.lock.withDocumentLock(() => {
    for (const pair of pairs) {
      const guests = [pair.mentor, ...pair.mentees].map((p) => (p.email ?? '').toLowerCase()).filter(Boolean);
      const requests = [...new Set(pair.mentees.flatMap((m) => splitList(m.requests)))];
      const competences = splitList(pair.mentor.competences);
      const y = settings.academicYearStart;
      // The plan's activity of each month (a plan made by September lists all eight, October to May).
      const words = menteeWords(pair.mentees.length > 1);
      const topics = activitySchedule(requests, competences, y, new Date(y, 8, 1), words);
      const title = `Встреча наставничества: ${[pair.mentor, ...pair.mentees].map((p) => shortName(p.fullName)).join(', ')}`;
      for (const slot of slots) {
        if (planned.has(slotKey(pair.id, slot.n))) {
          kept++;
          continue;
        }
        if (slot.start <= now) continue;
        const end = new Date(slot.start.getTime() + when.minutes * 60000);
        const lost = (existing ?? []).find(
          (e) =>
            e.title === title &&
            dayOf(e.start).getTime() === dayOf(slot.start).getTime() &&
            guests.every((g) => e.guests.includes(g)),
        );
        const eventId =
          lost?.id ??
          ports.calendar.createEvent({
            title,
            start: slot.start,
            end,
            description: `${topics[slot.n - 1]?.text ?? ''}\n\n${marker(pair.id, slot.n)}`,
            guests,
            popupMinutes: REMINDERS,
          });
        table.insert({
          pairId: pair.id,
          n: slot.n,
          start: lost?.start ?? slot.start,
          durationMin: lost ? eventMinutes(lost.start, lost.end) : when.minutes,
          topic: topics[slot.n - 1]?.text ?? '',
          status: PLANNED_STATUS.planned,
          calendarId,
          eventId,
        });
        added++;
      }
    }
    table.save();
    if (added) logAction(ports, 'Встречи плана внесены в календари', `${added}`);
    return { added, kept };
  });
}

const OPEN: readonly unknown[] = [PLANNED_STATUS.planned, PLANNED_STATUS.moved];

/**
 * The daily check's part for the calendar: each planned meeting follows its event. Moved → the new date and
 * «перенесена»; gone from the calendar → «отменена»; recorded in Встречи (from the event, or any report of the
 * pair on that day) → «проведена». One read of the organizer's calendar over the plan's months; an event not
 * there (moved far away) is looked up by its id. Returns how many rows changed.
 */
export function syncPlannedMeetings(ports: Ports): number {
  const db = openDatabase(ports);
  const table = db.plannedMeetings.loadIfExists();
  const open = (table?.rows ?? []).filter((r) => OPEN.includes(r.status) && r.eventId && r.calendarId);
  if (!table || !open.length) return 0;
  const meetings = db.meetings.load().rows;
  const changes: string[] = [];
  for (const [calendarId, rows] of groupBy(open, (r) => r.calendarId ?? '')) {
    const starts = rows.map((r) => (r.start instanceof Date ? r.start.getTime() : Date.now()));
    const from = new Date(Math.min(...starts) - 120 * DAY_MS);
    const to = new Date(Math.max(...starts) + 120 * DAY_MS);
    const listed = ports.calendar.listEvents(calendarId, from, to);
    if (!listed) continue; // another curator's calendar: their own daily check follows it
    const byId = new Map(listed.map((e) => [e.id, e]));
    for (const row of rows) {
      const id = row.eventId ?? '';
      const event = byId.get(id) ?? ports.calendar.readEvent(calendarId, id);
      if (event === undefined) continue;
      const update = nextState(row, event, meetings);
      if (!update) continue;
      table.update(row.id, update);
      changes.push(`${row.pairId} № ${row.n}: ${update.status}`);
    }
  }
  if (!changes.length) return 0;
  table.save();
  logAction(ports, 'План встреч сверен с календарём', changes.join('; '));
  return changes.length;
}

type MeetingRows = ReturnType<ReturnType<typeof openDatabase>['meetings']['load']>['rows'];

function nextState(
  row: PlannedMeetingRow,
  event: CalendarEventData | null,
  meetings: MeetingRows,
): Partial<PlannedMeetingRow> | null {
  const held = meetings.some(
    (m) =>
      m.pairId === row.pairId &&
      (isFromEvent(m.origin, row.eventId ?? '') ||
        (m.date instanceof Date &&
          row.start instanceof Date &&
          dayOf(m.date).getTime() === dayOf(event?.start ?? row.start).getTime())),
  );
  if (held) return { status: PLANNED_STATUS.held, ...(event ? timesOf(event) : {}) };
  if (!event) return { status: PLANNED_STATUS.cancelled };
  const start = row.start instanceof Date ? row.start.getTime() : NaN;
  const minutes = eventMinutes(event.start, event.end);
  if (start === event.start.getTime() && minutes === row.durationMin) return null;
  return { status: PLANNED_STATUS.moved, ...timesOf(event) };
}

const timesOf = (e: CalendarEventData) => ({ start: e.start, durationMin: eventMinutes(e.start, e.end) });

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** The sidebar's button in step 5.2 (under «Ещё»: putting meetings on calendars is optional). */
export const CALENDAR_PLAN_ACTION: StepAction = {
  id: 'meetings:calendar',
  step: '5.2',
  label: 'Внести встречи плана в календари',
  secondary: true,
  input: {
    label: 'Встречи планов (октябрь — май) станут событиями вашего календаря, пары получат приглашения',
    kind: 'fields',
    fields: [
      { name: 'day', label: 'Число месяца', kind: 'number', placeholder: '15' },
      { name: 'time', label: 'Время начала', kind: 'text', placeholder: '15:00' },
      { name: 'minutes', label: 'Длительность, минут', kind: 'number', placeholder: '45' },
    ],
  },
  unavailable: needsApprovedPairs,
  run({ ports }, input) {
    // The daily check follows the calendar of the curator whose trigger serves the workbook; the button first
    // brings the sheet up to date with the acting curator's own calendar, so another curator's events follow too.
    const synced = syncPlannedMeetings(ports);
    const { added, kept } = putPlanOnCalendars(ports, input);
    const head = added
      ? `${capitalised(counted(added, ['внесена', 'внесены', 'внесено'], MEETINGS))} в календари.`
      : 'Новых встреч для календарей нет.';
    const tail = kept ? ` Уже в календарях: ${countOf(kept, MEETINGS)}.` : '';
    const sync = synced ? ` Сверено с календарём, изменений: ${synced}.` : '';
    return { message: head + tail + sync };
  },
};
