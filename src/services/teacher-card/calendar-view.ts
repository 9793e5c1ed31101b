/**
 * What the Calendar contextual card and the relay say to each other, as plain JSON: the event as the teacher's
 * calendar has it, and the programme's verdict on it (services/teacher-card/calendar-event.ts).
 */

/** Why an event is not counted: the pair already has a meeting recorded that day (card and relay say it). */
export const SAME_DAY =
  'В этот день у пары/группы уже внесена встреча: засчитывать событие ещё раз не нужно.';

export const NOT_PAIR_EVENT = 'Среди участников события нет вашей наставнической пары/группы.';
export const MENTOR_REPORTS = 'Встречи пары/группы отмечает наставник.';

/**
 * Every occurrence of a repeating event shares one iCalUID (Calendar API, Events: "all occurrences of an event
 * have different id values but they all share the ICalUID"), the key a calendar meeting is counted once by: a
 * second month's occurrence would move the first month's meeting instead of adding one. Such meetings are
 * reported on the home card, one by one.
 */
export const RECURRING_EVENT =
  'Это повторяющееся событие: каждую встречу из него отметьте на главной карточке кнопкой «Отметить встречу».';

export type CalendarEventView =
  | { kind: 'notInPair' }
  | { kind: 'eventGone' }
  | { kind: 'recurring' }
  | { kind: 'notPairEvent' }
  | {
      kind: 'pairEvent';
      /** The event's iCalUID: the key the meeting is counted once by. */
      eventId: string;
      title: string;
      /** «05.10.2022 15:00»: the view travels as JSON from the relay. */
      startText: string;
      durationMin: number;
      partnersLabel: string;
      partners: string[];
      /** Only a mentor reports meetings, as in the meeting form. */
      canRecord: boolean;
      /** This event is already counted as a meeting: the date it was counted for («05.10.2022»). */
      counted: string | null;
      /** Another meeting of the pair is already recorded on the event's day (from a form or a card). */
      sameDayMeeting: boolean;
    };

/** The event's facts as the card sends them to the relay: plain JSON, dates as ISO text. */
export interface RelayEvent {
  id: string;
  /** An occurrence of a repeating event (the event object's recurringEventId). */
  recurring: boolean;
  title: string;
  start: string;
  end: string;
  people: string[];
}
