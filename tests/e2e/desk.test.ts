/**
 * The add-on on the desk, in a real browser: open the desk page, pick "Расширения → Наставник → Открыть
 * панель", and see the sidebar show the seven stages of the programme; then, in a school that has only done
 * its setup, create the mentee questionnaire from step 2.1, open the link the sidebar gives (the emulated
 * Google Form), answer it as a teacher, let the demo teachers answer and see them in Наставляемые.
 * Drives Debian's Chromium through playwright-core; needs dist/ (npm test builds it first).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Emulator } from '../../emulator';
import { CONSENT_YES } from '../../src/domain/forms/consent';
import { createGasPorts } from '../../src/gas/ports';
import { setupProgramme } from '../../src/services/setup/setup-programme';
import { demoSettings } from '../../dev/demo-school';
import { DEMO_SPREADSHEET_NAME } from '../../dev/workbook';
import {
  ARTIFACTS,
  CHROMIUM,
  HAVE_BROWSER,
  closeDesk,
  describeInBrowser,
  openDesk,
  type Desk,
} from './browser';

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

describeInBrowser('desk in a browser', () => {
  let desk: Desk;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    desk = await openDesk({ tempPrefix: 'nastavnik-e2e-', viewportWidth: 1400, pageErrors });
    page = desk.page;
  });

  afterAll(() => closeDesk(desk));

  test('the desk shows the workbook and the add-on menu', async () => {
    await page.goto(desk.server.url);
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

describeInBrowser('questionnaires on the desk', () => {
  let desk: Desk;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    desk = await openDesk({
      tempPrefix: 'nastavnik-e2e-forms-',
      viewportWidth: 1400,
      pageErrors,
      // A school that has done its setup and nothing else: no questionnaires, empty bases.
      seedWorkbook: (file) => {
        const emulator = new Emulator();
        emulator.openNewSpreadsheet(DEMO_SPREADSHEET_NAME);
        emulator.install(globalThis);
        setupProgramme(createGasPorts(), demoSettings(2022));
        emulator.saveToFile(file);
      },
    });
    page = desk.page;
  });

  afterAll(() => closeDesk(desk));

  test('step 2.1 creates the mentee questionnaire from the sidebar', async () => {
    await page.goto(desk.server.url);
    await page.locator('#tabs [role=tab]').first().waitFor();
    await page.getByRole('button', { name: 'Расширения' }).click();
    await page.getByRole('menuitem', { name: 'Наставник' }).click();
    await page.getByRole('menuitem', { name: 'Открыть панель' }).click();
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('[data-stage="2"]').waitFor({ timeout: 20000 });
    const toggle = sidebar.locator('#stage-2-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const button = sidebar.locator('button[data-action="form:mentee"]');
    await button.waitFor({ state: 'visible' });
    await button.click();
    await sidebar.locator('#notice').filter({ hasText: 'Анкета создана' }).waitFor({ timeout: 20000 });
    await sidebar.locator('#copy-text').waitFor();
    expect(await sidebar.locator('#copy-text').inputValue()).toMatch(/https:\/\/forms\.gle\//);
    // The response sheet appears among the tabs.
    await page.locator('#tabs [role=tab]', { hasText: 'Ответы: анкета наставляемого' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'desk-form-created.png') });
  });

  test('the link for teachers opens the emulated form; a teacher answers it', async () => {
    const sidebar = page.frameLocator('#sidebar-frame');
    const link = sidebar.locator('a[data-result-link]').first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/forms\.gle\//);
    const [form] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await form.waitForLoadState();
    expect(form.url()).toMatch(/\/form\/[^/]+$/);
    await form.getByRole('heading', { name: 'Анкета наставляемого' }).waitFor();
    await form.screenshot({ path: join(ARTIFACTS, 'form-mentee.png'), fullPage: true });

    // Sending it half-filled: the emulated Forms refuses, in Russian, next to the question.
    await form.getByLabel('Адрес электронной почты').fill('novikova.vs@school.example');
    await form.getByLabel('Фамилия, имя, отчество').fill('Новикова Вера Сергеевна');
    await form.getByRole('button', { name: 'Отправить' }).click();
    await form.locator('#refusal').waitFor();
    expect(await form.locator('.has-error .error').first().textContent()).toContain(
      'Это обязательный вопрос',
    );
    await form.screenshot({ path: join(ARTIFACTS, 'form-mentee-refused.png'), fullPage: true });

    const q = (title: string) => form.locator(`[data-title="${title}"]`);
    await form.getByLabel('Должность').fill('Учитель');
    await form.getByLabel('Педагогический стаж, полных лет').fill('2');
    await q('Квалификационная категория').getByLabel('без категории').check();
    await q('Вы молодой специалист (первые три года работы)?').getByLabel('Да', { exact: true }).check();
    await q('С какими трудностями вы сталкиваетесь, в чём нужна помощь?')
      .getByLabel('Работа с родителями')
      .check();
    await q('Предпочтительный формат встреч').getByLabel('очно').check();
    await q('Согласие на обработку персональных данных').getByLabel(CONSENT_YES).check();
    await form.getByRole('button', { name: 'Отправить' }).click();
    await form.locator('#confirmation').waitFor();
    expect(await form.locator('#confirmation').textContent()).toContain('Спасибо! Анкета получена.');
    expect(await form.locator('#desk-note').textContent()).toContain('Анкета принята');
    await form.screenshot({ path: join(ARTIFACTS, 'form-mentee-sent.png'), fullPage: true });
    await form.close();
  });

  test('simulated teachers answer; Наставляемые shows them', async () => {
    await page.getByRole('button', { name: 'Смоделировать ответы педагогов' }).click();
    await page.locator('#notices .notice', { hasText: 'Отправлено ответов' }).waitFor({ timeout: 20000 });
    await page.locator('#tabs [role=tab]', { hasText: 'Наставляемые' }).click();
    await page.locator('#grid td', { hasText: 'Новикова Вера Сергеевна' }).waitFor();
    await page.locator('#grid td', { hasText: 'Алексеева Анна Дмитриевна' }).waitFor();
    expect(await page.locator('#grid tbody tr').count()).toBeGreaterThanOrEqual(13);
    await page.getByRole('button', { name: 'Формы' }).click();
    const entry = page.locator('#forms-popover a', { hasText: 'Анкета наставляемого' });
    await entry.waitFor();
    expect(await entry.getAttribute('href')).toMatch(/^\/form\//);
    await page.screenshot({ path: join(ARTIFACTS, 'desk-simulated-answers.png') });
    expect(pageErrors).toEqual([]);
  });
  test('the grid edits as Sheets does: a double click types, a click ticks a yes/no cell; Escape closes a list', async () => {
    // On Наставляемые, filled by the previous test.
    await page.locator('#tabs [role=tab][aria-selected=true]', { hasText: 'Наставляемые' }).waitFor();
    const headers = await page.locator('#grid tr.header td').allTextContents();
    const ref = (header: string) => {
      const index = headers.indexOf(header);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(26);
      return `${String.fromCharCode(65 + index)}2`;
    };
    const notes = page.locator(`#grid td[data-ref="${ref('Доп. сведения куратора')}"]`);
    const young = page.locator(`#grid td[data-ref="${ref('Молодой специалист')}"]`);

    await notes.click();
    await expect(page.locator('#cell-ref').textContent()).resolves.toBe(ref('Доп. сведения куратора'));

    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.accept('Открытый урок в мае');
    });
    await notes.dblclick();
    await page.locator('#grid td', { hasText: 'Открытый урок в мае' }).waitFor();
    expect(asked).toEqual([`prompt: Новое значение ячейки ${ref('Доп. сведения куратора')}`]);
    await notes.click();
    await expect(page.locator('#cell-content').textContent()).resolves.toBe('Открытый урок в мае');

    const flipped: Record<string, string> = { '☐': '☑', '☑': '☐', ЛОЖЬ: 'ИСТИНА', ИСТИНА: 'ЛОЖЬ' };
    const before = (await young.textContent()) ?? '';
    expect(Object.keys(flipped)).toContain(before);
    await young.click();
    await page
      .locator(`#grid td[data-ref="${ref('Молодой специалист')}"]`, { hasText: flipped[before] })
      .waitFor();

    await page.getByRole('button', { name: 'Документы' }).click();
    await expect(page.locator('#docs-popover').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#docs-popover').isHidden()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
