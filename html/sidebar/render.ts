/**
 * Builds the sidebar's DOM from the view model (see view.ts). Text goes in through text nodes only.
 * Hooks for browser tests: section[data-stage], li[data-step][data-status], #school.
 */
import { el, show, type Child } from '../shared/dom';
import { TEXT, type ActionVM, type OverviewVM, type StageVM, type StepVM } from './view';

export interface RenderHandlers {
  /** The user opened or closed a stage. */
  onToggle(stage: number, expanded: boolean): void;
  /** The user pressed an available action button. */
  onAction(action: ActionVM, step: StepVM): void;
}

/** Element ids derived from a step code: '1.3' → 'step-1-3'. */
export function stepDomId(code: string): string {
  return `step-${code.replace(/[^0-9A-Za-z]+/g, '-').replace(/^-|-$/g, '')}`;
}

export function renderHeader(vm: OverviewVM): HTMLElement {
  return el(
    'header',
    { class: 'school-header' },
    el('h1', { id: 'school' }, vm.school),
    el('p', { id: 'year', class: 'gray' }, vm.academicYear),
  );
}

export function renderNotConfigured(): HTMLElement {
  return el(
    'div',
    { id: 'not-configured', class: 'notice notice-strong', role: 'status' },
    el('p', { class: 'notice-title' }, TEXT.notConfigured),
    el('p', null, TEXT.notConfiguredHint),
  );
}

export function renderProblems(problems: readonly string[]): HTMLElement {
  return el(
    'div',
    { id: 'problems', class: 'notice warning', role: 'status' },
    el('p', { class: 'notice-title' }, TEXT.problems),
    el(
      'ul',
      null,
      problems.map((p) => el('li', null, p)),
    ),
  );
}

function renderAction(action: ActionVM, step: StepVM, handlers: RenderHandlers): HTMLElement {
  const hintId = `${stepDomId(step.code)}-${action.id}-hint`;
  const button = el(
    'button',
    {
      type: 'button',
      class: action.disabled ? 'secondary' : 'action',
      'data-action': action.id,
      disabled: action.disabled,
      title: action.hint || null,
      'aria-description': action.hint || null,
      'aria-describedby': action.hint ? hintId : null,
    },
    action.label,
  );
  if (!action.disabled) button.addEventListener('click', () => handlers.onAction(action, step));
  return el(
    'div',
    { class: 'step-action' },
    button,
    action.hint ? el('p', { id: hintId, class: 'hint' }, action.hint) : null,
  );
}

export function renderStep(step: StepVM, handlers: RenderHandlers): HTMLElement {
  const id = stepDomId(step.code);
  const details: Child[] = [];
  if (step.content) details.push(el('p', null, step.content));
  if (step.responsible) details.push(el('p', { class: 'gray' }, TEXT.responsible, step.responsible));
  return el(
    'li',
    {
      id,
      class: `step status-${step.status}${step.current ? ' current' : ''}`,
      'data-step': step.code,
      'data-status': step.status,
      'aria-current': step.current ? 'step' : null,
      'aria-labelledby': `${id}-title`,
    },
    el(
      'div',
      { class: 'step-head' },
      el(
        'h3',
        { id: `${id}-title`, class: 'step-title' },
        el('span', { class: 'step-code' }, step.code),
        ' ',
        step.title,
      ),
      el('span', { class: `badge badge-${step.status}`, 'data-badge': step.status }, step.statusLabel),
    ),
    step.current ? el('p', { class: 'current-label' }, TEXT.current) : null,
    step.due ? el('p', { class: 'step-due gray' }, TEXT.due, step.due) : null,
    step.statusText ? el('p', { class: 'step-status-text' }, step.statusText) : null,
    step.next ? el('p', { class: 'step-next' }, el('strong', null, TEXT.next), step.next) : null,
    step.actions.length
      ? el(
          'div',
          { class: 'step-actions' },
          step.actions.map((a) => renderAction(a, step, handlers)),
        )
      : null,
    details.length
      ? el('details', { class: 'step-details' }, el('summary', null, TEXT.details), details)
      : null,
  );
}

/** Opens or closes a rendered stage section. */
export function setStageExpanded(section: HTMLElement, expanded: boolean): void {
  const toggle = section.querySelector<HTMLElement>('.stage-toggle');
  const body = section.querySelector<HTMLElement>('.stage-body');
  if (toggle) toggle.setAttribute('aria-expanded', String(expanded));
  if (body) show(body, expanded);
  section.classList.toggle('expanded', expanded);
}

export function renderStage(stage: StageVM, handlers: RenderHandlers): HTMLElement {
  const bodyId = `stage-${stage.number}-body`;
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'stage-toggle',
      id: `stage-${stage.number}-toggle`,
      'aria-expanded': String(stage.expanded),
      'aria-controls': bodyId,
    },
    el('span', { class: 'chevron', 'aria-hidden': 'true' }),
    el('span', { class: 'stage-number' }, TEXT.stage(stage.number)),
    el('span', { class: 'stage-title' }, stage.title),
    el('span', { class: 'stage-progress', 'aria-label': stage.progressLabel }, stage.progressText),
  );
  const section = el(
    'section',
    {
      class: `stage${stage.expanded ? ' expanded' : ''}${stage.current ? ' current' : ''}`,
      'data-stage': stage.number,
      'aria-labelledby': `stage-${stage.number}-toggle`,
    },
    el('h2', { class: 'stage-heading' }, toggle),
    el(
      'div',
      {
        class: 'progress',
        role: 'progressbar',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': stage.percent,
        'aria-valuetext': stage.progressLabel,
        'aria-label': `${TEXT.stage(stage.number)}: ${stage.progressLabel}`,
      },
      el('div', { class: 'progress-bar', style: `width: ${stage.percent}%` }),
    ),
    el(
      'div',
      { class: 'stage-body', id: bodyId, hidden: !stage.expanded },
      el(
        'ol',
        { class: 'steps' },
        stage.steps.map((s) => renderStep(s, handlers)),
      ),
    ),
  );
  toggle.addEventListener('click', () => {
    const next = toggle.getAttribute('aria-expanded') !== 'true';
    setStageExpanded(section, next);
    handlers.onToggle(stage.number, next);
  });
  return section;
}

/** The whole overview below the toolbar: header, notices, stages. */
export function renderOverview(vm: OverviewVM, handlers: RenderHandlers): HTMLElement[] {
  const out: HTMLElement[] = [renderHeader(vm)];
  if (!vm.configured) out.push(renderNotConfigured());
  if (vm.problems.length) out.push(renderProblems(vm.problems));
  if (vm.allDone) out.push(el('p', { class: 'notice success', role: 'status' }, TEXT.allDone));
  if (!vm.stages.length) out.push(el('p', { class: 'gray' }, TEXT.noStages));
  else
    out.push(
      el(
        'div',
        { id: 'stages', class: 'stages' },
        vm.stages.map((s) => renderStage(s, handlers)),
      ),
    );
  return out;
}
