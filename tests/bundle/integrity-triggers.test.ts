import type { SetupResult } from '../../src/api/types';
import { SCHOOL } from '../integration/fixture';
import { bootBuilt, setting, type BuiltAddOn } from './built';

/**
 * Issue 10 point 18: triggers belong to the user who created them, so each curator who runs setup would get
 * their own. One curator's triggers serve the workbook; the owner is recorded; the others' setups add none.
 */
const SECOND = 'zavuch@school.example';
const CURATORS = { ...SCHOOL, curators: [SCHOOL.curators[0], SECOND] };

function asUser<T>(a: BuiltAddOn, email: string, fn: () => T): T {
  const session = a.emulator.state.session;
  const before = { ...session };
  session.activeUser = session.effectiveUser = email;
  try {
    return fn();
  } finally {
    session.activeUser = before.activeUser;
    session.effectiveUser = before.effectiveUser;
  }
}

function twoCurators() {
  const a = bootBuilt();
  a.ss.addEditor(SECOND);
  a.script.call('saveSetup', CURATORS);
  a.run('form:mentee');
  return a;
}

describe('10.18 one set of triggers per workbook, whoever runs setup', () => {
  it('a second curator’s setup and form creation add no trigger (triggers: 4 → 2)', () => {
    const a = twoCurators();
    const result = asUser(a, SECOND, () => {
      a.run('form:mentee');
      return a.script.call('saveSetup', CURATORS) as SetupResult;
    });
    expect(a.emulator.state.triggers.map((t) => [t.handler, t.owner])).toEqual([
      ['onFormSubmit', SCHOOL.curators[0]],
      ['onDailyCheck', SCHOOL.curators[0]],
    ]);
    expect(setting(a.ss, 'triggers.owner')).toBe(SCHOOL.curators[0]);
    expect(result.messages.join(' ')).toContain(`от имени ${SCHOOL.curators[0]}`);
  });
});
