import { parseResponse } from '../../../src/domain/forms/answers';
import { allQuestions, formDefinitions } from '../../../src/domain/forms/definitions';
import { CURATOR_ITEMS } from '../../../src/domain/forms/curator-items';
import { PRIVACY_NOTES, SURVEY_FORMS, anonymousVariant } from '../../../src/domain/forms/monitoring-forms';
import {
  GOALS,
  IMPACT_ITEMS,
  PROCESS_ITEMS,
  SATISFACTION_ITEMS,
  SWOT,
} from '../../../src/domain/forms/monitoring-items';
import { computeIndicators, type MonitoringInput } from '../../../src/domain/monitoring';
import { categoryRank, goalsReachedShare } from '../../../src/domain/monitoring-outcomes';
import { monitoringGrid } from '../../../src/domain/monitoring-sheet';
import { scoreMentors } from '../../../src/domain/ranking';
import { CATEGORIES } from '../../../src/domain/schema/sheets';

/**
 * Monitoring as the methodology describes it (Р-145, its monitoring appendix; письмо АЗ-1128/08): separate
 * questionnaires for mentors and mentees, the «до» self-assessment in October, the plan's goals, the SWOT
 * questions of May, the curator's questionnaire, attestation and students' results among the impact
 * indicators, and an anonymous satisfaction survey with a ranking that uses named facts only.
 */

const defs = formDefinitions();
const titles = (key: keyof typeof defs) => allQuestions(defs[key]).map((q) => q.title);
const keys = (key: keyof typeof defs) => allQuestions(defs[key]).map((q) => q.key);

describe('the monitoring questionnaires', () => {
  it('mentors and mentees answer different questions in every survey, each role its own items', () => {
    for (const survey of ['satisfaction', 'impactBefore', 'impactAfter'] as const) {
      const { mentor, mentee } = SURVEY_FORMS[survey];
      expect(mentor).not.toBe(mentee);
      const mentorTitles = new Set(titles(mentor));
      // Some questions are the mentee's alone, and the mentor has questions the mentee is never asked.
      expect(titles(mentee).filter((t) => !mentorTitles.has(t)).length).toBeGreaterThan(2);
      expect(titles(mentor).filter((t) => !titles(mentee).includes(t)).length).toBeGreaterThan(2);
    }
    expect(keys('satisfactionMentee')).toContain('sat_help');
    expect(keys('satisfactionMentor')).not.toContain('sat_help');
    expect(keys('satisfactionMentor')).toContain('sat_engaged');
    expect(keys('impactBeforeMentor')).toContain('imp_mentoring');
    expect(keys('impactBeforeMentee')).not.toContain('imp_mentoring');
    // Every item is asked of someone.
    for (const item of [...SATISFACTION_ITEMS, ...PROCESS_ITEMS, ...IMPACT_ITEMS])
      expect(Object.keys(item.ask).length).toBeGreaterThan(0);
  });

  it('the «до» self-assessment belongs to October (6.1) and asks the same items as «после» (7.1)', () => {
    for (const role of ['mentor', 'mentee'] as const) {
      const before = defs[SURVEY_FORMS.impactBefore[role]];
      const after = defs[SURVEY_FORMS.impactAfter[role]];
      expect(before.step).toBe('6.1');
      expect(after.step).toBe('7.1');
      const scale = (k: typeof before) =>
        allQuestions(k)
          .filter((q) => q.kind === 'scale')
          .map((q) => q.title);
      expect(scale(after)).toEqual(scale(before));
    }
  });

  it('May asks whether the plan’s goals were reached and the four SWOT questions', () => {
    for (const key of ['satisfactionMentor', 'satisfactionMentee'] as const) {
      const goals = allQuestions(defs[key]).find((q) => q.key === 'goals')!;
      expect(goals).toMatchObject({ kind: 'choice', required: true, choices: GOALS });
      for (const q of SWOT) expect(keys(key)).toContain(q.key);
    }
  });

  it('the after-survey asks attestation, the category now and the students’ results', () => {
    for (const key of ['impactAfterMentor', 'impactAfterMentee'] as const)
      expect(keys(key)).toEqual(expect.arrayContaining(['attested', 'categoryNow', 'studentResults']));
  });

  it('the curator’s questionnaire rates the conditions and must answer the SWOT questions', () => {
    const curator = defs.curator;
    expect(curator.step).toBe('7.1');
    expect(keys('curator')).toEqual(expect.arrayContaining(CURATOR_ITEMS.map((i) => i.key)));
    for (const q of SWOT)
      expect(allQuestions(curator).find((x) => x.key === q.key)).toMatchObject({ required: true });
  });

  it('every form that asks a qualification category offers every attestation outcome', () => {
    let asked = 0;
    for (const def of Object.values(defs))
      for (const q of allQuestions(def))
        if (q.choices?.includes('первая')) {
          asked++;
          expect(q.choices).toEqual(CATEGORIES);
          expect(q.choices).toContain('соответствие занимаемой должности');
        }
    // The mentee's and the mentor's questionnaires and both after-surveys.
    expect(asked).toBe(4);
  });

  it('an anonymous satisfaction form collects no e-mail and says how the ranking works without it', () => {
    const def = defs.satisfactionMentee;
    expect(def.description).toContain(PRIVACY_NOTES.namedNote);
    const anon = anonymousVariant(def);
    expect(anon.anonymous).toBe(true);
    expect(anon.description).toContain(PRIVACY_NOTES.anonymousNote);
    expect(anon.description).not.toContain(PRIVACY_NOTES.namedNote);
    expect(anon.description).toMatch(/числу проведённых встреч, оценке куратора/);
  });

  it('a choice the form does not offer is a Russian problem, not a value', () => {
    const def = defs.impactAfterMentee;
    const title = (k: string) => allQuestions(def).find((q) => q.key === k)!.title;
    const r = parseResponse(def, {
      'Адрес электронной почты': 'a@school.example',
      [title('categoryNow')]: 'вторая',
      [title('openLessons')]: 'три',
    });
    expect(r.values.categoryNow).toBeNull();
    expect(r.values.openLessons).toBeNull();
    expect(r.problems).toEqual(
      expect.arrayContaining([
        `Ответ на вопрос «${title('categoryNow')}» («вторая») не из предложенных вариантов.`,
        `Ответ на вопрос «${title('openLessons')}» («три») не целое число.`,
      ]),
    );
    // An anonymous form is not faulted for having no e-mail.
    expect(parseResponse(anonymousVariant(defs.satisfactionMentee), {}).problems.join(' ')).not.toContain(
      'адреса эл. почты',
    );
  });
});

