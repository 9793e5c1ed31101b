/**
 * What the browser tests share: where Debian's Chromium and the built add-on are, how Chromium is launched,
 * and a desk (`npm start`'s server on a temporary workbook) with a page that cannot reach past 127.0.0.1.
 * Whether a missing Chromium skips or fails a test file stays in each file: the two files differ there.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDevServer, type DevServer } from '../../dev/server';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const HAVE_BROWSER = existsSync(CHROMIUM);

/** `describe` when Chromium is there, `describe.skip` otherwise. */
export const describeInBrowser = HAVE_BROWSER ? describe : describe.skip;

function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

/**
 * Nothing may leave the machine: no CDN, no fonts, no Google. A request elsewhere is aborted and, like an
 * uncaught error on any page of the context, pushed to `errors` for the test to check.
 */
async function offlinePage(browser: Browser, errors: string[], viewportWidth: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: viewportWidth, height: 900 },
    locale: 'ru-RU',
  });
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])(https?|wss?):/, (route) => {
    errors.push(`external request: ${route.request().url()}`);
    return route.abort();
  });
  context.on('page', (p) => p.on('pageerror', (error) => errors.push(error.message)));
  return context.newPage();
}

export interface Desk {
  /** The temporary folder holding the desk's workbook.json. */
  dir: string;
  server: DevServer;
  browser: Browser;
  page: Page;
}

export interface DeskOptions {
  /** Prefix of the temporary folder's name, telling which test file left it should one stay behind. */
  tempPrefix: string;
  viewportWidth: number;
  /** Where the page's errors and blocked external requests go. */
  pageErrors: string[];
  /** Writes the workbook the desk opens; without it the desk makes its demo workbook itself. */
  seedWorkbook?: (file: string) => void;
}

/**
 * Starts the desk on a fresh temporary workbook and opens it a Chromium page. What was started before a
 * failure is closed again, since the caller's afterAll gets no desk to close.
 */
export async function openDesk(options: DeskOptions): Promise<Desk> {
  if (!existsSync(join(DIST, 'Code.js'))) throw new Error('Нет dist/Code.js: выполните npm run build.');
  mkdirSync(ARTIFACTS, { recursive: true });
  const opened: Partial<Desk> = { dir: mkdtempSync(join(tmpdir(), options.tempPrefix)) };
  try {
    const file = join(opened.dir!, 'workbook.json');
    options.seedWorkbook?.(file);
    opened.server = await startDevServer({ port: 0, workbookFile: file, distDir: DIST });
    opened.browser = await launchChromium();
    opened.page = await offlinePage(opened.browser, options.pageErrors, options.viewportWidth);
    return opened as Desk;
  } catch (error) {
    await closeDesk(opened);
    throw error;
  }
}

export async function closeDesk(desk: Partial<Desk> | undefined): Promise<void> {
  await desk?.browser?.close();
  await desk?.server?.close();
  if (desk?.dir) rmSync(desk.dir, { recursive: true, force: true });
}
