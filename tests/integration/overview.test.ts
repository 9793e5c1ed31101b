import { openDatabase } from '../../src/services/db/database';
import { buildOverview } from '../../src/services/overview/build-overview';
import { runCatalogAction } from '../../src/services/step-actions/catalog';
import { readSettings } from '../../src/services/setup/settings';
import { SCHOOL, configuredWorkbook, freshWorkbook, recordSeededConsents } from './fixture';

describe('overview of the programme', () => {
  it('before setup shows the seven stages of the seed and asks to configure', () => {
    const { ports } = freshWorkbook();
    const overview = buildOverview(ports);
    expect(overview.configured).toBe(false);
    expect(overview.stages.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(overview.stages.flatMap((s) => s.steps)).toHaveLength(16);
    expect(overview.currentStep).toBe('1.1');
    expect(overview.stages[0].steps[0].next).toContain('Настроить программу');
  });

  it('after setup reads settings back, marks 1.1 done and counts the bases from the data', () => {
    const { ports, emulator } = configuredWorkbook();
    expect(readSettings(ports)).toEqual(SCHOOL);
    const db = openDatabase(ports);
    db.mentees.append([
      {
        fullName: 'Алексеева Анна Дмитриевна',
        email: 'a@school.example',
        status: 'в базе',
        consentPd: new Date(2022, 8, 12),
      },
      {
        fullName: 'Захаров Илья Романович',
        email: 'z@school.example',
        status: 'анкета получена',
        consentPd: null,
      },
    ]);
    recordSeededConsents(ports);
    const overview = buildOverview(ports);
    const step = (code: string) => overview.stages.flatMap((s) => s.steps).find((s) => s.code === code)!;
    expect(overview.schoolShort).toBe('МБОУ МУК № 4 г. Кирова');
    expect(overview.academicYear).toBe('2022/2023');
    expect(step('1.1').status).toBe('done');
    expect(step('2.2').statusText).toBe('В базе 2 наставляемых, 1 согласие');
    expect(step('2.2').status).toBe('in_progress');
    expect(step('2.2').due).toBe('Сентябрь 2022');
    expect(step('6.1').due).toBe('Октябрь 2022 – май 2023');
    expect(overview.currentStep).toBe('1.2');

    // After the deadline the same step is overdue.
    emulator.setNow(new Date(2022, 9, 3));
    expect(buildOverview(ports).stages[1].steps[1].status).toBe('overdue');
  });

  it('1.4 is marked done from the sidebar with its evidence', () => {
    const { ports } = configuredWorkbook();
    const ui = { activateSheet: () => true, showSetupDialog: () => undefined };
    const r = runCatalogAction({ ports, ui }, 'roadmap:done:1.4', 'Протокол педсовета № 1 от 30.08.2022');
    expect(r.message).toBe('Мероприятие 1.4 отмечено выполненным.');
    const step = buildOverview(ports).stages[0].steps.find((s) => s.code === '1.4')!;
    expect(step.status).toBe('done');
    expect(openDatabase(ports).roadmap.load().find('1.4')!.evidence).toBe(
      'Протокол педсовета № 1 от 30.08.2022',
    );
  });

  it('a manual status in the roadmap sheet overrides the computed one and says so', () => {
    const { ports } = configuredWorkbook();
    const roadmap = openDatabase(ports).roadmap.load();
    roadmap.update('1.4', { override: 'выполнено' });
    roadmap.save();
    const step = buildOverview(ports).stages[0].steps.find((s) => s.code === '1.4')!;
    expect(step.status).toBe('done');
    expect(step.statusText).toContain('(статус указан вручную)');
  });
});
