/**
 * Sidebar wiring: loads the overview from the server and renders it; «Обновить» reloads. Step actions open
 * an inline form or confirmation when they need one, then run (in batches while the server says `more`)
 * with a progress panel and «Остановить»; progress and result appear right under the pressed button.
 */
import { browserClipboard, copyText } from '../shared/clipboard';
import { byId, el, replaceContent, show } from '../shared/dom';
import { call } from '../shared/rpc';
import {
  confirmAction,
  hasExtras,
  outcomeReport,
  progressVM,
  resultVM,
  runBatches,
  startAction,
  submitInput,
  type ActionCall,
  type InlineState,
  type Transition,
} from './actions';
import { fillForm, formField, renderActionForm, setFormError } from './action-form';
import { renderConfirm, renderJobPanel, renderResultExtras } from './feedback';
import { stepDomId } from './ids';
import { findActionUi, renderOverview, setActionsBusy, type ActionUi, type RenderHandlers } from './render';
import type { ActionResult, Overview } from '../../src/api/types';
import { TEXT, overviewVM, stageOfCode, type ActionVM, type StepVM } from './view';

const expand = new Map<number, boolean>();
let busy = false;
let scrolled = false;

/** The inline box that is open, if any, with the button and slot it belongs to. */
let open: { state: InlineState; action: ActionVM; step: StepVM; ui: ActionUi } | null = null;

const content = byId('content');
const errorBox = byId('error');
const loadingBox = byId('loading');
const feedbackHome = byId('feedback-home');
const feedback = byId('feedback');
const notice = byId('notice');
const resultBox = byId('result');
const resultBody = byId('result-body');
const jobBox = byId('job');
const refresh = byId<HTMLButtonElement>('refresh');
const spacer = byId('bottom-space');

const runAction: ActionCall = (id, input) =>
  input === undefined ? call('runAction', id) : call('runAction', id, input);

/** Moves keyboard focus without scrolling: where the panel scrolls is decided by showNear(). */
function focus(node: Element | null | undefined): void {
  if (node && typeof (node as HTMLElement).focus === 'function')
    (node as HTMLElement).focus({ preventScroll: true });
}

function reveal(node: Element | null | undefined): void {
  if (node && typeof node.scrollIntoView === 'function') node.scrollIntoView({ block: 'nearest' });
}

/** No double submits: while busy, «Обновить» and every action button are disabled. */
function setBusy(on: boolean, loading = false): void {
  busy = on;
  refresh.disabled = on;
  setActionsBusy(content, on);
  content.setAttribute('aria-busy', String(on));
  show(loadingBox, on && loading);
}

function showError(message: string | null, title: string = TEXT.loadFailed, hint = ''): void {
  replaceContent(
    errorBox,
    message
      ? [
          el('p', { class: 'notice-title' }, title),
          el('p', null, message),
          hint ? el('p', { class: 'error-hint' }, hint) : null,
        ]
      : [],
  );
  show(errorBox, message !== null);
}

/** The notice stays in the page (a live region must exist before it changes); empty means hidden. */
function showNotice(message: string | null): void {
  replaceContent(notice, message ?? '');
  notice.classList.toggle('empty', !message);
}

async function onCopy(textarea: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  const ok = await copyText(textarea.value, browserClipboard(textarea));
  if (!ok) {
    textarea.focus();
    textarea.select();
  }
  status.classList.toggle('copy-failed', !ok);
  replaceContent(status, ok ? TEXT.copied : TEXT.copyFailed);
}

function showResult(message: string | null, result: ActionResult | null): void {
  showNotice(message);
  const vm = resultVM(result);
  replaceContent(resultBody, hasExtras(vm) ? renderResultExtras(vm, (t, s) => void onCopy(t, s)) : []);
  show(resultBox, hasExtras(vm));
}

function clearMessages(): void {
  showError(null);
  showResult(null, null);
}

