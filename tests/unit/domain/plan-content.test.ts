import {
  activitySchedule,
  menteeWords,
  planGoals,
  planResults,
} from '../../../src/domain/documents/plan-content';
import { planData } from '../../../src/domain/documents/plan-data';
import { demoSettings } from '../../../dev/demo-school';

const PAIR = menteeWords(false);
const GROUP = menteeWords(true);
const SEPT = new Date(2022, 8, 20);

describe('the individual plan’s content (Р-145)', () => {
  test('a dated activity a month, October to May, none repeated, each with its form of reporting', () => {
    const plan = activitySchedule(['Работа с родителями'], ['Работа с родителями'], 2022, SEPT, PAIR);
    expect(plan.map((a) => a.date)).toEqual([
      'до 20.10.2022',
      'до 20.11.2022',
      'до 20.12.2022',
      'до 20.01.2023',
      'до 20.02.2023',
      'до 20.03.2023',
      'до 20.04.2023',
      'до 20.05.2023',
    ]);
    expect(new Set(plan.map((a) => a.text)).size).toBe(8);
    expect(plan.every((a) => a.report.length > 3)).toBe(true);
    expect(plan[3].text).toMatch(/^Промежуточная обратная связь/);
    expect(plan.map((a) => a.text)).toEqual(
      expect.arrayContaining([
        'Подготовка родительского собрания вместе с наставником',
        'Разбор трудных ситуаций общения с родителями',
      ]),
    );
  });

  test('the mentor’s competences bring a master class; the requests the mentor knows come first', () => {
    const plan = activitySchedule(
      ['Функциональная грамотность', 'Работа с родителями'],
      ['Работа с родителями', 'Подготовка к аттестации'],
      2022,
      SEPT,
      PAIR,
    );
    expect(plan[1].text).toBe('Подготовка родительского собрания вместе с наставником');
    expect(plan.map((a) => a.text)).toContain('Мастер-класс наставника по теме «Подготовка к аттестации»');
  });

  test('with no requests and no competences the months still differ', () => {
    const plan = activitySchedule([], [], 2022, SEPT, PAIR);
    expect(plan).toHaveLength(8);
    expect(new Set(plan.map((a) => a.text)).size).toBe(8);
  });

  test('a plan made late starts where it is made: no activity dated before the plan', () => {
    const plan = activitySchedule(['Работа с родителями'], [], 2022, new Date(2022, 11, 5), PAIR);
    expect(plan.map((a) => a.date)[0]).toBe('до 20.12.2022');
    expect(plan[0].text).toMatch(/^Знакомство/);
    expect(plan).toHaveLength(6);
    expect(plan[plan.length - 1].text).toMatch(/^Подведение итогов/);
  });

  test('a group is spoken of in the plural', () => {
    expect(planGoals([], GROUP)[0]).toContain('адаптация наставляемых');
    expect(planGoals([], GROUP)[0]).toContain('их профессионального');
    expect(planResults([], GROUP).at(-1)).toMatch(/^наставляемые удовлетворены/);
    expect(planResults([], PAIR).at(-1)).toMatch(/^наставляемый удовлетворён/);
    const texts = activitySchedule(
      ['Классное руководство и воспитательная работа'],
      [],
      2022,
      SEPT,
      GROUP,
    ).map((a) => a.text);
    expect(texts.join('\n')).not.toMatch(/наставляемого/);
    expect(texts).toContain('Классные часы наставляемых и их анализ');
  });

  test('a request typed with its own quotes is quoted as «…„…“…»', () => {
    expect(planGoals(['Проект "Читаем вместе"'], PAIR)[1]).toBe(
      'профессиональное развитие по запросу «Проект „Читаем вместе“»',
    );
  });

  test('the plan’s data: the curator agrees it, a signature line per mentee by gender', () => {
    const data = planData(
      {
        settings: demoSettings(2022),
        date: SEPT,
        number: null,
        curators: [{ name: 'Иванова Мария Петровна', position: 'заместитель директора' }],
      },
      {
        id: 'P1',
        kind: 'группа',
        mentor: { id: 'M', fullName: 'Смирнова Ольга Викторовна', competences: 'Работа с родителями' },
        mentees: [
          { id: 'A', fullName: 'Алексеева Анна Дмитриевна', requests: 'Работа с родителями' },
          { id: 'B', fullName: 'Голубев Артём Викторович', requests: 'Подготовка к аттестации' },
        ],
      },
    );
    expect(data.fields['curator.signature']).toBe('М.П. Иванова');
    expect(data.flags.group).toBe(true);
    expect(data.lists.signatures).toEqual([
      { role: 'Наставляемая', signature: 'А.Д. Алексеева' },
      { role: 'Наставляемый', signature: 'А.В. Голубев' },
    ]);
    expect(data.lists.meetings[0]).toMatchObject({ date: 'до 20.10.2022', month: 'Октябрь 2022' });
  });
});
