import {
  countsAsApproved,
  curatorPair,
  pairKind,
  proposalRow,
  splitIds,
  withMentee,
  withoutMentee,
} from '../../../src/domain/pairs';
import { PAIR_STATUS, PAIRS } from '../../../src/domain/schema/sheets';

const people = [
  { id: 'MT-1', fullName: 'Смирнова Ольга Викторовна' },
  { id: 'MT-2', fullName: 'Козлов Пётр Ильич' },
  { id: 'MT-3', fullName: null },
];

describe('pair rules', () => {
  it('counts approved and finished pairs, not proposed or rejected ones', () => {
    expect(PAIRS.columns.find((c) => c.key === 'status')?.values).toEqual(Object.values(PAIR_STATUS));
    expect(countsAsApproved(PAIR_STATUS.approved)).toBe(true);
    expect(countsAsApproved(PAIR_STATUS.finished)).toBe(true);
    expect(countsAsApproved(PAIR_STATUS.proposed)).toBe(false);
    expect(countsAsApproved(PAIR_STATUS.rejected)).toBe(false);
    expect(countsAsApproved(null)).toBe(false);
  });

  it('reads id cells however a curator separated them', () => {
    expect(splitIds('MT-1; MT-2,MT-3  MT-4')).toEqual(['MT-1', 'MT-2', 'MT-3', 'MT-4']);
    expect(splitIds(null)).toEqual([]);
    expect(pairKind(1)).toBe('пара');
    expect(pairKind(2)).toBe('группа');
  });

  it('a proposal losing a mentee keeps the rest, becomes a pair with one left, and goes with none', () => {
    expect(withoutMentee({ menteeIds: 'MT-1; MT-2; MT-3' }, 'MT-1', people)).toEqual({
      menteeIds: 'MT-2; MT-3',
      menteeNames: 'Козлов Пётр Ильич; MT-3',
      kind: 'группа',
    });
    expect(withoutMentee({ menteeIds: 'MT-1; MT-2' }, 'MT-2', people)?.kind).toBe('пара');
    expect(withoutMentee({ menteeIds: 'MT-1' }, 'MT-1', people)).toBeNull();
  });

  it('a mentee moved to a proposal makes a locked group whose score is the sum and reason the both', () => {
    const merged = withMentee(
      { menteeIds: 'MT-1', score: 61.25, reason: 'Совпадают предметы.' },
      { id: 'MT-2', score: 40.5, reason: 'Назначен куратором: Козлов П.И.' },
      people,
    );
    expect(merged).toEqual({
      menteeIds: 'MT-1; MT-2',
      menteeNames: 'Смирнова Ольга Викторовна; Козлов Пётр Ильич',
      kind: 'группа',
      locked: true,
      score: 101.75,
      reason: 'Совпадают предметы.\nНазначен куратором: Козлов П.И.',
    });
    expect(
      withMentee(
        { menteeIds: 'MT-1', score: null, reason: null },
        { id: 'MT-2', score: 0.333, reason: 'R' },
        people,
      ),
    ).toMatchObject({ score: 0.33, reason: 'R' });
  });

  it('a mentee moved to a mentor without a proposal makes a new locked pair', () => {
    const row = curatorPair(
      { id: 'MR-1', fullName: 'Иванова Мария Петровна' },
      { id: 'MT-1', fullName: 'Смирнова Ольга Викторовна', score: 50, reason: 'R' },
    );
    expect(row).toMatchObject({
      mentorId: 'MR-1',
      menteeIds: 'MT-1',
      kind: 'пара',
      status: 'предложена',
      locked: true,
    });
  });

  it('the matcher’s proposal names each mentee in the reason of a group', () => {
    const names = new Map([
      ['MR-1', 'Иванова Мария Петровна'],
      ['MT-1', 'Смирнова Ольга Викторовна'],
      ['MT-2', 'Козлов Пётр Ильич'],
    ]);
    const pair = (menteeId: string, score: number) => ({
      mentorId: 'MR-1',
      menteeId,
      score,
      parts: [],
      explanation: `E${menteeId}`,
      locked: false,
    });
    const row = proposalRow('MR-1', [pair('MT-1', 10.005), pair('MT-2', 20)], 2, names);
    expect(row).toMatchObject({
      menteeIds: 'MT-1; MT-2',
      kind: 'группа',
      status: 'предложена',
      score: 30.01,
      reason: 'Смирнова О.В.: EMT-1\nКозлов П.И.: EMT-2',
      mentorName: 'Иванова Мария Петровна',
    });
    expect(proposalRow('MR-1', [pair('MT-1', 10)], 2, names).kind).toBe('группа');
  });
});