function closeInline(returnFocus: boolean): void {
  if (!open) return;
  const { ui } = open;
  replaceContent(ui.slot);
  if (ui.button.hasAttribute('aria-expanded')) ui.button.setAttribute('aria-expanded', 'false');
  open = null;
  if (returnFocus) focus(ui.button);
}

/** Shows the inline box a transition asks for, or runs the action. */
function apply(t: Transition, action: ActionVM, step: StepVM, ui: ActionUi): void {
  if (t.run) {
    // The input box stays open (disabled) while the action runs: an error must not lose what was typed.
    void execute(action, step, ui, t.run.input);
    return;
  }
  const state = t.next;
  if (state.kind === 'none') {
    closeInline(true);
    return;
  }
  if (state.kind === 'input' && open?.state.kind === 'input' && open.action.id === action.id) {
    // Same form, invalid value: keep what was typed, show why, back to the field.
    open.state = state;
    const form = ui.slot.querySelector<HTMLFormElement>('[data-action-form]');
    if (form) {
      setFormError(form, state.error || null);
      focus(formField(form));
      return;
    }
  }
  if (open && open.action.id !== action.id) closeInline(false);
  open = { state, action, step, ui };
  ui.button.setAttribute('aria-expanded', 'true');
  if (state.kind === 'input') {
    const form = renderActionForm(action, step, {
      onSubmit: (value) => apply(submitInput(action, value), action, step, ui),
      onCancel: () => closeInline(true),
    });
    replaceContent(ui.slot, form);
    setFormError(form, state.error || null);
    focus(formField(form));
  } else {
    const box = renderConfirm(action, step, state.input, {
      onConfirm: () => {
        if (open) apply(confirmAction(open.state), action, step, ui);
      },
      onCancel: () => closeInline(true),
    });
    replaceContent(ui.slot, box);
    focus(box.querySelector('.confirm-question'));
  }
  reveal(ui.slot);
}

/** Reopens an action's input form with the value the curator typed (after an error). */
function reopenWithValue(action: ActionVM, step: StepVM, ui: ActionUi, value: string): void {
  if (!action.input) return;
  apply(startAction(action), action, step, ui);
  fillForm(ui.slot, value);
}

const handlers: RenderHandlers = {
  onToggle(stage, expanded) {
    expand.set(stage, expanded);
  },
  onAction(action, step, ui) {
    if (busy) return;
    // Pressing the button again closes its open box.
    if (open && open.action.id === action.id && open.step.code === step.code) {
      closeInline(true);
      return;
    }
    apply(startAction(action), action, step, ui);
  },
};

/**
 * Scrolls as little as needed to show `box` below `anchor`, never so far that the anchor (the pressed button)
 * leaves the top of the panel: the curator sees what they pressed and what it did, and the panel never jumps.
 */
function showNear(anchor: Element | null, box: Element): void {
  const view = window.innerHeight || document.documentElement.clientHeight;
  const b = box.getBoundingClientRect();
  const overflow = b.bottom - view + 8;
  if (overflow <= 0) return;
  const room = anchor ? anchor.getBoundingClientRect().top - 8 : b.top - 8;
  const by = Math.min(overflow, Math.max(0, room));
  if (by > 0) scroller().scrollTop += by;
}

/**
 * Scrolls so that `anchor` is `top` pixels from the top of the panel again. When what is above it shrank and
 * the page is too short to scroll that far, room is added at the bottom (the spacer) rather than letting the
 * button slide down under the curator's pointer.
 */
function keepOnScreen(anchor: Element, top: number): void {
  const el = scroller();
  const wanted = el.scrollTop + anchor.getBoundingClientRect().top - top;
  const max = el.scrollHeight - el.clientHeight;
  if (wanted > max) spacer.style.height = `${(parseFloat(spacer.style.height) || 0) + wanted - max}px`;
  el.scrollTop = wanted;
}

