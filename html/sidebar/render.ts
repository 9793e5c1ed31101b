/**
 * Builds the sidebar's DOM from the view model (see view.ts). Text goes in through text nodes only.
 * Hooks for browser tests: section[data-stage], li[data-step][data-status], #school, button[data-action],
 * form[data-action-form] with [name="action-input"], [data-confirm], #progress, #copy-text, a[data-step-link].
 */
import { el, replaceContent, setAttrs, show, type Child } from '../shared/dom';
import { displayInput, type ProgressVM, type ResultVM } from './actions';
import { decodeChoices, decodeFields, encodeChoices, encodeFields } from '../../src/domain/text/action-input';
import {
  TEXT,
  type ActionInputVM,
  type ActionVM,
  type FieldKind,
  type FieldVM,
  type LinkVM,
  type OverviewVM,
  type StageVM,
  type StepVM,
} from './view';

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

/** A safe piece of an element id from any text: 'send.mail' → 'send-mail'. */
function idPart(text: string): string {
  return text.replace(/[^0-9A-Za-z_]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** Where an action's inline box lives, by step and action. */
function actionDomId(stepCode: string, actionId: string): string {
  return `${stepDomId(stepCode)}-${idPart(actionId)}`;
}

/** A link that opens in a new tab, and says so to screen readers. */
function renderLink(link: LinkVM, attrs: Record<string, string> = {}): HTMLAnchorElement {
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

/** Element ids derived from a step code: '1.3' → 'step-1-3'. */
export function stepDomId(code: string): string {
  return `step-${code.replace(/[^0-9A-Za-z]+/g, '-').replace(/^-|-$/g, '')}`;
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

export interface ActionFormHandlers {
  onSubmit(value: string): void;
  onCancel(): void;
}

/** Escape cancels an inline box from anywhere inside it. */
function onEscape(node: HTMLElement, cancel: () => void): void {
  node.addEventListener('keydown', (event: Event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Escape' || key === 'Esc') {
      event.preventDefault();
      cancel();
    }
  });
}

/** One input control of a form: the element, and how to read and refill its value as the action's string. */
interface Control {
  node: HTMLElement;
  focusable: HTMLElement | null;
  read(): string;
  write(value: string): void;
  setInvalid(invalid: boolean): void;
}

const controls = new WeakMap<HTMLFormElement, Control>();

/** ДД.ММ.ГГГГ → the ISO value a date input holds. */
function ruToIso(value: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : value;
}

function renderChecklist(spec: Pick<FieldVM, 'label' | 'options'>, id: string, describedBy: string): Control {
  const boxes = spec.options.map((o, i) =>
    el('input', { type: 'checkbox', id: `${id}-${i}`, value: o.value, name: `${id}-choice` }),
  );
  const node = el(
    'fieldset',
    { id, class: 'checklist', 'aria-describedby': describedBy },
    el('legend', { class: 'visually-hidden' }, spec.label),
    spec.options.length
      ? spec.options.map((o, i) =>
          el('label', { class: 'choice', for: `${id}-${i}` }, boxes[i], ' ', o.label),
        )
      : el('p', { class: 'hint' }, TEXT.noChoices),
  );
  return {
    node,
    focusable: boxes[0] ?? null,
    read: () => encodeChoices(boxes.filter((b) => b.checked).map((b) => b.getAttribute('value') ?? '')),
    write(value) {
      const chosen = new Set(decodeChoices(value));
      for (const b of boxes) b.checked = chosen.has(b.getAttribute('value') ?? '');
    },
    setInvalid: (invalid) => setAttrs(node, { 'aria-invalid': String(invalid) }),
  };
}

/** A single control for a value of a given kind (not `fields`). */
function renderSingle(
  spec: Pick<FieldVM, 'label' | 'options' | 'placeholder'> & { kind: FieldKind; optional?: boolean },
  id: string,
  name: string,
  describedBy: string,
): Control {
  if (spec.kind === 'checklist') return renderChecklist(spec, id, describedBy);
  const common = {
    id,
    name,
    required: !spec.optional,
    'aria-required': String(!spec.optional),
    'aria-invalid': 'false',
    'aria-describedby': describedBy,
  };
  let field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  if (spec.kind === 'select') {
    field = el(
      'select',
      common,
      el('option', { value: '' }, TEXT.choose),
      spec.options.map((o) => el('option', { value: o.value }, o.label)),
    );
  } else if (spec.kind === 'textarea') {
    field = el('textarea', { ...common, rows: 4, placeholder: spec.placeholder || null });
  } else {
    const type = { email: 'email', date: 'date', number: 'number' }[spec.kind as string] ?? 'text';
    field = el('input', {
      ...common,
      type,
      placeholder: spec.placeholder || null,
      autocomplete: spec.kind === 'email' ? 'email' : 'off',
      spellcheck: spec.kind === 'email' ? 'false' : null,
      min: spec.kind === 'number' ? 0 : null,
    });
  }
  return {
    node: field,
    focusable: field,
    read: () => field.value ?? '',
    write(value) {
      field.value = spec.kind === 'date' ? ruToIso(value) : value;
    },
    setInvalid: (invalid) => setAttrs(field, { 'aria-invalid': String(invalid) }),
  };
}

/** Several labelled fields in one form; their values travel as one JSON string. */
function renderFields(fields: readonly FieldVM[], base: string, describedBy: string): Control {
  const parts = fields.map((f) => {
    const id = `${base}-${f.name.replace(/[^0-9A-Za-z_]+/g, '-')}`;
    return { field: f, control: renderSingle(f, id, `field-${f.name}`, describedBy), id };
  });
  const node = el(
    'div',
    { class: 'input-fields' },
    parts.map(({ field, control, id }) =>
      el(
        'div',
        { class: 'input-field', 'data-field': field.name },
        field.kind === 'checklist'
          ? el('p', { class: 'field-label' }, field.label)
          : el('label', { for: id }, field.label),
        control.node,
      ),
    ),
  );
  return {
    node,
    focusable: parts[0]?.control.focusable ?? null,
    read: () => encodeFields(Object.fromEntries(parts.map((p) => [p.field.name, p.control.read()]))),
    write(value) {
      const values = decodeFields(value) ?? {};
      for (const p of parts) p.control.write(values[p.field.name] ?? '');
    },
    setInvalid: (invalid) => {
      for (const p of parts) p.control.setInvalid(invalid);
    },
  };
}

/**
 * The inline form for an action that asks for a value: a labelled field (a text, a choice from a list, a
 * checklist, or several fields), «Выполнить», «Отмена». Enter submits a single-line field (a real form
 * submit); in a textarea Ctrl+Enter does; Escape cancels.
 */
export function renderActionForm(
  action: ActionVM,
  step: StepVM,
  handlers: ActionFormHandlers,
): HTMLFormElement {
  const input: ActionInputVM = action.input ?? {
    label: action.label,
    kind: 'text',
    placeholder: '',
    options: [],
    fields: [],
  };
  const base = actionDomId(step.code, action.id);
  const fieldId = `${base}-input`;
  const errorId = `${base}-error`;
  const hintId = `${base}-input-hint`;
  const describedBy = input.kind === 'textarea' ? `${errorId} ${hintId}` : errorId;
  const control =
    input.kind === 'fields'
      ? renderFields(input.fields, fieldId, describedBy)
      : renderSingle({ ...input, kind: input.kind }, fieldId, 'action-input', describedBy);
  const cancel = el('button', { type: 'button', class: 'secondary', 'data-cancel': '' }, TEXT.cancel);
  const single = input.kind !== 'fields' && input.kind !== 'checklist';
  const form = el(
    'form',
    {
      class: 'action-form',
      'data-action-form': action.id,
      'data-input-kind': input.kind,
      'aria-label': action.label,
      novalidate: true,
    },
    single ? el('label', { for: fieldId }, input.label) : el('p', { class: 'field-label' }, input.label),
    control.node,
    input.kind === 'textarea' ? el('p', { id: hintId, class: 'hint' }, TEXT.textareaHint) : null,
    el('p', { id: errorId, class: 'error form-error', role: 'alert' }),
    el(
      'div',
      { class: 'form-buttons' },
      el('button', { type: 'submit', class: 'action', 'data-submit': '' }, TEXT.run),
      cancel,
    ),
  );
  controls.set(form, control);
  const submit = () => handlers.onSubmit(control.read());
  form.addEventListener('submit', (event: Event) => {
    event.preventDefault();
    submit();
  });
  if (input.kind === 'textarea')
    control.node.addEventListener('keydown', (event: Event) => {
      const e = event as KeyboardEvent;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        submit();
      }
    });
  cancel.addEventListener('click', () => handlers.onCancel());
  onEscape(form, () => handlers.onCancel());
  return form;
}

function formIn(root: ParentNode): HTMLFormElement | null {
  const own = root as Partial<Element>;
  return typeof own.hasAttribute === 'function' && own.hasAttribute('data-action-form')
    ? (root as HTMLFormElement)
    : root.querySelector<HTMLFormElement>('[data-action-form]');
}

/** The first focusable control of an inline action form (inside `root`). */
export function formField(root: ParentNode): HTMLElement | null {
  const form = formIn(root);
  return form ? (controls.get(form)?.focusable ?? null) : null;
}

/** Puts a value (as the action's string) back into an inline form: what the curator typed or chose. */
export function fillForm(root: ParentNode, value: string): void {
  const form = formIn(root);
  if (form) controls.get(form)?.write(value);
}

/** Shows (or clears) a validation message under the field. */
export function setFormError(form: HTMLElement, message: string | null): void {
  const f = formIn(form);
  if (f) controls.get(f)?.setInvalid(!!message);
  const error = form.querySelector<HTMLElement>('.form-error');
  if (error) replaceContent(error, message ?? '');
}

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
