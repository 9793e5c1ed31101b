/**
 * The questionnaires on the desk (npm start) with the real built add-on (dist/): the curator creates a form
 * from the sidebar action, a teacher answers it at /form/:id (the add-on's onFormSubmit trigger runs in the
 * vm and fills Наставляемые), a refusal is shown in Russian and stores nothing, the add-on's links open the
 * emulated form, simulated teachers answer once; and a fresh demo workbook is built through the forms.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Emulator } from '../../emulator';
import { CONSENT_YES } from '../../src/domain/forms/consent';
import { createGasPorts } from '../../src/gas/ports';
import { setupProgramme } from '../../src/services/setup/setup-programme';
import { demoSettings, DEMO_TEACHERS } from '../../dev/demo-school';
import { startDevServer, type DevServer } from '../../dev/server';
import { DEMO_SPREADSHEET_NAME } from '../../dev/workbook';

const DIST = resolve(__dirname, '..', '..', 'dist');

interface SheetTab {
  sheetId: number;
  name: string;
}
interface FormEntry {
  id: string;
  title: string;
  responses: number;
  url: string;
}
interface Simulation {
  sent: number;
  message: string;
  forms: { key: string; sent: number; skipped: number; errors: string[] }[];
}

async function json<T>(
  server: DevServer,
  path: string,
  body?: unknown,
): Promise<{ status: number; data: T }> {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, data: (await response.json()) as T };
}

async function sheetRows(server: DevServer, name: string): Promise<string[][]> {
  const list = (await json<{ sheets: SheetTab[] }>(server, 'api/sheets')).data;
  const tab = list.sheets.find((s) => s.name === name);
  if (!tab) throw new Error(`no sheet ${name}`);
  const view = (await json<{ rows: { v: string }[][] }>(server, `api/sheets/${tab.sheetId}`)).data;
  return view.rows.map((r) => r.map((c) => c.v));
}

/** The page's form fields: name → input, by the question's title (label/legend text). */
function fieldsOf(html: string): { token: string; byTitle: Map<string, string> } {
  const token = /name="_token" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const byTitle = new Map<string, string>();
  const re = /id="q-(\d+)" data-title="([^"]*)"/g;
  for (let m = re.exec(html); m; m = re.exec(html)) byTitle.set(decode(m[2]), `entry.${m[1]}`);
  return { token, byTitle };
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function post(server: DevServer, path: string, fields: [string, string][]) {
  const response = await fetch(`${server.url}${path.replace(/^\//, '')}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, html: await response.text() };
}

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js'))) throw new Error('Нет dist/Code.js: выполните npm run build.');
});

describe('a curator creates a questionnaire and teachers answer it on the desk', () => {
  let dir: string;
  let server: DevServer;
  let form: FormEntry;
  let shortUrl: string;

  beforeAll(async () => {
    // A configured school without questionnaires yet: setup done, nothing else.
    dir = mkdtempSync(join(tmpdir(), 'nastavnik-dev-forms-'));
    const file = join(dir, 'workbook.json');
    const emulator = new Emulator();
    emulator.openNewSpreadsheet(DEMO_SPREADSHEET_NAME);
    emulator.install(globalThis);
    setupProgramme(createGasPorts(), demoSettings(2022));
    emulator.saveToFile(file);
    server = await startDevServer({ port: 0, workbookFile: file, distDir: DIST });

    const run = await json<{ result: { message: string; links: { label: string; url: string }[] } }>(
      server,
      'api/run/runAction',
      { args: ['form:mentee'] },
    );
    expect(run.status).toBe(200);
    expect(run.data.result.message).toContain('Анкета создана');
    shortUrl = run.data.result.links[0].url;
    const forms = (await json<FormEntry[]>(server, 'api/forms')).data;
    expect(forms).toHaveLength(1);
    form = forms[0];
  });

  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('GET /form/:id shows the form in Russian, with the e-mail field, required marks and consent text', async () => {
    expect(form).toMatchObject({ title: 'Анкета наставляемого', responses: 0, url: `/form/${form.id}` });
    const response = await fetch(`${server.url}form/${form.id}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<h1>Анкета наставляемого</h1>');
    expect(html).toContain('name="emailAddress"');
    expect(html).toContain('Обязательный вопрос');
    expect(html).toContain('Согласие на обработку персональных данных');
    expect(html).toContain('Межшкольный учебный комбинат № 4'); // the consent's help text names the school
    expect(html).toContain('Другое:');
    expect(html).toContain('<h2>Запросы</h2>'); // a page break as a heading
    expect(html).not.toMatch(/<script/i);
  });

  test('the published, editor and short links resolve to the emulated form', async () => {
    expect(shortUrl).toMatch(/^https:\/\/forms\.gle\//);
    for (const url of [
      shortUrl,
      `https://docs.google.com/forms/d/e/${form.id}/viewform`,
      `https://docs.google.com/forms/d/${form.id}/edit`,
    ]) {
      const response = await fetch(`${server.url}form-link?url=${encodeURIComponent(url)}`, {
        redirect: 'manual',
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/form/${form.id}`);
    }
    const unknown = await fetch(`${server.url}form-link?url=${encodeURIComponent('https://forms.gle/nope')}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Форма не найдена');
  });

  test('a missing required answer is refused in Russian, next to the question, and nothing is stored', async () => {
    const page = await (await fetch(`${server.url}form/${form.id}`)).text();
    const { token, byTitle } = fieldsOf(page);
    const { status, html } = await post(server, form.url, [
      ['_token', token],
      ['emailAddress', 'new.teacher@school.example'],
      [byTitle.get('Фамилия, имя, отчество')!, 'Новикова <Вера> Сергеевна'],
    ]);
    expect(status).toBe(422);
    expect(html).toContain('Ответ не отправлен.');
    expect(html).toContain('Это обязательный вопрос.');
    // The first required question left empty — the consent, asked before any other data — carries the message.
    const position = byTitle.get('Согласие на обработку персональных данных')!.slice('entry.'.length);
    expect(html).toMatch(
      new RegExp(`class="card question has-error" id="q-${position}"[^]*?Это обязательный вопрос`),
    );
    // What the teacher typed is kept, escaped.
    expect(html).toContain('value="Новикова &lt;Вера&gt; Сергеевна"');
    expect(html).not.toContain('<Вера>');
    expect((await json<FormEntry[]>(server, 'api/forms')).data[0].responses).toBe(0);
    expect(await sheetRows(server, 'Наставляемые')).toHaveLength(1);
  });

  test('a page from before a restart (wrong token) is refused', async () => {
    const { status, html } = await post(server, form.url, [['_token', 'старый']]);
    expect(status).toBe(403);
    expect(html).toContain('обновите');
  });

  test('POST /form/:id submits through the emulator: the trigger puts the teacher into Наставляемые', async () => {
    const page = await (await fetch(`${server.url}form/${form.id}`)).text();
    const { token, byTitle } = fieldsOf(page);
    const f = (title: string) => {
      const name = byTitle.get(title);
      if (!name) throw new Error(`no question ${title}`);
      return name;
    };
    const { status, html } = await post(server, form.url, [
      ['_token', token],
      ['emailAddress', 'Novikova.VS@school.example'],
      [f('Фамилия, имя, отчество'), 'новикова вера сергеевна'],
      [f('Должность'), 'Учитель'],
      [f('Преподаваемые предметы'), 'Математика; Информатика'],
      [f('Педагогический стаж, полных лет'), '2'],
      [f('Квалификационная категория'), 'без категории'],
      [f('Вы молодой специалист (первые три года работы)?'), 'Да'],
      [f('С какими трудностями вы сталкиваетесь, в чём нужна помощь?'), 'Работа с родителями'],
      [f('С какими трудностями вы сталкиваетесь, в чём нужна помощь?'), '__other_option__'],
      [
        `${f('С какими трудностями вы сталкиваетесь, в чём нужна помощь?')}.other_option_response`,
        'Олимпиады',
      ],
      [f('Предпочтительный формат встреч'), 'очно'],
      [f('Согласие на обработку персональных данных'), CONSENT_YES],
    ]);
    expect(status).toBe(200);
    expect(html).toContain('Спасибо! Анкета получена.');
    expect(html).toContain('Анкета принята');
    const rows = await sheetRows(server, 'Наставляемые');
    expect(rows).toHaveLength(2);
    const header = rows[0];
    const row = Object.fromEntries(header.map((h, i) => [h, rows[1][i]]));
    expect(row['ФИО']).toBe('Новикова Вера Сергеевна');
    expect(row['Эл. почта']).toBe('novikova.vs@school.example');
    expect(row['Запросы']).toBe('Работа с родителями; Олимпиады');
    expect(row['Статус']).toBe('в базе');
    const responses = await sheetRows(server, 'Ответы: анкета наставляемого');
    expect(responses).toHaveLength(2);
  });

  test('POST /api/simulate answers for the demo mentees once; a second call sends none', async () => {
    const first = await json<Simulation>(server, 'api/simulate', {});
    expect(first.status).toBe(200);
    const mentees = DEMO_TEACHERS.filter((t) => t.role === 'mentee').length;
    expect(first.data.sent).toBe(mentees);
    expect(first.data.forms).toEqual([expect.objectContaining({ key: 'mentee', sent: mentees, errors: [] })]);
    expect(first.data.message).toContain(`Отправлено ответов: ${mentees}`);
    // One of them declines the consent: not in the base.
    expect(await sheetRows(server, 'Наставляемые')).toHaveLength(1 + 1 + mentees - 1);

    const second = await json<Simulation>(server, 'api/simulate', {});
    expect(second.data.sent).toBe(0);
    expect(second.data.forms[0].skipped).toBe(mentees);
    expect(second.data.message).toContain('Новых ответов нет');
    expect(await sheetRows(server, 'Наставляемые')).toHaveLength(1 + 1 + mentees - 1);
  });

  test('/api/simulate refuses an unknown form', async () => {
    const { status, data } = await json<{ message: string }>(server, 'api/simulate', { formId: 'nope' });
    expect(status).toBe(404);
    expect(data.message).toContain('формы');
  });
});

describe('a fresh demo workbook is built through the questionnaires', () => {
  let dir: string;
  let server: DevServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nastavnik-dev-demo-'));
    server = await startDevServer({ port: 0, workbookFile: join(dir, 'workbook.json'), distDir: DIST });
  });

  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('three forms, answered by the demo teachers; the bases, response sheets and Журнал are filled', async () => {
    const forms = (await json<FormEntry[]>(server, 'api/forms')).data;
    const by = (title: string) => forms.find((f) => f.title === title);
    const mentees = DEMO_TEACHERS.filter((t) => t.role === 'mentee').length;
    const mentors = DEMO_TEACHERS.filter((t) => t.role === 'mentor').length;
    expect(by('Анкета наставляемого')?.responses).toBe(mentees - 1); // one refused: erased
    expect(by('Анкета наставника')?.responses).toBe(mentors - 1);
    expect(forms.find((f) => f.title.startsWith('Мониторинг предварительных'))?.responses).toBe(
      DEMO_TEACHERS.length,
    );
    expect(await sheetRows(server, 'Наставляемые')).toHaveLength(mentees); // header + all but one
    const mentorRows = await sheetRows(server, 'Наставники');
    expect(mentorRows).toHaveLength(mentors);
    const status = mentorRows[0].indexOf('Статус');
    expect(mentorRows.slice(1).filter((r) => r[status] === 'согласие')).toHaveLength(1);
    expect(await sheetRows(server, 'Ответы: анкета наставляемого')).toHaveLength(mentees + 1);
    const journal = (await sheetRows(server, 'Журнал')).map((r) => r.join(' '));
    expect(journal.filter((r) => r.includes('Создана анкета'))).toHaveLength(3);
    expect(journal.some((r) => r.includes('Ответ без согласия на обработку данных'))).toBe(true);
    // Dated in September of the workbook's academic year (Наставничество 2022/2023).
    expect(journal.some((r) => r.includes('.09.2022'))).toBe(true);
    expect(journal.some((r) => /\.20(2[3-9]|[3-9]\d)\b/.test(r))).toBe(false);
  });

  test('the seeded workbook is complete: simulating sends nothing more', async () => {
    const { data } = await json<Simulation>(server, 'api/simulate', {});
    expect(data.sent).toBe(0);
    expect(data.forms.map((f) => f.key)).toEqual(['prelim', 'mentee', 'mentor']);
  });
});
