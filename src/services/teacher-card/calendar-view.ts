/**
 * What the Calendar contextual card and the relay say to each other, as plain JSON: the event as the teacher's
 * calendar has it, and the programme's verdict on it (services/teacher-card/calendar-event.ts).
 */

/** Why an event is not counted: the pair already has a meeting recorded that day (card and relay say it). */
export const SAME_DAY =
  'В этот день у пары/группы уже внесена встреча: засчитывать событие ещё раз не нужно.';

export const NOT_PAIR_EVENT = 'Среди участников события нет вашей наставнической пары/группы.';
export const MENTOR_REPORTS = 'Встречи пары/группы отмечает наставник.';

export type CalendarEventView =
  | { kind: 'notInPair' }
  | { kind: 'eventGone' }
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
  title: string;
  start: string;
  end: string;
  people: string[];
}
