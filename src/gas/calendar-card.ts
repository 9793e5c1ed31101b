/**
 * The contextual card of an event opened in Google Calendar (manifest addOns.calendar.eventOpenTrigger):
 * «Засчитать как встречу наставничества» for the teacher's own pair. Every word here is what a teacher reads.
 */
import { countOf } from '../domain/format/ru';
import { FORMATS } from '../domain/forms/topics';
import type { OpenedEvent } from '../services/teacher-card/calendar-event';
import {
  MENTOR_REPORTS,
  NOT_PAIR_EVENT,
  RECURRING_EVENT,
  SAME_DAY,
  type CalendarEventView,
} from '../services/teacher-card/calendar-view';
import { actionButton, card, renderMessageCard, section, text } from './cards';

/** The script function the card's button calls (a top-level function in server.ts). */
const RECORD_HANDLER = 'onCalendarRecordMeeting';

const MINUTES: [string, string, string] = ['минута', 'минуты', 'минут'];

const MESSAGES = {
  notInPair: 'Вы не входите в утверждённую наставническую пару или группу.',
  eventGone: 'Этого события больше нет в вашем календаре.',
  notPairEvent: NOT_PAIR_EVENT,
  recurring: RECURRING_EVENT,
} as const;

/** The opened event as the add-on's event object (or a button's parameters) describes it. */
export function openedEvent(e: GoogleAppsScript.Addons.EventObject | undefined): OpenedEvent | null {
  const c = e?.calendar;
  const params = e?.commonEventObject?.parameters ?? {};
  const id = c?.id || params.eventId;
  const calendarId = c?.calendarId || params.calendarId;
  if (!id || !calendarId) return null;
  return {
    id: String(id),
    calendarId: String(calendarId),
    organizer: String(c?.organizer?.email ?? ''),
    attendees: (c?.attendees ?? []).map((a) => String(a.email ?? '')),
    recurringEventId: c?.recurringEventId ? String(c.recurringEventId) : undefined,
  };
}

export function renderCalendarEventCard(
  view: CalendarEventView,
  opened: OpenedEvent,
): GoogleAppsScript.Card_Service.Card {
  if (view.kind !== 'pairEvent') return renderMessageCard(MESSAGES[view.kind]);
  const about = section('Встреча наставничества')
    .addWidget(
      CardService.newDecoratedText()
        .setTopLabel('Событие')
        .setText(view.title || '—')
        .setWrapText(true),
    )
    .addWidget(CardService.newDecoratedText().setTopLabel('Дата и время').setText(view.startText))
    .addWidget(
      CardService.newDecoratedText().setTopLabel('Длительность').setText(countOf(view.durationMin, MINUTES)),
    )
    .addWidget(
      CardService.newDecoratedText()
        .setTopLabel(view.partnersLabel)
        .setText(view.partners.join(', '))
        .setWrapText(true),
    );
  const sections = [about];
  const status = section('');
  if (view.counted) status.addWidget(text(`Событие засчитано как встреча ${view.counted}.`));
  if (view.sameDayMeeting && !view.counted) {
    status.addWidget(text(SAME_DAY));
  } else if (!view.canRecord) {
    status.addWidget(text(MENTOR_REPORTS));
  } else {
    status
      .addWidget(
        CardService.newTextInput().setFieldName('topic').setTitle('Тема встречи').setValue(view.title),
      )
      .addWidget(formatInput())
      .addWidget(
        CardService.newTextInput().setFieldName('result').setTitle('Результат встречи').setMultiline(true),
      )
      .addWidget(
        CardService.newTextInput().setFieldName('nextStep').setTitle('Следующий шаг').setMultiline(true),
      )
      .addWidget(
        actionButton(
          view.counted ? 'Обновить сведения о встрече' : 'Засчитать как встречу наставничества',
          RECORD_HANDLER,
          { eventId: opened.id, calendarId: opened.calendarId },
        ),
      );
  }
  if (!view.counted && !view.canRecord && !view.sameDayMeeting)
    status.addWidget(text('Событие пока не засчитано как встреча.'));
  sections.push(status);
  return card('Встреча в календаре', sections);
}

function formatInput() {
  const format = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setFieldName('format')
    .setTitle('Формат встречи');
  FORMATS.forEach((f, i) => format.addItem(f, f, i === 0));
  return format;
}
