/**
 * A teacher's card on the desk, in a real browser: a mentor opens `/card?as=<e-mail>`, sees their own pair and
 * individual plan, records a meeting from the card (through the relay to the web app, as on Google), and the
 * curator's sidebar then counts it. Drives Debian's Chromium through playwright-core; needs dist/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Emulator } from '../../emulator';
import { demoSettings } from '../../dev/demo-school';
import { DEMO_SPREADSHEET_NAME } from '../../dev/workbook';
import { createGasPorts } from '../../src/gas/ports';
import { openDatabase } from '../../src/services/db/database';
import { setupProgramme } from '../../src/services/setup/setup-programme';
import { appendPeopleInPairs } from '../integration/year-fixture';
import {
  ARTIFACTS,
  CHROMIUM,
  HAVE_BROWSER,
  closeDesk,
  describeInBrowser,
  openDesk,
  type Desk,
} from './browser';

jest.setTimeout(120000);
if (!HAVE_BROWSER) console.log(`Браузерный тест карточки пропущен: нет ${CHROMIUM}. (Card walk skipped.)`);

const PLAN_URL = 'https://docs.google.com/document/d/plan-pr1/edit';
const SMIRNOVA = 'smirnova@school.example';

/** The programme on 3 October 2022: set up, three approved pairs, Смирнова–Алексеева's plan made. */
function seed(file: string): void {
  const emulator = new Emulator();
  emulator.setNow(new Date(2022, 9, 3, 10, 0));
  emulator.openNewSpreadsheet(DEMO_SPREADSHEET_NAME);
  emulator.install(globalThis);
  const ports = createGasPorts();
  setupProgramme(ports, demoSettings(2022));
  const db = openDatabase(ports);
  appendPeopleInPairs(db, new Date(2022, 8, 14));
  db.documents.append([
    {
      type: 'Индивидуальный план',
      date: new Date(2022, 8, 20),
      kind: 'plan',
      subjectId: 'PR-1',
      docUrl: PLAN_URL,
    },
  ]);
  emulator.saveToFile(file);
}

describeInBrowser('a teacher’s card on the desk', () => {
  let desk: Desk;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    desk = await openDesk({
      tempPrefix: 'nastavnik-card-',
      viewportWidth: 1400,
      pageErrors,
      seedWorkbook: seed,
    });
    page = desk.page;
    page.setDefaultTimeout(20000);
  });

  afterAll(() => closeDesk(desk));

  test('a mentor sees their pair and plan, records a meeting, and the curator’s sidebar counts it', async () => {
    await page.goto(`${desk.server.url}card?as=${encodeURIComponent(SMIRNOVA)}`);
    const body = page.locator('body');
    await expect(body.textContent()).resolves.toContain('Смирнова Ольга Викторовна, наставник');
    await expect(body.textContent()).resolves.toContain('Алексеева Анна Дмитриевна');
    await expect(body.textContent()).resolves.not.toContain('Кузнецов');
    expect(await page.locator(`a[href="${PLAN_URL}"]`).count()).toBe(1);
    await expect(body.textContent()).resolves.toContain('Встреч пока не отмечено.');

    await page.getByRole('button', { name: 'Отметить встречу' }).click();
    await page.locator('input[name="topic"]').waitFor();
    await page.fill('input[name="date"]', '2022-10-05');
    await page.fill('input[name="topic"]', 'Планирование урока');
    await page.fill('input[name="durationMin"]', 'сорок');
    await page.fill('textarea[name="result"]', 'Составили карту урока');
    await page.getByRole('button', { name: 'Внести встречу' }).click();
    // Bad input: a Russian message, and what was typed is still there.
    await expect(page.locator('[role=status]').textContent()).resolves.toContain('не целое');
    expect(await page.inputValue('input[name="topic"]')).toBe('Планирование урока');
    await page.fill('input[name="durationMin"]', '45');
    await page.getByRole('button', { name: 'Внести встречу' }).click();
    await expect(page.locator('[role=status]').textContent()).resolves.toBe(
      'Встреча внесена в журнал встреч.',
    );
    await expect(body.textContent()).resolves.toContain('Встреч отмечено: 1. Последняя — 05.10.2022');
    await page.screenshot({ path: join(ARTIFACTS, 'card-after-meeting.png'), fullPage: true });

    await page.goto(desk.server.url);
    await page.getByRole('button', { name: 'Расширения' }).click();
    await page.getByRole('menuitem', { name: 'Наставник' }).click();
    await page.getByRole('menuitem', { name: 'Открыть панель' }).click();
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('[data-step="6.1"]').first().waitFor({ state: 'attached' });
    await expect(sidebar.locator('body').textContent()).resolves.toContain(
      'Проведена 1 встреча; встречались 1 из 3 пар/групп',
    );
    expect(pageErrors).toEqual([]);
  });
});
