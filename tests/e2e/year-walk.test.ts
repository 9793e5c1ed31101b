/**
 * A curator walks the demo school's whole year on the desk (`npm start`), from the sidebar alone: stage 1's
 * order, documents and preliminary summary; the bases of stages 2–3 and a consent withdrawal; stage 4's
 * selection and training; stage 5's pairs, order and plans; then the year itself with the desk's date control
 * and simulated teachers: meetings in October, the interim feedback in January, the monitoring, reward order
 * and letters in May, and the public results page. After each stage a screenshot of the whole desk goes to
 * test-artifacts/stage-N.png and the stage's step statuses are checked.
 * Drives Debian's Chromium through playwright-core; needs dist/ (npm test builds it first).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { DEMO_TEACHERS } from '../../dev/demo-school';
import { NO_MENTOR_CONSENT_INDEX, REFUSING_INDEX } from '../../dev/simulate';
import {
  ARTIFACTS,
  CHROMIUM,
  HAVE_BROWSER,
  closeDesk,
  describeInBrowser,
  openDesk,
  type Desk,
} from './browser';

/** Every wait is bounded; a server call on the desk takes well under a second. */
const WAIT = 20000;
jest.setTimeout(240000);

if (!HAVE_BROWSER) {
  console.log(`Браузерный тест года пропущен: нет ${CHROMIUM}. (Year walk skipped: no Chromium.)`);
}

const MENTORS = DEMO_TEACHERS.filter((t) => t.role === 'mentor');
const MENTEES = DEMO_TEACHERS.filter((t) => t.role === 'mentee');
/** The mentors the curator selects: in the base, with the consent to act as a mentor. */
const CHOSEN = MENTORS.filter((_, i) => i !== REFUSING_INDEX && i !== NO_MENTOR_CONSENT_INDEX).slice(0, 6);
/** The teacher who withdraws the consent at stage 2. */
const WITHDRAWN = MENTEES[MENTEES.length - 1];

/** «Смирнова Ольга Викторовна» → «Смирнова О.В.» */
const short = (fullName: string) => {
  const [last, first, middle] = fullName.split(' ');
  return `${last} ${first[0]}.${middle[0]}.`;
};

