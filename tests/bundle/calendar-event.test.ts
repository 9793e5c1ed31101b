import type { CardData } from '../../emulator/cards';
import { calendarProgramme, withInputs } from './calendar-programme';

/**
 * Google Calendar's contextual card through the built bundle, with the manifest's scopes enforced: a teacher
 * opens an event, and the card recognises a meeting of their own pair (and nothing else), with the date and
 * duration the calendar has.
 */
const SMIRNOVA = 'smirnova@school.example';
const ALEKSEEVA = 'alekseeva@school.example';
const OCT_5_15H = new Date(2022, 9, 5, 15, 0);
const OCT_5_1545 = new Date(2022, 9, 5, 15, 45);
const text = (card: CardData) => JSON.stringify(card);

describe('the Calendar contextual card (eventOpenTrigger) through the built bundle', () => {
  it('offers the mentor «Засчитать как встречу наставничества» with the event date and duration', () => {
    const p = calendarProgramme();
    const id = p.emulator.addCalendarEvent(SMIRNOVA, 'Разбор урока', OCT_5_15H, OCT_5_1545, [ALEKSEEVA]);
    const { event, card } = p.open(SMIRNOVA, id);
    expect(event.calendar?.attendees?.map((a) => a.email)).toEqual([SMIRNOVA, ALEKSEEVA]);
    const t = text(card);
    expect(t).toContain('05.10.2022 15:00');
    expect(t).toContain('45 минут');
    expect(t).toContain('Алексеева Анна Дмитриевна');
    expect(t).toContain('Засчитать как встречу наставничества');
    expect(t).toContain('"value":"Разбор урока"');
    // Only the teacher's own pair: no other programme name.
    for (const other of ['Кузнецов', 'Захаров', 'Павлова', 'Орлова', 'Васильева'])
      expect(t).not.toContain(other);
  });

  it('shows the mentee the meeting without the button (the mentor reports meetings)', () => {
    const p = calendarProgramme();
    const id = p.emulator.addCalendarEvent(SMIRNOVA, 'Разбор урока', OCT_5_15H, OCT_5_1545, [ALEKSEEVA]);
    const t = text(p.open(ALEKSEEVA, id).card);
    expect(t).toContain('Смирнова Ольга Викторовна');
    expect(t).toContain('Встречи пары/группы отмечает наставник.');
    expect(t).not.toContain('Засчитать как встречу');
  });

  it('says an event without the pair is not a mentoring meeting, and names nobody', () => {
    const p = calendarProgramme();
    const withOther = p.emulator.addCalendarEvent(SMIRNOVA, 'Педсовет', OCT_5_15H, OCT_5_1545, [
      'zakharov@school.example',
    ]);
    const t = text(p.open(SMIRNOVA, withOther).card);
    expect(t).toContain('нет вашей наставнической пары/группы');
    expect(t).not.toContain('Захаров');
    const stranger = p.emulator.addCalendarEvent('stranger@school.example', 'Обед', OCT_5_15H, OCT_5_1545, [
      SMIRNOVA,
      ALEKSEEVA,
    ]);
    p.as('stranger@school.example');
    expect(text(p.open('stranger@school.example', stranger).card)).toContain('не входите');
  });

  it('a group meeting with one of the mentees is the group mentor’s meeting', () => {
    const p = calendarProgramme();
    const id = p.emulator.addCalendarEvent('pavlova@school.example', 'Консультация', OCT_5_15H, OCT_5_1545, [
      'vasilieva@school.example',
    ]);
    const t = text(p.open('vasilieva@school.example', id).card);
    expect(t).toContain('Павлова Дарья Андреевна, Орлова Валерия Максимовна');
    expect(t).toContain('Засчитать как встречу наставничества');
  });

  it('an event deleted after it was opened is reported, not recorded', () => {
    const p = calendarProgramme();
    const id = p.emulator.addCalendarEvent(SMIRNOVA, 'Разбор урока', OCT_5_15H, OCT_5_1545, [ALEKSEEVA]);
    const { event } = p.open(SMIRNOVA, id);
    p.emulator.deleteCalendarEvent(id);
    const r = p.act(
      'onCalendarRecordMeeting',
      withInputs(event, {}, { topic: 'Разбор', format: 'очно', result: 'Итог' }),
    );
    expect(r.notification).toContain('не встреча вашей наставнической пары');
    expect(p.sheet('Встречи')).toHaveLength(0);
  });

  it('the teacher cannot write Встречи on real Google: the card says so and nothing is written', () => {
    // As with the homepage card's «Отметить встречу» (tests/bundle/teacher-card.test.ts): the card runs as the
    // teacher, and Встречи is protected for the curators; the recording itself is proven through the services
    // in tests/integration/calendar-meeting.test.ts.
    const p = calendarProgramme();
    const id = p.emulator.addCalendarEvent(SMIRNOVA, 'Разбор урока', OCT_5_15H, OCT_5_1545, [ALEKSEEVA]);
    const { event } = p.open(SMIRNOVA, id);
    const blank = p.act(
      'onCalendarRecordMeeting',
      withInputs(event, {}, { topic: 'Разбор', format: 'очно' }),
    );
    expect(blank.notification).toContain('Заполните поле «Результат встречи»');
    const refused = p.act(
      'onCalendarRecordMeeting',
      withInputs(event, {}, { topic: 'Разбор', format: 'очно', result: 'Итог' }),
    );
    expect(refused.notification).toContain('Не удалось выполнить действие');
    expect(p.sheet('Встречи')).toHaveLength(0);
  });
});
