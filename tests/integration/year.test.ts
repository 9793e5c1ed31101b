import type { Emulator } from '../../emulator';
import { formDefinitions } from '../../src/domain/forms/definitions';
import * as server from '../../src/server';
import { openDatabase } from '../../src/services/db/database';
import { inviteToSurvey } from '../../src/services/monitoring/invite';
import { mentorsForReward } from '../../src/services/monitoring/ranking';
import { runMonitoring } from '../../src/services/monitoring/run';
import { readFormRecords } from '../../src/services/forms/registry';
import { buildOverview } from '../../src/services/overview/build-overview';
import type { Ports } from '../../src/services/ports';
import { configuredWorkbookWithServer, recordSeededConsents } from './fixture';
import {
  MENTEES,
  MENTORS,
  appendApprovedPairs,
  catalogRunner,
  formAnswers,
  submitSurvey,
} from './year-fixture';

/**
 * The demo school's year of pairs, October to May, on the emulator: meetings by form and by the sidebar, the
 * weekly reminders, the January feedback under a small mail quota, the monitoring surveys before and after,
 * the indicators against hand-computed values, and the public page.
 */

const DEFS = formDefinitions();
const title = (form: keyof typeof DEFS, key: string) =>
  DEFS[form].sections.flatMap((s) => s.questions).find((q) => q.key === key)!.title;
const DAY = 86400000;

const consent = new Date(2022, 8, 12);

function demoYear() {
  const wb = configuredWorkbookWithServer();
  const db = openDatabase(wb.ports);
  const mentors = db.mentors.append(
    MENTORS.map(([fullName, email, publish]) => ({
      fullName,
      email,
      status: 'в паре',
      consentPd: consent,
      consentMentor: consent,
      consentPublish: publish,
    })),
  );
  const mentees = db.mentees.append(
    MENTEES.map(([fullName, email, young]) => ({
      fullName,
      email,
      status: 'в паре',
      consentPd: consent,
      youngTeacher: young,
    })),
  );
  appendApprovedPairs(db, mentors, mentees, { approvedAt: new Date(2022, 8, 20) });
  recordSeededConsents(wb.ports);
  return { ...wb, db, run: catalogRunner(wb.ports) };
}

/** Moves the emulated clock, and the script's `new Date()` with it (server functions run in this process). */
function at(emulator: Emulator, y: number, m: number, d: number, h = 12, min = 0) {
  const now = new Date(y, m, d, h, min);
  emulator.setNow(now);
  jest.setSystemTime(now);
}

beforeEach(() => jest.useFakeTimers({ now: new Date(2022, 8, 15, 10, 0) }));
afterEach(() => jest.useRealTimers());

function meetingReport(emulator: Emulator, ports: Ports, email: string, date: string, topic: string) {
  const formId = readFormRecords(ports).meeting!.formId;
  emulator.submitForm(
    formId,
    {
      [title('meeting', 'date')]: date,
      [title('meeting', 'topic')]: topic,
      [title('meeting', 'format')]: 'очно',
      [title('meeting', 'durationMin')]: '45',
      [title('meeting', 'result')]: 'Разобрали урок',
      [title('meeting', 'nextStep')]: 'Посетить урок наставника',
    },
    email,
  );
}

const reminders = (em: Emulator) =>
  em.outbox.filter((m) => m.subject.startsWith('Наставничество: пары/группы без встреч'));

