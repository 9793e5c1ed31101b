import {
  MAX_CALLS,
  confirmAction,
  hasExtras,
  outcomeReport,
  progressVM,
  resultVM,
  runBatches,
  startAction,
  displayInput,
  submitInput,
  validateInput,
  type ActionCall,
} from '../../../html/sidebar/actions';
import type { ActionVM, ActionInputVM } from '../../../html/sidebar/view';
import type { ActionResult } from '../../../src/api/types';
import { sampleOverview } from './fixtures';

function action(extra: Partial<ActionVM> = {}): ActionVM {
  return {
    id: 'invite',
    label: 'Пригласить',
    disabled: false,
    hint: '',
    input: null,
    confirm: '',
    progressNoun: '',
    primary: false,
    ...extra,
  };
}

const NO_CHOICES = { options: [], fields: [] };
const EMAIL: ActionInputVM = {
  label: 'Адрес почты',
  kind: 'email',
  placeholder: 'ivanova@school.ru',
  ...NO_CHOICES,
};
const TEXT_INPUT: ActionInputVM = { label: 'Название', kind: 'text', placeholder: '', ...NO_CHOICES };
const AREA: ActionInputVM = { label: 'Сообщение', kind: 'textarea', placeholder: '', ...NO_CHOICES };
const MENTORS = [
  { value: 'smirnova@school.ru', label: 'Смирнова О.В.' },
  { value: 'kuznetsov@school.ru', label: 'Кузнецов А.П.' },
];
const PICK_ONE: ActionInputVM = {
  label: 'Пара',
  kind: 'select',
  placeholder: '',
  options: MENTORS,
  fields: [],
};
const PICK_SOME: ActionInputVM = {
  label: 'Наставники',
  kind: 'checklist',
  placeholder: '',
  options: MENTORS,
  fields: [],
};
const MEETING: ActionInputVM = {
  label: 'Встреча',
  kind: 'fields',
  placeholder: '',
  options: [],
  fields: [
    { name: 'pair', label: 'Пара', kind: 'select', placeholder: '', options: MENTORS, optional: false },
    { name: 'date', label: 'Дата', kind: 'date', placeholder: '', options: [], optional: false },
    { name: 'minutes', label: 'Минут', kind: 'number', placeholder: '', options: [], optional: true },
  ],
};

function result(extra: Partial<ActionResult> = {}): ActionResult {
  return { message: 'Готово.', overview: sampleOverview(), ...extra };
}

