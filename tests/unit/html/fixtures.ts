/** A small Overview shaped like the seed roadmap (МБОУ МУК № 4 г. Кирова, 2022/2023). */
import type { Overview, StageView, StepStatus, StepView } from '../../../src/api/types';

export function step(code: string, status: StepStatus, extra: Partial<StepView> = {}): StepView {
  return {
    code,
    title: `Шаг ${code}`,
    content: `Содержание шага ${code}`,
    due: 'Сентябрь 2022',
    responsible: 'Кураторы целевой модели наставничества',
    status,
    statusText: '',
    next: status === 'done' ? '' : `Сделайте шаг ${code}`,
    actions: [],
    links: [],
    ...extra,
  };
}

export function stage(number: number, title: string, steps: StepView[]): StageView {
  return { number, title, steps, done: steps.filter((s) => s.status === 'done').length, total: steps.length };
}

export function sampleOverview(extra: Partial<Overview> = {}): Overview {
  return {
    configured: true,
    schoolShort: 'МБОУ МУК № 4 г. Кирова',
    academicYear: '2022/2023',
    currentStep: '2.2',
    problems: [],
    stages: [
      stage(1, 'Подготовка условий для запуска программы наставничества', [
        step('1.1', 'done'),
        step('1.2', 'done'),
        step('1.3', 'done'),
        step('1.4', 'done'),
      ]),
      stage(2, 'Формирование базы наставляемых', [
        step('2.1', 'done'),
        step('2.2', 'overdue', {
          statusText: 'В базе 12 наставляемых, 11 согласий',
          actions: [
            { id: 'consents', label: 'Проверить согласия', available: true, hint: '' },
            {
              id: 'print',
              label: 'Распечатать базу',
              available: false,
              hint: 'Сначала соберите все согласия.',
            },
          ],
        }),
      ]),
      stage(3, 'Формирование базы наставников', [step('3.1', 'in_progress'), step('3.2', 'todo')]),
      stage(4, 'Отбор и обучение наставников', [step('4.1', 'todo'), step('4.2', 'todo')]),
      stage(5, 'Формирование наставнических пар/групп', [step('5.1', 'todo'), step('5.2', 'todo')]),
      stage(6, 'Организация и осуществление работы наставнических пар/групп', [
        step('6.1', 'todo', { due: 'Октябрь 2022 – май 2023' }),
        step('6.2', 'todo'),
      ]),
      stage(7, 'Завершение программы наставничества', [step('7.1', 'todo'), step('7.2', 'todo')]),
    ],
    ...extra,
  };
}
