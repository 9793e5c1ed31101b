import { declineName } from '../../src/domain/format/names';
import type { Emulator } from '../../emulator';
import { formDefinitions } from '../../src/domain/forms/definitions';
import { emptyFacts } from '../../src/domain/roadmap/facts';
import { readFormRecords } from '../../src/services/forms/registry';
import { openDatabase } from '../../src/services/db/database';
import { DOCUMENT_ACTIONS } from '../../src/services/documents/sidebar-actions';
import { fileIdOf } from '../../src/services/documents/created-files';
import { runMonitoring } from '../../src/services/monitoring/run';
import { buildOverview } from '../../src/services/overview/build-overview';
import { configuredWorkbookWithServer } from './fixture';
import { MENTEES, MENTORS, appendApprovedPairs, catalogRunner, submitSurvey } from './year-fixture';

/**
 * The final report (7.1) and the rewards (7.2) on the emulator: three pairs/groups, the three monitoring
 * surveys answered through the forms, meetings in Встречи; the report's figures against values computed here
 * by hand from those answers; the reward order and the letters name only the mentors the curator ticked.
 */

const CURATORS =
  'Иванова Мария Петровна, заместитель директора по УВР\nПетров Пётр Петрович, учитель информатики';

function programme() {
  const wb = configuredWorkbookWithServer();
  wb.emulator.setNow(new Date(2023, 4, 20, 10, 0));
  const db = openDatabase(wb.ports);
  const mentors = db.mentors.append(
    MENTORS.map(([fullName, email]) => ({ fullName, email, position: 'учитель', status: 'в паре' })),
  );
  const mentees = db.mentees.append(
    MENTEES.map(([fullName, email, young]) => ({
      fullName,
      email,
      position: 'учитель',
      status: 'в паре',
      youngTeacher: young,
      // Алексеева came in with «первая» and answers «высшая» in May: one rise of category.
      category: email.startsWith('alekseeva') ? 'первая' : null,
    })),
  );
  appendApprovedPairs(db, mentors, mentees);
  // PR-1: three meetings, PR-2: one, PR-3: none.
  db.meetings.append(
    (
      [
        ['PR-1', new Date(2022, 9, 5)],
        ['PR-1', new Date(2022, 10, 2)],
        ['PR-1', new Date(2023, 2, 1)],
        ['PR-2', new Date(2022, 9, 12)],
      ] as const
    ).map(([pairId, date]) => ({ pairId, date, topic: 'Встреча' })),
  );
  return { ...wb, db, mentors, run: catalogRunner(wb.ports) };
}

