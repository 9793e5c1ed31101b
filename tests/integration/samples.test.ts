/**
 * The checklist a school's lawyer, records clerk and methodist read the demo year's texts against (issue 11):
 * `npm run samples` is played into a temporary folder, and the files it writes are read back: the requisites
 * of every order, the consent elements of every questionnaire that asks for one, deadlines that do not precede
 * their order, and the Russian patterns that were wrong before. Uses the built add-on (dist/).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demoSettings } from '../../dev/demo-school';
import { collectSamples, playDemoYear, writeSamples } from '../../dev/samples';
import { REQUIRED_ELEMENTS } from '../../src/domain/consents/elements';
import { PROCESSOR } from '../../src/domain/consents/templates';
import { pluralForm } from '../../src/domain/format/ru';

const DIST = resolve(__dirname, '..', '..', 'dist');
const SCHOOL = demoSettings(2022);
jest.setTimeout(120000);

let dir: string;
/** File name → text, as a school reads them from the folder. */
const texts = new Map<string, string>();

beforeAll(async () => {
  if (!existsSync(join(DIST, 'Code.js'))) throw new Error('Нет dist/Code.js: выполните npm run build.');
  dir = mkdtempSync(join(tmpdir(), 'nastavnik-samples-test-'));
  writeSamples(dir, collectSamples(await playDemoYear(DIST)));
  for (const file of readdirSync(dir)) texts.set(file, readFileSync(join(dir, file), 'utf8'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const txt = () => [...texts].filter(([name]) => name.endsWith('.txt'));
const orders = () => txt().filter(([name]) => /Приказ № \d+/.test(name));
const forms = () => txt().filter(([name]) => / Анкета — /.test(name));
const ruDate = (s: string) => {
  const [d, m, y] = s.split('.').map(Number);
  return Date.UTC(y, m - 1, d);
};

test('the folder holds every document of the year, each as text and HTML, and every questionnaire', () => {
  const names = txt().map(([name]) => name);
  for (const part of [
    'о внедрении целевой модели',
    'об утверждении Положения',
    'Положение о наставничестве',
    'Дорожная карта',
    'Программа наставничества',
    'об утверждении наставнических пар',
    'Индивидуальный план наставничества',
    'Итоговый отчёт',
    'о поощрении',
    'о проведении итогового мероприятия',
    'Благодарственное письмо',
  ])
    expect([part, names.some((n) => n.includes(part))]).toEqual([part, true]);
  for (const [name] of txt().filter(([n]) => !/ Анкета — /.test(n)))
    expect(texts.get(name.replace(/\.txt$/, '.html'))).toMatch(/<\w+/);
  expect(forms().map(([name]) => name.replace(/^\d+ Анкета — /, ''))).toEqual(
    expect.arrayContaining([
      expect.stringContaining('предварительных запросов'),
      'Анкета наставляемого.txt',
      'Анкета наставника.txt',
      expect.stringContaining('Отчёт о встрече'),
      expect.stringContaining('Промежуточная обратная связь'),
      expect.stringContaining('входная самооценка'),
      expect.stringContaining('удовлетворённости'),
      expect.stringContaining('итоговая самооценка'),
    ]),
  );
});

test('every order carries its requisites and names who is acquainted with it', () => {
  expect(orders().length).toBe(5);
  for (const [name, t] of orders()) {
    const lines = t.split('\n');
    const problems = [
      [t.startsWith(SCHOOL.schoolFull), 'организация'],
      [lines.includes(`(${SCHOOL.schoolShort})`), 'краткое наименование'],
      [lines.includes('ПРИКАЗ'), 'вид документа'],
      [lines.some((l) => /^\d\d\.\d\d\.\d{4}\t№ \d+/.test(l)), 'дата и номер'],
      [lines.includes(`г. ${SCHOOL.city}`), 'место составления'],
      [lines.some((l) => /^Об? [а-яё]/.test(l)), 'заголовок'],
      [t.includes('ПРИКАЗЫВАЮ:'), 'распорядительная часть'],
      [t.includes('Директор\t_______________'), 'подпись'],
      [/С приказом ознакомлены:\n.+\t_______________\t«___» ____________ 20___ г\./.test(t), 'ознакомлены'],
    ]
      .filter(([ok]) => !ok)
      .map(([, what]) => what);
    expect([name, problems]).toEqual([name, []]);
  }
});

test('no deadline in an order falls before the order’s own date', () => {
  let checked = 0;
  for (const [name, t] of orders()) {
    const own = ruDate(/^(\d\d\.\d\d\.\d{4})\t№/m.exec(t)![1]);
    for (const m of t.matchAll(/в срок до (\d\d\.\d\d\.\d{4})/g)) {
      expect([name, m[1], ruDate(m[1]) >= own]).toEqual([name, m[1], true]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(10);
});

test('each questionnaire that asks for the consent holds every element of 152-ФЗ ст. 9 ч. 4', () => {
  const withConsent = forms().filter(([, t]) => t.includes('СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ'));
  expect(withConsent.length).toBeGreaterThanOrEqual(2);
  // Placeholder elements are filled by the time a teacher reads them: the filled values are checked.
  const filled: Record<string, string> = {
    'operator.full': SCHOOL.schoolFull,
    'operator.address': SCHOOL.schoolAddress!,
    processor: PROCESSOR,
  };
  for (const [name, t] of withConsent) {
    const missing = REQUIRED_ELEMENTS.consentPd!.filter((e) =>
      e.placeholder === 'person.name'
        ? !/фамилия, имя и отчество/.test(t)
        : e.placeholder
          ? !t.includes(filled[e.placeholder])
          : !e.words!.test(t),
    ).map((e) => e.label);
    expect([name, missing]).toEqual([name, []]);
    expect(t).toContain('Google');
  }
});

const COUNTED: [RegExp, readonly [string, string, string]][] = [
  [/(?<![\d,.])(\d+) (встреча|встречи|встреч)(?![а-яё])/g, ['встреча', 'встречи', 'встреч']],
  [/(?<![\d,.])(\d+) (строка|строки|строк)(?![а-яё])/g, ['строка', 'строки', 'строк']],
  [
    /(?<![\d,.])(\d+) (наставник|наставника|наставников)(?![а-яё])/g,
    ['наставник', 'наставника', 'наставников'],
  ],
  [/(?<![\d,.])(\d+) (документ|документа|документов)(?![а-яё])/g, ['документ', 'документа', 'документов']],
  [/(?<![\d,.])(\d+) (ответ|ответа|ответов)(?![а-яё])/g, ['ответ', 'ответа', 'ответов']],
  [/(?<![\d,.])(\d+) (пара|пары|пар)(?![а-яё])/g, ['пара', 'пары', 'пар']],
  [/(?<![\d,.])(\d+) (день|дня|дней)(?![а-яё])/g, ['день', 'дня', 'дней']],
];

/**
 * The Russian patterns that were wrong before: «(ы)», «(а)», a doubled period, a whole number whose noun does
 * not agree. A decimal («14,3 встречи») takes the genitive singular, and after a preposition («из 6 пар»,
 * «до 5 встреч») the genitive stands whatever the number: neither is checked.
 */
function russianProblems(t: string): string[] {
  const found = [/\((ы|а|и|ов|ей)\)/.exec(t)?.[0], /(^|[^.])\.\.(?!\.)/.exec(t)?.[0]].filter(
    (x): x is string => !!x,
  );
  for (const [re, forms] of COUNTED)
    for (const m of t.matchAll(re)) {
      if (/(из|для|у|от|до|около|более|менее|свыше)\s*$/.test(t.slice(Math.max(0, m.index - 8), m.index)))
        continue;
      if (m[2] !== pluralForm(Number(m[1]), forms)) found.push(m[0]);
    }
  return found;
}

test('the checklist of Russian patterns tells a wrong text from a right one', () => {
  expect(russianProblems('Проведено 5 встречи; готов(а); Итог..')).toEqual(['(а)', 'г..', '5 встречи']);
  expect(
    russianProblems('1 встреча, 2 встречи, 5 встреч, 21 наставник, 14,3 встречи, из 6 пар, и т. д...'),
  ).toEqual([]);
});

test('the Russian of every text: no «(ы)», «(а)», «..»; numerals agree with their nouns', () => {
  for (const [name, t] of txt()) expect([name, russianProblems(t)]).toEqual([name, []]);
});

const plans = () => txt().filter(([name]) => name.includes('Индивидуальный план наставничества'));

test('every individual plan is agreed and approved, dates each activity once, and signs each mentee', () => {
  expect(plans().length).toBeGreaterThanOrEqual(2);
  let groups = 0;
  for (const [name, t] of plans()) {
    const lines = t.split('\n');
    const activities = lines.filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
    const group = t.includes('наставническая группа');
    const mentees = /^Наставляемы[йе]: (.+)$/m.exec(t)![1].split('; ');
    const signed = lines.filter((l) => /^Наставляем(ый|ая)\t_______________ \/\S+ \S+\/$/.test(l));
    const problems = [
      [t.includes('СОГЛАСОВАНО') && t.includes('УТВЕРЖДАЮ'), 'согласовано и утверждено'],
      [/Куратор[^\n]*\n_______________ \/[А-ЯЁ]\.[А-ЯЁ]\. [А-ЯЁ]/.test(t), 'подпись куратора'],
      [lines.some((l) => l.includes('Форма отчётности')), 'форма отчётности'],
      [activities.length >= 6, 'мероприятия'],
      [activities.every((a) => /^до \d\d\.\d\d\.\d{4}$/.test(a[1]) && a[3]?.length > 3), 'срок и отчётность'],
      [new Set(activities.map((a) => a[2])).size === activities.length, 'повтор мероприятия'],
      [signed.length === mentees.length, 'подпись каждого наставляемого'],
      [!group || !/наставляемого|наставляемый (удовлетворён|проводит)/.test(t), 'множественное число'],
      [!group || t.includes('Наставляемые: '), 'наставляемые'],
    ]
      .filter(([ok]) => !ok)
      .map(([, what]) => what);
    expect([name, problems]).toEqual([name, []]);
    if (group) groups++;
  }
  expect(groups).toBeGreaterThanOrEqual(1);
});

test('quotes inside quotes are „лапки“: no «…«…»…» in any text', () => {
  for (const [name, t] of txt()) expect([name, /«[^»\n]*«/.exec(t)?.[0] ?? null]).toEqual([name, null]);
});

test('every document is laid out per ГОСТ Р 7.0.97-2025: fields and a 12–14 pt font throughout', () => {
  const docs = [...texts].filter(([name]) => name.endsWith('.html'));
  expect(docs.length).toBeGreaterThanOrEqual(20);
  for (const [name, html] of docs) {
    const [top, right, bottom, left] = (/data-margins-mm="([\d ]+)"/.exec(html)?.[1] ?? '0 0 0 0')
      .split(' ')
      .map(Number);
    const paragraphs = [...html.matchAll(/<p style="([^"]*)"/g)].map((m) => m[1]);
    const problems = [
      [top >= 20 && bottom >= 20 && left >= 20 && right >= 10, 'поля'],
      [paragraphs.length > 0 && paragraphs.every((s) => s.includes('font-family:Times New Roman')), 'шрифт'],
      [
        paragraphs.filter((s) => !s.includes('font-weight:bold')).every((s) => /font-size:1[234]pt/.test(s)),
        'размер шрифта текста',
      ],
    ]
      .filter(([ok]) => !ok)
      .map(([, what]) => what);
    expect([name, problems]).toEqual([name, []]);
  }
});

test('the monitoring is collected as the methodology describes it (Р-145, письмо АЗ-1128/08)', () => {
  const form = (part: string) => {
    // By the form's title, its first line (file names replace «:»).
    const found = forms().filter(([, t]) => t.split('\n')[0].includes(part));
    expect([part, found.length]).toEqual([part, 1]);
    return found[0][1];
  };
  const questions = (t: string) => t.split('\n').filter((l) => /^\d+\. /.test(l));
  // Mentors and mentees answer their own questionnaires, with questions the other role is not asked.
  const SAT = 'удовлетворённости и качества реализации программы наставничества: анкета';
  for (const [mentorForm, menteeForm] of [
    [`${SAT} наставника`, `${SAT} наставляемого`],
    ['входная самооценка наставника', 'входная самооценка наставляемого'],
    ['итоговая самооценка наставника', 'итоговая самооценка наставляемого'],
  ]) {
    const mentor = questions(form(mentorForm));
    const mentee = questions(form(menteeForm));
    expect(mentor.filter((q) => !mentee.includes(q)).length).toBeGreaterThan(2);
    expect(mentee.filter((q) => !mentor.includes(q)).length).toBeGreaterThan(2);
  }
  // May: the plan's goals and the four SWOT questions; how the answers are used in the ranking.
  const satisfaction = form(
    'удовлетворённости и качества реализации программы наставничества: анкета наставляемого',
  );
  expect(satisfaction).toContain('Достигнуты ли цели вашего индивидуального плана наставничества?');
  for (const swot of ['Сильные стороны', 'Слабые стороны', 'Возможности', 'Угрозы'])
    expect(satisfaction).toMatch(new RegExp(`^\\d+\\. ${swot}`, 'm'));
  expect(satisfaction).toContain('рейтинг наставников');
  // The curator's questionnaire; the after-survey's attestation and students' results.
  expect(form('Анкета куратора')).toContain('SWOT');
  const after = form('итоговая самооценка наставляемого');
  expect(after).toContain('Проходили ли вы аттестацию в этом учебном году?');
  expect(after).toContain('образовательные результаты ваших обучающихся');
  // Every questionnaire that asks the category offers every attestation outcome.
  const asking = forms().filter(([, t]) => t.includes('   ○ первая'));
  expect(asking.length).toBe(4);
  for (const [, t] of asking)
    for (const c of [
      'без категории',
      'соответствие занимаемой должности',
      'первая',
      'высшая',
      'педагог-методист',
      'педагог-наставник',
    ])
      expect(t).toContain(`   ○ ${c}\n`);
  // The report lays out what was collected.
  const report = txt().find(([name]) => name.includes('Итоговый отчёт'))![1];
  for (const part of [
    '3.4. Достижение целей индивидуальных планов',
    '3.5. Условия реализации программы: анкета куратора',
    '3.6. SWOT-анализ программы',
    'Сильные стороны\t',
    'Опрос удовлетворённости проводился',
    'прошли аттестацию в этом учебном году:',
    'образовательные результаты обучающихся улучшились',
  ])
    expect([part, report.includes(part)]).toEqual([part, true]);
});
