import { progressVM, resultVM } from '../../../html/sidebar/actions';
import { fillForm, renderActionForm, setFormError } from '../../../html/sidebar/action-form';
import { renderConfirm, renderJobPanel, renderResultExtras } from '../../../html/sidebar/feedback';
import {
  renderOverview,
  setActionsBusy,
  type ActionUi,
  type RenderHandlers,
} from '../../../html/sidebar/render';
import { overviewVM, type ActionVM, type StepVM } from '../../../html/sidebar/view';
import type { ActionView } from '../../../src/api/types';
import { FakeElement, fake, fakeDocument, installFakeDocument } from './fake-dom';
import { sampleOverview, stage, step } from './fixtures';

let uninstall: () => void;
beforeEach(() => {
  uninstall = installFakeDocument();
});
afterEach(() => uninstall());

const ACTIONS: ActionView[] = [
  {
    id: 'invite',
    label: 'Пригласить наставника',
    available: true,
    hint: '',
    input: { label: 'Адрес почты', kind: 'email', placeholder: 'ivanova@school.ru' },
  },
  {
    id: 'letter',
    label: 'Составить письмо',
    available: true,
    hint: '',
    input: { label: 'Текст письма', kind: 'textarea' },
  },
  { id: 'wipe', label: 'Очистить черновики', available: true, hint: '', confirm: 'Удалить все черновики?' },
  { id: 'print', label: 'Распечатать', available: false, hint: 'Сначала соберите согласия.' },
  { id: 'check', label: 'Проверить', available: true, hint: '' },
];

function overview() {
  return sampleOverview({
    stages: [
      stage(1, 'Подготовка', [
        step('1.1', 'in_progress', {
          actions: ACTIONS,
          links: [
            { label: 'Анкета наставника', url: 'https://docs.google.com/forms/d/abc/viewform' },
            { label: 'Вредная', url: 'javascript:alert(1)' },
          ],
        }),
      ]),
    ],
    currentStep: '1.1',
  });
}

function render(handlers: Partial<RenderHandlers> = {}): FakeElement {
  const root = new FakeElement('div');
  const h: RenderHandlers = { onToggle: () => {}, onAction: () => {}, ...handlers };
  for (const node of renderOverview(overviewVM(overview()), h)) root.appendChild(fake(node));
  return root;
}

function vmStep(): StepVM {
  return overviewVM(overview()).stages[0].steps[0];
}
function vmAction(id: string): ActionVM {
  const a = vmStep().actions.find((x) => x.id === id);
  if (!a) throw new Error(id);
  return a;
}

describe('step links and action buttons', () => {
  test('step links open in a new tab and say so; unsafe ones are dropped', () => {
    const root = render();
    const links = root.querySelectorAll('[data-step-link]');
    expect(links).toHaveLength(1);
    const a = links[0];
    expect(a.tagName).toBe('A');
    expect(a.getAttribute('href')).toBe('https://docs.google.com/forms/d/abc/viewform');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener');
    expect(a.getAttribute('data-step-link')).toBe('1.1');
    expect(a.textContent).toContain('Анкета наставника');
    expect(a.querySelector('.visually-hidden')?.textContent).toBe(' (откроется в новой вкладке)');
    expect(root.querySelector('[data-step="1.1"]')?.querySelector('.step-links')).not.toBeNull();
  });

  test('buttons that open a box announce it; the handler gets the button and its slot', () => {
    const got: [string, ActionUi][] = [];
    const root = render({ onAction: (a, _s, ui) => got.push([a.id, ui]) });
    const invite = root.querySelector('[data-action="invite"]')!;
    expect(invite.getAttribute('aria-expanded')).toBe('false');
    const slotId = invite.getAttribute('aria-controls')!;
    expect(root.querySelector('[data-action="check"]')?.hasAttribute('aria-expanded')).toBe(false);
    invite.click();
    expect(got).toHaveLength(1);
    expect(got[0][1].button).toBe(invite as unknown);
    expect(fake(got[0][1].slot).id).toBe(slotId);
    expect(fake(got[0][1].slot).getAttribute('data-action-slot')).toBe('invite');
  });

  test('while busy every available action button is disabled, and enabled again after', () => {
    const pressed: string[] = [];
    const root = render({ onAction: (a) => pressed.push(a.id) });
    setActionsBusy(root as unknown as ParentNode, true);
    const buttons = root.querySelectorAll('[data-action]');
    expect(buttons.every((b) => b.disabled)).toBe(true);
    root.querySelector('[data-action="check"]')!.click();
    expect(pressed).toEqual([]);
    setActionsBusy(root as unknown as ParentNode, false);
    expect(buttons.filter((b) => b.disabled).map((b) => b.getAttribute('data-action'))).toEqual(['print']);
    root.querySelector('[data-action="check"]')!.click();
    expect(pressed).toEqual(['check']);
  });
});

