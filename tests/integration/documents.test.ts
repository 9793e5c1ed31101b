import { buildOverview } from '../../src/services/overview/build-overview';
import { PLAN, LETTER } from '../../src/domain/documents/plan-letter';
import { ORDER_PAIRS } from '../../src/domain/documents/orders';
import { templateRegistryKey } from '../../src/domain/documents/templates';
import { openDatabase } from '../../src/services/db/database';
import { runGeneration } from '../../src/services/documents/generation-outcome';
import { targetsFor } from '../../src/services/documents/targets';
import { generateDocuments } from '../../src/services/documents/generate';
import { fileIdOf } from '../../src/services/documents/created-files';
import { readRegistry } from '../../src/services/setup/registry';
import { runCatalogAction } from '../../src/services/step-actions/catalog';
import { writeSettings } from '../../src/services/setup/settings';
import type { Ports } from '../../src/services/ports';
import type { UiPort } from '../../src/services/step-actions/step-action';
import type { Emulator } from '../../emulator';
import { SCHOOL, configuredWorkbook } from './fixture';

const ui: UiPort = { activateSheet: () => true, showSetupDialog: () => undefined };

const MENTORS = [
  ['Смирнова Ольга Викторовна', 'учитель русского языка и литературы'],
  ['Кузнецов Андрей Петрович', 'учитель математики'],
  ['Васильева Татьяна Николаевна', 'учитель начальных классов'],
];
const MENTEES = [
  ['Алексеева Анна Дмитриевна', 'учитель русского языка', 'Работа с родителями; Подготовка к аттестации'],
  ['Захаров Илья Романович', 'учитель математики', 'Управление классом и дисциплина'],
  ['Павлова Дарья Андреевна', 'учитель начальных классов', 'Оценивание образовательных результатов'],
  ['Орлова Валерия Максимовна', 'учитель начальных классов', ''],
];

/** Three mentors, four mentees, three approved pairs/groups and one only proposed. */
function seedPairs(ports: Ports) {
  const db = openDatabase(ports);
  const mentors = db.mentors.append(
    MENTORS.map(([fullName, position], i) => ({
      fullName,
      position,
      email: `mentor${i}@school.example`,
      status: 'в паре',
    })),
  );
  const mentees = db.mentees.append(
    MENTEES.map(([fullName, position, requests], i) => ({
      fullName,
      position,
      requests,
      email: `mentee${i}@school.example`,
      status: 'в паре',
    })),
  );
  db.pairs.append([
    { mentorId: mentors[0].id, menteeIds: mentees[0].id, kind: 'пара', status: 'утверждена' },
    { mentorId: mentors[1].id, menteeIds: mentees[1].id, kind: 'пара', status: 'утверждена' },
    {
      mentorId: mentors[2].id,
      menteeIds: `${mentees[2].id}, ${mentees[3].id}`,
      kind: 'группа',
      status: 'утверждена',
    },
    { mentorId: mentors[2].id, menteeIds: mentees[1].id, kind: 'пара', status: 'предложена' },
  ]);
  return { mentors, mentees };
}

function docText(emulator: Emulator, url: unknown): string {
  return emulator.globals.DocumentApp.openById(fileIdOf(url)!).getBody().getText();
}

function register(ports: Ports) {
  return openDatabase(ports).documents.load().rows;
}

function run(ports: Ports, id: string, input = '') {
  return runCatalogAction({ ports, ui }, id, input);
}

function setup() {
  const wb = configuredWorkbook();
  writeSettings(wb.ports, { ...SCHOOL, directorEmail: 'director@school.example' });
  seedPairs(wb.ports);
  return wb;
}

