import { finalReportData, parseCurators } from '../../../src/domain/documents/final-report-data';
import { FINAL_REPORT } from '../../../src/domain/documents/final-report';
import { buildFillPlan, renderText } from '../../../src/domain/documents/placeholders';
import { reportConclusions, type FinalReportFacts } from '../../../src/domain/documents/report-conclusions';
import { signed } from '../../../src/domain/documents/report-numbers';
import { catalogOf, declarationText } from '../../../src/domain/documents/template';
import { IMPACT_ITEMS, PROCESS_ITEMS, SATISFACTION_ITEMS } from '../../../src/domain/forms/monitoring-items';
import { computeIndicators, type Participant } from '../../../src/domain/monitoring';

const settings = {
  schoolFull: 'МБОУ «Школа № 1»',
  schoolShort: 'МБОУ Школа № 1',
  director: 'Попова Л.А.',
  city: 'Киров',
  curators: [],
  academicYearStart: 2022,
  outputFolder: 'Папка',
};
const people: Participant[] = [
  { personId: 'M1', role: 'mentor', pairIds: ['P1'] },
  { personId: 'T1', role: 'mentee', pairIds: ['P1'], youngTeacher: true },
];
const all = (items: readonly { key: string }[], v: number) =>
  Object.fromEntries(items.map((i) => [i.key, v]));

function facts(over: Partial<FinalReportFacts> = {}): FinalReportFacts {
  return {
    indicators: computeIndicators({
      participants: people,
      satisfaction: [],
      impactBefore: [],
      impactAfter: [],
    }),
    pairs: [
      { title: 'Смирнова О.В. — Алексеева А.Д.', group: false, meetings: 8, last: new Date(2023, 4, 5) },
    ],
    mentors: 1,
    mentees: 1,
    best: [],
    ...over,
  };
}

describe('the final report (pure)', () => {
  it('reads curators one a line, name before the first comma', () => {
    expect(parseCurators('Иванова Мария Петровна, заместитель директора по УВР\n\n Петров П.П.; ')).toEqual([
      { name: 'Иванова Мария Петровна', position: 'заместитель директора по УВР' },
      { name: 'Петров П.П.', position: '' },
    ]);
  });

  it('prints signed changes with a true minus and no sign for zero', () => {
    expect([signed(1.88), signed(-0.29), signed(0.01), signed(null)]).toEqual(['+1,9', '−0,3', '0,0', '—']);
  });

  it('without any answers: every section still fills, and the conclusions ask for the surveys', () => {
    const data = finalReportData({ settings, date: new Date(2023, 4, 25), number: null }, facts(), [
      { name: 'Иванова Мария Петровна', position: '' },
    ]);
    const template = declarationText(FINAL_REPORT);
    expect(() => buildFillPlan(template, catalogOf(FINAL_REPORT), data)).not.toThrow();
    const text = renderText(template, data);
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).toContain('Лучшие наставники по итогам рейтинга не определены.');
    expect(text).toContain('Куратор\t_______________ М.П. Иванова');
    expect(text).toContain('Удовлетворённость в целом\t—\t—');
    const c = reportConclusions(facts());
    expect(c[0]).toContain('Мониторинг удовлетворённости участием в программе не проведён');
    expect(c.join(' ')).toContain('Самооценку участников до и после программы сравнить нельзя');
    expect(c.join(' ')).toContain('Все пары (группы) встречались регулярно: в среднем 8,0 встречи');
  });

  it('when every item is rated high and self-assessment falls, says so', () => {
    const ind = computeIndicators({
      participants: people,
      satisfaction: ['M1', 'T1'].map((personId) => ({
        personId,
        ratings: { ...all(SATISFACTION_ITEMS, 9), ...all(PROCESS_ITEMS, 8) },
      })),
      impactBefore: [{ personId: 'T1', ratings: all(IMPACT_ITEMS, 7) }],
      impactAfter: [
        {
          personId: 'T1',
          ratings: all(IMPACT_ITEMS, 6),
          openLessons: 1,
          publications: 0,
          competitions: 0,
          stays: true,
        },
      ],
    });
    const c = reportConclusions(facts({ indicators: ind, best: ['Смирнова Ольга Викторовна'] })).join('\n');
    expect(c).toContain(
      'Все пункты удовлетворённости и качества реализации оценены в среднем на 8 баллов и выше.',
    );
    expect(c).toContain('Самооценка участников не выросла (7,0 до программы, 6,0 после)');
    expect(c).toContain('Все молодые специалисты — участники программы (1) остаются работать в школе.');
    expect(c).toContain('В опросе самооценки до программы участвовали 50% участников');
    expect(c).not.toContain('Ниже всего оценён');
  });
});