describe('inline input form', () => {
  function form(id: string) {
    const calls: string[] = [];
    const node = fake(
      renderActionForm(vmAction(id), vmStep(), {
        onSubmit: (v) => calls.push(`submit:${v}`),
        onCancel: () => calls.push('cancel'),
      }),
    );
    return { node, calls, field: node.querySelector('[name="action-input"]')! };
  }

  test('a labelled e-mail field with «Выполнить» and «Отмена»', () => {
    const { node, field } = form('invite');
    expect(node.tagName).toBe('FORM');
    expect(node.getAttribute('data-action-form')).toBe('invite');
    expect(field.tagName).toBe('INPUT');
    expect(field.getAttribute('type')).toBe('email');
    expect(field.getAttribute('placeholder')).toBe('ivanova@school.ru');
    expect(field.getAttribute('aria-required')).toBe('true');
    const label = node.querySelector('label')!;
    expect(label.textContent).toBe('Адрес почты');
    expect(label.getAttribute('for')).toBe(field.id);
    expect(field.id).toBe('step-1-1-invite-input');
    const buttons = node.querySelectorAll('button');
    expect(buttons.map((b) => [b.getAttribute('type'), b.textContent])).toEqual([
      ['submit', 'Выполнить'],
      ['button', 'Отмена'],
    ]);
  });

  test('Enter (form submit) passes the typed value; the submit is not a page navigation', () => {
    const { node, calls, field } = form('invite');
    field.value = 'ivanova@school.ru';
    const event = node.dispatch('submit');
    expect(event.defaultPrevented).toBe(true);
    expect(calls).toEqual(['submit:ivanova@school.ru']);
  });

  test('Escape and «Отмена» cancel', () => {
    const { node, calls, field } = form('invite');
    field.dispatch('keydown', { key: 'Escape' });
    node.querySelector('[data-cancel]')!.click();
    field.dispatch('keydown', { key: 'a' });
    expect(calls).toEqual(['cancel', 'cancel']);
  });

  test('textarea: Enter is a new line, Ctrl+Enter submits', () => {
    const { node, calls, field } = form('letter');
    expect(field.tagName).toBe('TEXTAREA');
    expect(node.textContent).toContain('Ctrl+Enter');
    field.value = 'Коллеги,\nпройдите анкету.';
    field.dispatch('keydown', { key: 'Enter' });
    expect(calls).toEqual([]);
    field.dispatch('keydown', { key: 'Enter', ctrlKey: true });
    expect(calls).toEqual(['submit:Коллеги,\nпройдите анкету.']);
  });

  test('validation message is tied to the field', () => {
    const { node, field } = form('invite');
    setFormError(node as unknown as HTMLElement, 'Заполните поле «Адрес почты».');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = node.querySelector(`[id="${field.getAttribute('aria-describedby')}"]`)!;
    expect(error.textContent).toBe('Заполните поле «Адрес почты».');
    expect(error.getAttribute('role')).toBe('alert');
    setFormError(node as unknown as HTMLElement, null);
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(error.textContent).toBe('');
  });
});

