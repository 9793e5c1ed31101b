/** The solver finds the best assignment: brute force on small instances, coverage on large ones. */
import { greedyMatch } from '../../../bench/greedy';
import { matchParticipants } from '../../../src/domain/matching';

import {
  mulberry32,
  mentor,
  mentee,
  assignment,
  hundredths,
  randomInstance,
  bruteForce,
  checkValid,
} from './matching-fixtures';

describe('matchParticipants: optimality', () => {
  it('equals brute force on 400 small random instances (both objectives, all rules)', () => {
    const rng = mulberry32(20220908);
    for (let n = 0; n < 400; n++) {
      const inst = randomInstance(rng, 3, 6);
      const r = matchParticipants(inst.mentors, inst.mentees, inst.options);
      checkValid(inst, r);
      const best = bruteForce(inst);
      if (inst.options.objective !== 'score') expect(r.matchedCount).toBe(best.count);
      expect(hundredths(r.totalScore)).toBe(best.total);
    }
  });

  it('sparsified results still keep every rule and never beat the exact optimum', () => {
    const rng = mulberry32(7);
    for (let n = 0; n < 150; n++) {
      const inst = randomInstance(rng, 4, 6);
      const exact = matchParticipants(inst.mentors, inst.mentees, inst.options);
      const sparse = matchParticipants(inst.mentors, inst.mentees, {
        ...inst.options,
        candidatesPerMentee: 1,
      });
      checkValid(inst, sparse);
      expect(sparse.stats.candidatesPerMentee).toBe(1);
      expect(sparse.stats.edges).toBeLessThanOrEqual(exact.stats.edges);
      // Coverage first: the sparse graph holds a maximum matching of the whole one, so it matches as many.
      if (inst.options.objective !== 'score') expect(sparse.matchedCount).toBe(exact.matchedCount);
      expect(sparse.totalScore).toBeLessThanOrEqual(exact.totalScore);
    }
  });

  describe('coverage on the default path above FULL_GRAPH_LIMIT (best 20 candidates each way)', () => {
    // Strong mentors are every mentee's best 20; the identical mentees rank each plain mentor's best 20 by
    // order alone. Without a maximum matching of the whole graph the sparse graph matched 40 of 501 and
    // 328 of 1,100.
    const pool = (strong: number, plain: number, mentees: number) => ({
      mentors: [
        ...Array.from({ length: strong }, (_, k) =>
          mentor(`MR-S${String(k).padStart(3, '0')}`, {
            competences: ['Работа с родителями'],
            category: 'высшая',
          }),
        ),
        ...Array.from({ length: plain }, (_, k) =>
          mentor(`MR-P${String(k).padStart(3, '0')}`, {
            competences: [],
            category: 'без категории',
            experienceYears: 3,
          }),
        ),
      ],
      mentees: Array.from({ length: mentees }, (_, k) => mentee(`MT-${String(k).padStart(4, '0')}`)),
    });

    it.each([
      [21, 480, 1000, 501, 'у 501 подходящего наставника'],
      [25, 475, 1100, 500, 'у 500 подходящих наставников'],
    ])(
      '%i strong + %i plain mentors, %i identical mentees: %i matched',
      (strong, plain, n, expected, who) => {
        const { mentors, mentees } = pool(strong, plain, n);
        const r = matchParticipants(mentors, mentees);
        expect(r.stats.candidatesPerMentee).toBe(20);
        expect(r.stats.allowedPairs).toBeGreaterThan(500_000);
        expect(r.matchedCount).toBe(expected);
        checkValid({ mentors, mentees, options: {} }, r);
        // Every strong mentor still serves someone: the best pairs are not traded for coverage.
        const serving = new Set(r.groups.map((g) => g.mentorId));
        expect(mentors.slice(0, strong).every((m) => serving.has(m.id))).toBe(true);
        expect(new Set(r.unmatched.map((u) => u.reason))).toEqual(
          new Set([`нет свободных наставников: ${who} заняты все места`]),
        );
      },
    );
  });

  it('beats greedy where greedy takes the single best pair first', () => {
    // MT-1 is served equally well by both mentors (85); MT-2 needs MR-A (65, or 30 with MR-B). Greedy takes
    // MR-A for MT-1 first (ties by id) and leaves MT-2 the weak pair: 115 instead of 150.
    const mentors = [
      mentor('MR-A', { competences: ['Работа с родителями', 'Подготовка к аттестации'] }),
      mentor('MR-B', { competences: ['Работа с родителями'] }),
    ];
    const mentees = [
      mentee('MT-1', { requests: ['Работа с родителями'] }),
      mentee('MT-2', { requests: ['Подготовка к аттестации'], subjects: ['История'] }),
    ];
    const best = matchParticipants(mentors, mentees);
    const greedy = greedyMatch(mentors, mentees);
    expect(assignment(best)).toEqual({ 'MT-1': 'MR-B', 'MT-2': 'MR-A' });
    expect(best.totalScore).toBe(150);
    expect(assignment(greedy)).toEqual({ 'MT-1': 'MR-A', 'MT-2': 'MR-B' });
    expect(greedy.totalScore).toBe(115);
  });

  it('matches as many mentees as possible by default, the top score with objective «score»', () => {
    // MR-A suits MT-1 well and MT-2 barely; MR-B may take only MT-1 (MT-2 is forbidden with it).
    const mentors = [
      mentor('MR-A'),
      mentor('MR-B', { subjects: ['Музыка'], experienceYears: 1, category: '', competences: [] }),
    ];
    const mentees = [
      mentee('MT-1'),
      mentee('MT-2', { subjects: ['Химия'], requests: ['Подготовка к аттестации'] }),
    ];
    const forbidden = [{ mentorId: 'MR-B', menteeId: 'MT-2' }];
    const coverage = matchParticipants(mentors, mentees, { forbidden });
    expect(coverage.matchedCount).toBe(2);
    expect(assignment(coverage)).toEqual({ 'MT-1': 'MR-B', 'MT-2': 'MR-A' });
    const score = matchParticipants(mentors, mentees, { forbidden, objective: 'score' });
    expect(score.totalScore).toBeGreaterThanOrEqual(coverage.totalScore);
  });
});
