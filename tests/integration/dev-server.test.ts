/**
 * The desk server (npm start) keeps Apps Script's rules for google.script.run: private functions are refused,
 * a Date in the answer fails the call, and the workbook is saved after each call. A tiny fake dist/ keeps the
 * test independent of the real add-on.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deserializeState } from '../../emulator/core/persist';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer, type DevServer } from '../../dev/server';

const FAKE_CODE = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu()
    .addItem('Открыть панель', 'showPanel')
    .addItem('<img src=x onerror=alert(1)>', 'hello')
    .addToUi();
}
function devSeedDemo() {
  SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1, 2, 2).setValues([['Имя', 'Заметка'], ['Иванова', '<script>alert(1)</script>']]);
}
function showPanel() {
  SpreadsheetApp.getUi().showSidebar(
    HtmlService.createHtmlOutput('<!doctype html><html><head><title>п</title></head><body><p id="school">Школа</p></body></html>').setTitle('Наставник'));
}
function hello(name) { return { greeting: 'Привет, ' + name, list: [1, 'два', null, { ok: true }] }; }
function nothing() {}
function today() { return { items: [{ when: new Date() }] }; }
function sheetObject() { return SpreadsheetApp.getActive(); }
function makeDoc() {
  var doc = DocumentApp.create('Приказ <№ 1>');
  doc.getBody().appendParagraph('О внедрении целевой модели наставничества');
  doc.saveAndClose();
  return doc.getId();
}
function boom() { throw new Error('Сломалось'); }
function secret_() { return 'тайна'; }
function _hidden() { return 'тайна'; }
function counter() {
  var p = PropertiesService.getDocumentProperties();
  var n = Number(p.getProperty('n') || '0') + 1;
  p.setProperty('n', String(n));
  return n;
}
`;

let dir: string;
let server: DevServer;

async function run(
  name: string,
  args: unknown[] = [],
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}api/run/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ args }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nastavnik-dev-'));
  writeFileSync(join(dir, 'Code.js'), FAKE_CODE);
  server = await startDevServer({ port: 0, workbookFile: join(dir, 'state', 'workbook.json'), distDir: dir });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dev server (npm start)', () => {
  test('listens on 127.0.0.1 and saves the seeded workbook', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(existsSync(join(dir, 'state', 'workbook.json'))).toBe(true);
  });

  test('runs a public function and returns plain data', async () => {
    const { status, body } = await run('hello', ['Мир']);
    expect(status).toBe(200);
    expect(body.result).toEqual({ greeting: 'Привет, Мир', list: [1, 'два', null, { ok: true }] });
    const empty = await run('nothing');
    expect(empty.status).toBe(200);
    expect(empty.body.result).toBeUndefined();
  });

  test('refuses private functions as Apps Script does', async () => {
    for (const name of ['secret_', '_hidden']) {
      const { status, body } = await run(name);
      expect(status).toBe(404);
      expect(String(body.message)).toMatch(/приватная/);
      expect(body.result).toBeUndefined();
    }
  });

  test('refuses unknown names and runtime globals', async () => {
    for (const name of ['noSuchFunction', 'Date', 'console', 'SpreadsheetApp']) {
      const { status, body } = await run(name);
      expect(status).toBe(404);
      expect(String(body.message)).toContain('нет функции');
    }
  });

  test('a Date in the return value fails the call with the path of the value', async () => {
    const { status, body } = await run('today');
    expect(status).toBe(500);
    expect(String(body.message)).toContain('Date');
    expect(String(body.message)).toContain('result.items[0].when');
    expect(body.result).toBeUndefined();
  });

  test('an Apps Script object in the return value fails the call', async () => {
    const { status, body } = await run('sheetObject');
    expect(status).toBe(500);
    expect(String(body.message)).toMatch(/простой объект|plain object/);
  });

  test('a thrown error becomes 500 with its message', async () => {
    const { status, body } = await run('boom');
    expect(status).toBe(500);
    expect(body.message).toBe('Сломалось');
  });

  test('saves the workbook after every call', async () => {
    const file = join(dir, 'state', 'workbook.json');
    expect((await run('counter')).body.result).toBe(1);
    expect((await run('counter')).body.result).toBe(2);
    expect(deserializeState(readFileSync(file, 'utf8')).properties.document.n).toBe('2');
  });

  test('refuses posts that are not JSON (other sites cannot call the script)', async () => {
    const response = await fetch(`${server.url}api/run/hello`, { method: 'POST', body: '{"args":[]}' });
    expect(response.status).toBe(415);
  });

  test('the desk page escapes what the script wrote', async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('Расширения');
    expect(html).toContain('Сбросить демо-данные');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  });

  test('the sheet view serves display values as data', async () => {
    const list = (await (await fetch(`${server.url}api/sheets`)).json()) as { sheets: { sheetId: number }[] };
    expect(list.sheets.length).toBeGreaterThan(0);
    const view = (await (await fetch(`${server.url}api/sheets/${list.sheets[0].sheetId}`)).json()) as {
      rows: { v: string }[][];
    };
    expect(view.rows[1][1].v).toBe('<script>alert(1)</script>');
  });

  test('a menu item opens the sidebar with the google.script shim first in <head>', async () => {
    const response = await fetch(`${server.url}api/menu`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ functionName: 'showPanel' }),
    });
    const body = (await response.json()) as { ui: { sidebar: { title: string } | null } };
    expect(response.status).toBe(200);
    expect(body.ui.sidebar).toEqual({ title: 'Наставник' });
    const html = await (await fetch(`${server.url}sidebar`)).text();
    expect(html).toMatch(/^<!doctype html><html><head><script>/);
    expect(html).toContain('"hello"');
    expect(html).not.toContain('"secret_"');
    expect(html).toContain('id="school"');
  });

  test('documents in the emulated Drive are listed and rendered', async () => {
    const id = String((await run('makeDoc')).body.result);
    const docs = (await (await fetch(`${server.url}api/documents`)).json()) as { id: string; name: string }[];
    expect(docs).toContainEqual(expect.objectContaining({ id, name: 'Приказ <№ 1>' }));
    const response = await fetch(`${server.url}doc/${encodeURIComponent(id)}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('О внедрении целевой модели наставничества');
    expect(html).not.toContain('<№ 1>');
    expect((await fetch(`${server.url}doc/no-such-doc`)).status).toBe(404);
  });

  test('only functions on the menu run from /api/menu', async () => {
    const response = await fetch(`${server.url}api/menu`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ functionName: 'boom' }),
    });
    expect(response.status).toBe(404);
  });
});