/** A fake runAction answering from a script; records every call's arguments. */
function scripted(answers: (ActionResult | Error)[]): { call: ActionCall; args: unknown[][] } {
  const args: unknown[][] = [];
  let i = 0;
  const call: ActionCall = (...a) => {
    args.push(a);
    const next = answers[Math.min(i++, answers.length - 1)];
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return { call, args };
}

describe('inline form state', () => {
  test('a plain action runs at once; input opens the form; confirm opens the confirmation', () => {
    expect(startAction(action())).toEqual({ next: { kind: 'none' }, run: { actionId: 'invite' } });
    expect(startAction(action({ input: EMAIL, confirm: 'Точно?' }))).toEqual({
      next: { kind: 'input', actionId: 'invite', error: '' },
    });
    expect(startAction(action({ confirm: 'Удалить черновики?' }))).toEqual({
      next: { kind: 'confirm', actionId: 'invite' },
    });
  });

  test('submitting: blank stays in the form with a Russian error; valid runs with the trimmed value', () => {
    const a = action({ input: TEXT_INPUT });
    expect(submitInput(a, '   ')).toEqual({
      next: { kind: 'input', actionId: 'invite', error: 'Заполните поле «Название».' },
    });
    expect(submitInput(a, '  Анкета наставника ')).toEqual({
      next: { kind: 'none' },
      run: { actionId: 'invite', input: 'Анкета наставника' },
    });
  });

  test('input plus confirm: the value is confirmed first, then passed on', () => {
    const a = action({ input: EMAIL, confirm: 'Отправить письмо?' });
    const t = submitInput(a, 'ivanova@school.ru');
    expect(t).toEqual({ next: { kind: 'confirm', actionId: 'invite', input: 'ivanova@school.ru' } });
    expect(confirmAction(t.next)).toEqual({
      next: { kind: 'none' },
      run: { actionId: 'invite', input: 'ivanova@school.ru' },
    });
    expect(confirmAction({ kind: 'confirm', actionId: 'wipe' })).toEqual({
      next: { kind: 'none' },
      run: { actionId: 'wipe' },
    });
    expect(confirmAction({ kind: 'none' })).toEqual({ next: { kind: 'none' } });
  });
});

describe('input validation', () => {
  test('a required input is not blank', () => {
    expect(validateInput(TEXT_INPUT, '')).toEqual({ ok: false, error: 'Заполните поле «Название».' });
    expect(validateInput(TEXT_INPUT, ' \t ')).toEqual({ ok: false, error: 'Заполните поле «Название».' });
    expect(validateInput(AREA, '\n\n  \n')).toEqual({ ok: false, error: 'Заполните поле «Сообщение».' });
    expect(validateInput(EMAIL, ' ')).toEqual({ ok: false, error: 'Заполните поле «Адрес почты».' });
  });

  test('e-mail must look like one; textarea keeps its inner lines', () => {
    expect(validateInput(EMAIL, 'ivanova')).toEqual({
      ok: false,
      error: 'Введите адрес электронной почты целиком, например ivanova@school.ru.',
    });
    expect(validateInput(EMAIL, ' ivanova@school.ru ')).toEqual({ ok: true, value: 'ivanova@school.ru' });
    expect(validateInput(AREA, 'Коллеги,\n  пройдите анкету.\n\n')).toEqual({
      ok: true,
      value: 'Коллеги,\n  пройдите анкету.',
    });
  });
});

describe('progress text', () => {
  test('«Готово N из M», clamped, with a percentage', () => {
    expect(progressVM({ done: 40, total: 120 })).toEqual({
      known: true,
      done: 40,
      total: 120,
      percent: 33,
      text: 'Готово 40 из 120',
    });
    expect(progressVM({ done: 130, total: 120 }).text).toBe('Готово 120 из 120');
    expect(progressVM({ done: -3, total: 10 }).text).toBe('Готово 0 из 10');
    expect(progressVM({ done: 10, total: 10 }).percent).toBe(100);
  });

  test('no or empty progress is indeterminate', () => {
    for (const p of [undefined, null, { done: 0, total: 0 }, { done: 1, total: NaN }])
      expect(progressVM(p)).toEqual({ known: false, done: 0, total: 0, percent: 0, text: 'Выполняется…' });
  });
});

describe('batch loop', () => {
  test('stops when more is false; passes the input on every call', async () => {
    const { call, args } = scripted([
      result({ more: true, progress: { done: 10, total: 30 } }),
      result({ more: true, progress: { done: 20, total: 30 } }),
      result({ message: 'Создано 30 писем.', progress: { done: 30, total: 30 } }),
    ]);
    const seen: string[] = [];
    const outcome = await runBatches(call, 'letters', 'ivanova@school.ru', {
      onResult: (r, n) => seen.push(`${n}:${progressVM(r.progress).text}`),
    });
    expect(outcome.status).toBe('done');
    expect(outcome.calls).toBe(3);
    expect(outcome.last?.message).toBe('Создано 30 писем.');
    expect(args).toEqual([
      ['letters', 'ivanova@school.ru'],
      ['letters', 'ivanova@school.ru'],
      ['letters', 'ivanova@school.ru'],
    ]);
    expect(seen).toEqual(['1:Готово 10 из 30', '2:Готово 20 из 30', '3:Готово 30 из 30']);
  });

  test('a one-shot action is called once, without an input argument when there is none', async () => {
    const { call, args } = scripted([result()]);
    const outcome = await runBatches(call, 'consents', undefined);
    expect(outcome).toMatchObject({ status: 'done', calls: 1 });
    expect(args).toEqual([['consents']]);
  });

  test('«Остановить» stops after the current call', async () => {
    const { call, args } = scripted([result({ more: true, progress: { done: 5, total: 50 } })]);
    let stop = false;
    const outcome = await runBatches(call, 'letters', 'x', {
      shouldStop: () => stop,
      onResult: (_r, n) => {
        if (n === 2) stop = true;
      },
    });
    expect(outcome.status).toBe('stopped');
    expect(args).toHaveLength(2);
  });

  test('stop pressed during the last call does not hide that the job finished', async () => {
    const { call } = scripted([result({ more: false })]);
    const outcome = await runBatches(call, 'letters', undefined, { shouldStop: () => true });
    expect(outcome.status).toBe('done');
  });

  test('an error stops the loop and keeps the last good result', async () => {
    const { call, args } = scripted([
      result({ more: true, progress: { done: 10, total: 30 } }),
      new Error('Лист «Наставники» не найден. Откройте настройку программы.'),
      result(),
    ]);
    const outcome = await runBatches(call, 'letters', 'x');
    expect(args).toHaveLength(2);
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') throw new Error('expected a failure');
    expect(outcome.error.message).toBe('Лист «Наставники» не найден. Откройте настройку программы.');
    expect(outcome.last?.progress).toEqual({ done: 10, total: 30 });
  });

  test('a malformed answer and a server that never finishes are errors too', async () => {
    const empty = await runBatches(() => Promise.resolve(null as unknown as ActionResult), 'x', undefined);
    expect(empty.status).toBe('failed');
    if (empty.status === 'failed') expect(empty.error.message).toMatch(/неполный ответ/);

    const { call, args } = scripted([result({ more: true })]);
    const endless = await runBatches(call, 'x', undefined, { maxCalls: 4 });
    expect(endless.status).toBe('failed');
    expect(args).toHaveLength(4);
    if (endless.status === 'failed') expect(endless.error.message).toMatch(/не завершилось за 4 частей/);
    expect(MAX_CALLS).toBeGreaterThan(100);
  });

  test('a thrown non-Error becomes an Error', async () => {
    const outcome = await runBatches(() => Promise.reject('сбой'), 'x', undefined);
    expect(outcome.status === 'failed' && outcome.error.message).toBe('сбой');
  });
});

describe('what the curator is told afterwards', () => {
  test('done: the server message', () => {
    expect(outcomeReport('Разослать', { status: 'done', last: result(), calls: 1 })).toEqual({
      notice: 'Готово.',
      error: null,
    });
  });

  test('stopped: where it stopped and how to continue', () => {
    const r = outcomeReport('Разослать', {
      status: 'stopped',
      last: result({ message: 'Отправлено 20 писем.', more: true, progress: { done: 20, total: 60 } }),
      calls: 2,
    });
    expect(r.error).toBeNull();
    expect(r.notice).toBe(
      'Отправлено 20 писем. Остановлено по вашей команде: готово 20 из 60. Чтобы продолжить, нажмите «Разослать» ещё раз.',
    );
  });

  test('failed: the Russian message plus what to do', () => {
    const error = new Error('Нет доступа к папке.');
    const fresh = outcomeReport('Разослать', { status: 'failed', error, last: null, calls: 1 });
    expect(fresh.notice).toBeNull();
    expect(fresh.error).toEqual({
      title: 'Не удалось выполнить «Разослать».',
      message: 'Нет доступа к папке.',
      hint: 'Устраните причину и нажмите «Разослать» ещё раз. Если ошибка повторяется, нажмите «Обновить» и проверьте таблицу.',
    });
    const partial = outcomeReport('Разослать', {
      status: 'failed',
      error,
      last: result({ message: 'Отправлено 20 писем.', progress: { done: 20, total: 60 } }),
      calls: 2,
    });
    expect(partial.notice).toBe('Отправлено 20 писем.');
    expect(partial.error?.hint).toBe(
      'Готово 20 из 60, сделанное сохранено. Устраните причину и нажмите «Разослать» ещё раз, чтобы продолжить.',
    );
    const some = outcomeReport('Разослать', { status: 'failed', error, last: result(), calls: 2 });
    expect(some.error?.hint).toMatch(/^Часть работы уже выполнена/);
  });
});

describe('result extras', () => {
  test('details drop blanks, links drop unsafe addresses, copy text kept as is', () => {
    const vm = resultVM(
      result({
        details: ['Создано 12 писем', '', '  '],
        links: [
          { label: 'Анкета наставника', url: 'https://docs.google.com/forms/d/abc/viewform' },
          { label: 'Плохая', url: 'javascript:alert(1)' },
          { label: '', url: 'https://docs.google.com/document/d/xyz' },
        ],
        copyText: 'Коллеги,\nпройдите анкету.',
      }),
    );
    expect(vm).toEqual({
      details: ['Создано 12 писем'],
      links: [
        { label: 'Анкета наставника', url: 'https://docs.google.com/forms/d/abc/viewform' },
        { label: 'https://docs.google.com/document/d/xyz', url: 'https://docs.google.com/document/d/xyz' },
      ],
      copyText: 'Коллеги,\nпройдите анкету.',
    });
    expect(hasExtras(vm)).toBe(true);
    expect(hasExtras(resultVM(result()))).toBe(false);
    expect(hasExtras(resultVM(null))).toBe(false);
    expect(resultVM(result({ copyText: '  ' })).copyText).toBe('');
  });
});

describe('choices instead of typing', () => {
  test('a select takes only one of its options, and the confirmation shows the name, not the id', () => {
    expect(validateInput(PICK_ONE, '')).toEqual({ ok: false, error: 'Выберите значение в поле «Пара».' });
    expect(validateInput(PICK_ONE, 'someone@else.ru')).toEqual({
      ok: false,
      error: 'Выберите значение в поле «Пара».',
    });
    expect(validateInput(PICK_ONE, 'kuznetsov@school.ru')).toEqual({
      ok: true,
      value: 'kuznetsov@school.ru',
    });
    expect(displayInput(PICK_ONE, 'kuznetsov@school.ru')).toBe('Кузнецов А.П.');
  });

  test('a checklist needs at least one offered value; names are listed in the confirmation', () => {
    expect(validateInput(PICK_SOME, '')).toEqual({
      ok: false,
      error: 'Отметьте хотя бы одно значение в поле «Наставники».',
    });
    expect(validateInput(PICK_SOME, 'smirnova@school.ru\nforged@x.ru')).toMatchObject({ ok: false });
    const v = validateInput(PICK_SOME, ' smirnova@school.ru \n\nkuznetsov@school.ru');
    expect(v).toEqual({ ok: true, value: 'smirnova@school.ru\nkuznetsov@school.ru' });
    expect(displayInput(PICK_SOME, 'smirnova@school.ru\nkuznetsov@school.ru')).toBe(
      'Смирнова О.В., Кузнецов А.П.',
    );
  });

  test('named fields are checked one by one: a date from the date picker becomes ДД.ММ.ГГГГ', () => {
    const raw = JSON.stringify({ pair: 'smirnova@school.ru', date: '2022-10-25', minutes: '' });
    const v = validateInput(MEETING, raw);
    expect(v).toEqual({
      ok: true,
      value: JSON.stringify({ pair: 'smirnova@school.ru', date: '25.10.2022', minutes: '' }),
    });
    expect(validateInput(MEETING, JSON.stringify({ pair: 'smirnova@school.ru', date: '25.13' }))).toEqual({
      ok: false,
      error: 'Укажите в поле «Дата» дату в виде ДД.ММ.ГГГГ, например 25.10.2022.',
    });
    expect(validateInput(MEETING, JSON.stringify({ date: '25.10.2022' }))).toEqual({
      ok: false,
      error: 'Выберите значение в поле «Пара».',
    });
    expect(validateInput(MEETING, 'not json')).toMatchObject({ ok: false });
    expect(displayInput(MEETING, (v as { value: string }).value)).toBe(
      'Пара: Смирнова О.В.; Дата: 25.10.2022',
    );
  });

  test('a batch that counts documents says «Документ 7 из 14»', () => {
    expect(progressVM({ done: 7, total: 14 }, 'Документ').text).toBe('Документ 7 из 14');
    expect(progressVM({ done: 7, total: 14 }).text).toBe('Готово 7 из 14');
  });
});
