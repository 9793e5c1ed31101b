/**
 * The desk's empty start (NASTAVNIK_START=empty): a new workbook with nothing set up, dated before the year, so
 * a curator can walk the programme from its first step. Uses the built add-on (dist/).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDevServer, type DevServer } from '../../dev/server';
import type { Overview } from '../../src/api/types';

const DIST = resolve(__dirname, '..', '..', 'dist');

let dir: string;
let server: DevServer;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'Code.js'))) throw new Error('Нет dist/Code.js: выполните npm run build.');
  dir = mkdtempSync(join(tmpdir(), 'nastavnik-dev-empty-'));
  server = await startDevServer({
    port: 0,
    workbookFile: join(dir, 'workbook.json'),
    distDir: DIST,
    start: 'empty',
  });
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('an empty start has no programme yet: the sidebar opens on setting it up (1.1), in August', async () => {
  const response = await fetch(`${server.url}api/run/getOverview`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ args: [] }),
  });
  const { result } = (await response.json()) as { result: Overview };
  expect(result.configured).toBe(false);
  expect(result.currentStep).toBe('1.1');
  const people = result.stages[1].steps.map((s) => s.statusText).join(' ');
  expect(people).not.toMatch(/В базе \d+/);
  const clock = (await (await fetch(`${server.url}api/clock`)).json()) as { date: string };
  expect(clock.date).toBe('2022-08-25');
});