/** Moves the progress/result area next to an action (or back home, above the stages). */
function placeFeedback(target: HTMLElement | null): void {
  (target ?? feedbackHome).appendChild(feedback);
}

const scroller = (): Element => document.scrollingElement ?? document.documentElement;

/**
 * Runs an action, again and again while the server says `more`, with progress and «Остановить» right under
 * its button. Afterwards the panel is redrawn without moving: the pressed button stays where it was on the
 * screen, and the result appears under it.
 */
async function execute(
  action: ActionVM,
  step: StepVM,
  ui: ActionUi,
  input: string | undefined,
): Promise<void> {
  if (busy) return;
  setBusy(true);
  clearMessages();
  // The stage stays open after the redraw, even if the current step moves to another stage.
  expand.set(stageOfCode(step.code), true);
  placeFeedback(ui.feedback);
  const anchorTop = ui.button.getBoundingClientRect().top;
  let stop = false;
  const panel = renderJobPanel(action.label, () => {
    stop = true;
  });
  replaceContent(jobBox, panel.root);
  show(jobBox, true);
  focus(panel.title);
  showNear(ui.button, jobBox);
  const outcome = await runBatches(runAction, action.id, input, {
    shouldStop: () => stop,
    onResult: (result) => {
      const more = !!result.more;
      panel.update(progressVM(result.progress, action.progressNoun), more);
      if (more && document.activeElement === panel.title) focus(panel.stop);
    },
  });
  replaceContent(jobBox);
  show(jobBox, false);
  setBusy(false);
  const report = outcomeReport(action.label, outcome);
  let here: ActionUi | null = ui;
  if (outcome.last) {
    placeFeedback(null);
    render(outcome.last.overview);
    here = findActionUi(content, step.code, action.id);
    // An action run from under «Ещё» keeps «Ещё» open, so its result is seen.
    here?.button.closest('details')?.setAttribute('open', '');
  } else if (!report.error) {
    closeInline(false);
  }
  // The result goes under the button first, then the panel is scrolled back: the page's height is final.
  placeFeedback(here?.feedback ?? document.getElementById(stepDomId(step.code)));
  showResult(report.notice, outcome.last);
  if (report.error) {
    if (here && input !== undefined && outcome.last) reopenWithValue(action, step, here, input);
    showError(report.error.message, report.error.title, report.error.hint);
  }
  // Keep the scroll position: the pressed button (or its step) back at the same height on screen.
  const anchor = here?.button ?? document.getElementById(stepDomId(step.code));
  if (anchor) keepOnScreen(anchor, anchorTop);
  showNear(anchor, feedback);
  // Late layout (fonts, the result's own boxes) must not move the button either: check once more next frame.
  if (anchor) {
    const settled = anchor.getBoundingClientRect().top;
    requestAnimationFrame(() => {
      if (anchor.isConnected) keepOnScreen(anchor, settled);
    });
  }
  if (report.error) focus(errorBox);
  else if (!resultBox.hasAttribute('hidden')) focus(resultBox);
  else focus(here?.button);
}

function render(overview: Overview): void {
  open = null;
  replaceContent(content, renderOverview(overviewVM(overview, expand), handlers));
  if (busy) setActionsBusy(content, true);
}

async function load(): Promise<void> {
  if (busy) return;
  closeInline(false);
  placeFeedback(null);
  spacer.style.height = '0px';
  setBusy(true, true);
  clearMessages();
  try {
    const overview = await call('getOverview');
    const vm = overviewVM(overview, expand);
    open = null;
    replaceContent(content, renderOverview(vm, handlers));
    if (!scrolled && vm.currentStep) {
      scrolled = true;
      const current = document.getElementById(stepDomId(vm.currentStep));
      reveal(current);
    }
  } catch (e) {
    showError(e instanceof Error ? e.message : String(e));
  } finally {
    setBusy(false);
  }
}

refresh.addEventListener('click', () => void load());
void load();
