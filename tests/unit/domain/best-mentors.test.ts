import { bestMentors, type RankedRow } from '../../../src/domain/ranking';

const row = (id: string, score: number, extra: Partial<RankedRow> = {}): RankedRow => ({
  id,
  fullName: `Наставник ${id}`,
  score,
  adjustment: null,
  reward: false,
  ...extra,
});

describe('the one rule for best mentors', () => {
  const rows = [
    row('A', 7),
    row('B', 9, { reward: true }),
    row('C', 8, { reward: true, adjustment: 2 }),
    row('D', 10, { reward: true }),
  ];

  it('names only the marked mentors still leading a pair, by place with the correction', () => {
    const { best, all } = bestMentors(rows, (id) => id !== 'D');
    // C's 8 + 2 ties with D's 10 for the first place; D leads no pair, so is not named.
    expect(best.map((m) => [m.mentorId, m.rank])).toEqual([
      ['C', 1],
      ['B', 3],
    ]);
    expect(all.map((m) => m.mentorId)).toEqual(['C', 'B', 'A']);
  });

  it('names nobody best when nobody is marked', () => {
    const { best, all } = bestMentors(
      rows.map((r) => ({ ...r, reward: false })),
      () => true,
    );
    expect(best).toEqual([]);
    expect(all).toHaveLength(4);
  });
});
