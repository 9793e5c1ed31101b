/**
 * Issue 10.9: functions meant as triggers do nothing when a user calls them; the sidebar's read functions
 * give a non-curator nothing; no JavaScript error text reaches a user. Driven through the built add-on.
 */
import type { Overview, SetupForm } from '../../src/api/types';
import { CURATOR, INTRUDER, setUpSchool } from './harness';

/** Mails sent by `call` on the morning of 16 September 2022, when the curators' digest is due. */
function dailyCheckMails(call: (a: ReturnType<typeof setUpSchool>) => void): number {
  const a = setUpSchool();
  a.emulator.setNow(new Date(2022, 8, 16, 8, 0));
  const before = a.emulator.outbox.length;
  call(a);
  return a.emulator.outbox.length - before;
}

describe('10.9 entry points', () => {
  it('the daily check sends its digest when its trigger fires', () => {
    expect(
      dailyCheckMails((a) => {
        a.emulator.runDueClockTriggers();
      }),
    ).toBe(1);
  });

  it.each([
    ['no event', []],
    ['an empty event', [{}]],
    ['an invented trigger id', [{ triggerUid: '999', authMode: 'FULL' }]],
  ])('onDailyCheck called by a user with %s sends nothing (0 mails)', (_, args) => {
    expect(dailyCheckMails((a) => a.script.call('onDailyCheck', ...(args as unknown[])))).toBe(0);
    // Not even by a non-curator editor.
    expect(
      dailyCheckMails((a) => {
        a.as(INTRUDER);
        a.script.call('onDailyCheck', ...(args as unknown[]));
      }),
    ).toBe(0);
  });

  it('onFormSubmit called by a user with a forged event changes nothing and shows no JavaScript text', () => {
    const a = setUpSchool();
    a.as(INTRUDER);
    const forged = {
      authMode: 'FULL',
      namedValues: { 'Адрес электронной почты': ['anna@school.example'] },
      range: { getRow: 2 },
      triggerUid: '1',
    };
    expect(a.failure(() => a.script.call('onFormSubmit', forged))).toBeNull();
    a.as(CURATOR);
    expect(
      a
        .db()
        .journal.load()
        .rows.filter((r) => /Анкета/.test(String(r.action))),
    ).toEqual([]);
  });

  it('getOverview and getSetupForm give a non-curator no personal data (0 e-mails, 0 names)', () => {
    const a = setUpSchool();
    const seen = (fn: () => unknown): string => {
      try {
        return JSON.stringify(fn());
      } catch (e) {
        return (e as Error).message;
      }
    };
    a.as(INTRUDER);
    const overview = seen(() => a.script.call('getOverview') as Overview);
    const form = seen(() => a.script.call('getSetupForm') as SetupForm);
    for (const text of [overview, form]) {
      expect(text).not.toContain('Попова');
      expect(text).toContain('Действия программы выполняют кураторы');
    }
    // The refusal names the curators to ask, and nothing of the programme: no director, no staff.
    expect(form).not.toContain('"director"');
  });

  it('an unexpected failure reaches the user in Russian only: no JavaScript error text', () => {
    const a = setUpSchool();
    // google.script.run can pass anything: a null form makes the setup code fail inside.
    const message = a.failure(() => a.script.call('saveSetup', null))!;
    expect(message).toContain('внутренней ошибки');
    expect(message).not.toMatch(/[A-Za-z]/);
    const action = a.failure(() => a.script.call('runAction', 'documents:regenerate:1.2', '\u0000'))!;
    expect(action).not.toMatch(/[A-Za-z]{3,}/);
  });
});
