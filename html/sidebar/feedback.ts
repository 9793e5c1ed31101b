/** What an action shows while and after it runs: the inline confirmation, the progress panel, the result's extras. */
import { el, onEscape, replaceContent, setAttrs, show } from '../shared/dom';
import { displayInput, type ProgressVM, type ResultVM } from './actions';
import { actionDomId } from './ids';
import { renderLink } from './render';
import { TEXT, type ActionVM, type StepVM } from './view';

/** «Вы ввели: …» for typed text, «Вы выбрали: …» (names, not ids) for choices. */
function confirmLine(action: ActionVM, input: string): string {
  const typed = !action.input || ['text', 'email', 'textarea'].includes(action.input.kind);
  const shown = displayInput(action.input, input);
  return typed ? TEXT.confirmInput(shown) : TEXT.confirmChoice(shown);
}

export interface ConfirmHandlers {
  onConfirm(): void;
  onCancel(): void;
}

/** The inline confirmation: the question, «Да, выполнить», «Отмена»; Escape cancels. */
export function renderConfirm(
  action: ActionVM,
  step: StepVM,
  input: string | undefined,
  handlers: ConfirmHandlers,
): HTMLElement {
  const questionId = `${actionDomId(step.code, action.id)}-question`;
  const yes = el('button', { type: 'button', class: 'action', 'data-confirm-yes': '' }, TEXT.confirmYes);
  const no = el('button', { type: 'button', class: 'secondary', 'data-cancel': '' }, TEXT.cancel);
  const box = el(
    'div',
    {
      class: 'confirm-box',
      role: 'group',
      'data-confirm': action.id,
      'aria-labelledby': questionId,
    },
    el('p', { id: questionId, class: 'confirm-question', tabindex: -1 }, action.confirm || action.label),
    input !== undefined ? el('p', { class: 'confirm-input' }, confirmLine(action, input)) : null,
    el('div', { class: 'form-buttons' }, yes, no),
  );
  yes.addEventListener('click', () => handlers.onConfirm());
  no.addEventListener('click', () => handlers.onCancel());
  onEscape(box, () => handlers.onCancel());
  return box;
}

/** The progress panel of a running action; updated in place so focus stays on «Остановить». */
export interface JobPanel {
  root: HTMLElement;
  title: HTMLElement;
  stop: HTMLButtonElement;
  update(progress: ProgressVM, canStop: boolean): void;
  /** «Остановить» was pressed: say so and ignore further presses. */
  stopping(): void;
}

export function renderJobPanel(label: string, onStop: () => void): JobPanel {
  const fill = el('div', { class: 'progress-bar' });
  const bar = el(
    'div',
    {
      id: 'progress',
      class: 'progress job-progress indeterminate',
      role: 'progressbar',
      'aria-label': TEXT.progressAria(label),
      'aria-valuemin': 0,
    },
    fill,
  );
  const text = el('p', { class: 'job-text', 'aria-live': 'polite' }, TEXT.progressUnknown);
  const title = el('p', { class: 'job-title', tabindex: -1 }, TEXT.running(label));
  const stop = el('button', { type: 'button', class: 'secondary', 'data-stop': '', hidden: true }, TEXT.stop);
  let stopped = false;
  stop.addEventListener('click', () => {
    if (stopped) return;
    onStop();
    panel.stopping();
  });
  const root = el('div', { class: 'job', 'data-job': '' }, title, bar, text, stop);
  const panel: JobPanel = {
    root,
    title,
    stop,
    update(progress, canStop) {
      setAttrs(bar, {
        'aria-valuemax': progress.known ? progress.total : null,
        'aria-valuenow': progress.known ? progress.done : null,
        'aria-valuetext': progress.text,
      });
      bar.classList.toggle('indeterminate', !progress.known);
      setAttrs(fill, { style: progress.known ? `width: ${progress.percent}%` : null });
      if (!stopped) replaceContent(text, progress.text);
      show(stop, canStop);
    },
    stopping() {
      stopped = true;
      setAttrs(stop, { 'aria-disabled': 'true' });
      replaceContent(stop, TEXT.stop);
      replaceContent(text, TEXT.stopping);
    },
  };
  return panel;
}

/** The extras of a result: details list, links, text to copy with «Скопировать». */
export function renderResultExtras(
  vm: ResultVM,
  onCopy: (textarea: HTMLTextAreaElement, status: HTMLElement) => void,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (vm.details.length)
    out.push(
      el(
        'ul',
        { id: 'result-details', class: 'result-details', 'aria-label': TEXT.resultDetails },
        vm.details.map((d) => el('li', null, d)),
      ),
    );
  if (vm.links.length)
    out.push(
      el(
        'ul',
        { id: 'result-links', class: 'result-links', 'aria-label': TEXT.resultLinks },
        vm.links.map((link) => el('li', null, renderLink(link, { 'data-result-link': '' }))),
      ),
    );
  if (vm.copyText) {
    const textarea = el(
      'textarea',
      { id: 'copy-text', class: 'copy-text', readonly: true, rows: 6, spellcheck: 'false' },
      vm.copyText,
    );
    const status = el('span', { class: 'copy-status', role: 'status', 'aria-live': 'polite' });
    const button = el('button', { type: 'button', class: 'action', 'data-copy': '' }, TEXT.copy);
    button.addEventListener('click', () => onCopy(textarea, status));
    out.push(
      el(
        'div',
        { class: 'copy-box' },
        el('label', { for: 'copy-text' }, TEXT.copyLabel),
        textarea,
        el('div', { class: 'form-buttons' }, button, status),
      ),
    );
  }
  return out;
}
