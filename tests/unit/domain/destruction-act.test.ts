import { DESTRUCTION_ACT, DESTRUCTION_LOG } from '../../../src/domain/documents/destruction-act';
import {
  destructionActData,
  destructionLogData,
  type DestructionFacts,
  type DestructionSubject,
} from '../../../src/domain/documents/destruction-data';
import { buildFillPlan } from '../../../src/domain/documents/placeholders';
import { catalogOf, declarationText } from '../../../src/domain/documents/template';
import { SCHOOL } from '../../integration/fixture';

const DATE = new Date(2023, 4, 30, 10, 0);

function facts(subjects: DestructionSubject[]): DestructionFacts {
  return {
    subjects,
    clearedSheets: ['Наставляемые', 'Наставники'],
    scrubbedSheets: ['Журнал'],
    kept: [],
    actor: 'curator@school.example',
    reason: { kind: 'yearClosed' },
  };
}
const person = (name: string, role: DestructionSubject['role'] = 'mentee'): DestructionSubject => ({
  name,
  role,
});

describe('the act of destruction: official Russian and nothing invented', () => {
  it.each([
    [1, '1 человек'],
    [2, '2 человека'],
    [5, '5 человек'],
    [21, '21 человек'],
    [22, '22 человека'],
  ])('%i people: «%s»', (n, words) => {
    const subjects = Array.from({ length: n }, (_, i) => person(`Иванов${i} Иван Иванович`));
    const data = destructionActData({ settings: SCHOOL, date: DATE, number: null }, facts(subjects));
    expect(data.fields['subjects.count']).toBe(words);
    expect(data.lists.subjects).toHaveLength(n);
  });

  it('names the role as the person’s gender needs, and a held answer by its address', () => {
    const data = destructionActData(
      { settings: SCHOOL, date: DATE, number: null },
      facts([
        person('Петрова Анна Ивановна'),
        person('Захаров Илья Романович'),
        person('Смирнова Ольга Викторовна', 'mentor'),
        person('held@school.example', 'respondent'),
        person('curator@school.example', 'curator'),
      ]),
    );
    expect(data.lists.subjects.map((s) => s.role)).toEqual([
      'наставляемая',
      'наставляемый',
      'наставник',
      'респондент анкеты',
      'куратор программы',
    ]);
  });

  it('leaves a marked line for the address when setup has none, and always for who destroyed the data', () => {
    const ctx = { settings: { ...SCHOOL, schoolAddress: '' }, date: DATE, number: null };
    const data = destructionActData(ctx, facts([person('Петрова Анна Ивановна')]));
    expect(data.fields['operator.address']).toMatch(
      /^_{10,} \(адрес школы не указан в настройках программы: впишите от руки\)$/,
    );
    expect(data.lists.destroyers).toHaveLength(2);
    for (const d of data.lists.destroyers) {
      expect(d.name).toMatch(/^_{10,} \(фамилия, имя, отчество: впишите от руки\)$/);
      expect(d.position).toMatch(/^_{10,} \(должность: впишите от руки\)$/);
    }
    const withAddress = destructionActData(
      { ...ctx, settings: SCHOOL },
      facts([person('Петрова Анна Ивановна')]),
    );
    expect(withAddress.fields['operator.address']).toBe(SCHOOL.schoolAddress);
  });

  it('fills both templates with no placeholder left, and the export dates the destruction by its last event', () => {
    const ctx = { settings: SCHOOL, date: DATE, number: null };
    const act = destructionActData(ctx, facts([person('Петрова Анна Ивановна')]));
    expect(() =>
      buildFillPlan(declarationText(DESTRUCTION_ACT), catalogOf(DESTRUCTION_ACT), act),
    ).not.toThrow();
    const events = [
      {
        at: new Date(2023, 4, 31, 9, 5),
        user: 'curator@school.example',
        action: 'Удаление',
        details: 'Удалены строки',
      },
    ];
    const log = destructionLogData(
      { ...ctx, date: new Date(2023, 5, 1) },
      { date: DATE, subjects: 1, reason: { kind: 'yearClosed' } },
      events,
    );
    expect(() =>
      buildFillPlan(declarationText(DESTRUCTION_LOG), catalogOf(DESTRUCTION_LOG), log),
    ).not.toThrow();
    expect(log.fields['act.date']).toBe('30.05.2023');
    expect(log.fields['destroyed.date']).toBe('31.05.2023');
    expect(log.fields['subjects.count']).toBe('1 человек');
    expect(log.lists.events).toEqual([
      {
        n: '1',
        at: '31.05.2023 09:05',
        user: 'curator@school.example',
        action: 'Удаление',
        details: 'Удалены строки',
      },
    ]);
  });

  it('says no «(ы)» and no «..» anywhere in its declared text', () => {
    for (const decl of [DESTRUCTION_ACT, DESTRUCTION_LOG])
      expect(declarationText(decl)).not.toMatch(/\(ы\)|\(а\)|\.\./);
  });
});
