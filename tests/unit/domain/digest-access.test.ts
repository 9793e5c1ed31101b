import { curatorRefusal } from '../../../src/domain/access';
import { buildDigest, digestDue, type DigestStep } from '../../../src/domain/roadmap/digest';

const step = (code: string, due: Date, done = false): DigestStep => ({
  code,
  title: `Шаг ${code}`,
  dueTo: due,
  done,
  next: 'Сделайте',
});

describe('deadline digest', () => {
  const today = new Date(2022, 8, 20, 9, 0);

  it('lists overdue steps and steps due within two weeks, nothing else', () => {
    const d = buildDigest(
      [
        step('1.1', new Date(2022, 8, 19)), // yesterday: overdue
        step('1.2', new Date(2022, 8, 20)), // today: due soon, not overdue
        step('2.1', new Date(2022, 9, 4)), // in 14 days
        step('2.2', new Date(2022, 9, 5)), // in 15 days: not yet
        step('3.1', new Date(2022, 8, 1), true), // done
      ],
      today,
      'МБОУ МУК № 4 г. Кирова',
    )!;
    expect(d.overdue.map((s) => s.code)).toEqual(['1.1']);
    expect(d.dueSoon.map((s) => s.code)).toEqual(['1.2', '2.1']);
    expect(d.subject).toBe('Наставничество: просрочено 1 мероприятие');
    expect(d.body).toContain('• 1.1 Шаг 1.1 — срок 19.09.2022. Дальше: Сделайте');
    expect(d.body).toContain('(МБОУ МУК № 4 г. Кирова)');
  });

  it('says nothing when nothing is due', () => {
    expect(buildDigest([step('7.1', new Date(2023, 4, 31))], today, '')).toBeNull();
  });

  it('goes out at most once a calendar day', () => {
    expect(digestDue(null, today)).toBe(true);
    expect(digestDue(new Date(2022, 8, 20, 7, 0), today)).toBe(false);
    expect(digestDue(new Date(2022, 8, 19, 23, 0), today)).toBe(true);
  });
});

describe('who may run stage actions', () => {
  const editors = ['owner@school.example', 'Curator@school.example', 'teacher@school.example'];
  it('allows a curator who is an editor', () =>
    expect(curatorRefusal('curator@school.example', ['curator@school.example'], editors)).toBeNull());
  it('refuses an editor who is not a curator, naming the curators', () =>
    expect(curatorRefusal('teacher@school.example', ['curator@school.example'], editors)).toContain(
      'curator@school.example',
    ));
  it('refuses a curator who is not an editor', () =>
    expect(
      curatorRefusal('curator@school.example', ['curator@school.example'], ['owner@school.example']),
    ).toContain('редакторам'));
  it('lets any editor set the programme up before curators are named', () =>
    expect(curatorRefusal('teacher@school.example', [], editors, 'setup')).toBeNull());
  it('lets nobody run stage actions while no curator is recorded', () =>
    expect(curatorRefusal('teacher@school.example', [], editors, 'action')).toContain('не настроена'));
  it('refuses when Google does not reveal the account', () =>
    expect(curatorRefusal('', [], editors)).toContain('учётную запись'));
});