describeInBrowser('the demo school’s year, walked from the sidebar', () => {
  let desk: Desk;
  let page: Page;
  let sidebar: FrameLocator;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    desk = await openDesk({ tempPrefix: 'nastavnik-year-', viewportWidth: 1440, pageErrors });
    page = desk.page;
    page.setDefaultTimeout(WAIT);
    sidebar = page.frameLocator('#sidebar-frame');
  });

  afterAll(() => closeDesk(desk));

  // ---- helpers: the sidebar as a curator uses it ----

  const step = (code: string) => sidebar.locator(`li[data-step="${code}"]`);
  const status = (code: string) => step(code).getAttribute('data-status');
  const statusText = async (code: string) =>
    ((await step(code).locator('.step-status-text').textContent()) ?? '').trim();

  async function statuses(codes: string[]): Promise<Record<string, string | null>> {
    const out: Record<string, string | null> = {};
    for (const code of codes) out[code] = await status(code);
    return out;
  }

  async function expand(stage: number): Promise<void> {
    const toggle = sidebar.locator(`#stage-${stage}-toggle`);
    await toggle.waitFor();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /**
   * Presses an action's button, fills its input and confirms when it asks, then waits until the run (all its
   * batches) is over. Returns the notice; an error shown by the sidebar fails the test with its text.
   */
  /** A value a curator gives: typed text, or picked choices (checkbox and option values), per field. */
  type Given = string | string[];

  /** Fills one control as a person would: types, ticks the boxes, picks the option, sets the date. */
  async function give(scope: Locator, value: Given): Promise<void> {
    const boxes = scope.locator('input[type=checkbox]');
    if (Array.isArray(value)) {
      for (const v of value) await scope.locator(`input[type=checkbox][value="${v}"]`).check();
      return;
    }
    if (await boxes.count()) throw new Error('a checklist takes a list of values');
    const select = scope.locator('select');
    if (await select.count()) {
      await select.selectOption(value);
      return;
    }
    const field = scope.locator('input, textarea').first();
    const ru = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
    if ((await field.getAttribute('type')) === 'date' && ru) await field.fill(`${ru[3]}-${ru[2]}-${ru[1]}`);
    else await field.fill(value);
  }

  /** Where the page is scrolled, and where an element is on screen. */
  const scrollTop = () =>
    sidebar.locator('body').evaluate(() => (document.scrollingElement ?? document.documentElement).scrollTop);
  const inViewport = (selector: string) =>
    sidebar.locator(selector).evaluate((node) => {
      const r = node.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
    });

  /** Figures issue 12 asks for, gathered over the walk: results seen where the button is, scroll kept. */
  const walk = { actions: 0, resultInView: 0, scrollKept: 0, log: [] as unknown[] };

  async function act(
    id: string,
    opts: { input?: string; choose?: string[]; fields?: Record<string, Given>; confirm?: boolean } = {},
  ): Promise<string> {
    const button = sidebar.locator(`button[data-action="${id}"]`);
    // Secondary actions sit under «Ещё»: open it, as a curator would.
    if (!(await button.isVisible())) {
      const more = sidebar.locator('details.more-actions', { has: button });
      await more.locator('summary').click();
    }
    await button.scrollIntoViewIfNeeded();
    expect(await button.isEnabled()).toBe(true);
    // Where the button is on screen when the run starts (after the click that starts it; Playwright may
    // scroll a little to click): the panel must keep it there.
    const startTop = () => button.evaluate((b) => b.getBoundingClientRect().top);
    /** Clicks what starts (or opens) the run; its top just before and just after the click. */
    const tops: number[] = [];
    const press = async (target: Locator) => {
      tops.length = 0;
      tops.push(await startTop());
      await target.click();
      tops.push(await startTop());
    };
    await press(button);
    if (opts.input !== undefined || opts.choose || opts.fields) {
      const form = sidebar.locator(`form[data-action-form="${id}"]`);
      if (opts.fields)
        for (const [name, value] of Object.entries(opts.fields))
          await give(form.locator(`[data-field="${name}"]`), value);
      else await give(form, opts.choose ?? opts.input ?? '');
      await press(form.locator('[data-submit]'));
    }
    if (opts.confirm) await press(sidebar.locator(`[data-confirm="${id}"] [data-confirm-yes]`));
    const before = await scrollTop();
    // The progress panel stays while batches run; then the notice (or the error) appears.
    await sidebar.locator('#progress').waitFor({ state: 'detached', timeout: 60000 });
    await sidebar.locator('#notice:not(.empty), #error:not([hidden])').first().waitFor();
    const error = sidebar.locator('#error');
    if (await error.isVisible()) throw new Error(`«${id}»: ${(await error.textContent())?.trim()}`);
    // The result is drawn under the pressed button, on screen, and the panel did not jump.
    walk.actions++;
    const under = await sidebar
      .locator(`[data-action-feedback="${id}"] #notice`)
      .count()
      .catch(() => 0);
    if (under && (await inViewport('#notice'))) walk.resultInView++;
    const newTop = await sidebar
      .locator(`button[data-action="${id}"]`)
      .evaluate((b) => b.getBoundingClientRect().top)
      .catch(() => null);
    // No jump: the pressed button is still on screen, where it was or moved up only as far as the result
    // needed to be seen (never past the top).
    const view = await sidebar.locator('body').evaluate(() => window.innerHeight);
    const kept =
      newTop !== null &&
      newTop >= -2 &&
      newTop <= view &&
      // Within a line (20 px) of where it was, or moved up only to make room for the result.
      tops.some((top) => Math.abs(newTop - top) <= 20 || (newTop < top && newTop >= 2));
    if (kept) walk.scrollKept++;
    walk.log.push({ id, under: !!under, tops: [...tops], newTop, before, after: await scrollTop() });
    return ((await sidebar.locator('#notice').textContent()) ?? '').trim();
  }

  const currentStep = () => sidebar.locator('li[aria-current="step"]').getAttribute('data-step');

  async function details(): Promise<string> {
    return ((await sidebar.locator('#result-details').textContent()) ?? '').trim();
  }

  /** Marks the sidebar's page, so a reload (after the date moved or answers came) can be awaited. */
  async function markSidebar(): Promise<void> {
    await page.evaluate(() => {
      const w = (document.getElementById('sidebar-frame') as HTMLIFrameElement).contentWindow as
        (Window & { __stale?: boolean }) | null;
      if (w) w.__stale = true;
    });
  }

  async function sidebarReloaded(): Promise<void> {
    await page.waitForFunction(() => {
      const w = (document.getElementById('sidebar-frame') as HTMLIFrameElement).contentWindow as
        (Window & { __stale?: boolean }) | null;
      return !!w && !w.__stale && !!w.document.querySelector('[data-stage="7"] [data-step]');
    });
  }

  /** The desk's «Перейти к дате»: a preset month; the daily trigger runs, the sidebar reloads. */
  async function moveDate(preset: 'october' | 'january' | 'may', label: string): Promise<void> {
    await markSidebar();
    await page.locator('#clock-button').click();
    const choice = page.locator(`#clock-presets [data-preset="${preset}"]`);
    await choice.waitFor();
    if (preset === 'october') await page.screenshot({ path: join(ARTIFACTS, 'desk-clock.png') });
    await choice.click();
    await page.locator('#notices .notice', { hasText: `Дата в эмуляторе: ${label}` }).waitFor();
    await sidebarReloaded();
    expect(await page.locator('#clock-today').textContent()).toBe(label);
  }

  /** The desk's «Смоделировать ответы педагогов»; the sidebar reloads with the new statuses. */
  async function simulate(): Promise<string> {
    await markSidebar();
    await page.locator('#simulate-button').click();
    // «Выполняется скрипт…» shows while the teachers answer; then the newest notice tells what was sent.
    await page.locator('#busy').waitFor({ state: 'hidden', timeout: 60000 });
    const notice = page.locator('#notices .notice').last();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Отправлено ответов');
    expect(text).not.toContain('Ошибки');
    await sidebarReloaded();
    return text;
  }

  async function showSheet(name: string): Promise<void> {
    await page.locator('#tabs [role=tab]', { hasText: name }).first().click();
    await page.locator('#tabs [role=tab][aria-selected=true]', { hasText: name }).waitFor();
  }

  async function shoot(stage: number, sheet?: string): Promise<void> {
    if (sheet) await showSheet(sheet);
    // The stage's heading at the top of the panel, its steps below.
    await sidebar.locator(`#stage-${stage}-toggle`).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    // Toasts of the desk are part of the story, but must not hide the sidebar.
    await page.screenshot({ path: join(ARTIFACTS, `stage-${stage}.png`) });
  }

  // ---- the walk ----

  test('the desk opens on the demo workbook in September; the panel shows the seven stages', async () => {
    await page.goto(desk.server.url);
    await page.locator('#tabs [role=tab]').first().waitFor();
    await expect(page.locator('#clock-today').textContent()).resolves.toBe('20.09.2022');
    await page.getByRole('button', { name: 'Расширения' }).click();
    await page.getByRole('menuitem', { name: 'Наставник' }).click();
    await page.getByRole('menuitem', { name: 'Открыть панель' }).click();
    await sidebar.locator('[data-stage="7"] [data-step]').first().waitFor({ state: 'attached' });
    // The intake of September is done by the demo teachers' answers.
    expect(await statuses(['1.1', '1.3', '2.1', '2.2', '3.1', '3.2'])).toEqual({
      '1.1': 'done',
      '1.3': 'done',
      '2.1': 'done',
      '2.2': 'done',
      '3.1': 'done',
      '3.2': 'done',
    });
    expect(await status('1.2')).toBe('todo');
  });

  test('stage 1: the introduction order, the programme documents, the preliminary form and its summary', async () => {
    await expand(1);
    const order = await act('documents:orderIntroduce', {
      input: 'Иванова Мария Петровна, заместитель директора по УВР',
    });
    expect(order).toContain('сформирован 1 документ');
    expect(await status('1.2')).toBe('in_progress');

    // The order opens from the sidebar's link: the desk shows the emulated Google Doc.
    const docLink = sidebar.locator('a[data-result-link][href^="https://docs.google.com/document/"]').first();
    const [doc] = await Promise.all([page.context().waitForEvent('page'), docLink.click()]);
    await doc.waitForLoadState();
    expect(doc.url()).toMatch(/\/doc\/[^/]+$/);
    expect(await doc.locator('body').textContent()).toMatch(/ПРИКАЗ|Приказ|приказ/);
    await doc.screenshot({ path: join(ARTIFACTS, 'stage-1-order.png') });
    await doc.close();
    // Its PDF link maps to the file's bytes on the emulated Drive.
    const pdfHref = await sidebar
      .locator('a[data-result-link][href^="https://drive.google.com/file/"]')
      .first()
      .getAttribute('href');
    const pdf = await page.request.get(`${desk.server.url}doc-link?url=${encodeURIComponent(pdfHref ?? '')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The school's own Положение goes in by link and is kept; the roadmap and the programme come from the
    // add-on's templates as appendices of the approving order.
    expect(
      await act('documents:register:regulation', { input: 'https://school.example/docs/polozhenie.pdf' }),
    ).toContain('внесён в реестр');
    const approval = await act('documents:orderApprove');
    expect(approval).toContain(
      '«Приказ об утверждении Положения о наставничестве, дорожной карты и программы»: сформирован 1 документ',
    );
    expect(approval).toContain('Документ «Положение о наставничестве» внесён ссылкой и не заменяется');
    expect(approval).toContain('«Дорожная карта»: сформирован 1 документ');
    expect(await status('1.2')).toBe('done');

    expect(await act('form:prelim')).toMatch(/Анкета (создана|обновлена)/);
    expect(await act('intake:prelimSummary')).toContain(`Сводка по ${DEMO_TEACHERS.length} ответам`);
    expect(await details()).toContain(`Наставник: ${MENTORS.length}`);
    expect(await statuses(['1.1', '1.2', '1.3'])).toEqual({ '1.1': 'done', '1.2': 'done', '1.3': 'done' });
    await shoot(1, 'Документы');
  });

  test('stages 2–3: the bases from the demo answers; a teacher withdraws the consent', async () => {
    await expand(2);
    await expand(3);
    // One mentee and one mentor declined the consent in their questionnaire: not in the bases.
    expect(await statusText('2.2')).toContain(`В базе ${MENTEES.length - 1} наставляемых`);
    expect(await statusText('3.2')).toContain(`В базе ${MENTORS.length - 1} наставник`);
    expect(await statusText('2.1')).toContain(`Получено ${MENTEES.length} ответов; без согласия — 1`);
    expect(await statuses(['2.1', '2.2', '3.1', '3.2'])).toEqual({
      '2.1': 'done',
      '2.2': 'done',
      '3.1': 'done',
      '3.2': 'done',
    });

    // A validation error first: nothing chosen, the form stays and says why.
    const withdraw = sidebar.locator('button[data-action="intake:withdraw"]');
    if (!(await withdraw.isVisible()))
      await sidebar.locator('details.more-actions', { has: withdraw }).locator('summary').click();
    await withdraw.click();
    const form = sidebar.locator('form[data-action-form="intake:withdraw"]');
    await form.locator('[data-submit]').click();
    await expect(form.locator('.form-error').textContent()).resolves.toContain('Выберите значение');
    await form.locator('[data-cancel]').click();

    const withdrawn = await act('intake:withdraw', { input: WITHDRAWN.email, confirm: true });
    expect(withdrawn).toContain('Данные удалены');
    const consents = Number(/(\d+) согласи/.exec(await statusText('2.2'))?.[1]);
    expect(consents).toBe(MENTEES.length - 2);
    await shoot(2, 'Наставляемые');
    await shoot(3, 'Наставники');
  });

  test('stage 4: scoring, selecting the mentors, a training session', async () => {
    await expand(4);
    expect(await act('select:score')).toContain(`Оценено ${MENTORS.length - 1} кандидат`);
    expect(await details()).toMatch(/из 100/);
    const emails = CHOSEN.map((t) => t.email);
    expect(await act('select:choose', { choose: emails })).toContain(short(CHOSEN[0].fullName));
    expect(await status('4.1')).toBe('done');
    expect(await status('4.2')).toBe('todo');
    const training = await act('training:add', {
      fields: {
        date: '26.09.2022',
        topic: 'Роль наставника в адаптации молодого педагога',
        materials: 'https://school.example/materials/rol-nastavnika',
        attendees: emails,
      },
    });
    expect(training).toContain(`присутствовали ${CHOSEN.length}`);
    expect(await statuses(['4.1', '4.2'])).toEqual({ '4.1': 'done', '4.2': 'done' });
    expect(await statusText('4.2')).toContain(`обучено ${CHOSEN.length} из ${CHOSEN.length}`);
    await shoot(4, 'Наставники');
  });

  let pairs = 0;

  test('stage 5: pairs proposed and approved, the pairs order, the plans (a batch)', async () => {
    await expand(5);
    const proposed = await act('pairs:propose');
    pairs = Number(/Предложен\S* (\d+)/.exec(proposed)?.[1]);
    expect(pairs).toBeGreaterThan(0);
    expect(await status('5.1')).toBe('in_progress');
    expect(await act('pairs:approve', { confirm: true })).toContain(`Утверждено пар/групп: ${pairs}`);
    expect(await statusText('5.1')).toMatch(new RegExp(`^Утвержден\\S* ${pairs} `));
    expect(await act('documents:orderPairs')).toContain('сформирован 1 документ');
    // September: the plans' window (October) has not opened, so the sidebar asks first.
    expect(await act('documents:plans', { confirm: true })).toContain(`готово ${pairs} из ${pairs}`);
    expect(await statuses(['5.1', '5.2'])).toEqual({ '5.1': 'done', '5.2': 'done' });
    await shoot(5, 'Пары и группы');
  });

  test('stage 6: October meetings, reported through the form; the January interim feedback', async () => {
    await moveDate('october', '20.10.2022');
    await expand(6);
    expect(await act('form:meeting')).toContain('Анкета создана');
    // The «до» self-assessment is taken now, at the start of the pairs' work, not in May.
    // One form for mentors and one for mentees, each with its own items.
    expect(await act('form:impactBefore')).toContain(
      'Анкеты созданы: отдельно для наставников и для наставляемых',
    );
    expect(await status('6.1')).toBe('todo');
    const sent = await simulate();
    expect(sent).toContain('Отчёт о встрече');
    await expand(6);
    expect(await status('6.1')).toBe('in_progress');
    const meetings = await statusText('6.1');
    expect(meetings).toMatch(
      new RegExp(`^Проведен\\S* \\d+ встреч\\S*; встречались \\d+ из ${pairs} пар/групп`),
    );
    expect(meetings).toMatch(/последняя встреча \d\d\.10\.2022/);
    expect(await act('meetings:byPair')).toContain(`Пар/групп в работе: ${pairs}`);
    await showSheet('Встречи');
    await page.locator('#grid td', { hasText: '.10.2022' }).first().waitFor();

    await moveDate('january', '20.01.2023');
    // In January the panel leads to the interim feedback, as the deadline digest does.
    expect(await currentStep()).toBe('6.2');
    await expand(6);
    expect(await act('form:interim')).toContain(
      'Анкеты созданы: отдельно для наставников и для наставляемых',
    );
    expect(await status('6.2')).toBe('in_progress');
    const invited = await act('survey:invite:interim', { confirm: true });
    expect(invited).toMatch(/Приглашения отправлены всем участникам: \d+ пис/);
    await simulate();
    await expand(6);
    expect(await statuses(['5.2', '6.1', '6.2'])).toEqual({
      '5.2': 'done',
      '6.1': 'in_progress',
      '6.2': 'done',
    });
    const summary = await act('survey:interimSummary');
    expect(summary).toMatch(/\d+ наставник\S* из \d+ ответил\S*; \d+ наставляем\S+ из \d+ ответил/);
    expect(await details()).toContain('Встречи по плану');
    await shoot(6, 'Ответы: промежуточная обратная связь (наставляемые)');
  });

  test('stage 7: May — the monitoring, the reward order, the letters and the public page', async () => {
    await moveDate('may', '19.05.2023');
    expect(await currentStep()).toBe('7.1');
    await expand(7);
    expect(await act('form:satisfaction', { input: 'named' })).toContain('Анкеты созданы');
    expect(await act('form:impactAfter')).toContain('Анкеты созданы');
    expect(await act('form:curator')).toContain('Анкета создана');
    expect(await act('survey:invite:satisfaction', { confirm: true })).toMatch(
      /Приглашения отправлены всем участникам: \d+ пис/,
    );
    // The «до» answers came in October: 7.1 is under way before the May surveys are answered.
    expect(await status('7.1')).toBe('in_progress');
    expect(await statusText('7.1')).toContain('Есть ответы на 1 из 4');
    await simulate();
    await expand(7);
    expect(await status('7.1')).toBe('done');
    expect(await act('monitoring:compute')).toContain('Показатели записаны на лист «Мониторинг»');
    expect(await details()).toMatch(/Удовлетворённость: \d/);
    expect(await act('monitoring:ranking')).toContain('В приказ и письма попадут');
    expect(await act('documents:orderReward')).toContain('сформирован 1 документ');
    expect(await status('7.2')).toBe('in_progress');
    expect(await act('documents:orderFinalEvent', { input: '26.05.2023' })).toContain(
      'сформирован 1 документ',
    );
    const letters = await act('documents:letters');
    expect(letters).toContain(`готово ${CHOSEN.length} из ${CHOSEN.length}`);
    expect(await statuses(['7.1', '7.2'])).toEqual({ '7.1': 'done', '7.2': 'done' });
    // Every step from 5.1 on is done but the meetings, which go on until the end of May.
    expect(await statuses(['5.1', '5.2', '6.1', '6.2'])).toEqual({
      '5.1': 'done',
      '5.2': 'done',
      '6.1': 'in_progress',
      '6.2': 'done',
    });
    await shoot(7, 'Мониторинг');

    // The public results page: nothing until the curator publishes; then aggregates, and names only of the
    // mentors the curator marked «Поощрить» who consented to publication — here nobody is marked, so no name.
    const openResults = async () => {
      const [opened] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByRole('link', { name: 'Страница результатов' }).click(),
      ]);
      await opened.waitForLoadState();
      expect(opened.url()).toMatch(/\/results$/);
      return opened;
    };
    const closed = await openResults();
    expect(await closed.locator('body').textContent()).toContain('пока не опубликованы');
    await closed.close();
    expect(await act('publishing:on', { confirm: true })).toContain('Страница результатов включена');
    const results = await openResults();
    const text = (await results.locator('body').textContent()) ?? '';
    expect(text).toContain('МБОУ МУК № 4 г. Кирова');
    expect(text).toMatch(new RegExp(`\\b${pairs}\\s*Наставнических пар и групп`));
    for (const t of DEMO_TEACHERS) {
      expect({
        name: t.fullName,
        shown: text.includes(t.fullName) || text.includes(short(t.fullName)),
      }).toEqual({ name: t.fullName, shown: false });
    }
    await results.screenshot({ path: join(ARTIFACTS, 'results-page.png'), fullPage: true });
    await results.close();
    expect(pageErrors).toEqual([]);
  });

  test('the panel kept its place: every result under its button, on screen, without a jump', async () => {
    // The height of each step with its «Ещё» closed, as the curator first sees it.
    const heights = await sidebar.locator('li[data-step]').evaluateAll((steps) =>
      steps.map((li) => {
        for (const d of Array.from(li.querySelectorAll('details'))) d.removeAttribute('open');
        return { step: li.getAttribute('data-step'), height: Math.round(li.getBoundingClientRect().height) };
      }),
    );
    const report = { ...walk, stepHeights: heights.filter((h) => h.height > 0) };
    writeFileSync(join(ARTIFACTS, 'panel-figures.json'), JSON.stringify(report, null, 1));
    expect(walk.actions).toBeGreaterThan(20);
    expect(walk.resultInView).toBe(walk.actions);
    expect(walk.scrollKept).toBe(walk.actions);
  });

  test('closing the year: the archive, the next year’s workbook, the continuing mentor invited', async () => {
    await expand(7);
    const message = await act('year:close', { fields: { continuing: [CHOSEN[0].email] }, confirm: true });
    expect(message).toBe('Учебный год закрыт.');
    const text = await details();
    expect(text).toMatch(/Сохранено в архиве: лист «Итоги года»/);
    expect(text).toMatch(/Удалены строки листов .*«Наставники»/);
    expect(text).toMatch(/Создана таблица 2023\/2024 учебного года/);
    expect(text).toMatch(/Приглашения в анкету наставника 2023\/2024 .* отправлены: 1\./);
    await shoot(7, 'Итоги года');
    expect(pageErrors).toEqual([]);
  });
});
