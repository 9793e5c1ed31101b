import type { Overview } from '../../../src/api/types';
import { MESSAGES, createCall, toClientError, type ScriptRunner } from '../../../html/shared/rpc';
import { sampleOverview } from './fixtures';

/** A fake google.script.run: answers each server function with a canned result or failure. */
function fakeRunner(
  server: Record<string, (...args: unknown[]) => unknown>,
  calls: { name: string; args: unknown[] }[] = [],
): ScriptRunner {
  const make = (ok: (v: unknown) => void = () => {}, fail: (e: unknown) => void = () => {}): ScriptRunner => {
    const runner: Record<string, unknown> = {
      withSuccessHandler: (h: (v: unknown) => void) => make(h, fail),
      withFailureHandler: (h: (e: unknown) => void) => make(ok, h),
    };
    for (const name of Object.keys(server))
      runner[name] = (...args: unknown[]) => {
        calls.push({ name, args });
        setTimeout(() => {
          try {
            ok(server[name](...args));
          } catch (e) {
            fail(e);
          }
        }, 0);
      };
    return runner as unknown as ScriptRunner;
  };
  return make();
}

describe('rpc', () => {
  test('resolves with the server result, passing arguments through', async () => {
    const calls: { name: string; args: unknown[] }[] = [];
    const overview = sampleOverview();
    const call = createCall(() =>
      fakeRunner(
        {
          getOverview: () => overview,
          saveSetup: (form) => ({ overview, messages: [`Сохранено: ${(form as { city: string }).city}`] }),
        },
        calls,
      ),
    );
    const got: Overview = await call('getOverview');
    expect(got).toBe(overview);
    const saved = await call('saveSetup', {
      schoolFull: 'П',
      schoolShort: 'К',
      director: 'Попова Л.А.',
      city: 'Киров',
      curators: ['a@b.ru'],
      academicYearStart: 2022,
      outputFolder: 'Папка',
    });
    expect(saved.messages).toEqual(['Сохранено: Киров']);
    expect(calls.map((c) => c.name)).toEqual(['getOverview', 'saveSetup']);
    expect(calls[1].args).toHaveLength(1);
  });

  test('rejects with the server Russian message', async () => {
    const call = createCall(() =>
      fakeRunner({
        getOverview: () => {
          throw new Error('Нет доступа: программу настраивают только кураторы.');
        },
      }),
    );
    await expect(call('getOverview')).rejects.toThrow('Нет доступа: программу настраивают только кураторы.');
  });

  test('outside Apps Script and for a missing function: Russian errors', async () => {
    await expect(createCall(() => undefined)('getOverview')).rejects.toThrow(MESSAGES.noGoogle);
    await expect(createCall(() => fakeRunner({}))('getSetupForm')).rejects.toThrow(
      'Функция сервера «getSetupForm» не найдена. Обновите дополнение.',
    );
  });

  test('error normalisation', () => {
    expect(toClientError(new Error('Error: Лист «Настройки» не найден.')).message).toBe(
      'Лист «Настройки» не найден.',
    );
    expect(toClientError('Exception: Таблица занята, попробуйте ещё раз.').message).toBe(
      'Таблица занята, попробуйте ещё раз.',
    );
    expect(toClientError({ name: 'NetworkError', message: 'Connection failure due to HTTP 0' }).message).toBe(
      MESSAGES.network,
    );
    expect(toClientError(new TypeError('Cannot read properties of undefined')).message).toBe(
      'Ошибка на сервере: Cannot read properties of undefined',
    );
    expect(toClientError(undefined).message).toBe(MESSAGES.unknown);
    expect(toClientError({}).message).toBe(MESSAGES.unknown);
  });
});
