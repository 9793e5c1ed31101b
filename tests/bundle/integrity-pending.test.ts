import { holdLockElsewhere } from '../../emulator/base/lock';
import { CONSENT_NO } from '../../src/domain/forms/consent';
import { Q, builtWithForms, menteeAnswers, rowsOf } from './built';

/**
 * Issue 10 point 5: answers that sit on a response sheet but not in the base (the lock was held, so the
 * trigger gave up) are counted in the sidebar with the rebuild as the next step; a refusal among them is
 * erased by the next daily check, not left readable.
 */
const RESPONSES = 'Ответы: анкета наставляемого';
const refusal = (name: string) => ({ [Q['mentee.fullName']]: name, [Q['mentee.consentPd']]: CONSENT_NO });

function answersWhileLocked() {
  const a = builtWithForms();
  a.emulator.submitForm(a.menteeForm, menteeAnswers('Петрова Анна Ивановна'), 'petrova@school.example');
  holdLockElsewhere(a.emulator.ctx, 'script', true);
  const submit = (answers: Record<string, string | string[]>, email: string) => {
    try {
      a.emulator.submitForm(a.menteeForm, answers, email);
    } catch {
      // The trigger failed: Google records the failure, the answer stays on the response sheet.
    }
  };
  submit(menteeAnswers('Орлова Вера Ильинична'), 'orlova@school.example');
  submit(menteeAnswers('Кузнецов Илья Андреевич'), 'kuznetsov@school.example');
  submit(refusal('Посторонний Пётр Петрович'), 'outsider@mail.example');
  holdLockElsewhere(a.emulator.ctx, 'script', false);
  return a;
}

const step22 = (a: ReturnType<typeof builtWithForms>) =>
  a
    .overview()
    .stages.flatMap((s) => s.steps)
    .find((s) => s.code === '2.2')!;

describe('10.5 answers outside the base are counted and the rebuild offered; refusals erased', () => {
  it('3 answers outside the base: the sidebar says 3 and makes the rebuild the next step', () => {
    const a = answersWhileLocked();
    expect(rowsOf(a.sheet('Наставляемые'))).toHaveLength(1);
    const step = step22(a);
    expect(step.statusText).toContain('В базу не попали ответы анкеты: 3');
    expect(step.next).toContain('Пересобрать базу из ответов');
    expect(step.actions.find((x) => x.primary)?.id).toBe('intake:rebuild:2.2');

    a.run('intake:rebuild:2.2');
    expect(rowsOf(a.sheet('Наставляемые')).map((r) => r['ФИО'])).toEqual([
      'Петрова Анна Ивановна',
      'Орлова Вера Ильинична',
      'Кузнецов Илья Андреевич',
    ]);
    const after = step22(a);
    expect(after.statusText).not.toContain('не попали');
    expect(after.actions.find((x) => x.primary)?.id).not.toBe('intake:rebuild:2.2');
    expect(
      rowsOf(a.sheet(RESPONSES)).filter((r) => r[Q['mentee.fullName']] === 'Посторонний Пётр Петрович'),
    ).toEqual([]);
  });

  it('the daily check erases the refusal (readable rows 1 → 0) and leaves the 2 answers for the rebuild', () => {
    const a = answersWhileLocked();
    const readable = () =>
      rowsOf(a.sheet(RESPONSES)).filter((r) => r[Q['mentee.fullName']] === 'Посторонний Пётр Петрович');
    expect(readable()).toHaveLength(1);
    a.emulator.ctx.advance(24 * 3600000);
    expect(a.emulator.runDueClockTriggers()).toBeGreaterThan(0);
    expect(readable()).toHaveLength(0);
    expect(rowsOf(a.sheet(RESPONSES)).map((r) => r[Q['mentee.fullName']])).toEqual([
      'Петрова Анна Ивановна',
      'Орлова Вера Ильинична',
      'Кузнецов Илья Андреевич',
      '',
    ]);
    expect(step22(a).statusText).toContain('В базу не попали ответы анкеты: 2');
  });
});