describe('a year of mentoring on the emulator (October – May)', () => {
  it('meetings by form and sidebar, reminders once per pair per period, feedback, monitoring and the page', () => {
    const { emulator, ports, db, run, ss } = demoYear();

    // ---- 6.1: the meeting report form; the daily trigger comes with it, once
    const created = run('form:meeting');
    expect(created.message).toContain('Анкета создана');
    // The daily check was switched on at setup; creating the form again does not add a second one.
    run('form:meeting');
    const clocks = emulator.state.triggers.filter((t) => t.eventType === 'CLOCK');
    expect(clocks.map((t) => t.handler)).toEqual(['onDailyCheck']);

    // ---- 7.1 before: the impact self-assessment in September/October, invitations in batches
    run('form:impactBefore');
    const batches = [inviteToSurvey(ports, 'impactBefore', 3), inviteToSurvey(ports, 'impactBefore', 3)];
    expect(batches.map((b) => [b.sent, b.left, b.more])).toEqual([
      [3, 4, true],
      [3, 1, true],
    ]);
    expect(run('survey:invite:impactBefore')).toMatchObject({ more: false, progress: { done: 7, total: 7 } });
    expect(run('survey:invite:impactBefore').message).toContain('уже отправлена');
    for (const [, email] of [...MENTORS, ...MENTEES])
      submitSurvey(emulator, ports, 'impactBefore', email, email === MENTORS[0][1] ? 7 : 5);

    // ---- October – November: meetings, and the daily trigger running every morning
    const events: Record<string, () => void> = {
      '2022-10-05': () =>
        meetingReport(emulator, ports, 'smirnova@school.example', '2022-10-05', 'Планирование'),
      '2022-10-12': () =>
        run('meetings:add', 'Захаров; 12.10.2022; Работа с родителями; очно; 40; Составили план беседы'),
      '2022-10-19': () =>
        meetingReport(emulator, ports, 'smirnova@school.example', '2022-10-19', 'Оценивание'),
      '2022-11-02': () => meetingReport(emulator, ports, 'smirnova@school.example', '2022-11-02', 'Урок'),
      '2022-11-16': () =>
        meetingReport(emulator, ports, 'smirnova@school.example', '2022-11-16', 'Аттестация'),
      '2022-11-30': () => meetingReport(emulator, ports, 'smirnova@school.example', '2022-11-30', 'Итоги'),
    };
    const ssId = ss.getId();
    for (let t = new Date(2022, 8, 16).getTime(); t <= new Date(2022, 11, 1).getTime(); t += DAY) {
      const day = new Date(t);
      at(emulator, day.getFullYear(), day.getMonth(), day.getDate(), 7, 30);
      // A time-driven trigger has no open document: the handler must find its workbook itself.
      emulator.state.activeSpreadsheetId = null;
      emulator.runDueClockTriggers();
      emulator.state.activeSpreadsheetId = ssId;
      const key = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      if (events[key]) {
        at(emulator, day.getFullYear(), day.getMonth(), day.getDate(), 12);
        events[key]();
      }
    }
    const meetings = db.meetings.load().rows;
    expect(meetings).toHaveLength(6);
    expect(meetings.filter((m) => m.pairId === 'PR-1')).toHaveLength(5);
    expect(meetings.find((m) => m.pairId === 'PR-2')).toMatchObject({
      topic: 'Работа с родителями',
      durationMin: 40,
    });
    // Weekly checks on Fridays from 16 September; N = 3 weeks; each pair at most once per three weeks.
    const sent = reminders(emulator).map((m) => [
      m.sentAt.toISOString().slice(0, 10),
      m.body.match(/\(PR-\d\)/g),
    ]);
    expect(sent).toEqual([
      ['2022-10-28', ['(PR-3)']],
      ['2022-11-04', ['(PR-2)']],
      ['2022-11-18', ['(PR-3)']],
      ['2022-11-25', ['(PR-2)']],
    ]);
    expect(reminders(emulator).every((m) => m.to === 'curator@school.example')).toBe(true);
    const step61 = buildOverview(ports).stages[5].steps.find((s) => s.code === '6.1')!;
    expect(step61.statusText).toBe(
      'Проведено 6 встреч; встречались 2 из 3 пар/групп; последняя встреча 30.11.2022',
    );
    expect(run('meetings:byPair').details).toEqual([
      'Смирнова О.В. — Алексеева А.Д.: 5 встреч, последняя 30.11.2022',
      'Кузнецов А.П. — Захаров И.Р.: 1 встреча, последняя 12.10.2022',
      'Васильева Т.Н. — Павлова Д.А., Орлова В.М.: 0 встреч',
    ]);
    expect(() => run('meetings:add', 'Сидоров; 12.10.2022; Тема')).toThrow(
      'пара/группа «Сидоров» не найдена',
    );

    // ---- 6.2 January: feedback link to everyone (the form of their role), never twice, within the quota
    at(emulator, 2023, 0, 10, 9);
    expect(run('form:interim').message).toContain('отдельно для наставников и для наставляемых');
    emulator.state.mail.dailyQuota = 4;
    const first = run('survey:invite:interim');
    expect(first).toMatchObject({ more: false, progress: { done: 4, total: 7 } });
    expect(first.message).toContain('лимит');
    expect(run('survey:invite:interim').progress).toEqual({ done: 4, total: 7 });
    at(emulator, 2023, 0, 11, 10);
    expect(run('survey:invite:interim').progress).toEqual({ done: 7, total: 7 });
    expect(run('survey:invite:interim').message).toContain('уже отправлена');
    const interimTo = (whose: string) =>
      emulator.outbox.filter((m) => m.subject.startsWith(`Промежуточная обратная связь: анкета ${whose}`));
    expect(
      interimTo('наставника')
        .map((m) => m.to)
        .sort(),
    ).toEqual(MENTORS.map(([, e]) => e).sort());
    expect(
      interimTo('наставляемого')
        .map((m) => m.to)
        .sort(),
    ).toEqual(MENTEES.map(([, e]) => e).sort());
    expect(interimTo('наставника')[0].body).toContain(readFormRecords(ports).interimMentor!.shortUrl);
    emulator.state.mail.dailyQuota = 100;
    submitSurvey(emulator, ports, 'interim', 'alekseeva@school.example', 8, {
      extra: { int_change: 'Чаще посещать уроки' },
    });
    submitSurvey(emulator, ports, 'interim', 'smirnova@school.example', 6);
    // A stranger's answer is erased (no consent); a mentee's answer to the mentors' form is kept, not counted.
    const mentorFormId = readFormRecords(ports).interimMentor!.formId;
    emulator.submitForm(mentorFormId, formAnswers('interimMentor', 2), 'stranger@school.example');
    emulator.submitForm(mentorFormId, formAnswers('interimMentor', 1), 'zakharov@school.example');
    const summary = run('survey:interimSummary');
    expect(summary.message).toBe('1 наставник из 3 ответил; 1 наставляемый из 4 ответил.');
    expect(summary.details).toEqual([
      'Наставники: 1 наставник из 3 ответил.',
      'Вовлечённость наставляемых: в среднем 6,0 из 10 (1 оценка)',
      'Выполнение плана: «По графику» — 1',
      'Наставляемые: 1 наставляемый из 4 ответил.',
      'Встречи по плану: «Да, встречи проходят по плану» — 1',
      'Польза помощи наставника: в среднем 8,0 из 10 (1 оценка)',
      'Что изменить во втором полугодии:',
      '— Чаще посещать уроки',
      'Что сделать:',
      '— Ещё не ответили: 2 наставника, 3 наставляемых. Напомните об анкете: ссылка есть в письме-приглашении и в карточке педагога в Gmail.',
    ]);
    const interimSheet = ports.responses.read(readFormRecords(ports).interimMentor!.sheetId)!;
    expect(JSON.stringify(interimSheet.values)).not.toContain('stranger@school.example');
    expect(JSON.stringify(interimSheet.values)).toContain('zakharov@school.example');

    // ---- 7.1 May: satisfaction and quality, impact after
    at(emulator, 2023, 4, 15, 10);
    run('form:satisfaction', 'named');
    run('form:impactAfter');
    const satisfaction: [string, number][] = [
      ['smirnova@school.example', 9],
      ['kuznetsov@school.example', 8],
      ['vasilieva@school.example', 10],
      ['alekseeva@school.example', 9],
      ['zakharov@school.example', 7],
      ['pavlova@school.example', 8],
    ];
    for (const [email, v] of satisfaction) submitSurvey(emulator, ports, 'satisfaction', email, v);
    const afterAnswers: [string, number, number, number, string][] = [
      // e-mail, rating, publications, competitions, stays
      ['smirnova@school.example', 8, 2, 0, 'Да'],
      ['kuznetsov@school.example', 7, 0, 1, 'Да'],
      ['vasilieva@school.example', 7, 0, 0, 'Да'],
      ['alekseeva@school.example', 7, 0, 0, 'Да'],
      ['zakharov@school.example', 7, 0, 0, 'Нет'],
      ['pavlova@school.example', 7, 0, 0, 'Да'],
    ];
    for (const [email, v, pubs, comps, stay] of afterAnswers)
      submitSurvey(emulator, ports, 'impactAfter', email, v, {
        extra: { openLessons: '1', publications: String(pubs), competitions: String(comps), stay },
      });

    const { indicators: ind, charts } = runMonitoring(ports);
    // Satisfaction: the mentors (9, 8, 10) rate their 7 items, the mentees (9, 7, 8) their 6:
    // n = 21 + 18 = 39, sum = 7·27 + 6·24 = 333; ≥ 8: 21 + 12 = 33 of 39
    expect(ind.sections.satisfaction.all.n).toBe(39);
    expect(ind.sections.satisfaction.all.mean).toBeCloseTo(333 / 39, 10);
    expect(ind.sections.satisfaction.all.shareHigh).toBeCloseTo(33 / 39, 10);
    // σ² = Σv²/n − mean² = (7·245 + 6·194)/39 − (333/39)²
    expect(ind.sections.satisfaction.all.spread).toBeCloseTo(Math.sqrt(2879 / 39 - (333 / 39) ** 2), 10);
    expect(ind.sections.satisfaction.byRole.mentor).toMatchObject({ n: 21, mean: 9 });
    expect(ind.sections.satisfaction.byRole.mentee).toMatchObject({ n: 18, mean: 8 });
    expect(ind.responseRate.satisfaction).toMatchObject({ answered: 6, participants: 7, rate: 6 / 7 });
    expect(ind.responseRate.satisfaction.byRole).toEqual({
      mentor: { answered: 3, participants: 3 },
      mentee: { answered: 3, participants: 4 },
    });
    // Impact: the mentors rate 6 items, the mentees 7. Before: 6·7 + 12·5 + 28·5 = 242 over 46 ratings;
    // after: 6·8 + 12·7 + 21·7 = 279 over 39 (Орлова did not answer)
    expect(ind.impactOverall.before).toBeCloseTo(242 / 46, 10);
    expect(ind.impactOverall.after).toBeCloseTo(279 / 39, 10);
    expect(ind.impactOverall.change).toBeCloseTo(279 / 39 - 242 / 46, 10);
    expect(ind.outcomes).toMatchObject({
      openLessons: 6,
      publications: 2,
      competitions: 1,
      youngTeachers: 3,
      youngRetained: 2,
      // Everyone took the first choice: attested, students' results improved, the plan's goals fully reached.
      attested: 6,
      students: { mentor: { Улучшились: 3 }, mentee: { Улучшились: 3 } },
      goals: { mentor: { 'Достигнуты полностью': 3 }, mentee: { 'Достигнуты полностью': 3 } },
    });

    // The Мониторинг sheet and its native charts
    expect(charts).toBe(3);
    const monitoring = ss.getSheetByName('Мониторинг')!;
    expect(monitoring.getCharts()).toHaveLength(3);
    expect(monitoring.getCharts()[1].getOptions().get('title')).toBe(
      'Влияние программы: самооценка до и после',
    );
    const table = monitoring.getDataRange().getValues();
    const row = table.find((r) => r[0] === 'satisfaction.all')!;
    expect(row.slice(4, 8)).toEqual([39, 8.54, 0.96, 84.6]);
    // The methodology's other indicators: plans' goals by role (all answered «Достигнуты полностью»),
    // attestation and the students' results.
    const line = (id: string) => table.find((r) => r[0] === id)!;
    expect(line('goals.mentee').slice(3, 6)).toEqual(['наставляемые', 3, 100]);
    expect(line('outcome.attested')[4]).toBe(6);
    expect(line('outcome.students.mentor')[2]).toBe('Результаты обучающихся улучшились: 3 из 3 ответов');
    runMonitoring(ports); // again: same rows, still three charts
    expect(monitoring.getCharts()).toHaveLength(3);
    // The charts' data tables do not trip the add-on's own sheet check (no header seen twice).
    const header = monitoring.getRange(1, 1, 1, monitoring.getLastColumn()).getValues()[0].filter(String);
    expect(new Set(header).size).toBe(header.length);
    expect(buildOverview(ports).problems).toEqual([]);
    // Each chart reads its own block below the table.
    for (const chart of monitoring.getCharts())
      for (const range of chart.getRanges())
        expect(range.getRow()).toBeGreaterThan(table.findIndex((r) => !r[0]) + 1);

    // Best mentors: the curator's correction decides between them
    const ranking = db.ranking.load();
    expect(ranking.rows.map((r) => r.fullName).sort()).toEqual(MENTORS.map(([n]) => n).sort());
    const kuz = ranking.rows.find((r) => r.fullName === MENTORS[1][0])!;
    ranking.update(kuz.id, { adjustment: 5 });
    ranking.save();
    expect(mentorsForReward(ports)[0].fullName).toBe(MENTORS[1][0]);

    // ---- 7.2: the public page and the news text: nothing until a curator publishes, then the names the
    // curator marked «Поощрить» among those with publication consent
    emulator.state.activeSpreadsheetId = null; // the web app has no open document
    expect(server.doGet().getContent()).toContain('пока не опубликованы');
    emulator.state.activeSpreadsheetId = ssId;
    const marks = db.ranking.load();
    for (const r of marks.rows) marks.update(r.id, { reward: true });
    marks.save();
    // Not deployed as a web app yet: the curator is told the one step that is missing, not given a dead link.
    const notDeployed = run('publishing:on');
    expect(notDeployed.message).toContain('остался один шаг');
    expect(notDeployed.message).toContain('Новое развёртывание → Веб-приложение');
    expect(notDeployed.links).toBeUndefined();
    emulator.state.webAppUrl = 'https://script.google.com/macros/s/EXAMPLE/exec';
    expect(run('publishing:address').copyText).toContain(
      '<iframe src="https://script.google.com/macros/s/EXAMPLE/exec"',
    );
    emulator.state.activeSpreadsheetId = null;
    const page = server.doGet().getContent();
    expect(page).toContain('Смирнова Ольга Викторовна');
    expect(page).toContain('Васильева Татьяна Николаевна');
    expect(page).not.toContain('Кузнецов');
    expect(page).not.toContain('Алексеева');
    expect(page).not.toMatch(/<script/i);
    emulator.state.activeSpreadsheetId = ssId;
    const news = run('publishing:news');
    expect(news.copyText).toContain(
      'Благодарим лучших наставников: Смирнову Ольгу Викторовну, Васильеву Татьяну Николаевну',
    );
    expect(news.copyText).not.toContain('Кузнецов');
  });

  it('an ingested meeting report costs a constant number of calls', () => {
    const { emulator, ports, run } = demoYear();
    run('form:meeting');
    at(emulator, 2022, 9, 5);
    emulator.calls.reset();
    meetingReport(emulator, ports, 'smirnova@school.example', '2022-10-05', 'Планирование');
    const first = emulator.calls.total();
    emulator.calls.reset();
    meetingReport(emulator, ports, 'smirnova@school.example', '2022-10-12', 'Оценивание');
    expect(emulator.calls.total()).toBe(first);
    // 57: seven more than before, since the answer is read from its response row (header, values, display:
    // an event alone may be an edit's partial values or Google's blank extra event), the lasting
    // de-duplication record is written, and the trigger checks it runs as the workbook's trigger owner.
    expect(first).toBeLessThanOrEqual(57);
    console.log(`calls per ingested meeting report: ${first}`, emulator.calls.snapshot());
  });
});
