/**
 * The add-on on the desk, in a real browser: open the desk page, pick "Расширения → Наставник → Открыть
 * панель", and see the sidebar show the seven stages of the programme. Drives Debian's Chromium through
 * playwright-core; needs dist/ (npm test builds it first).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDevServer, type DevServer } from '../../dev/server';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const HAVE_BROWSER = existsSync(CHROMIUM);
const INSTALL_HINT =
  'установите Chromium: sudo apt-get install -y chromium (или укажите путь в CHROMIUM_PATH)';

if (!HAVE_BROWSER && process.env.REQUIRE_BROWSER !== '1') {
  console.log(
    `Браузерный тест пропущен: нет ${CHROMIUM}; ${INSTALL_HINT}. (Browser test skipped: no Chromium.)`,
  );
}

if (!HAVE_BROWSER && process.env.REQUIRE_BROWSER === '1') {
  describe('desk in a browser', () => {
    test('Chromium is installed', () => {
      throw new Error(`REQUIRE_BROWSER=1, но Chromium не найден по пути ${CHROMIUM}: ${INSTALL_HINT}.`);
    });
  });
}

/** The slice of the client-side google.script.run the test calls. */
interface Runner {
  withSuccessHandler(f: (value: { configured: unknown }, user: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
  withUserObject(o: unknown): Runner;
  getOverview?: () => void;
}

(HAVE_BROWSER ? describe : describe.skip)('desk in a browser', () => {
  let dir: string;
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'Code.js'))) throw new Error('Нет dist/Code.js: выполните npm run build.');
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'nastavnik-e2e-'));
    server = await startDevServer({ port: 0, workbookFile: join(dir, 'workbook.json'), distDir: DIST });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ru-RU' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Nothing may leave the machine: no CDN, no fonts.
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])(https?|wss?):/, (route) => {
      pageErrors.push(`external request: ${route.request().url()}`);
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the desk shows the workbook and the add-on menu', async () => {
    await page.goto(server.url);
    await page.locator('#tabs [role=tab]').first().waitFor();
    expect(await page.locator('#tabs [role=tab]').count()).toBeGreaterThan(0);
    await page.locator('#grid td').first().waitFor();
    await page.getByRole('button', { name: 'Расширения' }).click();
    await page.getByRole('menuitem', { name: 'Наставник' }).click();
    await expect(page.getByRole('menuitem', { name: 'Открыть панель' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'desk-menu.png') });
  });

  test('"Открыть панель" opens the sidebar with the seven stages', async () => {
    await page.getByRole('menuitem', { name: 'Открыть панель' }).click();
    await page.locator('#sidebar-panel').waitFor({ state: 'visible' });
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('[data-stage="7"]').waitFor({ timeout: 20000 });
    for (let stage = 1; stage <= 7; stage++) {
      expect(await sidebar.locator(`[data-stage="${stage}"]`).count()).toBe(1);
    }
    expect(await sidebar.locator('[data-step="1.1"]').count()).toBeGreaterThan(0);
    expect((await sidebar.locator('#school').textContent())?.trim()).toBeTruthy();
    const error = sidebar.locator('#error');
    if ((await error.count()) > 0 && (await error.isVisible())) {
      expect((await error.textContent())?.trim()).toBe('');
    }
    await page.screenshot({ path: join(ARTIFACTS, 'desk-sidebar.png') });
    expect(pageErrors).toEqual([]);
  });

  test('the sidebar talks to the script through the google.script shim', async () => {
    const frame = page.frame({ url: /\/sidebar/ });
    if (!frame) throw new Error('no sidebar frame');
    const answer = await frame.evaluate(
      () =>
        new Promise<{ user: unknown; configured: unknown; hasRun: boolean }>((resolve, reject) => {
          const g = (window as unknown as { google: { script: { run: Runner } } }).google;
          if (typeof g.script.run.getOverview !== 'function')
            reject(new Error('google.script.run.getOverview is missing'));
          g.script.run
            .withSuccessHandler((value: { configured: unknown }, user: unknown) =>
              resolve({
                user,
                configured: value.configured,
                hasRun: typeof g.script.run.getOverview === 'function',
              }),
            )
            .withFailureHandler((error: Error) => reject(error))
            .withUserObject('метка')
            .getOverview?.();
        }),
    );
    expect(answer).toEqual({ user: 'метка', configured: true, hasRun: true });
    await frame.evaluate(() =>
      (window as unknown as { google: { script: { host: { close(): void } } } }).google.script.host.close(),
    );
    await page.locator('#sidebar-panel').waitFor({ state: 'hidden' });
  });
});
