import {
  STATUS_LABELS,
  defaultExpandedStage,
  overviewVM,
  progressPercent,
  safeUrl,
  stageOfCode,
  statusLabel,
  yearLabel,
} from '../../../html/sidebar/view';
import { sampleOverview, stage, step } from './fixtures';

describe('sidebar view model', () => {
  test('status labels are Russian', () => {
    expect(STATUS_LABELS).toEqual({
      done: 'Выполнено',
      in_progress: 'В работе',
      todo: 'Не начато',
      overdue: 'Просрочено',
    });
    expect(statusLabel('overdue')).toBe('Просрочено');
  });

  test('progress percentage is whole, clamped, and 0 for an empty stage', () => {
    expect(progressPercent(0, 4)).toBe(0);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(2, 3)).toBe(67);
    expect(progressPercent(4, 4)).toBe(100);
    expect(progressPercent(5, 4)).toBe(100);
    expect(progressPercent(-1, 4)).toBe(0);
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(NaN, 3)).toBe(0);
  });

  test('stage of a step code', () => {
    expect(stageOfCode('1.3')).toBe(1);
    expect(stageOfCode('7.2')).toBe(7);
    expect(stageOfCode('1.2.')).toBe(1);
    expect(stageOfCode('x')).toBeNaN();
  });

  test('the stage holding the current step is expanded by default', () => {
    expect(defaultExpandedStage(sampleOverview())).toBe(2);
    expect(defaultExpandedStage(sampleOverview({ currentStep: '6.1' }))).toBe(6);
    expect(defaultExpandedStage(sampleOverview({ currentStep: null }))).toBeNull();
    // A code the stages do not list still points at its stage by number.
    expect(defaultExpandedStage(sampleOverview({ currentStep: '3.9' }))).toBe(3);
    expect(defaultExpandedStage(sampleOverview({ currentStep: '9.1' }))).toBeNull();
  });

  test('overview view model: header, progress, current step, expanded stage', () => {
    const vm = overviewVM(sampleOverview());
    expect(vm.school).toBe('МБОУ МУК № 4 г. Кирова');
    expect(vm.academicYear).toBe('2022/2023 учебный год');
    expect(vm.stages.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(vm.stages.map((s) => s.expanded)).toEqual([false, true, false, false, false, false, false]);
    const s2 = vm.stages[1];
    expect(s2.progressText).toBe('1/2');
    expect(s2.percent).toBe(50);
    expect(s2.progressLabel).toBe('Выполнено шагов: 1 из 2');
    expect(s2.current).toBe(true);
    expect(vm.stages[0].current).toBe(false);
    const current = s2.steps.find((s) => s.current);
    expect(current?.code).toBe('2.2');
    expect(current?.statusLabel).toBe('Просрочено');
    expect(vm.stages.flatMap((s) => s.steps).filter((s) => s.current)).toHaveLength(1);
    expect(vm.allDone).toBe(false);
  });

  test('actions: unavailable ones are disabled and carry the hint', () => {
    const s = overviewVM(sampleOverview()).stages[1].steps[1];
    expect(s.actions).toEqual([
      {
        id: 'consents',
        label: 'Проверить согласия',
        disabled: false,
        hint: '',
        input: null,
        confirm: '',
        progressNoun: '',
        primary: false,
      },
      {
        id: 'print',
        label: 'Распечатать базу',
        disabled: true,
        hint: 'Сначала соберите все согласия.',
        input: null,
        confirm: '',
        progressNoun: '',
        primary: false,
      },
    ]);
  });

  test('actions carry their input and confirmation question', () => {
    const vm = overviewVM(
      sampleOverview({
        stages: [
          stage(1, 'Подготовка', [
            step('1.1', 'todo', {
              actions: [
                {
                  id: 'invite',
                  label: 'Пригласить наставника',
                  available: true,
                  hint: '',
                  input: { label: 'Адрес почты', kind: 'email', placeholder: 'ivanova@school.ru' },
                  confirm: ' Отправить приглашение? ',
                },
                {
                  id: 'odd',
                  label: 'Странное поле',
                  available: true,
                  hint: '',
                  input: { label: 'Поле', kind: 'password' as unknown as 'text' },
                },
              ],
            }),
          ]),
        ],
        currentStep: '1.1',
      }),
    );
    const [invite, odd] = vm.stages[0].steps[0].actions;
    expect(invite.input).toEqual({
      label: 'Адрес почты',
      kind: 'email',
      placeholder: 'ivanova@school.ru',
      options: [],
      fields: [],
    });
    expect(invite.confirm).toBe('Отправить приглашение?');
    expect(odd.input).toEqual({ label: 'Поле', kind: 'text', placeholder: '', options: [], fields: [] });
    expect(odd.confirm).toBe('');
  });

  test('step links: only web and mail addresses, blank label falls back to the address', () => {
    const links = [
      { label: 'Анкета', url: 'https://docs.google.com/forms/d/abc/viewform' },
      { label: 'Вредная', url: 'javascript:alert(1)' },
      { label: ' ', url: 'mailto:kurator@school.ru' },
      { label: 'Пустая', url: '' },
    ];
    const vm = overviewVM(
      sampleOverview({ stages: [stage(1, 'П', [step('1.1', 'todo', { links })])], currentStep: '1.1' }),
    );
    expect(vm.stages[0].steps[0].links).toEqual([
      { label: 'Анкета', url: 'https://docs.google.com/forms/d/abc/viewform' },
      { label: 'mailto:kurator@school.ru', url: 'mailto:kurator@school.ru' },
    ]);
    expect(safeUrl(' https://example.org/a ')).toBe('https://example.org/a');
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
    // A step without links (an older server) still works.
    const bare = step('1.1', 'todo');
    delete (bare as Partial<typeof bare>).links;
    expect(
      overviewVM(sampleOverview({ stages: [stage(1, 'П', [bare])], currentStep: '1.1' })).stages[0].steps[0]
        .links,
    ).toEqual([]);
  });

  test('what the user opened or closed by hand survives a reload', () => {
    const vm = overviewVM(
      sampleOverview(),
      new Map([
        [2, false],
        [5, true],
      ]),
    );
    expect(vm.stages.filter((s) => s.expanded).map((s) => s.number)).toEqual([5]);
  });

  test('a done step shows no «next»', () => {
    const vm = overviewVM(
      sampleOverview({
        stages: [stage(1, 'Подготовка', [step('1.1', 'done', { next: 'лишнее' })])],
        currentStep: null,
      }),
    );
    expect(vm.stages[0].steps[0].next).toBe('');
    expect(vm.allDone).toBe(true);
  });

  test('empty school and year get Russian placeholders; problems keep order and drop blanks', () => {
    const vm = overviewVM(
      sampleOverview({
        schoolShort: ' ',
        academicYear: '',
        configured: false,
        problems: ['Лист «Наставники»: нет столбца «E-mail».', ''],
      }),
    );
    expect(vm.school).toBe('Школа не указана');
    expect(vm.academicYear).toBe('Учебный год не указан');
    expect(vm.configured).toBe(false);
    expect(vm.problems).toEqual(['Лист «Наставники»: нет столбца «E-mail».']);
  });

  test('year label does not repeat «учебный год»', () => {
    expect(yearLabel('2022/2023')).toBe('2022/2023 учебный год');
    expect(yearLabel('2022/2023 учебный год')).toBe('2022/2023 учебный год');
  });
});
