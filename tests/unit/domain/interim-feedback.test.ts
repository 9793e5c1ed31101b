import { allQuestions, formDefinitions } from '../../../src/domain/forms/definitions';
import {
  CURATOR_SUPPORT,
  MEETINGS_AS_PLANNED,
  NO_SUPPORT,
  PLAN_PROGRESS,
} from '../../../src/domain/forms/interim-forms';
import { SURVEY_FORMS } from '../../../src/domain/forms/monitoring-forms';
import { answeredOf, interimSummary, type InterimInput } from '../../../src/domain/interim-summary';

const DEFS = formDefinitions();
const keys = (key: keyof typeof DEFS) => allQuestions(DEFS[key]).map((q) => q.key);

describe('the January interim feedback per role', () => {
  it('sends each role its own form with its own questions', () => {
    expect(SURVEY_FORMS.interim).toEqual({ mentor: 'interimMentor', mentee: 'interimMentee' });
    expect([DEFS.interimMentor.audience, DEFS.interimMentee.audience]).toEqual(['mentor', 'mentee']);
    expect(keys('interimMentee')).toEqual([
      'int_meetings',
      'int_help',
      'int_requests',
      'int_difficulties',
      'int_change',
    ]);
    expect(keys('interimMentor')).toEqual([
      'int_engaged',
      'int_plan',
      'int_done',
      'int_behind',
      'int_support',
      'int_change',
    ]);
    expect(DEFS.interimMentor.title).toBe('Промежуточная обратная связь: анкета наставника');
    expect(DEFS.interimMentee.sheetName).not.toBe(DEFS.interimMentor.sheetName);
    // The earlier single form stays readable with its own questions and response sheet.
    expect(keys('interim')).toEqual(['int_useful', 'int_regular', 'int_progress', 'good', 'change']);
    expect(DEFS.interim.audience).toBeUndefined();
  });

  it.each([
    ['mentor', 3, 4, '3 наставника из 4 ответили'],
    ['mentor', 1, 4, '1 наставник из 4 ответил'],
    ['mentor', 21, 30, '21 наставник из 30 ответил'],
    ['mentor', 5, 7, '5 наставников из 7 ответили'],
    ['mentee', 1, 4, '1 наставляемый из 4 ответил'],
    ['mentee', 2, 4, '2 наставляемых из 4 ответили'],
    ['mentee', 0, 4, 'Из 4 наставляемых пока никто не ответил'],
    ['mentor', 0, 1, 'Из 1 наставника пока никто не ответил'],
    ['mentor', 0, 21, 'Из 21 наставника пока никто не ответил'],
    ['mentee', 0, 0, 'Наставляемых в утверждённых парах/группах нет'],
  ] as const)('%s: %i of %i → «%s»', (role, answered, total, text) => {
    expect(answeredOf(role, answered, total)).toBe(text);
  });
});

const input = (over: Partial<InterimInput>): InterimInput => ({
  participants: { mentor: 2, mentee: 3 },
  answers: { mentor: [], mentee: [] },
  perRoleForms: true,
  legacy: null,
  ...over,
});

describe('the curator summary of the interim feedback', () => {
  it('points to the pairs whose answers call for the curator, and to nobody else', () => {
    const s = interimSummary(
      input({
        answers: {
          mentee: [
            {
              values: { int_meetings: MEETINGS_AS_PLANNED[2], int_help: 4 },
              pairs: ['Смирнова О.В. — Алексеева А.Д.'],
            },
            {
              values: { int_meetings: MEETINGS_AS_PLANNED[1], int_help: 5 },
              pairs: ['Кузнецов А.П. — Захаров И.Р.'],
            },
          ],
          mentor: [
            {
              values: {
                int_engaged: 9,
                int_plan: PLAN_PROGRESS[2],
                int_support: [CURATOR_SUPPORT[1], 'Свой вариант'],
              },
              pairs: ['Васильева Т.Н. — Павлова Д.А., Орлова В.М.'],
            },
            {
              values: { int_engaged: 8, int_plan: PLAN_PROGRESS[0], int_support: [NO_SUPPORT] },
              pairs: ['Кузнецов А.П. — Захаров И.Р.'],
            },
          ],
        },
      }),
    );
    expect(s.message).toBe('2 наставника из 2 ответили; 2 наставляемых из 3 ответили.');
    const steps = s.lines.slice(s.lines.indexOf('Что сделать:') + 1);
    expect(steps).toEqual([
      '— Васильева Т.Н. — Павлова Д.А., Орлова В.М.: план значительно отстаёт от графика: помогите перенести мероприятия на второе полугодие.',
      '— Васильева Т.Н. — Павлова Д.А., Орлова В.М.: наставник просит поддержки куратора (Консультация куратора, Свой вариант).',
      '— Смирнова О.В. — Алексеева А.Д.: наставляемый отвечает, что встречи почти не проходят: обсудите с наставником график встреч.',
      '— Смирнова О.В. — Алексеева А.Д.: наставляемый низко оценил пользу помощи наставника: поговорите с парой/группой, при необходимости уточните план (4).',
      '— Ещё не ответили: 1 наставляемый. Напомните об анкете: ссылка есть в письме-приглашении и в карточке педагога в Gmail.',
    ]);
    expect(s.lines).toContain('Польза помощи наставника: в среднем 4,5 из 10 (2 оценки)');
    expect(s.lines).toContain(
      'Встречи по плану: «Нет, встречи почти не проходят» — 1; «Иногда переносятся или пропускаются» — 1',
    );
  });

  it('summarises the answers to the earlier single form and says how to move to the forms per role', () => {
    const s = interimSummary(
      input({
        perRoleForms: false,
        legacy: [
          {
            role: 'mentor',
            values: { int_useful: 6, int_regular: 6, int_progress: 6, change: 'Чаще' },
            answeredAgain: false,
          },
          {
            role: 'mentee',
            values: { int_useful: 8, int_regular: 8, int_progress: 8 },
            answeredAgain: false,
          },
        ],
      }),
    );
    expect(s.message).toBe('1 наставник из 2 ответил; 1 наставляемый из 3 ответил.');
    expect(s.lines[0]).toContain('создана прежней версией');
    expect(s.lines).toContain('Польза встреч: 7,0 (наставники 6,0, наставляемые 8,0)');
    expect(s.lines).toContain('— Чаще');
    // Nobody is reminded of forms per role that do not exist.
    expect(s.lines.join('\n')).not.toContain('Ещё не ответили');
  });
});
