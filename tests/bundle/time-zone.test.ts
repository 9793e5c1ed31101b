import { bootBuilt } from './built';
import { SCHOOL } from '../integration/fixture';

/**
 * Issue 13 point 9: the tests run in the script's time zone (Europe/Moscow), as Apps Script runs the add-on.
 * Near midnight the day differs between Moscow and UTC, so these fail when the suite runs in UTC.
 */
describe('the suite runs in the script’s time zone', () => {
  it('is Europe/Moscow for the script’s Date', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Moscow');
    // 30 Sep 2022 21:30 UTC is already 1 October in Moscow.
    expect(new Date(Date.UTC(2022, 8, 30, 21, 30)).getDate()).toBe(1);
  });

  it('a step due on 30 September is overdue at 00:30 on 1 October Moscow time, not at 23:30 the day before', () => {
    const a = bootBuilt();
    a.script.call('saveSetup', SCHOOL);
    // 1.4 «педагоги проинформированы» is due by the end of September and is not done by setup.
    const step = () => a.overview().stages[0].steps.find((s) => s.code === '1.4')!;
    a.emulator.setNow(new Date(Date.UTC(2022, 8, 30, 20, 30))); // 30.09 23:30 MSK
    expect(step().due).toBe('Сентябрь 2022');
    expect(step().status).not.toBe('overdue');
    a.emulator.setNow(new Date(Date.UTC(2022, 8, 30, 21, 30))); // 01.10 00:30 MSK (still 30.09 in UTC)
    expect(step().status).toBe('overdue');
  });
});
