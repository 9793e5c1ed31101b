/**
 * Mentor selection (stage 4.1): a transparent suitability score per candidate mentor, shown to the curator
 * part by part, and the rule that decides who may be matched (selected, and the written consent to act as a
 * mentor, ТК РФ ст. 351.8).
 */
import { countOf } from './format/ru';
import { isDate } from './format/values';
import { splitList, TOPICS } from './forms/topics';
import { categoryFactor } from './matching/score';
import { normalizeTerm } from './matching/subjects';
import { PERSON_STATUS } from './schema/sheets';

/** What selection reads from a row of Наставники (column keys). Lists may come as the cell text. */
export interface MentorProfile {
  id?: string;
  fullName?: string | null;
  status?: string | null;
  experienceYears?: number | string | null;
  category?: string | null;
  competences?: readonly string[] | string | null;
  motivation?: string | null;
  capacity?: number | string | null;
  /** When the written consent to be a mentor was given (ТК РФ ст. 351.8); empty when not given. */
  consentMentor?: Date | string | null;
}

export type SuitabilityKey =
  'experience' | 'category' | 'competences' | 'motivation' | 'capacity' | 'consent';

interface SuitabilityPart {
  key: SuitabilityKey;
  /** Russian name of the criterion. */
  label: string;
  points: number;
  max: number;
  /** Russian: what was found, e.g. «18 лет», «высшая», «4 из списка». */
  detail: string;
}

export interface Suitability {
  total: number;
  max: number;
  parts: SuitabilityPart[];
  /** Russian: what prevents matching whatever the score (e.g. no consent). */
  blockers: string[];
}

/** Points per criterion, 100 in all; exported so the sidebar can show the scale. */
export const SUITABILITY_MAX: Readonly<Record<SuitabilityKey, number>> = {
  experience: 25,
  category: 20,
  competences: 20,
  motivation: 15,
  capacity: 10,
  consent: 10,
};

export const SUITABILITY_LABELS: Readonly<Record<SuitabilityKey, string>> = {
  experience: 'Педагогический стаж',
  category: 'Квалификационная категория',
  competences: 'Компетенции для наставничества',
  motivation: 'Мотивация',
  capacity: 'Готовность взять наставляемых',
  consent: 'Согласие быть наставником (ТК РФ ст. 351.8)',
};

/** Statuses of a selected mentor: «отобран», and «в паре» for one already matched (re-running matching). */
export const SELECTED_STATUSES: readonly string[] = [PERSON_STATUS.selected, PERSON_STATUS.inPair];

export function isSelected(status: string | null): boolean {
  return SELECTED_STATUSES.includes(status ?? '');
}

/** A motivation shorter than this is a formality («хочу»), not an answer. */
const MOTIVATION_MIN_CHARS = 30;
const POINTS_PER_COMPETENCE = 5;

const number = (v: unknown): number | null => {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
  return Number.isFinite(n) ? n : null;
};

export function hasMentorConsent(profile: MentorProfile): boolean {
  const c = profile.consentMentor;
  if (isDate(c)) return true;
  return typeof c === 'string' && c.trim() !== '';
}

/** Selected by the curator and has given the written consent to act as a mentor. */
export function eligibleForMatching(profile: MentorProfile): boolean {
  return SELECTED_STATUSES.includes(normalizeTerm(profile.status ?? '')) && hasMentorConsent(profile);
}

export function suitability(profile: MentorProfile): Suitability {
  const parts: SuitabilityPart[] = [];
  const part = (key: SuitabilityKey, share: number, detail: string) =>
    parts.push({
      key,
      label: SUITABILITY_LABELS[key],
      points: Math.round(SUITABILITY_MAX[key] * share * 10) / 10,
      max: SUITABILITY_MAX[key],
      detail,
    });

  const years = number(profile.experienceYears);
  part(
    'experience',
    years === null ? 0 : years >= 10 ? 1 : years >= 5 ? 0.6 : years >= 3 ? 0.2 : 0,
    years === null ? 'не указан' : countOf(years, ['год', 'года', 'лет']),
  );

  const category = String(profile.category ?? '').trim();
  part('category', categoryFactor(category), category || 'не указана');

  const topics = new Set(TOPICS.map(normalizeTerm));
  const offered = new Set(
    (typeof profile.competences === 'string' ? splitList(profile.competences) : (profile.competences ?? []))
      .map(normalizeTerm)
      .filter((c) => topics.has(c)),
  ).size;
  part(
    'competences',
    Math.min(1, (offered * POINTS_PER_COMPETENCE) / SUITABILITY_MAX.competences),
    offered ? `${offered} из ${TOPICS.length} тем` : 'не указаны',
  );

  const motivation = String(profile.motivation ?? '').trim();
  part(
    'motivation',
    motivation.length >= MOTIVATION_MIN_CHARS ? 1 : motivation ? 1 / 3 : 0,
    motivation.length >= MOTIVATION_MIN_CHARS ? 'изложена' : motivation ? 'кратко' : 'не указана',
  );

  const capacity = number(profile.capacity);
  part(
    'capacity',
    capacity === null || capacity < 1 ? 0 : capacity >= 2 ? 1 : 0.5,
    capacity === null ? 'не указано' : countOf(capacity, ['наставляемый', 'наставляемых', 'наставляемых']),
  );

  const consent = hasMentorConsent(profile);
  part('consent', consent ? 1 : 0, consent ? 'дано' : 'нет');

  const blockers: string[] = [];
  if (!consent)
    blockers.push('Нет письменного согласия быть наставником (ТК РФ ст. 351.8): в подбор пар не попадёт.');
  if (capacity !== null && capacity < 1) blockers.push('Готов взять 0 наставляемых.');

  const total = Math.round(parts.reduce((s, p) => s + p.points, 0) * 10) / 10;
  return { total, max: 100, parts, blockers };
}
