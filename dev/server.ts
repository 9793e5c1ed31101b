/**
 * `npm start`: the add-on on your desk. A local HTTP server (127.0.0.1 only) that keeps one emulated workbook
 * in memory, runs the built dist/Code.js in it, and shows it in a page that imitates Google Sheets.
 * Every call from the page is one execution; the workbook is saved to a local file after each.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { UiState } from '../emulator/core/state';
import { renderDocumentHtml } from '../emulator/documents';
import { cardActionPage, deskCurator, teacherCardPage } from './card-page';
import { clockMessage, clockState, moveClock, parseClockTarget } from './clock';
import { deskScript } from './desk/bundle';
import { deskPage, messagePage } from './desk-page';
import { documentPage, driveFile, resolveDriveUrl } from './drive-files';
import { illegalValue, markUi, uiSince, type UiEvents } from './execution';
import { TOKEN_FIELD, confirmationPage, formAnswers, formMessagePage, formPage, refusal } from './form-page';
import { journalMark, journalSince, listForms, liveForm, resolveFormUrl } from './forms';
import { listDocuments, listSheets, sheetView, activeSpreadsheet } from './sheets';
import { HttpError, errorMessage, errorName, headers, readBody, readJson, sendHtml, sendJson } from './http';
import { injectShim } from './shim';
import { simulateAnswers, simulationMessage } from './simulate';
import { isPrivateName, openWorkbook, resetWorkbook, type Workbook, type WorkbookOptions } from './workbook';

export interface DevServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  workbookFile: string;
  distDir: string;
  log?: (message: string) => void;
  /** What a new workbook starts as (see WorkbookOptions.start). */
  start?: WorkbookOptions['start'];
}

