/** Sidebar wiring: loads the overview from the server and renders it; «Обновить» reloads. */
import { byId, el, replaceContent, show } from '../shared/dom';
import { call } from '../shared/rpc';
import { renderOverview, stepDomId, type RenderHandlers } from './render';
import type { Overview } from '../../src/api/types';
import { TEXT, overviewVM, type ActionVM, type StepVM } from './view';

const expand = new Map<number, boolean>();
let loading = false;
let scrolled = false;

const content = byId('content');
const errorBox = byId('error');
const loadingBox = byId('loading');
const notice = byId('notice');
const refresh = byId<HTMLButtonElement>('refresh');

function setLoading(on: boolean): void {
  loading = on;
  refresh.disabled = on;
  content.setAttribute('aria-busy', String(on));
  show(loadingBox, on);
}

function showError(message: string | null, title: string = TEXT.loadFailed): void {
  replaceContent(
    errorBox,
    message ? [el('p', { class: 'notice-title' }, title), el('p', null, message)] : [],
  );
  show(errorBox, message !== null);
}

function showNotice(message: string | null): void {
  replaceContent(notice, message ?? '');
  show(notice, message !== null);
}

const handlers: RenderHandlers = {
  onToggle(stage, expanded) {
    expand.set(stage, expanded);
  },
  onAction(action: ActionVM, _step: StepVM) {
    void runStepAction(action);
  },
};

async function runStepAction(action: ActionVM): Promise<void> {
  if (loading) return;
  setLoading(true);
  showError(null);
  showNotice(null);
  try {
    const result = await call('runAction', action.id);
    render(result.overview);
    showNotice(result.message);
  } catch (e) {
    showError(e instanceof Error ? e.message : String(e), TEXT.actionFailed(action.label));
  } finally {
    setLoading(false);
  }
}

function render(overview: Overview): void {
  replaceContent(content, renderOverview(overviewVM(overview, expand), handlers));
}

async function load(): Promise<void> {
  if (loading) return;
  setLoading(true);
  showError(null);
  showNotice(null);
  try {
    const overview = await call('getOverview');
    const vm = overviewVM(overview, expand);
    replaceContent(content, renderOverview(vm, handlers));
    if (!scrolled && vm.currentStep) {
      scrolled = true;
      const current = document.getElementById(stepDomId(vm.currentStep));
      if (current && typeof current.scrollIntoView === 'function')
        current.scrollIntoView({ block: 'nearest' });
    }
  } catch (e) {
    showError(e instanceof Error ? e.message : String(e));
  } finally {
    setLoading(false);
  }
}

refresh.addEventListener('click', () => void load());
void load();