const after = (personId: string, role: 'mentor' | 'mentee', extra: object) => ({
  personId,
  role,
  ratings: {},
  openLessons: 0,
  publications: 0,
  competitions: 0,
  stays: true,
  ...extra,
});

/** P1: mentor M1 + mentee E1 (base category «первая»); P2: mentor M2 + mentee E2 (no category). */
const INPUT: MonitoringInput = {
  participants: [
    { personId: 'M1', role: 'mentor', pairIds: ['P1'], category: 'высшая' },
    { personId: 'M2', role: 'mentor', pairIds: ['P2'], category: 'высшая' },
    { personId: 'E1', role: 'mentee', pairIds: ['P1'], category: 'первая' },
    { personId: 'E2', role: 'mentee', pairIds: ['P2'], category: 'без категории' },
  ],
  satisfaction: [
    // Two anonymous mentee answers and one anonymous mentor answer: no person, counted by the form's role.
    {
      personId: null,
      role: 'mentee',
      ratings: { sat_overall: 9 },
      goals: GOALS[0],
      swot: { swotStrengths: 'Встречи каждую неделю.', swotThreats: 'Нагрузка' },
    },
    {
      personId: null,
      role: 'mentee',
      ratings: { sat_overall: 5 },
      goals: GOALS[2],
      swot: { swotStrengths: 'встречи каждую неделю' },
    },
    { personId: null, role: 'mentor', ratings: { sat_overall: 8 }, goals: GOALS[1], swot: {} },
  ],
  impactBefore: [
    { personId: 'E1', role: 'mentee', ratings: { imp_planning: 4 } },
    { personId: 'E2', role: 'mentee', ratings: { imp_planning: 6 } },
  ],
  impactAfter: [
    // E1 attested and rose to «высшая»; E2 stays «без категории»; M1 answered «соответствие» (a fall).
    after('E1', 'mentee', {
      ratings: { imp_planning: 7 },
      attested: true,
      categoryNow: 'высшая',
      studentResults: 'Улучшились',
    }),
    after('E2', 'mentee', {
      ratings: { imp_planning: 7 },
      attested: false,
      categoryNow: 'без категории',
      studentResults: 'Не изменились',
    }),
    after('M1', 'mentor', {
      attested: true,
      categoryNow: 'соответствие занимаемой должности',
      studentResults: 'Улучшились',
    }),
  ],
  curator: [
    {
      personId: 'c@school.example',
      ratings: { cur_materials: 6 },
      swot: { swotStrengths: 'Сильные наставники' },
    },
  ],
  anonymous: true,
};

