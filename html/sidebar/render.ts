/**
 * Builds the sidebar's DOM from the view model (see view.ts). Text goes in through text nodes only.
 * Hooks for browser tests: section[data-stage], li[data-step][data-status], #school, button[data-action],
 * form[data-action-form] with [name="action-input"], [data-confirm], #progress, #copy-text, a[data-step-link].
 */
import { el, setAttrs, show, type Child } from '../shared/dom';
import { actionDomId, stepDomId } from './ids';
import { TEXT, type ActionVM, type LinkVM, type OverviewVM, type StageVM, type StepVM } from './view';

/**
 * Where an action's inline box (input form, confirmation) goes: right under its button; its progress and
 * result go right below that, in `feedback`, so they appear where the curator is looking.
 */
export interface ActionUi {
  button: HTMLButtonElement;
  slot: HTMLElement;
  feedback: HTMLElement;
}

export interface RenderHandlers {
  /** The user opened or closed a stage. */
  onToggle(stage: number, expanded: boolean): void;
  /** The user pressed an available action button. */
  onAction(action: ActionVM, step: StepVM, ui: ActionUi): void;
}

/** A link that opens in a new tab, and says so to screen readers. */
export function renderLink(link: LinkVM, attrs: Record<string, string> = {}): HTMLAnchorElement {
  return el(
    'a',
    { href: link.url, target: '_blank', rel: 'noopener', ...attrs },
    link.label,
    el('span', { class: 'visually-hidden' }, ` ${TEXT.newTab}`),
    el('span', { class: 'external', 'aria-hidden': 'true' }, ' ↗'),
  );
}

function renderStepLinks(step: StepVM): HTMLElement | null {
  if (!step.links.length) return null;
  return el(
    'ul',
    { class: 'step-links', 'aria-label': `${TEXT.links}: ${step.code} ${step.title}` },
    step.links.map((link) => el('li', null, renderLink(link, { 'data-step-link': step.code }))),
  );
}

function renderHeader(vm: OverviewVM): HTMLElement {
  return el(
    'header',
    { class: 'school-header' },
    el('h1', { id: 'school' }, vm.school),
    el('p', { id: 'year', class: 'gray' }, vm.academicYear),
  );
}

function renderNotConfigured(): HTMLElement {
  return el(
    'div',
    { id: 'not-configured', class: 'notice notice-strong', role: 'status' },
    el('p', { class: 'notice-title' }, TEXT.notConfigured),
    el('p', null, TEXT.notConfiguredHint),
  );
}

function renderProblems(problems: readonly string[]): HTMLElement {
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
  const slotId = `${actionDomId(step.code, action.id)}-box`;
  const opensBox = !action.disabled && (action.input !== null || action.confirm !== '');
  const button = el(
    'button',
    {
      type: 'button',
      class: action.disabled ? 'secondary' : 'action',
      'data-action': action.id,
      'data-available': String(!action.disabled),
      disabled: action.disabled,
      title: action.hint || null,
      'aria-description': action.hint || null,
      'aria-describedby': action.hint ? hintId : null,
      'aria-expanded': opensBox ? 'false' : null,
      'aria-controls': opensBox ? slotId : null,
    },
    action.label,
  );
  const slot = el('div', { id: slotId, class: 'action-slot', 'data-action-slot': action.id });
  const feedback = el('div', { class: 'action-feedback', 'data-action-feedback': action.id });
  if (!action.disabled)
    button.addEventListener('click', () => handlers.onAction(action, step, { button, slot, feedback }));
  return el(
    'div',
    { class: 'step-action' },
    button,
    action.hint ? el('p', { id: hintId, class: 'hint' }, action.hint) : null,
    slot,
    feedback,
  );
}

/**
 * Disables every available action button, and the buttons of an open inline box, while something runs
 * (no double submits), and back.
 */
export function setActionsBusy(root: ParentNode, busy: boolean): void {
  for (const button of Array.from(root.querySelectorAll<HTMLButtonElement>('[data-action]'))) {
    if (button.getAttribute('data-available') === 'true') setAttrs(button, { disabled: busy });
  }
  for (const box of Array.from(root.querySelectorAll('[data-action-form]')).concat(
    Array.from(root.querySelectorAll('[data-confirm]')),
  ))
    for (const button of Array.from(box.querySelectorAll<HTMLButtonElement>('button')))
      setAttrs(button, { disabled: busy });
}

/** The rendered button, inline slot and feedback area of an action under a step, if it is on the page. */
export function findActionUi(root: ParentNode, stepCode: string, actionId: string): ActionUi | null {
  const step = root.querySelector(`#${stepDomId(stepCode)}`);
  if (!step) return null;
  const match = <T extends Element>(selector: string, attr: string) =>
    Array.from(step.querySelectorAll<T>(selector)).find((n) => n.getAttribute(attr) === actionId) ?? null;
  const button = match<HTMLButtonElement>('[data-action]', 'data-action');
  const slot = match<HTMLElement>('[data-action-slot]', 'data-action-slot');
  const feedback = match<HTMLElement>('[data-action-feedback]', 'data-action-feedback');
  return button && slot && feedback ? { button, slot, feedback } : null;
}

/**
 * A step's actions: its primary action (the one obvious next thing to do) as a button, the others under
 * «Ещё». A step with a single action shows it as it is.
 */
function renderStepActions(step: StepVM, handlers: RenderHandlers): HTMLElement | null {
  if (!step.actions.length) return null;
  const primary = step.actions.length === 1 ? step.actions : step.actions.filter((a) => a.primary);
  const rest = step.actions.filter((a) => !primary.includes(a));
  return el(
    'div',
    { class: 'step-actions' },
    primary.map((a) => renderAction(a, step, handlers)),
    rest.length
      ? el(
          'details',
          { class: 'more-actions', 'data-more': step.code },
          el('summary', { 'aria-label': TEXT.moreLabel(step.code) }, TEXT.more),
          rest.map((a) => renderAction(a, step, handlers)),
        )
      : null,
  );
}

function renderStep(step: StepVM, handlers: RenderHandlers): HTMLElement {
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
    renderStepActions(step, handlers),
    renderStepLinks(step),
    details.length
      ? el('details', { class: 'step-details' }, el('summary', null, TEXT.details), details)
      : null,
  );
}

/** Opens or closes a rendered stage section. */
function setStageExpanded(section: HTMLElement, expanded: boolean): void {
  const toggle = section.querySelector<HTMLElement>('.stage-toggle');
  const body = section.querySelector<HTMLElement>('.stage-body');
  if (toggle) toggle.setAttribute('aria-expanded', String(expanded));
  if (body) show(body, expanded);
  section.classList.toggle('expanded', expanded);
}

function renderStage(stage: StageVM, handlers: RenderHandlers): HTMLElement {
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
