import { currentStepCode, type DatedStep } from '../../../src/domain/roadmap/current';
import { ROADMAP_SEED, monthEnd, monthStart } from '../../../src/domain/roadmap/seed';

/** The seed roadmap of 2022/2023 with the given steps done. */
function seedSteps(done: readonly string[] = []): DatedStep[] {
  return ROADMAP_SEED.map((s) => ({
    code: s.code,
    dueFrom: s.from ? monthStart(s.from, 2022) : null,
    dueTo: monthEnd(s.to, 2022),
    done: done.includes(s.code),
  }));
}

const UNTIL_4_1 = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '4.1'];

describe('the current step follows the calendar', () => {
  it('in January it is 6.2 (due 31 January), not the unfinished 4.2 or the year-long 6.1', () => {
    expect(currentStepCode(seedSteps(UNTIL_4_1), new Date(2023, 0, 16))).toBe('6.2');
  });

  it('in mid-September it is the first open step of September, in roadmap order', () => {
    expect(currentStepCode(seedSteps(['1.1', '1.2']), new Date(2022, 8, 15))).toBe('1.3');
  });

  it('in October it is 5.2 (the plans, due in October), even when September steps are unfinished', () => {
    expect(currentStepCode(seedSteps(['1.1']), new Date(2022, 9, 10))).toBe('5.2');
  });

  it('in March, with 6.2 done, it is the open step due soonest among those running: 4.2 before 6.1 by order', () => {
    const code = currentStepCode(seedSteps([...UNTIL_4_1, '5.1', '5.2', '6.2']), new Date(2023, 2, 1));
    expect(code).toBe('4.2');
    expect(currentStepCode(seedSteps([...UNTIL_4_1, '4.2', '5.1', '5.2', '6.2']), new Date(2023, 2, 1))).toBe(
      '6.1',
    );
  });

  it('in May it is 7.1, even while the year-long 6.1 (also due 31 May) goes on', () => {
    const done = [...UNTIL_4_1, '4.2', '5.1', '5.2', '6.2'];
    expect(currentStepCode(seedSteps(done), new Date(2023, 4, 20))).toBe('7.1');
  });

  it('in September the steps of August–September come in roadmap order before 1.3', () => {
    expect(currentStepCode(seedSteps(['1.1']), new Date(2022, 8, 15))).toBe('1.2');
  });

  it('on the last day of a period the step is still current; the next morning it is overdue, not current', () => {
    const done = [...UNTIL_4_1, '5.1', '5.2'];
    expect(currentStepCode(seedSteps(done), new Date(2023, 0, 31, 23, 0))).toBe('6.2');
    expect(currentStepCode(seedSteps(done), new Date(2023, 1, 1, 8, 0))).not.toBe('6.2');
  });

  it('before the year starts it is the first step to begin; after it ends, the first unfinished one', () => {
    expect(currentStepCode(seedSteps(), new Date(2022, 5, 1))).toBe('1.1');
    expect(currentStepCode(seedSteps(['1.1', '1.2']), new Date(2023, 6, 1))).toBe('1.3');
  });

  it('is null when everything is done', () => {
    expect(currentStepCode(seedSteps(ROADMAP_SEED.map((s) => s.code)), new Date(2023, 2, 1))).toBeNull();
  });
});
