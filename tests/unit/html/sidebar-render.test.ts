import { stepDomId } from '../../../html/sidebar/ids';
import { renderOverview, type RenderHandlers } from '../../../html/sidebar/render';
import { overviewVM } from '../../../html/sidebar/view';
import { FakeElement, fake, installFakeDocument } from './fake-dom';
import { sampleOverview, stage, step } from './fixtures';

let uninstall: () => void;
beforeEach(() => {
  uninstall = installFakeDocument();
});
afterEach(() => uninstall());

function render(overview = sampleOverview(), handlers: Partial<RenderHandlers> = {}): FakeElement {
  const root = new FakeElement('div');
  const h: RenderHandlers = { onToggle: () => {}, onAction: () => {}, ...handlers };
  for (const node of renderOverview(overviewVM(overview), h)) root.appendChild(fake(node));
  return root;
}

describe('sidebar render', () => {
  test('header and one section per stage with test hooks', () => {
    const root = render();
    expect(root.querySelector('[id="school"]')?.textContent).toBe('МБОУ МУК № 4 г. Кирова');
    expect(root.querySelector('[id="year"]')?.textContent).toBe('2022/2023 учебный год');
    const stages = root.querySelectorAll('[data-stage]');
    expect(stages.map((s) => s.getAttribute('data-stage'))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(stages.every((s) => s.tagName === 'SECTION')).toBe(true);
    const s22 = root.querySelector('[data-step="2.2"]');
    expect(s22?.getAttribute('data-status')).toBe('overdue');
    expect(s22?.getAttribute('aria-current')).toBe('step');
    expect(s22?.classList.contains('current')).toBe(true);
    expect(s22?.querySelector('.badge')?.textContent).toBe('Просрочено');
    expect(s22?.textContent).toContain('В базе 12 наставляемых, 11 согласий');
    expect(s22?.textContent).toContain('Срок: Сентябрь 2022');
    expect(root.querySelector('[data-step="1.1"]')?.hasAttribute('aria-current')).toBe(false);
    expect(root.querySelector('[id="not-configured"]')).toBeNull();
    expect(root.querySelector('[id="problems"]')).toBeNull();
  });

  test('stage header: real button with aria-expanded, progress, body hidden when collapsed', () => {
    const root = render();
    const s1 = root.querySelector('[data-stage="1"]')!;
    const s2 = root.querySelector('[data-stage="2"]')!;
    const t1 = s1.querySelector('.stage-toggle')!;
    expect(t1.tagName).toBe('BUTTON');
    expect(t1.getAttribute('type')).toBe('button');
    expect(t1.getAttribute('aria-expanded')).toBe('false');
    expect(t1.getAttribute('aria-controls')).toBe('stage-1-body');
    expect(t1.textContent).toContain('4/4');
    expect(s1.querySelector('.stage-body')?.hasAttribute('hidden')).toBe(true);
    expect(s2.querySelector('.stage-toggle')?.getAttribute('aria-expanded')).toBe('true');
    expect(s2.querySelector('.stage-body')?.hasAttribute('hidden')).toBe(false);
    const bar = s2.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(bar.querySelector('.progress-bar')?.getAttribute('style')).toBe('width: 50%');
  });

  test('clicking a stage header toggles it and reports the choice', () => {
    const toggles: [number, boolean][] = [];
    const root = render(sampleOverview(), { onToggle: (n, e) => toggles.push([n, e]) });
    const s1 = root.querySelector('[data-stage="1"]')!;
    s1.querySelector('.stage-toggle')!.click();
    expect(s1.querySelector('.stage-toggle')?.getAttribute('aria-expanded')).toBe('true');
    expect(s1.querySelector('.stage-body')?.hasAttribute('hidden')).toBe(false);
    s1.querySelector('.stage-toggle')!.click();
    expect(s1.querySelector('.stage-body')?.hasAttribute('hidden')).toBe(true);
    expect(toggles).toEqual([
      [1, true],
      [1, false],
    ]);
  });

  test('action buttons: available ones call back, unavailable ones are disabled with the hint', () => {
    const pressed: string[] = [];
    const root = render(sampleOverview(), { onAction: (a, s) => pressed.push(`${s.code}:${a.id}`) });
    const ok = root.querySelector('[data-action="consents"]')!;
    const off = root.querySelector('[data-action="print"]')!;
    expect(ok.tagName).toBe('BUTTON');
    expect(ok.disabled).toBe(false);
    expect(ok.classList.contains('action')).toBe(true);
    expect(off.disabled).toBe(true);
    expect(off.getAttribute('title')).toBe('Сначала соберите все согласия.');
    expect(off.getAttribute('aria-description')).toBe('Сначала соберите все согласия.');
    const hintId = off.getAttribute('aria-describedby')!;
    expect(root.querySelector(`[id="${hintId}"]`)?.textContent).toBe('Сначала соберите все согласия.');
    ok.click();
    off.click();
    expect(pressed).toEqual(['2.2:consents']);
  });

  test('not configured and problems are shown prominently', () => {
    const root = render(
      sampleOverview({ configured: false, problems: ['Лист «Наставляемые» переименован: верните имя.'] }),
    );
    const nc = root.querySelector('[id="not-configured"]')!;
    expect(nc.textContent).toContain('Программа ещё не настроена');
    expect(nc.textContent).toContain('Расширения → Наставник → Настроить программу');
    const problems = root.querySelector('[id="problems"]')!;
    expect(problems.querySelectorAll('li').map((li) => li.textContent)).toEqual([
      'Лист «Наставляемые» переименован: верните имя.',
    ]);
  });

  test('data is text, never markup', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const root = render(
      sampleOverview({
        schoolShort: evil,
        stages: [stage(1, evil, [step('1.1', 'todo', { title: evil, statusText: evil })])],
        currentStep: '1.1',
      }),
    );
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelector('[id="school"]')?.textContent).toBe(evil);
    expect(root.querySelector('[data-step="1.1"]')?.textContent).toContain(evil);
  });

  test('all done shows a success note; step ids are safe', () => {
    const root = render(
      sampleOverview({ stages: [stage(1, 'Подготовка', [step('1.1', 'done')])], currentStep: null }),
    );
    expect(root.querySelector('.success')?.textContent).toBe('Все шаги дорожной карты выполнены.');
    expect(stepDomId('1.3')).toBe('step-1-3');
    expect(stepDomId('1.2.')).toBe('step-1-2');
  });
});
