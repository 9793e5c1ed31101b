/**
 * The inline form of an action that asks for a value: a text, a choice from a list, a checklist or several
 * fields, read and refilled as the action's single string (see src/domain/text/action-input.ts).
 */
import { el, onEscape, replaceContent, setAttrs } from '../shared/dom';
import { decodeChoices, decodeFields, encodeChoices, encodeFields } from '../../src/domain/text/action-input';
import { actionDomId } from './ids';
import { TEXT, type ActionInputVM, type ActionVM, type FieldKind, type FieldVM, type StepVM } from './view';

export interface ActionFormHandlers {
  onSubmit(value: string): void;
  onCancel(): void;
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