describe('inline confirmation', () => {
  test('the question, «Да, выполнить», «Отмена»; Escape cancels', () => {
    const calls: string[] = [];
    const box = fake(
      renderConfirm(vmAction('wipe'), vmStep(), undefined, {
        onConfirm: () => calls.push('yes'),
        onCancel: () => calls.push('no'),
      }),
    );
    expect(box.getAttribute('data-confirm')).toBe('wipe');
    expect(box.getAttribute('role')).toBe('group');
    const question = box.querySelector(`[id="${box.getAttribute('aria-labelledby')}"]`)!;
    expect(question.textContent).toBe('Удалить все черновики?');
    expect(box.querySelectorAll('button').map((b) => b.textContent)).toEqual(['Да, выполнить', 'Отмена']);
    box.querySelector('[data-confirm-yes]')!.click();
    box.querySelector('[data-cancel]')!.click();
    box.dispatch('keydown', { key: 'Escape' });
    expect(calls).toEqual(['yes', 'no', 'no']);
  });

  test('echoes the value entered before', () => {
    const box = fake(
      renderConfirm(vmAction('invite'), vmStep(), 'ivanova@school.ru', { onConfirm() {}, onCancel() {} }),
    );
    expect(box.textContent).toContain('Вы ввели: ivanova@school.ru');
    // No confirmation text: the action label stands in as the question.
    expect(box.querySelector('.confirm-question')?.textContent).toBe('Пригласить наставника');
  });
});

describe('progress panel', () => {
  test('indeterminate at first, then «Готово N из M» with aria values; «Остановить» appears for batches', () => {
    let stops = 0;
    const panel = renderJobPanel('Разослать приглашения', () => stops++);
    const root = fake(panel.root);
    const bar = root.querySelector('[id="progress"]')!;
    expect(bar.getAttribute('role')).toBe('progressbar');
    expect(bar.hasAttribute('aria-valuenow')).toBe(false);
    expect(bar.getAttribute('aria-label')).toBe('Ход выполнения «Разослать приглашения»');
    expect(root.textContent).toContain('Выполняется «Разослать приглашения»');
    expect(root.textContent).toContain('Выполняется…');
    const stop = root.querySelector('[data-stop]')!;
    expect(stop.hasAttribute('hidden')).toBe(true);

    panel.update(progressVM({ done: 20, total: 60 }), true);
    expect(bar.getAttribute('aria-valuenow')).toBe('20');
    expect(bar.getAttribute('aria-valuemax')).toBe('60');
    expect(bar.getAttribute('aria-valuetext')).toBe('Готово 20 из 60');
    expect(bar.classList.contains('indeterminate')).toBe(false);
    expect(bar.querySelector('.progress-bar')?.getAttribute('style')).toBe('width: 33%');
    expect(root.querySelector('.job-text')?.textContent).toBe('Готово 20 из 60');
    expect(root.querySelector('.job-text')?.getAttribute('aria-live')).toBe('polite');
    expect(stop.hasAttribute('hidden')).toBe(false);
    expect(stop.textContent).toBe('Остановить');

    stop.click();
    stop.click();
    expect(stops).toBe(1);
    expect(stop.getAttribute('aria-disabled')).toBe('true');
    expect(root.querySelector('.job-text')?.textContent).toBe('Останавливаю после текущей части…');
    panel.update(progressVM({ done: 40, total: 60 }), true);
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(root.querySelector('.job-text')?.textContent).toBe('Останавливаю после текущей части…');
  });
});

describe('result extras', () => {
  test('details list, links in a new tab, read-only copy text with «Скопировать»', () => {
    const copies: [FakeElement, FakeElement][] = [];
    const nodes = renderResultExtras(
      resultVM({
        message: 'Создано.',
        overview: sampleOverview(),
        details: ['Создано писем: 12', 'Без адреса: 1'],
        links: [{ label: 'Форма', url: 'https://docs.google.com/forms/d/abc/edit' }],
        copyText: 'Коллеги,\n<b>пройдите</b> анкету.',
      }),
      (t, s) => copies.push([fake(t), fake(s)]),
    );
    const root = new FakeElement('div');
    for (const n of nodes) root.appendChild(fake(n));
    expect(
      root
        .querySelector('[id="result-details"]')
        ?.querySelectorAll('li')
        .map((li) => li.textContent),
    ).toEqual(['Создано писем: 12', 'Без адреса: 1']);
    const link = root.querySelector('[data-result-link]')!;
    expect(link.getAttribute('href')).toBe('https://docs.google.com/forms/d/abc/edit');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    const textarea = root.querySelector('[id="copy-text"]')!;
    expect(textarea.tagName).toBe('TEXTAREA');
    expect(textarea.hasAttribute('readonly')).toBe(true);
    expect(textarea.textContent).toBe('Коллеги,\n<b>пройдите</b> анкету.');
    expect(root.querySelectorAll('b')).toHaveLength(0);
    expect(root.querySelector('label')?.getAttribute('for')).toBe('copy-text');
    const button = root.querySelector('[data-copy]')!;
    expect(button.textContent).toBe('Скопировать');
    button.click();
    expect(copies).toHaveLength(1);
    expect(copies[0][0]).toBe(textarea);
    expect(copies[0][1].getAttribute('role')).toBe('status');
  });

  test('nothing extra, nothing rendered', () => {
    expect(renderResultExtras(resultVM(null), () => {})).toEqual([]);
  });
});

