/** The hard rules of matching (capacity, forbidden and locked pairs, same subject) and determinism. */
import { matchParticipants } from '../../../src/domain/matching';

import {
  mulberry32,
  mentor,
  mentee,
  assignment,
  hundredths,
  randomInstance,
  bruteForce,
} from './matching-fixtures';

describe('matchParticipants: hard rules', () => {
  it('respects capacity and the settings cap, and says pair or group', () => {
    const mentors = [mentor('MR-1', { capacity: 3 }), mentor('MR-2', { capacity: 1, experienceYears: 4 })];
    const mentees = ['MT-1', 'MT-2', 'MT-3', 'MT-4', 'MT-5'].map((id) => mentee(id));
    const r = matchParticipants(mentors, mentees);
    expect(r.groups.map((g) => [g.mentorId, g.menteeIds.length, g.kind])).toEqual([
      ['MR-1', 3, 'группа'],
      ['MR-2', 1, 'пара'],
    ]);
    expect(r.unmatched).toEqual([
      { menteeId: 'MT-5', reason: 'нет свободных наставников: у 2 подходящих наставников заняты все места' },
    ]);
    const capped = matchParticipants(mentors, mentees, { capacityCap: 2 });
    expect(capped.groups.map((g) => g.menteeIds.length)).toEqual([2, 1]);
    expect(capped.unmatched).toHaveLength(2);
  });

  it('treats a missing capacity as one mentee and 0 as none', () => {
    const r = matchParticipants(
      [mentor('MR-1', { capacity: null }), mentor('MR-2', { capacity: 0 })],
      [mentee('MT-1'), mentee('MT-2')],
    );
    expect(r.matchedCount).toBe(1);
    expect(r.groups[0].mentorId).toBe('MR-1');
  });

  it('never pairs a person with themselves, by id or by e-mail', () => {
    const r = matchParticipants(
      [mentor('P-1'), mentor('MR-2', { email: 'Ivanova@School.example' })],
      [mentee('P-1'), mentee('MT-2', { email: 'ivanova@school.example ' })],
      {},
    );
    expect(assignment(r)).toEqual({ 'P-1': 'MR-2', 'MT-2': 'P-1' });
    const alone = matchParticipants(
      [mentor('MR-2', { email: 'a@b.ru' })],
      [mentee('MT-2', { email: 'A@b.ru' })],
    );
    expect(alone.unmatched).toEqual([
      {
        menteeId: 'MT-2',
        reason: 'все подходящие наставники исключены правилами: наставник и наставляемый — один человек',
      },
    ]);
  });

  it('never uses a forbidden pair, even the best one', () => {
    const mentors = [mentor('MR-1'), mentor('MR-2', { experienceYears: 3, category: 'первая' })];
    const forbidden = [{ mentorId: 'MR-1', menteeId: 'MT-1' }];
    const r = matchParticipants(mentors, [mentee('MT-1')], { forbidden });
    expect(assignment(r)).toEqual({ 'MT-1': 'MR-2' });
    const none = matchParticipants([mentors[0]], [mentee('MT-1')], { forbidden });
    expect(none.unmatched[0].reason).toBe(
      'все подходящие наставники исключены правилами: запрещённые куратором пары',
    );
  });

  it('keeps locked pairs as they are and counts them against capacity', () => {
    const mentors = [
      mentor('MR-1', { capacity: 2 }),
      mentor('MR-2', { subjects: ['Музыка'], experienceYears: 1 }),
    ];
    const mentees = [
      mentee('MT-1', { subjects: ['Музыка'], requests: [] }),
      mentee('MT-2'),
      mentee('MT-3', { youngTeacher: true }),
    ];
    // The optimum without locks gives MT-1 (music) to MR-2; the curator has locked MT-1 to MR-1.
    expect(assignment(matchParticipants(mentors, mentees))['MT-1']).toBe('MR-2');
    const r = matchParticipants(mentors, mentees, { locked: [{ mentorId: 'MR-1', menteeId: 'MT-1' }] });
    expect(assignment(r)['MT-1']).toBe('MR-1');
    expect(r.groups.map((g) => [g.mentorId, g.menteeIds.length])).toEqual([
      ['MR-1', 2],
      ['MR-2', 1],
    ]);
    const lockedPair = r.groups[0].pairs.find((p) => p.menteeId === 'MT-1')!;
    expect(lockedPair.locked).toBe(true);
    expect(lockedPair.explanation.startsWith('Закреплена куратором. ')).toBe(true);
    expect(r.groups[0].kind).toBe('группа');
  });

  it('keeps locked pairs beyond capacity, and warns about them and about unknown ids', () => {
    const r = matchParticipants([mentor('MR-1', { capacity: 1 })], [mentee('MT-1'), mentee('MT-2')], {
      locked: [
        { mentorId: 'MR-1', menteeId: 'MT-1' },
        { mentorId: 'MR-1', menteeId: 'MT-2' },
        { mentorId: 'MR-9', menteeId: 'MT-1' },
      ],
    });
    expect(assignment(r)).toEqual({ 'MT-1': 'MR-1', 'MT-2': 'MR-1' });
    expect(r.warnings).toEqual([
      'Закреплённая пара MR-9 — MT-1: наставник MR-9 не участвует в подборе; пара не учтена.',
      'Наставник MR-1: закреплённых наставляемых больше, чем допускает его нагрузка; закреплённые оставлены.',
    ]);
  });

  it('with «только свой предмет» pairs only teachers of a common subject, and says why not', () => {
    const mentors = [mentor('MR-1', { subjects: ['Физика'], capacity: 3 })];
    const mentees = [
      mentee('MT-1', { subjects: ['физика'] }),
      mentee('MT-2', { subjects: ['Математика'] }),
      mentee('MT-3', { subjects: [] }),
    ];
    const r = matchParticipants(mentors, mentees, { sameSubjectOnly: true });
    expect(assignment(r)).toEqual({ 'MT-1': 'MR-1' });
    expect(r.unmatched).toEqual([
      { menteeId: 'MT-2', reason: 'нет наставника по предмету при правиле «только свой предмет»' },
      { menteeId: 'MT-3', reason: 'не указан предмет, а включено правило «только свой предмет»' },
    ]);
    expect(matchParticipants(mentors, mentees).matchedCount).toBe(3);
  });

  it('says so when there are no mentors at all', () => {
    expect(matchParticipants([], [mentee('MT-1')]).unmatched).toEqual([
      { menteeId: 'MT-1', reason: 'нет наставников, допущенных к подбору (отобранных и давших согласие)' },
    ]);
  });

  it('gives the only slot to the young teacher', () => {
    const r = matchParticipants(
      [mentor('MR-1')],
      [mentee('MT-1'), mentee('MT-2', { youngTeacher: true }), mentee('MT-3')],
    );
    expect(assignment(r)).toEqual({ 'MT-2': 'MR-1' });
  });
});

