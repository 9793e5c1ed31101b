/**
 * UrlFetchApp, for the only two places the add-on calls: Google's tokeninfo endpoint (the relay checks a
 * teacher's identity token there) and the add-on's own web app (the card posts to the relay, doPost). Any other
 * URL throws NotEmulatedError: the emulator has no network and pretends none.
 *
 * The web app runs as its own execution: kind `webApp`, under the account it executes as (the deployer:
 * «Execute as: me»), with no open spreadsheet, and the caller's execution is restored afterwards. Google answers
 * a POST to /exec with a redirect to the script's output, which UrlFetchApp follows by default; the emulator
 * answers with the output directly.
 */
import type { EmulatorContext } from '../core/context';
import { gasError, NotEmulatedError } from '../core/errors';
import { CONTENT_TYPES } from './content';
import { TOKENINFO_URL, tokenInfo } from './identity';

interface FetchParams {
  method?: string;
  payload?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
}

interface Answer {
  code: number;
  body: string;
  contentType: string;
}

class HttpResponseImpl {
  constructor(private readonly answer: Answer) {}

  getResponseCode(): number {
    return this.answer.code;
  }

  getContentText(): string {
    return this.answer.body;
  }

  getHeaders(): Record<string, string> {
    return { 'Content-Type': this.answer.contentType };
  }
}

function splitUrl(url: string): { base: string; query: Record<string, string[]> } {
  const parsed = new URL(url);
  const query: Record<string, string[]> = {};
  for (const [k, v] of parsed.searchParams) (query[k] ??= []).push(v);
  return { base: `${parsed.origin}${parsed.pathname}`, query };
}

/** The doGet/doPost event object (https://developers.google.com/apps-script/guides/web#request_parameters). */
function webAppEvent(url: string, query: Record<string, string[]>, method: string, params: FetchParams) {
  const e: Record<string, unknown> = {
    queryString: new URL(url).search.slice(1),
    parameter: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v[0]])),
    parameters: query,
    contextPath: '',
    contentLength: -1,
  };
  if (method === 'post') {
    const contents = typeof params.payload === 'string' ? params.payload : '';
    if (params.payload !== undefined && typeof params.payload !== 'string')
      throw new NotEmulatedError('UrlFetchApp.fetch with a non-string payload');
    e.contentLength = Buffer.byteLength(contents);
    e.postData = {
      contents,
      length: e.contentLength,
      type: params.contentType ?? 'application/x-www-form-urlencoded',
      name: 'postData',
    };
  }
  return e;
}

function callWebApp(ctx: EmulatorContext, handler: string, event: unknown): Answer {
  const executeAs = ctx.state.webAppExecutesAs;
  if (!executeAs)
    return { code: 404, body: 'Sorry, unable to open the file at this time.', contentType: 'text/html' };
  const fn = ctx.resolveFunction(handler);
  if (!fn) return { code: 200, body: `Script function not found: ${handler}`, contentType: 'text/html' };
  const opened = ctx.state.activeSpreadsheetId;
  ctx.state.activeSpreadsheetId = null;
  try {
    const output = ctx.runAs(
      'webApp',
      () => {
        ctx.state.session.activeUser = executeAs;
        return fn(event);
      },
      executeAs,
    ) as { getContent?: () => string; getMimeType?: () => string } | undefined;
    const mime = output?.getMimeType?.();
    return {
      code: 200,
      body: output?.getContent?.() ?? '',
      contentType: mime ? (CONTENT_TYPES[mime] ?? 'text/plain') : 'text/html',
    };
  } catch (error) {
    // Google serves its own error page; the script's message is not a contract the caller can rely on.
    return { code: 200, body: `<title>Error</title>${(error as Error).name}`, contentType: 'text/html' };
  } finally {
    ctx.state.activeSpreadsheetId = opened;
  }
}

class UrlFetchAppImpl {
  constructor(private readonly ctx: EmulatorContext) {}

  fetch(url: string, params: FetchParams = {}): GoogleAppsScript.URL_Fetch.HTTPResponse {
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw gasError(`Invalid argument: ${url}`);
    if (params.followRedirects === false)
      throw new NotEmulatedError('UrlFetchApp.fetch with followRedirects: false');
    const method = (params.method ?? 'get').toLowerCase();
    const { base, query } = splitUrl(url);
    let answer: Answer;
    if (base === TOKENINFO_URL && method === 'get') {
      answer = { ...tokenInfo(this.ctx, query.id_token?.[0] ?? ''), contentType: 'application/json' };
    } else if (this.ctx.state.webAppUrl && base === splitUrl(this.ctx.state.webAppUrl).base) {
      if (method !== 'get' && method !== 'post')
        throw new NotEmulatedError(`UrlFetchApp.fetch ${method} to the web app`);
      answer = callWebApp(
        this.ctx,
        method === 'post' ? 'doPost' : 'doGet',
        webAppEvent(url, query, method, params),
      );
    } else {
      throw new NotEmulatedError(`UrlFetchApp.fetch(${base})`);
    }
    if (answer.code >= 400 && !params.muteHttpExceptions) {
      throw gasError(
        `Request failed for ${new URL(url).origin} returned code ${answer.code}. Truncated server response: ${answer.body.slice(0, 200)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return this.ctx.wrap<GoogleAppsScript.URL_Fetch.HTTPResponse>(
      new HttpResponseImpl(answer),
      'HTTPResponse',
    );
  }
}

export function createUrlFetchApp(ctx: EmulatorContext): GoogleAppsScript.URL_Fetch.UrlFetchApp {
  return ctx.wrap<GoogleAppsScript.URL_Fetch.UrlFetchApp>(new UrlFetchAppImpl(ctx), 'UrlFetchApp');
}