export interface DevServer {
  url: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

export async function startDevServer(opts: DevServerOptions): Promise<DevServer> {
  const wbOptions: WorkbookOptions = {
    workbookFile: opts.workbookFile,
    distDir: opts.distDir,
    log: opts.log,
    start: opts.start,
  };
  const script = await deskScript();
  let workbook: Workbook = openWorkbook(wbOptions);
  let onReset = (): void => undefined;
  let port = opts.port;
  // The form pages post as plain HTML forms (no JSON preflight), so they carry this server's secret instead.
  const formToken = randomBytes(16).toString('hex');

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!res.headersSent) sendJson(res, status, { message: errorMessage(error) });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only this machine's browser: refuse other Host names (DNS rebinding).
    const host = req.headers.host ?? '';
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`)
      throw new HttpError(403, 'Неверный адрес сервера.');
    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`);
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (method === 'GET') return handleGet(path, url, res);
    if (method !== 'POST') throw new HttpError(405, 'Метод не поддерживается.');
    const formPath = /^\/form\/([^/]+)$/.exec(path);
    if (formPath) return submitForm(decodeURIComponent(formPath[1]), req, res);
    if (path === '/card') return cardAction(url.searchParams.get('as') ?? '', req, res);
    // A JSON content type forces a CORS preflight that this server never answers: other sites cannot post here.
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      throw new HttpError(415, 'Ожидается Content-Type: application/json.');
    }
    const body = await readJson(req);
    if (path === '/api/menu') return runMenu(body, res);
    if (path.startsWith('/api/run/'))
      return runFunction(decodeURIComponent(path.slice('/api/run/'.length)), body, res);
    if (path === '/api/select-sheet') return selectSheet(body, res);
    if (path === '/api/cell') return editCell(body, res);
    if (path === '/api/simulate') return simulate(body, res);
    if (path === '/api/clock') return setClock(body, res);
    if (path === '/api/reset') {
      workbook = resetWorkbook(wbOptions);
      onReset();
      return sendJson(res, 200, { ok: true });
    }
    throw new HttpError(404, `Нет такого адреса: ${path}`);
  }

  function handleGet(path: string, url: URL, res: ServerResponse): void {
    const state = workbook.emulator.state;
    if (path === '/') {
      return sendHtml(
        res,
        200,
        deskPage({ title: activeSpreadsheet(state)?.name ?? '', menus: state.ui.menus, script }),
      );
    }
    if (path === '/sidebar') {
      const sidebar = state.ui.sidebar;
      if (!sidebar)
        return sendHtml(res, 404, messagePage('Панель не открыта', 'Откройте её через меню дополнения.'));
      return sendHtml(
        res,
        200,
        injectShim(sidebar.html, { functions: workbook.publicFunctions(), frame: 'sidebar' }),
      );
    }
    const dialog = /^\/dialog\/(\d+)$/.exec(path);
    if (dialog) {
      const d = state.ui.dialogs[Number(dialog[1])];
      if (!d)
        return sendHtml(res, 404, messagePage('Окно не найдено', 'Такого окна дополнение не открывало.'));
      return sendHtml(
        res,
        200,
        injectShim(d.html, { functions: workbook.publicFunctions(), frame: 'dialog' }),
      );
    }
    const doc = /^\/doc\/([^/]+)$/.exec(path);
    if (doc) {
      const id = decodeURIComponent(doc[1]);
      if (!state.documents[id])
        return sendHtml(res, 404, messagePage('Документ не найден', `Нет документа ${id}.`));
      return sendHtml(res, 200, documentPage(renderDocumentHtml(state, id), state.documents[id].name));
    }
    if (path === '/results') return resultsPage(res);
    if (path === '/card')
      return teacherCard(url.searchParams.get('as') ?? '', res, url.searchParams.get('event') ?? '');
    const file = /^\/file\/([^/]+)$/.exec(path);
    if (file) return driveFile(state, decodeURIComponent(file[1]), res);
    if (path === '/doc-link') {
      const target = url.searchParams.get('url') ?? '';
      const local = resolveDriveUrl(state, target);
      if (!local) {
        return sendHtml(
          res,
          404,
          messagePage(
            'Файл не найден',
            `Среди документов и файлов эмулятора нет файла по ссылке ${target || '(пусто)'}.`,
          ),
        );
      }
      res.writeHead(303, { ...headers('text/plain; charset=utf-8'), Location: local });
      res.end();
      return;
    }
    if (path === '/api/clock') return sendJson(res, 200, clockState(workbook.emulator));
    if (path === '/api/state') {
      return sendJson(res, 200, { title: activeSpreadsheet(state)?.name ?? '', menus: state.ui.menus });
    }
    if (path === '/api/sheets') return sendJson(res, 200, listSheets(state));
    const sheet = /^\/api\/sheets\/(\d+)$/.exec(path);
    if (sheet) {
      const view = sheetView(state, Number(sheet[1]));
      if (!view) throw new HttpError(404, 'Лист не найден.');
      return sendJson(res, 200, view);
    }
    if (path === '/api/documents') return sendJson(res, 200, listDocuments(state));
    if (path === '/api/forms') return sendJson(res, 200, listForms(workbook.emulator));
    const form = /^\/form\/([^/]+)$/.exec(path);
    if (form) return showForm(decodeURIComponent(form[1]), res);
    if (path === '/form-link') {
      const target = url.searchParams.get('url') ?? '';
      const id = resolveFormUrl(workbook.emulator, target);
      if (!id) {
        return sendHtml(
          res,
          404,
          messagePage('Форма не найдена', `Среди форм эмулятора нет формы по ссылке ${target || '(пусто)'}.`),
        );
      }
      res.writeHead(303, {
        ...headers('text/plain; charset=utf-8'),
        Location: `/form/${encodeURIComponent(id)}`,
      });
      res.end();
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    throw new HttpError(404, `Нет такого адреса: ${path}`);
  }

  /** Runs one script function as one execution; the UI it produced travels with the answer, error or not. */
  function execute(
    name: string,
    args: unknown[],
    res: ServerResponse,
    checkResult: boolean,
    onSuccess?: () => void,
  ): void {
    const { emulator, runtime } = workbook;
    const mark = markUi(emulator.state);
    let result: unknown;
    let failure: unknown = null;
    try {
      result = workbook.execute(() => runtime.call(name, ...args));
    } catch (error) {
      failure = error;
    }
    if (failure === null) onSuccess?.();
    workbook.save();
    const ui: UiEvents = uiSince(emulator.state, mark);
    if (failure !== null) {
      return sendJson(res, 500, { message: errorMessage(failure), name: errorName(failure), ui });
    }
    if (checkResult) {
      const problem = illegalValue(result);
      if (problem) return sendJson(res, 500, { message: `${problem} (функция ${name})`, name: 'Error', ui });
    }
    sendJson(res, 200, result === undefined ? { ui } : { result, ui });
  }

  function runMenu(body: unknown, res: ServerResponse): void {
    const functionName = (body as { functionName?: unknown } | null)?.functionName;
    const menus = workbook.emulator.state.ui.menus;
    const known =
      typeof functionName === 'string' && functionName !== '' && menuFunctions(menus).has(functionName);
    if (typeof functionName !== 'string' || !known)
      throw new HttpError(404, 'Такого пункта нет в меню дополнения.');
    if (!workbook.runtime.has(functionName)) {
      throw new HttpError(404, `Пункт меню вызывает функцию «${functionName}», которой нет в скрипте.`);
    }
    execute(functionName, [], res, false);
  }

  function runFunction(name: string, body: unknown, res: ServerResponse): void {
    if (isPrivateName(name)) {
      throw new HttpError(
        404,
        `Функция «${name}» приватная: в Apps Script функции с «_» в конце имени нельзя вызвать через ` +
          `google.script.run. (Private functions cannot be called from the client.)`,
      );
    }
    if (!workbook.publicFunctions().includes(name)) {
      throw new HttpError(404, `В скрипте нет функции «${name}». (Script function not found: ${name})`);
    }
    const args = (body as { args?: unknown } | null)?.args ?? [];
    if (!Array.isArray(args)) throw new HttpError(400, 'Аргументы передаются массивом args.');
    execute(name, args, res, true, () => {
      // A consent withdrawn on the desk: the simulated teacher does not answer again.
      if (name === 'runAction' && args[0] === 'intake:withdraw' && typeof args[1] === 'string')
        workbook.withdrawn.add(args[1].trim().toLowerCase());
    });
  }

  function showForm(id: string, res: ServerResponse): void {
    const form = liveForm(workbook.emulator, id);
    if (!form) return sendHtml(res, 404, formMessagePage('Форма не найдена', `В эмуляторе нет формы ${id}.`));
    if (!form.acceptingResponses) {
      return sendHtml(
        res,
        200,
        formMessagePage(form.title, `Форма «${form.title}» больше не принимает ответы.`),
      );
    }
    sendHtml(res, 200, formPage({ form, token: formToken }));
  }

  /** A teacher sends the form: the emulator checks and stores it, and its trigger runs the add-on. */
  async function submitForm(id: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
      throw new HttpError(415, 'Ожидается отправка HTML-формы (application/x-www-form-urlencoded).');
    }
    const fields = new URLSearchParams(await readBody(req));
    if (fields.get(TOKEN_FIELD) !== formToken) {
      return sendHtml(
        res,
        403,
        formMessagePage(
          'Ответ не принят',
          'Страница формы устарела (сервер перезапущен): обновите её и ответьте ещё раз.',
        ),
      );
    }
    const { emulator } = workbook;
    const form = liveForm(emulator, id);
    if (!form) return sendHtml(res, 404, formMessagePage('Форма не найдена', `В эмуляторе нет формы ${id}.`));
    const { answers, email } = formAnswers(form, fields);
    const before = {
      responses: form.responses.length,
      rows: destinationRows(form.id),
      journal: journalMark(emulator),
    };
    let failure: unknown = null;
    try {
      workbook.execute(() => emulator.submitForm(form.id, answers, email));
    } catch (error) {
      failure = error;
    }
    workbook.save();
    const stored = form.responses.length > before.responses || destinationRows(form.id) > before.rows;
    if (failure !== null && !stored) {
      const problem = refusal(form, errorMessage(failure));
      return sendHtml(res, 422, formPage({ form, token: formToken, fields, refusal: problem }));
    }
    sendHtml(
      res,
      200,
      confirmationPage(form, {
        warning: failure === null ? null : errorMessage(failure),
        journal: journalSince(emulator, before.journal),
      }),
    );
  }

  function destinationRows(formId: string): number {
    const dest = workbook.emulator.state.forms[formId]?.destination;
    if (!dest) return 0;
    const ss = workbook.emulator.state.spreadsheets[dest.spreadsheetId];
    return ss?.sheets.find((s) => s.sheetId === dest.sheetId)?.values.length ?? 0;
  }

  function simulate(body: unknown, res: ServerResponse): void {
    const { formId, count } = (body ?? {}) as { formId?: unknown; count?: unknown };
    if (formId !== undefined && (typeof formId !== 'string' || !liveForm(workbook.emulator, formId)))
      throw new HttpError(404, 'Такой формы в эмуляторе нет.');
    if (count !== undefined && (typeof count !== 'number' || !Number.isFinite(count) || count < 0))
      throw new HttpError(400, 'count — неотрицательное число.');
    const result = simulateAnswers(workbook.emulator, {
      formId: formId as string | undefined,
      count: count as number | undefined,
      exclude: workbook.withdrawn,
      execute: (fn) => workbook.execute(fn),
    });
    workbook.save();
    sendJson(res, 200, { ...result, message: simulationMessage(result) });
  }

  /** The public results page, as the web app (doGet) renders it for the open workbook. */
  function teacherCard(email: string, res: ServerResponse, eventId = ''): void {
    if (!workbook.runtime.has('onTeacherHomepage'))
      return sendHtml(res, 404, messagePage('Карточки нет', 'В дополнении нет карточки для педагогов.'));
    try {
      sendHtml(res, 200, teacherCardPage(workbook, email, formToken, eventId));
    } catch (error) {
      if (!eventId) throw error;
      sendHtml(res, 404, messagePage('Событие не найдено', `В календаре ${email} нет этого события.`));
    }
  }

  /** A button pressed on a card (an HTML form post with the desk's token, like the emulated Google Forms). */
  async function cardAction(email: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
      throw new HttpError(415, 'Ожидается отправка HTML-формы (application/x-www-form-urlencoded).');
    }
    const fields = new URLSearchParams(await readBody(req));
    const page = cardActionPage(workbook, email, fields, formToken);
    sendHtml(res, page.status, page.html);
  }

  function resultsPage(res: ServerResponse): void {
    const { runtime } = workbook;
    if (!runtime.has('doGet'))
      return sendHtml(res, 404, messagePage('Страница результатов', 'В скрипте нет функции doGet.'));
    let output: unknown;
    try {
      output = workbook.execute(() => runtime.call('doGet', { parameter: {} }));
    } catch (error) {
      return sendHtml(res, 500, messagePage('Страница результатов не открылась', errorMessage(error)));
    }
    const content = (output as { getContent?: () => unknown } | null)?.getContent?.();
    if (typeof content !== 'string')
      return sendHtml(res, 500, messagePage('Страница результатов', 'doGet не вернул HTML-страницу.'));
    sendHtml(res, 200, content);
  }

  /** Moves the emulated date ({ to: 'YYYY-MM-DD' | preset id }) and runs the clock triggers that fell due. */
  function setClock(body: unknown, res: ServerResponse): void {
    const to = (body as { to?: unknown } | null)?.to;
    const target = typeof to === 'string' ? parseClockTarget(workbook.emulator, to) : null;
    if (!target)
      throw new HttpError(400, 'Укажите дату в виде ГГГГ-ММ-ДД или один из месяцев учебного года.');
    const move = moveClock(workbook.emulator, target, (fn) => workbook.execute(fn));
    workbook.save();
    sendJson(res, 200, { ...move, message: clockMessage(move) });
  }

  function selectSheet(body: unknown, res: ServerResponse): void {
    const sheetId = (body as { sheetId?: unknown } | null)?.sheetId;
    const ss = activeSpreadsheet(workbook.emulator.state);
    if (!ss || !ss.sheets.some((s) => s.sheetId === sheetId)) throw new HttpError(404, 'Лист не найден.');
    ss.activeSheetId = sheetId as number;
    workbook.save();
    sendJson(res, 200, { ok: true });
  }

  /**
   * A curator's edit in the grid, as in Sheets: a checkbox cell toggles, any other cell takes the typed text.
   * It goes through the emulated SpreadsheetApp, so protections and validation hold as they would in Google.
   */
  function editCell(body: unknown, res: ServerResponse): void {
    const { sheetId, row, column, value } = (body ?? {}) as Record<string, unknown>;
    const state = workbook.emulator.state;
    const ss = activeSpreadsheet(state);
    const sheet = ss?.sheets.find((s) => s.sheetId === sheetId);
    if (!ss || !sheet) throw new HttpError(404, 'Лист не найден.');
    if (!Number.isInteger(row) || !Number.isInteger(column) || (row as number) < 1 || (column as number) < 1)
      throw new HttpError(400, 'Укажите строку и столбец ячейки.');
    // A checkbox, or a yes/no cell (ИСТИНА / ЛОЖЬ), is ticked rather than typed into.
    const key = `${(row as number) - 1}:${(column as number) - 1}`;
    const checkbox =
      sheet.validations[key]?.criteria === 'CHECKBOX' ||
      typeof sheet.values[(row as number) - 1]?.[(column as number) - 1] === 'boolean';
    if (!checkbox && typeof value !== 'string') throw new HttpError(400, 'Укажите новое значение ячейки.');
    workbook.execute(() => {
      const range = workbook.emulator.globals.SpreadsheetApp.openById(ss.id)
        .getSheets()
        .find((s) => s.getSheetId() === sheetId)!
        .getRange(row as number, column as number);
      range.setValue(checkbox ? range.getValue() !== true : value);
    });
    workbook.save();
    sendJson(res, 200, { ok: true });
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, HOST, () => {
      server.off('error', fail);
      ok();
    });
  });
  port = (server.address() as AddressInfo).port;
  // The desk is the add-on's web-app deployment: ScriptApp.getService().getUrl() answers with its results page.
  // It executes as the curator whose workbook it is (the spreadsheet's owner), as «Execute as: me» does.
  const deployAsWebApp = () =>
    workbook.emulator.deployWebApp(`http://${HOST}:${port}/results`, deskCurator(workbook));
  deployAsWebApp();
  onReset = deployAsWebApp;
  return {
    url: `http://${HOST}:${port}/`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((error) => (error ? fail(error) : ok()));
        server.closeAllConnections();
      }),
  };
}

