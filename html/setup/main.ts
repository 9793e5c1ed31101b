/** Setup dialog wiring: loads the saved settings, validates on the client, saves through saveSetup. */
import type { SetupForm } from '../../src/api/types';
import { byId, el, replaceContent, show } from '../shared/dom';
import { call, closeHost } from '../shared/rpc';
import {
  FIELDS,
  TEXT,
  invalidFields,
  toDraft,
  validateSetup,
  yearOptions,
  type FieldErrors,
  type FieldName,
  type FormDraft,
} from './validate';

const MESSAGES = {
  loadFailed: 'Не удалось загрузить настройки.',
  saveFailed: 'Не удалось сохранить настройки.',
  saving: 'Сохранение…',
  saved: 'Настройки сохранены.',
  savedHint: 'Чтобы увидеть изменения на боковой панели, нажмите в ней «Обновить».',
  done: 'Что сделано:',
} as const;

const form = byId<HTMLFormElement>('setup-form');
const fields = byId<HTMLFieldSetElement>('fields');
const save = byId<HTMLButtonElement>('save');
const closeButton = byId<HTMLButtonElement>('close');
const loading = byId('loading');
const errorBox = byId('error');
const result = byId('setup-result');
const summary = byId('form-summary');

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function control(name: FieldName): Control {
  return byId<Control>(name);
}

function readDraft(): FormDraft {
  const draft = {} as FormDraft;
  for (const name of FIELDS) draft[name] = control(name).value;
  return draft;
}

function fillYears(selected: number): void {
  const select = control('academicYearStart') as HTMLSelectElement;
  replaceContent(
    select,
    yearOptions(selected, new Date()).map((o) =>
      el('option', { value: o.value, selected: o.value === selected }, o.label),
    ),
  );
  select.value = String(selected);
}

function fill(setup: SetupForm): void {
  const draft = toDraft(setup);
  fillYears(Number(draft.academicYearStart));
  for (const name of FIELDS) if (name !== 'academicYearStart') control(name).value = draft[name];
}

function showFieldErrors(errors: FieldErrors): void {
  for (const name of FIELDS) {
    const message = errors[name] ?? '';
    const box = byId(`${name}-error`);
    replaceContent(box, message);
    show(box, message !== '');
    const input = control(name);
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  const bad = invalidFields(errors);
  replaceContent(summary, bad.length ? TEXT.summary(bad.length) : '');
  show(summary, bad.length > 0);
}

function showError(title: string | null, message = ''): void {
  replaceContent(errorBox, title ? [el('p', { class: 'notice-title' }, title), el('p', null, message)] : []);
  show(errorBox, title !== null);
}

function showResult(messages: readonly string[] | null): void {
  if (!messages) {
    replaceContent(result);
    show(result, false);
    return;
  }
  replaceContent(
    result,
    el('p', { class: 'notice-title' }, MESSAGES.saved),
    messages.length
      ? [
          el('p', null, MESSAGES.done),
          el(
            'ul',
            { id: 'setup-messages' },
            messages.map((m) => el('li', null, m)),
          ),
        ]
      : null,
    el('p', null, MESSAGES.savedHint),
  );
  show(result, true);
}

function setBusy(busy: boolean, text: string): void {
  fields.disabled = busy;
  save.disabled = busy;
  form.setAttribute('aria-busy', String(busy));
  replaceContent(loading, text);
  show(loading, busy);
}

async function load(): Promise<void> {
  setBusy(true, loading.textContent || '');
  try {
    fill(await call('getSetupForm'));
    setBusy(false, '');
    control('schoolFull').focus();
  } catch (e) {
    setBusy(false, '');
    // Nothing to edit without the saved settings: keep the form locked, say why.
    fields.disabled = true;
    save.disabled = true;
    showError(MESSAGES.loadFailed, e instanceof Error ? e.message : String(e));
  }
}

async function submit(event: Event): Promise<void> {
  event.preventDefault();
  if (save.disabled) return;
  showError(null);
  showResult(null);
  const { form: data, errors } = validateSetup(readDraft());
  showFieldErrors(errors);
  if (!data) {
    const first = invalidFields(errors)[0];
    if (first) control(first).focus();
    return;
  }
  setBusy(true, MESSAGES.saving);
  try {
    const saved = await call('saveSetup', data);
    setBusy(false, '');
    showResult(saved.messages);
    result.focus();
  } catch (e) {
    setBusy(false, '');
    showError(MESSAGES.saveFailed, e instanceof Error ? e.message : String(e));
    errorBox.setAttribute('tabindex', '-1');
    errorBox.focus();
  }
}

form.addEventListener('submit', (e) => void submit(e));
closeButton.addEventListener('click', () => closeHost());
void load();
