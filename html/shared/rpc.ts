/**
 * Typed promise wrapper over google.script.run. The client-side `google.script` types are not part of
 * @types/google-apps-script, so the small surface used here is described locally.
 */
import type { ServerApi } from '../../src/api/types';

/** The part of google.script.run this wrapper uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown, userObject?: unknown) => void): ScriptRunner;
}

/** The part of the client-side `google` global the pages use. */
interface GoogleClient {
  script: {
    run: ScriptRunner;
    host: { close(): void; setHeight?(height: number): void; setWidth?(width: number): void };
  };
}

export const MESSAGES = {
  noGoogle: 'Страница открыта вне Google Таблиц: связь с сервером недоступна.',
  network: 'Нет связи с сервером. Проверьте подключение к интернету и нажмите «Обновить».',
  unknown: 'Сервер не ответил. Попробуйте ещё раз.',
  missing: (name: string) => `Функция сервера «${name}» не найдена. Обновите дополнение.`,
  foreign: (message: string) => `Ошибка на сервере: ${message}`,
} as const;

export type ServerCall = <K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
) => Promise<ReturnType<ServerApi[K]>>;

/** The `google` global when the page runs inside Apps Script, otherwise undefined. */
function googleClient(): GoogleClient | undefined {
  const g = (globalThis as { google?: GoogleClient }).google;
  return g && g.script ? g : undefined;
}

/** Prefixes Apps Script adds to a thrown error's message on its way to the client. */
const PREFIX = /^(?:Error|Exception|ScriptError):\s*/;
const CYRILLIC = /[А-Яа-яЁё]/;

/**
 * Turns what the failure handler received into an Error with a Russian message. The server's own messages
 * are Russian and pass through; a network failure or an unexpected English error gets a Russian wording.
 */
export function toClientError(raw: unknown): Error {
  let message = '';
  if (typeof raw === 'string') message = raw;
  else if (raw && typeof raw === 'object' && typeof (raw as { message?: unknown }).message === 'string')
    message = (raw as { message: string }).message;
  message = message.replace(PREFIX, '').trim();
  const name = raw && typeof raw === 'object' ? String((raw as { name?: unknown }).name ?? '') : '';
  let text: string;
  if (!message) text = MESSAGES.unknown;
  else if (/NetworkError|network error|HTTP 0|Failed to fetch/i.test(`${name} ${message}`))
    text = MESSAGES.network;
  else if (CYRILLIC.test(message)) text = message;
  else text = MESSAGES.foreign(message);
  const error = new Error(text);
  (error as Error & { cause?: unknown }).cause = raw;
  return error;
}

/** Builds `call` over a runner source; tests pass a fake, pages use the real google.script.run. */
export function createCall(getRunner: () => ScriptRunner | undefined): ServerCall {
  return <K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>) =>
    new Promise<ReturnType<ServerApi[K]>>((resolve, reject) => {
      const base = getRunner();
      if (!base) {
        reject(new Error(MESSAGES.noGoogle));
        return;
      }
      const runner = base
        .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
        .withFailureHandler((error) => reject(toClientError(error)));
      const fn = (runner as unknown as Record<string, unknown>)[name];
      if (typeof fn !== 'function') {
        reject(new Error(MESSAGES.missing(name)));
        return;
      }
      (fn as (...a: unknown[]) => void).apply(runner, args);
    });
}

/** Calls a server function by name: `await call('getOverview')`. */
export const call: ServerCall = createCall(() => googleClient()?.script.run);

/** Closes the dialog or sidebar; does nothing outside Apps Script. */
export function closeHost(): void {
  googleClient()?.script.host.close();
}
