import { buildOverview } from '../../src/services/overview/build-overview';
import { openDatabase } from '../../src/services/db/database';
import { recordMeetingFromCard } from '../../src/services/teacher-card/record-meeting';
import { buildTeacherCard } from '../../src/services/teacher-card/build-teacher-card';
import { configuredWorkbook } from './fixture';
import { appendPeopleInPairs } from './year-fixture';

/**
 * The card's «Отметить встречу» through the services, run with the spreadsheet owner's rights (as a relay
 * running as the curator would): the meeting form's validation, one row in Встречи however often the same card
 * is sent, and the curator's overview counting it.
 */
function programme() {
  const wb = configuredWorkbook();
  const db = openDatabase(wb.ports);
  appendPeopleInPairs(db, new Date(2022, 8, 14));
  return { ...wb, meetings: () => openDatabase(wb.ports).meetings.load().rows };
}

const GOOD = {
  date: new Date(2022, 9, 5),
  topic: 'Планирование урока',
  format: 'очно',
  durationMin: '45',
  result: 'Составили карту урока',
};
const SMIRNOVA = 'smirnova@school.example';
const card = (token: string) => ({ kind: 'card' as const, token });

describe('recording a meeting from the teacher card', () => {
  it('validates as the meeting form does and adds nothing on bad input', () => {
    const { ports, meetings } = programme();
    expect(() =>
      recordMeetingFromCard(ports, SMIRNOVA, { ...GOOD, durationMin: 'сорок' }, card('t1')),
    ).toThrow(/не целое число/);
    expect(() => recordMeetingFromCard(ports, SMIRNOVA, { ...GOOD, result: '' }, card('t1'))).toThrow(
      /Заполните поле «Результат встречи»/,
    );
    expect(() => recordMeetingFromCard(ports, 'alekseeva@school.example', GOOD, card('t1'))).toThrow(
      /не принадлежит наставнику/,
    );
    expect(() => recordMeetingFromCard(ports, SMIRNOVA, GOOD, card('x y'))).toThrow(
      /откройте карточку заново/,
    );
    expect(meetings()).toHaveLength(0);
  });

  it('records the row once for the same card, a second card adds another, and the overview counts them', () => {
    const { ports, meetings } = programme();
    const text = () => JSON.stringify(buildOverview(ports));
    expect(text()).not.toContain('встречались 1 из 3');
    expect(recordMeetingFromCard(ports, SMIRNOVA, GOOD, card('t1')).kind).toBe('added');
    expect(
      recordMeetingFromCard(ports, SMIRNOVA, { ...GOOD, topic: 'Исправленная тема' }, card('t1')).kind,
    ).toBe('updated');
    const rows = meetings();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ pairId: 'PR-1', topic: 'Исправленная тема', durationMin: 45 });
    expect(text()).toContain('Проведена 1 встреча; встречались 1 из 3 пар/групп');
    recordMeetingFromCard(ports, SMIRNOVA, { ...GOOD, date: new Date(2022, 9, 12) }, card('t2'));
    expect(meetings()).toHaveLength(2);
    const view = buildTeacherCard(ports, SMIRNOVA);
    expect(view.kind === 'teacher' && view.pairs[0].meetingsCount).toBe(2);
  });
});