describe('documents on the emulator', () => {
  it('setup creates the seventeen templates (eleven documents, three consents, the agreement, the act of destruction and its log export) as editable Docs', () => {
    const { ports, emulator } = configuredWorkbook();
    const ids = readRegistry(ports, 'template.');
    expect(Object.keys(ids)).toHaveLength(17);
    const text = emulator.globals.DocumentApp.openById(ids[templateRegistryKey('orderPairs')])
      .getBody()
      .getText();
    expect(text).toContain('{{#pairs}}');
    expect(text).toContain('ПРИКАЗЫВАЮ:');
  });

  it('generates every document type for the demo school with requisites, numbers and no placeholders', () => {
    const { ports, emulator } = setup();
    run(ports, 'documents:orderIntroduce', 'Иванова Мария Петровна, заместитель директора по УВР');
    run(ports, 'documents:orderPairs');
    let plans = run(ports, 'documents:plans');
    while (plans.more) plans = run(ports, 'documents:plans');
    run(ports, 'documents:orderReward');
    run(ports, 'documents:orderFinalEvent', '25.05.2023');
    let letters = run(ports, 'documents:letters');
    while (letters.more) letters = run(ports, 'documents:letters');

    const rows = register(ports);
    expect(rows.map((r) => r.kind).sort()).toEqual(
      [
        'letter',
        'letter',
        'letter',
        'orderFinalEvent',
        'orderIntroduce',
        'orderPairs',
        'orderReward',
        'plan',
        'plan',
        'plan',
      ].sort(),
    );
    for (const r of rows) {
      expect(r.status).toBe('готов');
      const text = docText(emulator, r.docUrl);
      expect(text).not.toMatch(/\{\{|\}\}/);
      // Tests look at Drive as the account's owner does; the add-on itself cannot use DriveApp (drive.file).
      expect(
        emulator.unchecked(() => emulator.globals.DriveApp.getFileById(fileIdOf(r.pdfUrl)!).getMimeType()),
      ).toBe('application/pdf');
    }

    // Orders: requisites, and numbers in the order they were made, per series: the rewards order is the first
    // of the staff series (личный состав), the others continue the main one.
    const orders = rows.filter((r) => String(r.kind).startsWith('order'));
    expect(orders.map((r) => [r.kind, r.number])).toEqual([
      ['orderIntroduce', '1'],
      ['orderPairs', '2'],
      ['orderReward', '1'],
      ['orderFinalEvent', '3'],
    ]);
    for (const o of orders) {
      const text = docText(emulator, o.docUrl);
      expect(text).toContain(SCHOOL.schoolFull);
      expect(text).toContain('ПРИКАЗ');
      expect(text).toContain('15.09.2022');
      expect(text).toContain(`№ ${String(o.number)}`);
      expect(text).toContain('г. Киров');
      expect(text).toContain('ПРИКАЗЫВАЮ:');
      expect(text).toMatch(/^1\. /m);
      expect(text).toContain('Директор\t_______________ Л.А. Попова');
      expect(text).toContain('({{school.short}})'.replace('{{school.short}}', SCHOOL.schoolShort));
      expect(text).toContain('С приказом ознакомлены:');
    }

    // The pairs order: one table row per approved pair, the proposed one left out, the introduction cited.
    const pairsOrder = docText(emulator, rows.find((r) => r.kind === 'orderPairs')!.docUrl);
    const tableRows = pairsOrder.split('\n').filter((l) => /^\d+\t/.test(l));
    expect(tableRows).toEqual([
      '1\tСмирнова Ольга Викторовна, учитель русского языка и литературы\tАлексеева Анна Дмитриевна, учитель русского языка\tпара',
      '2\tКузнецов Андрей Петрович, учитель математики\tЗахаров Илья Романович, учитель математики\tпара',
      '3\tВасильева Татьяна Николаевна, учитель начальных классов\tПавлова Дарья Андреевна, учитель начальных классов; Орлова Валерия Максимовна, учитель начальных классов\tгруппа',
    ]);
    expect(pairsOrder).toContain('приказом от 15.09.2022 № 1 «О внедрении');
    expect(pairsOrder).toContain('всего 3 наставнические пары (группы), согласно приложению');
    // Everyone the order tasks signs it: mentors, mentees and the curators, each with a date line.
    for (const who of ['Кузнецов А.П.', 'Захаров И.Р.', 'Иванова М.П.'])
      expect(pairsOrder).toContain(`${who}\t_______________\t«___» ____________ 20___ г.`);

    // A plan: agreed and approved, goals from the requests, a dated activity a month October–May, signatures.
    const plan = rows.find((r) => r.kind === 'plan' && String(r.subject).startsWith('Смирнова'))!;
    const planText = docText(emulator, plan.docUrl);
    expect(planText).toContain('СОГЛАСОВАНО\tУТВЕРЖДАЮ');
    expect(planText).toContain('_______________ /М.П. Иванова/');
    expect(planText).toContain('— профессиональное развитие по запросу «Работа с родителями»');
    expect(planText).toContain('Наставляемый: Алексеева Анна Дмитриевна');
    const activities = planText.split('\n').filter((l) => /^\d\tдо \d\d\.\d\d\.20\d\d\t/.test(l));
    expect(activities).toHaveLength(8);
    expect(activities[0]).toMatch(/^1\tдо 20\.10\.2022\tЗнакомство.*\tиндивидуальный план\t/);
    expect(activities[7]).toMatch(/^8\tдо 20\.05\.2023\tПодведение итогов/);
    expect(new Set(activities.map((l) => l.split('\t')[2])).size).toBe(8);
    expect(planText).toContain('_______________ /О.В. Смирнова/');
    expect(planText).toContain('Наставляемая\t_______________ /А.Д. Алексеева/');
    const group = docText(
      emulator,
      rows.find((r) => r.kind === 'plan' && String(r.subject).startsWith('Васильева'))!.docUrl,
    );
    expect(group).toContain('наставническая группа');
    expect(group).toContain('успешная адаптация наставляемых');
    expect(group).toContain('Наставляемая\t_______________ /Д.А. Павлова/');
    expect(group).toContain('Наставляемая\t_______________ /В.М. Орлова/');
    expect(group).toContain('Наставляемые: Павлова');

    // A letter: salutation by the patronymic, counted colleagues.
    const letter = docText(
      emulator,
      rows.find((r) => r.kind === 'letter' && r.subject === 'Васильева Т.Н.')!.docUrl,
    );
    expect(letter).toContain('Уважаемая Татьяна Николаевна!');
    expect(letter).toContain('с 2 коллегами (Павловой Д.А., Орловой В.М.), помогая им');
    expect(letter).toContain('Киров, 15 сентября 2022 г.');
    const male = docText(
      emulator,
      rows.find((r) => r.kind === 'letter' && r.subject === 'Кузнецов А.П.')!.docUrl,
    );
    expect(male).toContain('Уважаемый Андрей Петрович!');
    // One colleague: no numeral, the name in the instrumental, the pronoun by the mentee's gender.
    expect(male).toContain('с коллегой (Захаровым И.Р.), помогая ему');

    // File names and the per-year folder.
    const orderPdf = emulator.unchecked(() => {
      const file = emulator.globals.DriveApp.getFileById(
        fileIdOf(rows.find((r) => r.kind === 'orderPairs')!.pdfUrl)!,
      );
      return { name: file.getName(), folder: file.getParents().next().getName() };
    });
    expect(orderPdf.name).toBe('2022-09-15 Приказ № 2 об утверждении наставнических пар.pdf');
    expect(orderPdf.folder).toBe('2022–2023 учебный год');
  });

  it('numbers continue the register: a hand-typed order counts, the suffix is the school’s', () => {
    const { ports } = setup();
    writeSettings(ports, { ...SCHOOL, orderNumberSuffix: '/4' });
    openDatabase(ports).documents.append([
      { type: 'Приказ о режиме работы', number: '133/4', date: new Date(2022, 8, 1) },
      { type: 'Приказ прошлого года', number: '900', date: new Date(2021, 11, 1) },
    ]);
    run(ports, 'documents:orderIntroduce', 'Иванова М.П.');
    run(ports, 'documents:orderPairs');
    const numbers = register(ports)
      .filter((r) => r.kind)
      .map((r) => r.number);
    expect(numbers).toEqual(['134/4', '135/4']);
  });

  it('a next number set in Настройки from the paper journal is used once, then the register leads', () => {
    const { ports } = setup();
    const settings = () => openDatabase(ports).settings.load();
    expect(settings().find('numbering.main.next')?.label).toContain('следующий номер по журналу регистрации');
    const t = settings();
    t.update('numbering.main.next', { value: '134' });
    t.save();
    run(ports, 'documents:orderIntroduce', 'Иванова М.П.');
    run(ports, 'documents:orderPairs');
    expect(register(ports).map((r) => r.number)).toEqual(['134', '135']);
    expect(settings().find('numbering.main.next')?.value ?? '').toBe('');
  });

  it('a re-run makes nothing again and sends nothing twice', () => {
    const { ports, emulator } = setup();
    run(ports, 'documents:orderPairs');
    let plans = run(ports, 'documents:plans');
    while (plans.more) plans = run(ports, 'documents:plans');
    const files = Object.keys(emulator.state.drive.files).length;

    const again = run(ports, 'documents:plans');
    expect(again.message).toContain('уже готово');
    expect(again.more).toBeFalsy();
    expect(run(ports, 'documents:orderPairs').message).toContain('уже готово');
    expect(Object.keys(emulator.state.drive.files)).toHaveLength(files);

    expect(run(ports, 'documents:sendToDirector:5.2').message).toContain('Отправлено директору: 3');
    expect(run(ports, 'documents:sendToDirector:5.2').message).toContain('повторно ничего не отправлено');
    expect(emulator.outbox).toHaveLength(1);
    expect(emulator.outbox[0].attachments).toHaveLength(3);
    expect(emulator.outbox[0].to).toBe('director@school.example');

    run(ports, 'documents:letters');
    expect(run(ports, 'documents:sendLetters').message).toContain('Отправлено наставникам: 3');
    run(ports, 'documents:sendLetters');
    expect(emulator.outbox).toHaveLength(4);
    expect(
      emulator.outbox
        .slice(1)
        .map((m) => m.to)
        .sort(),
    ).toEqual(['mentor0@school.example', 'mentor1@school.example', 'mentor2@school.example']);
    expect(register(ports).filter((r) => r.sentAt)).toHaveLength(6);
  });

  it('when the mail quota runs out it stops with a Russian message and resumes later', () => {
    const { ports, emulator } = setup();
    run(ports, 'documents:letters');
    emulator.state.mail.dailyQuota = 2;
    const first = run(ports, 'documents:sendLetters');
    expect(first.message).toContain('Дневной лимит писем Google исчерпан');
    expect(emulator.outbox).toHaveLength(2);
    emulator.ctx.advance(25 * 3600000);
    expect(run(ports, 'documents:sendLetters').message).toContain(
      'Отправлено наставникам: 3 из 3, все документы отправлены.',
    );
    expect(new Set(emulator.outbox.map((m) => m.to)).size).toBe(3);
  });

  it('a batch stopped by its limit resumes where it stopped; an exception mid-batch loses nothing', () => {
    const { ports, emulator } = setup();
    const limits = { maxDocs: 2, maxMillis: 270_000, clock: () => 0 };
    const targets = () => targetsFor(ports, PLAN, '');
    const first = generateDocuments(ports, PLAN, targets(), limits);
    expect([first.done, first.total, first.more]).toEqual([2, 3, true]);
    const second = generateDocuments(ports, PLAN, targets(), limits);
    expect([second.done, second.made.length, second.more]).toEqual([3, 1, false]);

    // Letters: the PDF export of the second letter fails once (a Drive error, a timeout).
    const exportPdf = ports.docs.exportPdf.bind(ports.docs);
    let calls = 0;
    const flaky: Ports = {
      ...ports,
      docs: Object.assign(Object.create(Object.getPrototypeOf(ports.docs)), ports.docs, {
        exportPdf: (...args: Parameters<typeof exportPdf>) => {
          if (++calls === 2) throw new Error('Service error: Drive');
          return exportPdf(...args);
        },
      }),
    };
    expect(() => runGeneration(flaky, LETTER)).toThrow('Service error: Drive');
    const midway = register(ports).filter((r) => r.kind === 'letter');
    expect(midway.map((r) => r.status)).toEqual(['готов', 'документ создан', 'создаётся']);
    const docsBefore = Object.keys(emulator.state.documents).length;
    const resumed = runGeneration(ports, LETTER);
    expect(resumed.progress).toEqual({ done: 3, total: 3 });
    // The second letter's Doc was reused (only its PDF was made); only the third letter's Doc is new.
    expect(Object.keys(emulator.state.documents).length).toBe(docsBefore + 1);
    expect(
      register(ports)
        .filter((r) => r.kind === 'letter')
        .map((r) => r.status),
    ).toEqual(['готов', 'готов', 'готов']);
  });

  it('a curator-edited template with an unknown placeholder stops with a Russian message naming it', () => {
    const { ports, emulator } = setup();
    const id = readRegistry(ports, 'template.')[templateRegistryKey('orderPairs')];
    const doc = emulator.globals.DocumentApp.openById(id);
    doc.getBody().appendParagraph('Исполнитель: {{curator.phone}}, {{ school.short }}, {{#pair}}');
    doc.saveAndClose();
    const before = Object.keys(emulator.state.documents).length;
    expect(() => run(ports, 'documents:orderPairs')).toThrow(
      /Шаблон «Шаблон — Приказ об утверждении наставнических пар\/групп» нельзя использовать[\s\S]*неизвестные метки: \{\{curator\.phone\}\}, \{\{#pair\}\}/,
    );
    expect(Object.keys(emulator.state.documents)).toHaveLength(before);
    expect(register(ports)).toHaveLength(0);
  });

  it('a deleted template is recreated from its declaration, and the curator is told', () => {
    const { ports, emulator } = setup();
    const id = readRegistry(ports, 'template.')[templateRegistryKey('orderPairs')];
    emulator.unchecked(() => emulator.globals.DriveApp.getFileById(id).setTrashed(true));
    const res = run(ports, 'documents:orderPairs');
    expect(res.details).toEqual([
      'Шаблон «Шаблон — Приказ об утверждении наставнических пар/групп» был удалён — создан заново из образца.',
    ]);
    expect(readRegistry(ports, 'template.')[templateRegistryKey('orderPairs')]).not.toBe(id);
  });

  it('regenerating one document keeps its number and replaces its files', () => {
    const { ports, emulator } = setup();
    run(ports, 'documents:orderPairs');
    const row = register(ports)[0];
    run(ports, `documents:regenerate:5.2`, row.id);
    const after = register(ports)[0];
    expect(after.number).toBe(row.number);
    expect(after.docUrl).not.toBe(row.docUrl);
    expect(
      emulator.unchecked(() => emulator.globals.DriveApp.getFileById(fileIdOf(row.docUrl)!).isTrashed()),
    ).toBe(true);
  });

  it('the pairs order is unavailable until there are approved pairs', () => {
    const { ports } = configuredWorkbook();
    expect(() => run(ports, 'documents:orderPairs')).toThrow('Нет утверждённых пар/групп');
    expect(ORDER_PAIRS.per).toBe('programme');
  });
});

describe('stage 1.2 in full, and dates that agree', () => {
  const CURATORS = 'Иванова Мария Петровна, заместитель директора по УВР\nПетрова Анна Сергеевна, учитель';

  it('the approval order comes with the Положение, the roadmap and the programme, each naming it', () => {
    const { ports, emulator } = setup();
    expect(() => run(ports, 'documents:orderApprove')).toThrow('приказ о внедрении');
    run(ports, 'documents:orderIntroduce', CURATORS);
    const res = run(ports, 'documents:orderApprove');
    const rows = register(ports);
    const order = rows.find((r) => r.kind === 'orderApprove')!;
    expect(order.number).toBe('2');
    const orderText = docText(emulator, order.docUrl);
    expect(orderText).toContain('1. Утвердить Положение о наставничестве педагогических работников');
    expect(orderText).toContain('приказом от 15.09.2022 № 1 «О внедрении');
    // The curators the introducing order appointed are tasked by name and sign it.
    expect(orderText).toContain(
      'Кураторам целевой модели наставничества (Иванова М.П., Петрова А.С.) разместить',
    );
    expect(orderText).toContain('Петрова А.С.\t_______________\t«___» ____________ 20___ г.');
    for (const kind of ['regulation', 'roadmap', 'programme'] as const) {
      const row = rows.find((r) => r.kind === kind)!;
      expect(row.number ?? '').toBe('');
      const text = docText(emulator, row.docUrl);
      expect(text).toContain('УТВЕРЖДЕНО');
      expect(text).toContain('от 15.09.2022 № 2');
    }
    const roadmap = docText(emulator, rows.find((r) => r.kind === 'roadmap')!.docUrl);
    expect(roadmap).toContain('5.2\tРазработка индивидуального плана наставничества');
    expect(roadmap).toContain('Октябрь 2022');
    expect(res.links?.length).toBe(8);
  });

  it('an order made after the roadmap’s window gives deadlines after its own date', () => {
    const { ports, emulator } = setup();
    emulator.setNow(new Date(2022, 9, 8, 10, 0));
    run(ports, 'documents:orderIntroduce', CURATORS);
    const text = docText(emulator, register(ports).find((r) => r.kind === 'orderIntroduce')!.docUrl);
    expect(text).toContain('08.10.2022');
    // The window (September) has closed: a week after the order, not «до 30.09».
    expect(text).not.toContain('30.09.2022');
    expect(text.match(/в срок до (\d\d\.\d\d\.\d{4})/g)).toEqual([
      'в срок до 15.10.2022',
      'в срок до 15.10.2022',
      'в срок до 15.10.2022',
    ]);
    expect(text).toContain(
      'Назначить кураторами внедрения целевой модели наставничества Иванову Марию Петровну, ',
    );
    expect(text).toContain('Петрову Анну Сергеевну, учителя.');
  });

  it('a final event before the order’s date is refused; the report is due between the two', () => {
    const { ports, emulator } = setup();
    emulator.setNow(new Date(2023, 4, 19, 10, 0));
    expect(() => run(ports, 'documents:orderFinalEvent', '17.05.2023')).toThrow('уже прошла');
    run(ports, 'documents:orderFinalEvent', '20.05.2023');
    const text = docText(emulator, register(ports).find((r) => r.kind === 'orderFinalEvent')!.docUrl);
    expect(text).toContain('в срок до 20.05.2023');
    expect(text).not.toContain('17.05.2023');
  });

  it('a step’s document asks first when made before the step’s window opens', () => {
    const { ports } = setup();
    const overview = buildOverview(ports);
    const steps = overview.stages.flatMap((s) => s.steps);
    const reward = steps
      .find((s) => s.code === '7.2')!
      .actions.find((a) => a.id === 'documents:orderReward')!;
    expect(reward.confirm).toContain('Срок этого шага по дорожной карте — май 2023');
    expect(reward.confirm).toContain('раньше срока?');
    const intro = steps
      .find((s) => s.code === '1.2')!
      .actions.find((a) => a.id === 'documents:orderIntroduce')!;
    expect(intro.confirm).toBeUndefined();
  });
});