function surveys(
  emulator: Emulator,
  ports: ReturnType<typeof programme>['ports'],
  run: (id: string, input?: string) => unknown,
) {
  run('form:impactBefore');
  run('form:satisfaction', 'named');
  run('form:impactAfter');
  // Before: Смирнова 7 on every item, the six others 5.
  for (const [, email] of [...MENTORS, ...MENTEES])
    submitSurvey(emulator, ports, 'impactBefore', email, email.startsWith('smirnova') ? 7 : 5);
  // Satisfaction and quality: five people; «Поддержка куратора» (proc_support) rated 5 by all of them.
  const sat: [string, number][] = [
    ['smirnova@school.example', 9],
    ['kuznetsov@school.example', 8],
    ['vasilieva@school.example', 10],
    ['alekseeva@school.example', 9],
    ['zakharov@school.example', 7],
  ];
  // Plan goals: the first choice («Достигнуты полностью») except Захаров («Достигнуты частично»); two SWOT
  // answers, the same strength said twice (listed once).
  for (const [email, v] of sat)
    submitSurvey(emulator, ports, 'satisfaction', email, v, {
      by: { proc_support: 5 },
      extra: {
        ...(email.startsWith('zakharov') ? { goals: 'Достигнуты частично' } : {}),
        ...(email.startsWith('alekseeva') || email.startsWith('smirnova')
          ? { swotStrengths: 'Разбор уроков вместе с наставником' }
          : {}),
        ...(email.startsWith('kuznetsov') ? { swotThreats: 'Нагрузка педагогов' } : {}),
      },
    });
  // The curator's questionnaire: conditions rated 7, «Методические материалы» 4; the four SWOT answers.
  const curatorKey = 'curator';
  run('form:curator');
  const curatorDef = formDefinitions()[curatorKey];
  const curatorAnswers: Record<string, string> = {};
  for (const q of curatorDef.sections.flatMap((x) => x.questions))
    curatorAnswers[q.title] =
      q.kind === 'scale' ? (q.key === 'cur_materials' ? '4' : '7') : `Куратор: ${q.key}`;
  emulator.submitForm(readFormRecords(ports).curator!.formId, curatorAnswers, 'curator@school.example');
  // Not a curator: the answer (all 1, «Чужой ответ») is erased, nothing of it counts.
  const foreign = Object.fromEntries(
    Object.entries(curatorAnswers).map(([t, v]) => [t, /^\d+$/.test(v) ? '1' : 'Чужой ответ']),
  );
  emulator.submitForm(readFormRecords(ports).curator!.formId, foreign, 'alekseeva@school.example');
  // After: six people (not Орлова); Смирнова 8, others 7; «Профессиональное сообщество» (imp_community) 5 by all.
  const after: [string, number, number, number, string][] = [
    ['smirnova@school.example', 8, 2, 0, 'Да'],
    ['kuznetsov@school.example', 7, 0, 1, 'Да'],
    ['vasilieva@school.example', 7, 0, 0, 'Да'],
    ['alekseeva@school.example', 7, 0, 0, 'Да'],
    ['zakharov@school.example', 7, 0, 0, 'Нет'],
    ['pavlova@school.example', 7, 0, 0, 'Да'],
  ];
  for (const [email, v, pubs, comps, stay] of after)
    submitSurvey(emulator, ports, 'impactAfter', email, v, {
      by: { imp_community: 5 },
      extra: {
        openLessons: '1',
        publications: String(pubs),
        competitions: String(comps),
        stay,
        ...(email.startsWith('alekseeva') ? { categoryNow: 'высшая' } : {}),
        ...(email.startsWith('zakharov') ? { studentResults: 'Не изменились', attested: 'Нет' } : {}),
      },
    });
}

const docText = (emulator: Emulator, url: unknown) =>
  emulator.globals.DocumentApp.openById(fileIdOf(url)!).getBody().getText();
const rows = (ports: ReturnType<typeof programme>['ports'], kind: string) =>
  openDatabase(ports)
    .documents.load()
    .rows.filter((r) => r.kind === kind);
const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));

function markReward(db: ReturnType<typeof programme>['db'], fullName: string) {
  const ranking = db.ranking.load();
  ranking.update(ranking.rows.find((r) => r.fullName === fullName)!.id, { reward: true });
  ranking.save();
}