test('the fake document tracks focus', () => {
  const node = new FakeElement('input');
  node.focus();
  expect(fakeDocument().activeElement).toBe(node);
});

describe('one obvious next action per step', () => {
  test('the primary action is a button of its own; the others sit under «Ещё»', () => {
    const actions = ACTIONS.map((a) => ({ ...a, primary: a.id === 'letter' }));
    const root = new FakeElement('div');
    const h: RenderHandlers = { onToggle: () => {}, onAction: () => {} };
    const ov = sampleOverview({
      stages: [stage(1, 'Подготовка', [step('1.1', 'in_progress', { actions })])],
      currentStep: '1.1',
    });
    for (const node of renderOverview(overviewVM(ov), h)) root.appendChild(fake(node));
    const more = root.querySelector('[data-more="1.1"]')!;
    expect(more.tagName).toBe('DETAILS');
    expect(more.querySelector('summary')?.textContent).toBe('Ещё');
    const inMore = more.querySelectorAll('[data-action]').map((b) => b.getAttribute('data-action'));
    expect(inMore).toEqual(['invite', 'wipe', 'print', 'check']);
    const all = root.querySelectorAll('[data-action]').map((b) => b.getAttribute('data-action'));
    expect(all[0]).toBe('letter');
  });

  test('a step with a single action shows it without «Ещё»', () => {
    const root = new FakeElement('div');
    const ov = sampleOverview({
      stages: [stage(1, 'Подготовка', [step('1.1', 'todo', { actions: [ACTIONS[4]] })])],
      currentStep: '1.1',
    });
    for (const node of renderOverview(overviewVM(ov), { onToggle: () => {}, onAction: () => {} }))
      root.appendChild(fake(node));
    expect(root.querySelector('[data-more]')).toBeNull();
    expect(root.querySelector('[data-action="check"]')).not.toBeNull();
  });
});

describe('choices in the inline form', () => {
  const chooseAction = (): ActionVM => ({
    ...vmAction('invite'),
    input: {
      label: 'Наставники',
      kind: 'checklist',
      placeholder: '',
      options: [
        { value: 'a@school.ru', label: 'Смирнова О.В.' },
        { value: 'b@school.ru', label: 'Кузнецов А.П.' },
      ],
      fields: [],
    },
  });

  test('a checklist submits the ticked values, and a refilled form shows them ticked again', () => {
    const submitted: string[] = [];
    const node = fake(
      renderActionForm(chooseAction(), vmStep(), { onSubmit: (v) => submitted.push(v), onCancel() {} }),
    );
    const boxes = node.querySelectorAll('input').filter((i) => i.getAttribute('type') === 'checkbox');
    expect(boxes.map((b) => b.parentNode?.textContent)).toEqual([' Смирнова О.В.', ' Кузнецов А.П.']);
    boxes[1].checked = true;
    node.dispatch('submit');
    expect(submitted).toEqual(['b@school.ru']);
    boxes[1].checked = false;
    fillForm(node as unknown as HTMLElement, 'a@school.ru\nb@school.ru');
    expect(boxes.map((b) => b.checked)).toEqual([true, true]);
  });

  test('a select starts on «— выберите —» and lists the names', () => {
    const action: ActionVM = { ...chooseAction(), input: { ...chooseAction().input!, kind: 'select' } };
    const node = fake(renderActionForm(action, vmStep(), { onSubmit() {}, onCancel() {} }));
    const options = node.querySelectorAll('option');
    expect(options.map((o) => o.textContent)).toEqual(['— выберите —', 'Смирнова О.В.', 'Кузнецов А.П.']);
    expect(options[0].getAttribute('value')).toBe('');
  });
});
