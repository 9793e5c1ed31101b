import {
  eligibleForMatching,
  SUITABILITY_LABELS,
  SUITABILITY_MAX,
  suitability,
} from '../../../src/domain/selection';
import type { MentorProfile } from '../../../src/domain/selection';

const strong: MentorProfile = {
  id: 'MR-1',
  fullName: 'Попова Людмила Александровна',
  status: 'отобран',
  experienceYears: 25,
  category: 'высшая',
  competences:
    'Работа с родителями; Подготовка к аттестации; Функциональная грамотность; Подготовка обучающихся к ОГЭ и ЕГЭ',
  motivation: 'Хочу передать молодым коллегам опыт подготовки к ОГЭ и работы с родителями.',
  capacity: 3,
  consentMentor: new Date(2022, 8, 12),
};

describe('mentor suitability (4.1)', () => {
  it('gives full points to a strong candidate, part by part', () => {
    const s = suitability(strong);
    expect(s.total).toBe(100);
    expect(s.max).toBe(100);
    expect(s.blockers).toEqual([]);
    expect(s.parts.map((p) => [p.label, p.points, p.max, p.detail])).toEqual([
      ['Педагогический стаж', 25, 25, '25 лет'],
      ['Квалификационная категория', 20, 20, 'высшая'],
      ['Компетенции для наставничества', 20, 20, '4 из 12 тем'],
      ['Мотивация', 15, 15, 'изложена'],
      ['Готовность взять наставляемых', 10, 10, '3 наставляемых'],
      ['Согласие быть наставником (ТК РФ ст. 351.8)', 10, 10, 'дано'],
    ]);
    expect(Object.values(SUITABILITY_MAX).reduce((a, b) => a + b, 0)).toBe(100);
    expect(Object.keys(SUITABILITY_LABELS)).toEqual(Object.keys(SUITABILITY_MAX));
  });

  it('scores partial answers and names what blocks matching', () => {
    const s = suitability({
      experienceYears: '6',
      category: 'первая',
      competences: ['Работа с родителями', 'Не из списка'],
      motivation: 'Хочу',
      capacity: 1,
      consentMentor: '',
    });
    expect(Object.fromEntries(s.parts.map((p) => [p.key, p.points]))).toEqual({
      experience: 15,
      category: 10,
      competences: 5,
      motivation: 5,
      capacity: 5,
      consent: 0,
    });
    expect(s.total).toBe(40);
    expect(s.parts.find((p) => p.key === 'competences')!.detail).toBe('1 из 12 тем');
    expect(s.blockers).toEqual([
      'Нет письменного согласия быть наставником (ТК РФ ст. 351.8): в подбор пар не попадёт.',
    ]);
  });

  it('handles an empty questionnaire', () => {
    const s = suitability({});
    expect(s.total).toBe(0);
    expect(s.parts.map((p) => p.detail)).toEqual([
      'не указан',
      'не указана',
      'не указаны',
      'не указана',
      'не указано',
      'нет',
    ]);
  });
});

describe('eligibleForMatching', () => {
  it('needs both selection and the written consent (ТК РФ ст. 351.8)', () => {
    expect(eligibleForMatching(strong)).toBe(true);
    expect(eligibleForMatching({ ...strong, status: 'в паре' })).toBe(true);
    expect(eligibleForMatching({ ...strong, status: 'в базе' })).toBe(false);
    expect(eligibleForMatching({ ...strong, status: 'не отобран' })).toBe(false);
    expect(eligibleForMatching({ ...strong, consentMentor: null })).toBe(false);
    expect(eligibleForMatching({ ...strong, consentMentor: new Date(NaN) })).toBe(false);
    expect(eligibleForMatching({ ...strong, consentMentor: '12.09.2022' })).toBe(true);
  });
});
