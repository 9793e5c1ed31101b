/**
 * The desk's tools for playing the year (npm start): the emulated date and its presets, the daily trigger
 * after a move, the public results page (doGet), Google Docs/Drive links mapped to local pages, and simulated
 * meeting reports that need approved pairs. Uses the built add-on (dist/).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDevServer, type DevServer } from '../../dev/server';

const DIST = resolve(__dirname, '..', '..', 'dist');

let dir: string;
let server: DevServer;

async function post<T>(path: string, body: unknown): Promise<{ status: number; data: T }> {
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, data: (await response.json()) as T };
}

interface ActionAnswer {
  result: { message: string; links?: { label: string; url: string }[] };
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'Code.js'))) throw new Error('Нет dist/Code.js: выполните npm run build.');
  dir = mkdtempSync(join(tmpdir(), 'nastavnik-dev-year-'));
  server = await startDevServer({ port: 0, workbookFile: join(dir, 'workbook.json'), distDir: DIST });
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a fresh demo workbook starts in September of its academic year, with the month presets', async () => {
  const clock = (await (await fetch(`${server.url}api/clock`)).json()) as {
    date: string;
    label: string;
    presets: { id: string; label: string; date: string }[];
  };
  expect(clock.date).toBe('2022-09-20');
  expect(clock.label).toBe('20.09.2022');
  expect(clock.presets.map((p) => [p.label, p.date])).toEqual([
    ['Сентябрь', '2022-09-20'],
    ['Октябрь', '2022-10-20'],
    ['Январь', '2023-01-20'],
    ['Май', '2023-05-19'],
  ]);
});

test('moving the date runs the daily trigger once; a bad date is refused in Russian', async () => {
  const bad = await post<{ message: string }>('api/clock', { to: '2023-02-30' });
  expect(bad.status).toBe(400);
  expect(bad.data.message).toContain('ГГГГ-ММ-ДД');
  const moved = await post<{ date: string; triggersRun: number; message: string }>('api/clock', {
    to: 'october',
  });
  expect(moved.status).toBe(200);
  expect(moved.data.date).toBe('2022-10-20');
  expect(moved.data.triggersRun).toBe(1);
  expect(moved.data.message).toContain('Дата в эмуляторе: 20.10.2022');
  const again = await post<{ triggersRun: number }>('api/clock', { to: '2022-10-20' });
  expect(again.data.triggersRun).toBe(0);
});

test('Google Docs and Drive links from the sidebar open the local document and the PDF bytes', async () => {
  const { data } = await post<ActionAnswer>('api/run/runAction', {
    args: ['documents:orderIntroduce', 'Иванова Мария Петровна, заместитель директора по УВР'],
  });
  const links = data.result.links ?? [];
  const doc = links.find((l) => l.url.startsWith('https://docs.google.com/document/'))!;
  const pdf = links.find((l) => l.url.startsWith('https://drive.google.com/file/'))!;
  const toDoc = await fetch(`${server.url}doc-link?url=${encodeURIComponent(doc.url)}`, {
    redirect: 'manual',
  });
  expect(toDoc.status).toBe(303);
  expect(toDoc.headers.get('location')).toMatch(/^\/doc\/[^/]+$/);
  const page = await fetch(server.url + toDoc.headers.get('location')!.slice(1));
  expect(await page.text()).toContain('ПРИКАЗ');
  const file = await fetch(`${server.url}doc-link?url=${encodeURIComponent(pdf.url)}`);
  expect(file.url).toMatch(/\/file\/[^/]+$/);
  expect(file.headers.get('content-type')).toBe('application/pdf');
  expect(
    Buffer.from(await file.arrayBuffer())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  const missing = await fetch(
    `${server.url}doc-link?url=${encodeURIComponent('https://docs.google.com/document/d/nope/edit')}`,
  );
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain('Файл не найден');
});

test('meeting reports need approved pairs; the results page is served from doGet', async () => {
  await post('api/run/runAction', { args: ['form:meeting'] });
  const sim = await post<{ sent: number; message: string }>('api/simulate', {});
  expect(sim.data.sent).toBe(0);
  expect(sim.data.message).toContain('нет утверждённых пар/групп');

  const closed = await fetch(`${server.url}results`);
  expect(await closed.text()).toContain('пока не опубликованы');
  const on = await post<ActionAnswer & { result: { copyText?: string } }>('api/run/runAction', {
    args: ['publishing:on'],
  });
  // One click: the page's address and the code for the school's Google Site come with it.
  const address = `${server.url}results`;
  expect(on.data.result.links).toEqual([{ label: 'Страница результатов', url: address }]);
  expect(on.data.result.copyText).toBe(
    `<iframe src="${address}" width="100%" height="900" style="border:0" title="Наставничество: результаты"></iframe>`,
  );
  const results = await fetch(`${server.url}results`);
  expect(results.status).toBe(200);
  expect(results.headers.get('content-type')).toContain('text/html');
  const html = await results.text();
  expect(html).toContain('Программа наставничества');
  expect(html).toContain('МБОУ МУК № 4 г. Кирова');
});

test('a teacher who withdrew the consent on the desk is not simulated again', async () => {
  const email = 'gusev.ra@school.example';
  const withdrawn = await post<ActionAnswer>('api/run/runAction', { args: ['intake:withdraw', email] });
  expect(withdrawn.data.result.message).toContain('Данные удалены');
  const sim = await post<{ forms: { key: string; sent: number }[] }>('api/simulate', {});
  expect(sim.data.forms.find((f) => f.key === 'mentee')?.sent).toBe(0);
});

test('the desk grid edits a cell as in Sheets: a checkbox ticks, typed text is stored', async () => {
  const list = (await (await fetch(`${server.url}api/sheets`)).json()) as {
    sheets: { sheetId: number; name: string }[];
  };
  const mentors = list.sheets.find((s) => s.name === 'Наставники')!;
  const view = async () =>
    (await (await fetch(`${server.url}api/sheets/${mentors.sheetId}`)).json()) as { rows: { v: string }[][] };
  const header = (await view()).rows[0].map((c) => c.v);
  const notes = header.indexOf('Доп. сведения куратора') + 1;
  const publish = header.indexOf('Согласие на публикацию') + 1;
  const before = (await view()).rows[1][publish - 1].v;
  const flipped: Record<string, string> = { '☐': '☑', '☑': '☐', ЛОЖЬ: 'ИСТИНА', ИСТИНА: 'ЛОЖЬ' };
  expect(Object.keys(flipped)).toContain(before);

  const tick = await post('api/cell', { sheetId: mentors.sheetId, row: 2, column: publish });
  expect(tick.status).toBe(200);
  expect((await view()).rows[1][publish - 1].v).toBe(flipped[before]);

  const typed = await post('api/cell', {
    sheetId: mentors.sheetId,
    row: 2,
    column: notes,
    value: 'Открытый урок в мае',
  });
  expect(typed.status).toBe(200);
  expect((await view()).rows[1][notes - 1].v).toBe('Открытый урок в мае');

  const bad = await post<{ message: string }>('api/cell', {
    sheetId: mentors.sheetId,
    row: 0,
    column: notes,
  });
  expect(bad.status).toBe(400);
  expect(bad.data.message).toContain('строку и столбец');
});