describe('the monitoring’s indicators beyond the ratings', () => {
  const ind = computeIndicators(INPUT);

  it('anonymous answers count in the means by role, in no pair', () => {
    const overall = ind.items.find((i) => i.item.key === 'sat_overall')!;
    expect(overall.byRole.mentee).toMatchObject({ n: 2, mean: 7 });
    expect(overall.byRole.mentor).toMatchObject({ n: 1, mean: 8 });
    expect(ind.pairs.every((p) => p.rating.n === 0)).toBe(true);
    expect(ind.responseRate.satisfaction.byRole).toEqual({
      mentor: { answered: 1, participants: 2 },
      mentee: { answered: 2, participants: 2 },
    });
    expect(ind.anonymous).toBe(true);
  });

  it('the plan’s goals by role, and the share reached fully or mostly', () => {
    expect(ind.outcomes.goals.mentee).toEqual({
      [GOALS[0]]: 1,
      [GOALS[1]]: 0,
      [GOALS[2]]: 1,
      [GOALS[3]]: 0,
    });
    expect(goalsReachedShare(ind.outcomes.goals.mentee)).toBe(0.5);
    expect(goalsReachedShare(ind.outcomes.goals.mentor)).toBe(1);
    expect(goalsReachedShare({})).toBeNull();
  });

  it('attestation, a rise of category against the base, and the students’ results', () => {
    expect(categoryRank('соответствие занимаемой должности')).toBeLessThan(categoryRank('первая')!);
    expect(categoryRank('педагог-наставник')).toBe(categoryRank('педагог-методист'));
    expect(categoryRank('вторая')).toBeNull();
    expect(ind.outcomes).toMatchObject({ attested: 2, categoryRaised: 1, categoryKnown: 3 });
    expect(ind.outcomes.students.mentee).toMatchObject({ Улучшились: 1, 'Не изменились': 1 });
    expect(ind.outcomes.students.mentor).toMatchObject({ Улучшились: 1 });
  });

  it('Мониторинг counts the students’ results in agreeing Russian («1 из 1 ответа», «1 из 2 ответов»)', () => {
    const cells = monitoringGrid(ind, new Map(), { height: 0, width: 0 }).grid.flat().map(String);
    expect(cells).toContain('Результаты обучающихся улучшились: 1 из 1 ответа');
    expect(cells).toContain('Результаты обучающихся улучшились: 1 из 2 ответов');
  });

  it('the SWOT answers by quadrant, without repeats, the curator’s apart', () => {
    expect(ind.outcomes.swot.swotStrengths).toEqual({
      participants: ['Встречи каждую неделю.'],
      curator: ['Сильные наставники'],
    });
    expect(ind.outcomes.swot.swotThreats.participants).toEqual(['Нагрузка']);
    expect(ind.outcomes.swot.swotWeaknesses).toEqual({ participants: [], curator: [] });
  });

  it('the curator’s ratings of the conditions', () => {
    expect(ind.curator.find((c) => c.item.key === 'cur_materials')!.stats).toMatchObject({ n: 1, mean: 6 });
  });

  it('anonymous: the ranking takes the curator’s assessment instead of the mentees’ ratings', () => {
    const mentors = [
      { mentorId: 'M1', fullName: 'А', pairIds: ['P1'], meetings: 8, curatorScore: 9 },
      { mentorId: 'M2', fullName: 'Б', pairIds: ['P2'], meetings: 8, curatorScore: null },
    ];
    const [m1, m2] = scoreMentors(mentors, INPUT);
    // M1: 0.5·9 + 0.3·(5 + 3) + 0.2·10 = 4.5 + 2.4 + 2 = 8.9; M2: 0 + 0.3·(5 + 1) + 2 = 3.8
    expect(m1).toMatchObject({ satisfaction: null, impactGain: 3, score: 8.9 });
    expect(m2.score).toBe(3.8);
    // Named: the same facts, the curator's assessment not used, the mentees' ratings absent → 0.
    const named = scoreMentors(mentors, { ...INPUT, anonymous: false });
    expect(named[0].score).toBe(4.4);
  });
});
