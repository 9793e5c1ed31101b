/** How pairs are scored and explained, and that the solver uses the same scores. */
import { Scoring } from '../../../src/domain/matching/score';
import {
  DEFAULT_WEIGHTS,
  SCORE_KEYS,
  matchParticipants,
  scorePair,
  subjectArea,
} from '../../../src/domain/matching';
import type { MenteeCandidate, MentorCandidate } from '../../../src/domain/matching';

import { mulberry32, mentor, mentee, randomInstance } from './matching-fixtures';

describe('the solver scores pairs exactly as scorePair does', () => {
  it('row by row, to the hundredth, with few or many distinct subjects and topics', () => {
    const rng = mulberry32(31);
    for (let n = 0; n < 60; n++) {
      const inst = randomInstance(rng, 6, 6);
      // Every other instance has more than 32 distinct subjects and topics: bit sets of several words.
      if (n % 2)
        inst.mentors.forEach((m, k) => {
          m.subjects = [...m.subjects, ...Array.from({ length: 20 }, (_, x) => `Предмет ${k * 20 + x}`)];
          m.competences = [...m.competences, ...Array.from({ length: 40 }, (_, x) => `Тема ${x}`)];
        });
      const weights = { ...DEFAULT_WEIGHTS, requests: 33.3, experience: 7 + n };
      const w = Float64Array.from(SCORE_KEYS.map((key) => weights[key]));
      const scoring = new Scoring(inst.mentors, inst.mentees, 4);
      inst.mentees.forEach((t, i) => {
        const row = scoring.row(i, w, new Int32Array(inst.mentors.length));
        expect(Array.from(row)).toEqual(
          inst.mentors.map((m) => Math.round(scorePair(m, t, weights, 4).score * 100)),
        );
      });
    }
  });
});

describe('explanations and scores', () => {
  it('explains a pair in Russian', () => {
    const m = mentor('MR-1', {
      experienceYears: 25,
      competences: ['Работа с родителями', 'Подготовка к аттестации', 'Функциональная грамотность'],
    });
    const t = mentee('MT-1', {
      experienceYears: 7,
      subjects: ['математика'],
      requests: ['Работа с родителями', 'Подготовка к аттестации'],
    });
    const r = matchParticipants([m], [t]);
    expect(r.groups[0].explanation).toBe(
      'Закрывает запросы: Работа с родителями, Подготовка к аттестации; общий предмет: Математика; ' +
        'стаж наставника больше на 18 лет; высшая категория',
    );
    expect(r.groups[0].kind).toBe('пара');
  });

  it('explains a group mentee by mentee', () => {
    const r = matchParticipants(
      [mentor('MR-1', { capacity: 2 })],
      [
        mentee('MT-1', { fullName: 'Петрова Мария Ивановна' }),
        mentee('MT-2', { fullName: 'Смирнова Ольга Павловна', youngTeacher: true }),
      ],
    );
    expect(r.groups[0].explanation.split('\n')).toEqual([
      'Петрова М.И.: Закрывает запрос: Работа с родителями; общий предмет: Математика; стаж наставника больше на 18 лет; высшая категория',
      'Смирнова О.П.: Закрывает запрос: Работа с родителями; общий предмет: Математика; стаж наставника больше на 18 лет; высшая категория; молодой специалист — в приоритете',
    ]);
  });

  it('scores each part from the weights', () => {
    const parts = (m: MentorCandidate, t: MenteeCandidate) =>
      Object.fromEntries(scorePair(m, t).parts.map((p) => [p.key, p.points]));
    const base = scorePair(mentor('MR-1'), mentee('MT-1'));
    expect(base.parts.map((p) => p.label)).toEqual([
      'Запросы',
      'Предмет',
      'Предметная область',
      'Стаж',
      'Категория',
      'Молодой специалист',
      'Формат встреч',
      'Время встреч',
    ]);
    expect(base.score).toBe(35 + 20 + 15 + 10 + 2.5 + 2.5); // unknown format and time: half
    expect(base.score).toBeCloseTo(
      base.parts.reduce((s, p) => s + p.points, 0),
      6,
    );

    // Half the requests, subject area only, gap of 2 years, first category, young teacher.
    const m = mentor('MR-1', {
      subjects: ['Физика'],
      experienceYears: 6,
      category: 'первая',
      competences: ['Работа с родителями'],
      format: 'смешанный',
      times: ['после уроков'],
    });
    const t = mentee('MT-1', {
      experienceYears: 4,
      youngTeacher: true,
      requests: ['Работа с родителями', 'Подготовка к аттестации'],
      format: 'дистанционно',
      times: ['до уроков'],
    });
    expect(parts(m, t)).toEqual({
      requests: 17.5,
      subject: 0,
      subjectArea: 10,
      experience: 6,
      category: 5,
      youngTeacher: 10,
      format: 5,
      time: 0,
    });
    const detail = Object.fromEntries(scorePair(m, t).parts.map((p) => [p.key, p.detail]));
    expect(detail.requests).toBe('закрывает запрос: Работа с родителями (1 из 2)');
    expect(detail.subjectArea).toBe('та же предметная область: естественно-математические предметы');
    expect(detail.experience).toBe('стаж наставника больше на 2 года');
    expect(detail.format).toBe('формат встреч: дистанционно');

    // A mentor with less experience earns nothing for it; incompatible formats earn nothing.
    const junior = parts(
      mentor('MR-2', { experienceYears: 1, format: 'очно' }),
      mentee('MT-2', { format: 'дистанционно' }),
    );
    expect([junior.experience, junior.format]).toEqual([0, 0]);
  });

  it('uses configurable weights', () => {
    const weights = { ...DEFAULT_WEIGHTS, requests: 0, youngTeacher: 100 };
    const s = scorePair(mentor('MR-1'), mentee('MT-1', { youngTeacher: true }), weights);
    expect(s.parts.find((p) => p.key === 'requests')!.points).toBe(0);
    expect(s.parts.find((p) => p.key === 'youngTeacher')!.max).toBe(100);
    const r = matchParticipants([mentor('MR-1')], [mentee('MT-1', { youngTeacher: true })], { weights });
    expect(r.totalScore).toBe(s.score);
  });

  it('knows subject areas', () => {
    expect(subjectArea('Алгебра')).toBe('естественно-математические предметы');
    expect(subjectArea('Физическая культура')).toBe('искусство, технология, физкультура');
    expect(subjectArea('ИЗО')).toBe('искусство, технология, физкультура');
    expect(subjectArea('Литература')).toBe('гуманитарные предметы');
    expect(subjectArea('Начальные классы')).toBe('начальные классы');
    expect(subjectArea('Английский язык')).toBe('иностранные языки');
    expect(subjectArea('Астрология')).toBe('');
  });
});
