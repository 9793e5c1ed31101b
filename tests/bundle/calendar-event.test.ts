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
    expect(r.notification).toContain('нет вашей наставнической пары/группы');
    expect(p.sheet('Встречи')).toHaveLength(0);
  });

  it('records the meeting through the relay once per event, and the curator’s overview counts it', () => {
    const p = calendarProgramme();
    const id = p.emulator.addCalendarEvent(SMIRNOVA, 'Разбор урока', OCT_5_15H, OCT_5_1545, [ALEKSEEVA]);
    const { event } = p.open(SMIRNOVA, id);
    const blank = p.act(
      'onCalendarRecordMeeting',
      withInputs(event, {}, { topic: 'Разбор', format: 'очно' }),
    );
    expect(blank.notification).toContain('Заполните поле «Результат встречи»');
    expect(p.meetings()).toHaveLength(0);
    const fields = { topic: 'Разбор', format: 'очно', result: 'Итог', nextStep: '' };
    const done = p.act('onCalendarRecordMeeting', withInputs(event, {}, fields));
    expect(done.notification).toBe('Событие засчитано как встреча наставничества.');
    expect(text(done as unknown as CardData)).toContain('Событие засчитано как встреча 05.10.2022.');
    const again = p.act(
      'onCalendarRecordMeeting',
      withInputs(event, {}, { ...fields, result: 'Итог, уточнён' }),
    );
    expect(again.notification).toBe('Сведения о встрече обновлены.');
    const rows = p.meetings();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'Код пары': 'PR-1',
      'Длительность, мин': 45,
      Результат: 'Итог, уточнён',
    });
    expect(rows[0]['Дата']).toEqual(new Date(2022, 9, 5));
    // Reopened, the event says it is counted; the curator's sidebar counts the pair's meeting.
    expect(text(p.open(SMIRNOVA, id).card)).toContain('Событие засчитано как встреча 05.10.2022.');
    expect(p.overview()).toContain('Проведена 1 встреча; встречались 1 из 3 пар/групп');
  });

  it('an event on a day the pair already reported a meeting is not counted again', () => {
    const p = calendarProgramme();
    const first = p.emulator.addCalendarEvent(SMIRNOVA, 'Разбор урока', OCT_5_15H, OCT_5_1545, [ALEKSEEVA]);
    const fields = { topic: 'Разбор', format: 'очно', result: 'Итог', nextStep: '' };
    p.act('onCalendarRecordMeeting', withInputs(p.open(SMIRNOVA, first).event, {}, fields));
    const later = new Date(2022, 9, 5, 17, 0);
    const end = new Date(2022, 9, 5, 17, 30);
    const second = p.emulator.addCalendarEvent(ALEKSEEVA, 'Ещё разбор', later, end, [SMIRNOVA]);
    const { event, card } = p.open(SMIRNOVA, second);
    expect(text(card)).toContain('В этот день у пары/группы уже внесена встреча');
    expect(text(card)).not.toContain('Засчитать как встречу');
    const forced = p.act('onCalendarRecordMeeting', withInputs(event, {}, fields));
    expect(forced.notification).toContain('уже внесена встреча');
    expect(p.meetings()).toHaveLength(1);
  });
});