/** Function names of every menu item, submenus included (Menu.addSubMenu). */
function menuFunctions(menus: UiState['menus']): Set<string> {
  const names = new Set<string>();
  const walk = (items: unknown[]) => {
    for (const item of items as { functionName?: unknown; subMenu?: unknown }[]) {
      if (typeof item.functionName === 'string' && item.functionName) names.add(item.functionName);
      if (Array.isArray(item.subMenu)) walk(item.subMenu);
    }
  };
  for (const menu of menus) walk(menu.items);
  return names;
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const workbookFile = resolve(process.env.NASTAVNIK_WORKBOOK ?? '.local/workbook.json');
  const start = process.env.NASTAVNIK_START === 'empty' ? 'empty' : 'demo';
  const log = (message: string) => console.log(message);
  const { url } = await startDevServer({ port, workbookFile, distDir: resolve('dist'), log, start });
  console.log(`Наставник открыт на столе: ${url}`);
  console.log(`Nastavnik desk is running at ${url}`);
  console.log(`Книга (workbook): ${workbookFile}. Остановить: Ctrl+C.`);
}

// Run only as the entry point (`tsx dev/server.ts`), not when a test imports startDevServer.
if (/dev[\\/]server\.ts$/.test(process.argv[1] ?? '')) {
  main().catch((error: unknown) => {
    console.error(`Не удалось запустить сервер (could not start): ${errorMessage(error)}`);
    process.exit(1);
  });
}