describe('the final report and the rewards on the emulator', () => {
  it('is unavailable until the monitoring exists, then carries the hand-computed indicators', () => {
    const { emulator, ports, db, run } = programme();
    const action = DOCUMENT_ACTIONS.find((a) => a.id === 'documents:finalReport')!;
    expect(action.step).toBe('7.1');
    const facts = { ...emptyFacts(), pairs: { proposed: 0, approved: 3 } };
    expect(action.unavailable!(facts)).toContain('Сначала проведите мониторинг');
    expect(
      action.unavailable!({ ...facts, forms: { satisfaction: { created: true, responses: 5, refused: 0 } } }),
    ).toBeNull();

    surveys(emulator, ports, run);
    // Answers are in, but the indicators and the ranking have not been computed yet.
    expect(() => run('documents:finalReport', CURATORS)).toThrow(
      'Сначала рассчитайте показатели мониторинга',
    );

    runMonitoring(ports);
    markReward(db, 'Васильева Татьяна Николаевна');
    emulator.calls.reset();
    const res = run('documents:finalReport', CURATORS);
    const calls = emulator.calls.total();
    console.log(`final report: ${calls} calls`, JSON.stringify(emulator.calls.snapshot()));
    expect(res.message).toContain('«Итоговый отчёт»: сформирован 1 документ');
    expect(res.message).not.toContain('не отмечены');

    const [row] = rows(ports, 'finalReport');
    expect(row).toMatchObject({ type: 'Итоговый отчёт', status: 'готов', number: null });
    const pdf = emulator.unchecked(() => {
      const file = emulator.globals.DriveApp.getFileById(fileIdOf(row.pdfUrl)!);
      return { name: file.getName(), folder: file.getParents().next().getName() };
    });
    expect(pdf.name).toBe('2023-05-20 Итоговый отчёт.pdf');
    expect(pdf.folder).toBe('2022–2023 учебный год');
    const text = docText(emulator, row.docUrl);
    expect(text).not.toMatch(/\{\{|\}\}/);

    // Requisites
    expect(text).toContain('Муниципальное бюджетное общеобразовательное учреждение');
    expect(text).toContain('20.05.2023\tг. Киров');
    expect(text).toContain(
      'Отчёт о реализации целевой модели наставничества в МБОУ МУК № 4 г. Кирова за 2022/2023 учебный год',
    );
    // 1. Participants: 3 mentors, 4 mentees of whom 3 young teachers; 2 pairs and 1 group.
    expect(text).toContain(
      'наставников — 3, наставляемых — 4 (из них молодых специалистов — 3). Наставнических пар и групп — 3: пар — 2, групп — 1.',
    );
    // 2. Meetings: 3 + 1 + 0 = 4, 4/3 = 1,3 per pair/group; two of three met.
    expect(text).toContain('Проведено встреч — 4, в среднем 1,3 на пару (группу) при плановых 8');
    expect(text).toContain('Встречи проводили 2 из 3 пар (групп)');
    expect(text).toContain('1\tСмирнова О.В. — Алексеева А.Д.\t3\t01.03.2023');
    expect(text).toContain('3\tВасильева Т.Н. — Павлова Д.А., Орлова В.М.\t0\t—');

    // 3.1 Satisfaction: an item of both roles (9, 8, 10, 9, 7) → 43/5 = 8,6, ≥ 8: 4 of 5 = 80%;
    // «Поддержка куратора»: all 5 → 5,0 and 0%. Section «satisfaction»: the mentors (9, 8, 10) rate 7 items, the
    // mentees (9, 7) 6: 7·27 + 6·16 = 285 over 33 = 8,6, ≥ 8: 21 + 6 = 27 of 33 = 82%. Section «process»
    // = 3 items × 43 + 5 × 5 = 154 over 20 = 7,7, ≥ 8: 12 of 20 = 60%.
    expect(text).toContain('1\tУдовлетворённость в целом\t8,6\t80%');
    expect(text).toContain('\tПоддержка куратора\t5,0\t0%');
    expect(text).toContain('\tУдовлетворённость участием (все пункты)\t8,6\t82%');
    expect(text).toContain('\tКачество реализации (все пункты)\t7,7\t60%');
    // 3.2 Impact: the mentors rate 6 items, the mentees 7. «Планирование уроков» (mentees only): 5 → 7, +2,0;
    // «Профессиональное сообщество» (both): before (7 + 6 × 5)/7 = 5,29, after 5 → −0,3; all items: before
    // 6·7 + 12·5 + 28·5 = 242 over 46 = 5,26, after 45 + 40 + 40 + 3·47 = 266 over 39 = 6,82, change +1,6.
    expect(text).toContain('Планирование уроков\t5,0\t7,0\t+2,0');
    expect(text).toContain('Профессиональное сообщество\t5,3\t5,0\t−0,3');
    expect(text).toContain('Все пункты\t5,3\t6,8\t+1,6');
    // 3.3 Response: 5/7 = 71%, 7/7 = 100%, 6/7 = 86%.
    expect(text).toContain('Удовлетворённость и качество реализации\t5\t7\t71%');
    expect(text).toContain('Самооценка до программы\t7\t7\t100%');
    expect(text).toContain('Самооценка после программы\t6\t7\t86%');
    // 4. Outcomes: one open lesson each of six, 2 publications, 1 competition; Захаров leaves: 2 of 3.
    expect(text).toContain('проведено открытых уроков (занятий): 6;');
    expect(text).toContain('подготовлено публикаций: 2;');
    expect(text).toContain('участий в профессиональных конкурсах: 1;');
    expect(text).toContain('молодых специалистов, остающихся работать в школе: 2 из 3.');
    // 3.4 The plans' goals by role: mentors 3 × «полностью»; mentees Алексеева «полностью», Захаров «частично».
    expect(text).toContain('Достигнуты полностью\t3\t1');
    expect(text).toContain('Достигнуты частично\t0\t1');
    // 3.5 The curator's conditions; the non-curator's answer did not count.
    expect(text).toContain('Обеспеченность методическими материалами\t4,0');
    expect(text).toContain('Поддержка администрации школы (время в расписании, поощрение)\t7,0');
    // 3.6 SWOT: the participants' answers without names, a repeat once; the curator's apart.
    expect(text).toContain('Сильные стороны\tРазбор уроков вместе с наставником\tКуратор: swotStrengths');
    expect(text).toContain('Угрозы\tНагрузка педагогов\tКуратор: swotThreats');
    expect(text).toContain('Слабые стороны\t—\tКуратор: swotWeaknesses');
    expect(text).not.toContain('Чужой ответ');
    expect(text).toContain('Опрос удовлетворённости проводился с указанием адреса эл. почты');
    // 4. Attestation (all but Захаров: 5), a rise of category (Алексеева, the only one known: 1 of 1),
    // students' results improved (mentees: Алексеева and Павлова of three; mentors: 3 of 3).
    expect(text).toContain('прошли аттестацию в этом учебном году: 5;');
    expect(text).toContain('повысили квалификационную категорию (по сравнению с анкетой участника): 1 из 1;');
    expect(text).toContain(
      'образовательные результаты обучающихся улучшились: по ответам наставляемых — 2 из 3, по ответам наставников — 3 из 3;',
    );
    expect(text).not.toMatch(/\(ы\)|\(а\)|\(и\)/);
    // 5. Best mentors: only the ticked one, as «Фамилия И.О.».
    const best = between(text, '5. Лучшие наставники', '6. Выводы и рекомендации');
    expect(best).toContain('По итогам рейтинга наставников к поощрению представлены:\n1) Васильева Т.Н.;');
    expect(best).not.toMatch(/Смирнова|Кузнецов/);
    // 6. Conclusions from the indicators: the weakest item, the impact, the meetings, the coverage.
    const conclusions = text.slice(text.indexOf('6. Выводы и рекомендации'));
    expect(conclusions).toContain(
      'Уровень удовлетворённости участников программой высокий: средний балл 8,6 из 10, оценок 8 и выше — 82%.',
    );
    expect(conclusions).toContain('Качество реализации программы участники оценили в 7,7 балла из 10');
    // Two mentors' items share the top mean of 9,0: none is named as the strongest.
    expect(conclusions).not.toContain('Выше всего оценён');
    expect(conclusions).toContain(
      'Ниже всего оценён пункт «Поддержка куратора» (5,0 из 10): рекомендуется проводить регулярные консультации кураторов',
    );
    expect(conclusions).toContain('Самооценка участников выросла с 5,3 до 6,8 балла (+1,6)');
    expect(conclusions).toContain(
      'Меньше всего изменилась самооценка по пункту «Профессиональное сообщество» (−0,3)',
    );
    expect(conclusions).toContain('Не провели ни одной встречи 1 из 3 пар (групп)');
    expect(conclusions).toContain('В опросе удовлетворённости и качества участвовали 71% участников');
    expect(conclusions).toContain('Остаются работать в школе 2 из 3 молодых специалистов');
    // Signatures: the curators as «И.О. Фамилия», and the director.
    expect(text).toContain('Заместитель директора по УВР\t_______________ М.П. Иванова');
    expect(text).toContain('Учитель информатики\t_______________ П.П. Петров');
    expect(text).toContain('С отчётом ознакомлена: директор\t_______________ Л.А. Попова');

    // The roadmap counts it and links it under 7.1; a second run makes nothing again.
    const step = buildOverview(ports).stages[6].steps.find((s) => s.code === '7.1')!;
    expect(JSON.stringify(step)).toContain('Итоговый отчёт');
    expect(run('documents:finalReport', CURATORS).message).toContain('уже готово');
    expect(rows(ports, 'finalReport')).toHaveLength(1);
    expect(calls).toBeLessThan(500);
  });

  it('without «Поощрить» ticked: the report names nobody, every mentor is rewarded and the curator is told', () => {
    const { emulator, ports, run } = programme();
    surveys(emulator, ports, run);
    runMonitoring(ports);

    const report = run('documents:finalReport', CURATORS);
    expect(report.message).toContain('Лучшие наставники не отмечены в столбце «Поощрить»');
    const reportText = docText(emulator, rows(ports, 'finalReport')[0].docUrl);
    expect(between(reportText, '5. Лучшие наставники', '6. Выводы')).toBe(
      '5. Лучшие наставники\nЛучшие наставники по итогам рейтинга не определены.\n',
    );

    const order = run('documents:orderReward');
    expect(order.message).toContain(
      'никто не отмечен в столбце «Поощрить»: включены все наставники утверждённых пар/групп (3 наставника)',
    );
    const orderText = docText(emulator, rows(ports, 'orderReward')[0].docUrl);
    // Thanked in the dative: «Объявить благодарность … Смирновой Ольге Викторовне».
    for (const [name] of MENTORS) expect(orderText).toContain(declineName(name, 'dative'));
    const letters = run('documents:letters');
    expect(letters.message).toContain('никто не отмечен');
    expect(rows(ports, 'letter')).toHaveLength(3);
  });

  it('with «Поощрить» ticked, the reward order and the letters name only the ticked mentors, best first', () => {
    const { emulator, ports, db, run } = programme();
    surveys(emulator, ports, run);
    runMonitoring(ports);
    markReward(db, 'Васильева Татьяна Николаевна');
    markReward(db, 'Смирнова Ольга Викторовна');

    const order = run('documents:orderReward');
    expect(order.message).toContain('отмеченные «Поощрить» на листе «Рейтинг наставников» (2)');
    const text = docText(emulator, rows(ports, 'orderReward')[0].docUrl);
    const mentorsPart = between(text, '1. Объявить благодарность', '2. Отметить');
    expect(mentorsPart).toContain('Васильевой Татьяне Николаевне, учителю');
    expect(mentorsPart).toContain('Смирновой Ольге Викторовне, учителю');
    expect(text).not.toContain('Кузнецов');
    // Mentees of every approved pair are still thanked for taking part.
    expect(text).toContain('Захарова Ильи Романовича');

    const letters = run('documents:letters');
    expect(letters.progress).toEqual({ done: 2, total: 2 });
    const subjects = rows(ports, 'letter').map((r) => r.subject);
    expect(subjects.sort()).toEqual(['Васильева Т.Н.', 'Смирнова О.В.']);
    for (const r of rows(ports, 'letter')) expect(docText(emulator, r.docUrl)).not.toContain('Кузнецов');
  });
});