describe('matchParticipants: determinism', () => {
  const rng = mulberry32(42);
  const inst = randomInstance(rng, 12, 30);
  inst.mentors.forEach((m) => (m.capacity = 2));
  inst.options = { forbidden: inst.options.forbidden };

  it('returns the same result for the same input, and for the input in another order', () => {
    const a = matchParticipants(inst.mentors, inst.mentees, inst.options);
    const b = matchParticipants(inst.mentors, inst.mentees, inst.options);
    expect(b).toEqual(a);
    const shuffle = <T>(items: T[]) => {
      const r = mulberry32(99);
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    };
    const c = matchParticipants(shuffle(inst.mentors), shuffle(inst.mentees), {
      forbidden: shuffle([...(inst.options.forbidden ?? [])]),
    });
    expect(c).toEqual(a);
    expect(a.matchedCount).toBeGreaterThan(0);
  });

  it('gives the same pairs, by e-mail, whatever ids the rows got', () => {
    // Identical mentors and mentees: every assignment of the same size scores the same, so only the
    // tie-break decides, and it must not be the random row ids of a workbook.
    const byEmail = (seed: number) => {
      const r = mulberry32(seed);
      const id = (prefix: string) => `${prefix}-${Math.floor(r() * 1e9).toString(36)}`;
      const mentors = [3, 1, 1, 2].map((capacity, k) =>
        mentor(id('MR'), { email: `mentor${k}@school.example`, capacity }),
      );
      const mentees = Array.from({ length: 5 }, (_, k) =>
        mentee(id('MT'), { email: `mentee${k}@school.example` }),
      );
      const email = new Map([...mentors, ...mentees].map((p) => [p.id, p.email]));
      return matchParticipants(mentors, mentees)
        .groups.map((g) => `${email.get(g.mentorId)}: ${g.menteeIds.map((i) => email.get(i)).join(' ')}`)
        .sort();
    };
    const first = byEmail(1);
    for (let seed = 2; seed < 10; seed++) expect(byEmail(seed)).toEqual(first);
    // Mentees in e-mail order take the first mentor in e-mail order with a slot left.
    expect(first).toEqual([
      'mentor0@school.example: mentee0@school.example mentee1@school.example mentee2@school.example',
      'mentor1@school.example: mentee3@school.example',
      'mentor2@school.example: mentee4@school.example',
    ]);
  });

  it('is the same whether the solver routes mentees or mentor slots (scarce or plentiful slots)', () => {
    // Plenty of slots: mentees go on the left; scarce: mentors do. Both must reach the brute-force optimum.
    const r = mulberry32(5);
    for (let n = 0; n < 100; n++) {
      const small = randomInstance(r, 3, 6);
      small.mentors.forEach((m, k) => (m.capacity = n % 2 ? 3 : k === 0 ? 1 : 0));
      small.options = { objective: 'coverage' };
      const res = matchParticipants(small.mentors, small.mentees, small.options);
      const best = bruteForce(small);
      expect([res.matchedCount, hundredths(res.totalScore)]).toEqual([best.count, best.total]);
    }
  });
});
