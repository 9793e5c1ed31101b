/**
 * Pure logic of the setup dialog: form text ⇄ SetupForm, client-side validation with Russian messages,
 * the academic-year options. No DOM here.
 */
import type { SetupForm } from '../../src/api/types';
import {
  isOgrn,
  isOrganisationInn,
  isSiteAddress,
  requisiteErrors,
} from '../../src/domain/format/requisites';

export type FieldName = keyof SetupForm;

/** What the form's inputs hold: all text, as typed. */
export type FormDraft = Record<FieldName, string>;

export type FieldErrors = Partial<Record<FieldName, string>>;

export const FIELDS: readonly FieldName[] = [
  'schoolFull',
  'schoolShort',
  'director',
  'city',
  'curators',
  'academicYearStart',
  'outputFolder',
  'directorEmail',
  'orderNumberSuffix',
  'schoolAddress',
  'schoolInn',
  'schoolOgrn',
  'schoolSite',
];

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export const TEXT = {
  required: {
    schoolFull: 'Укажите полное наименование школы.',
    schoolShort: 'Укажите краткое наименование школы.',
    director: 'Укажите директора: фамилию и инициалы.',
    city: 'Укажите город.',
    curators: 'Укажите e-mail хотя бы одного куратора.',
    academicYearStart: 'Выберите учебный год.',
    outputFolder: 'Укажите папку для документов.',
    directorEmail: '',
    orderNumberSuffix: '',
    schoolAddress: '',
    schoolInn: '',
    schoolOgrn: '',
    schoolSite: '',
  } satisfies Record<FieldName, string>,
  badDirectorEmail: (e: string) =>
    `Неверный e-mail директора: «${e}». Проверьте написание или оставьте поле пустым.`,
  directorFormat: 'Укажите в виде «Фамилия И.О.», например «Попова Л.А.».',
  directorOrder: (suggested: string) => `Сначала фамилия, затем инициалы: «${suggested}».`,
  badEmail: (list: string[]) =>
    list.length === 1
      ? `Неверный e-mail: «${list[0]}». Проверьте написание.`
      : `Неверные e-mail: ${list.map((e) => `«${e}»`).join(', ')}. Проверьте написание.`,
  yearRange: `Учебный год должен начинаться не раньше ${MIN_YEAR} и не позже ${MAX_YEAR} года.`,
  tooLong: (max: number) => `Слишком длинное значение: не больше ${max} символов.`,
  summary: (n: number) =>
    n === 1
      ? 'Исправьте поле, отмеченное ниже.'
      : `Исправьте ${n} ${plural(n, 'поле', 'поля', 'полей')}, ${plural(n, 'отмеченное', 'отмеченные', 'отмеченных')} ниже.`,
} as const;

const MAX_LENGTH = 500;

/** Russian plural: plural(1,'поле','поля','полей') → 'поле', 3 → 'поля', 5 → 'полей'. */
export function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

/** '2022' → '2022/2023'. */
function yearLabel(start: number): string {
  return `${start}/${start + 1}`;
}

/** The academic year in progress (or being prepared from July on) on a given date. */
export function currentAcademicYearStart(now: Date): number {
  return now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
}

/** Options for the year select: a few years around today plus the saved year, within 2000–2100. */
export function yearOptions(selected: number, now: Date): { value: number; label: string }[] {
  const current = currentAcademicYearStart(now);
  const years = new Set<number>();
  for (let y = current - 3; y <= current + 2; y++) years.add(y);
  if (Number.isInteger(selected)) years.add(selected);
  return [...years]
    .filter((y) => y >= MIN_YEAR && y <= MAX_YEAR)
    .sort((a, b) => a - b)
    .map((value) => ({ value, label: yearLabel(value) }));
}

/** The year to preselect: the saved one when valid, otherwise the current academic year. */
export function initialYear(saved: number, now: Date): number {
  return Number.isInteger(saved) && saved >= MIN_YEAR && saved <= MAX_YEAR
    ? saved
    : currentAcademicYearStart(now);
}

/** Curators' e-mails from the textarea: one per line (commas, semicolons and spaces also split), no repeats. */
export function parseCurators(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    const email = part.trim();
    if (!email) continue;
    const key = email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(email);
  }
  return out;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes('..');
}

const SURNAME = "[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z'’]+(?:-[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z'’]+)?";
const INITIALS = '[А-ЯЁA-Z]\\.\\s?(?:[А-ЯЁA-Z]\\.)?';
const DIRECTOR = new RegExp(`^${SURNAME}\\s+${INITIALS}$`);
const DIRECTOR_REVERSED = new RegExp(`^(${INITIALS})\\s*(${SURNAME})$`);

/** Checks «Фамилия И.О.»; returns a Russian message or '' when fine. */
export function directorError(text: string): string {
  const value = text.trim().replace(/\s+/g, ' ');
  if (!value) return TEXT.required.director;
  if (DIRECTOR.test(value)) return '';
  const reversed = DIRECTOR_REVERSED.exec(value);
  if (reversed) return TEXT.directorOrder(`${reversed[2]} ${reversed[1].replace(/\s/g, '')}`);
  return TEXT.directorFormat;
}

/** SetupForm → the text the inputs show. */
export function toDraft(form: SetupForm, now: Date = new Date()): FormDraft {
  return {
    schoolFull: form.schoolFull ?? '',
    schoolShort: form.schoolShort ?? '',
    director: form.director ?? '',
    city: form.city ?? '',
    curators: (form.curators ?? []).join('\n'),
    academicYearStart: String(initialYear(form.academicYearStart, now)),
    outputFolder: form.outputFolder ?? '',
    directorEmail: form.directorEmail ?? '',
    orderNumberSuffix: form.orderNumberSuffix ?? '',
    schoolAddress: form.schoolAddress ?? '',
    schoolInn: form.schoolInn ?? '',
    schoolOgrn: form.schoolOgrn ?? '',
    schoolSite: form.schoolSite ?? '',
  };
}

export interface Validation {
  /** The form to send, or null when there are errors. */
  form: SetupForm | null;
  errors: FieldErrors;
}

/** Validates the typed text; on success returns the trimmed SetupForm to send to saveSetup. */
export function validateSetup(draft: FormDraft): Validation {
  const errors: FieldErrors = {};
  const text = (name: FieldName) => (draft[name] ?? '').trim().replace(/[ \t]+/g, ' ');

  for (const name of ['schoolFull', 'schoolShort', 'city', 'outputFolder'] as const) {
    const value = text(name);
    if (!value) errors[name] = TEXT.required[name];
    else if (value.length > MAX_LENGTH) errors[name] = TEXT.tooLong(MAX_LENGTH);
  }

  const director = directorError(draft.director ?? '');
  if (director) errors.director = director;

  const curators = parseCurators(draft.curators ?? '');
  if (!curators.length) errors.curators = TEXT.required.curators;
  else {
    const bad = curators.filter((e) => !isEmail(e));
    if (bad.length) errors.curators = TEXT.badEmail(bad);
  }

  const yearText = text('academicYearStart');
  const year = Number(yearText);
  if (!yearText) errors.academicYearStart = TEXT.required.academicYearStart;
  else if (!/^\d{4}$/.test(yearText) || year < MIN_YEAR || year > MAX_YEAR)
    errors.academicYearStart = TEXT.yearRange;

  const directorEmail = text('directorEmail');
  if (directorEmail && !isEmail(directorEmail)) errors.directorEmail = TEXT.badDirectorEmail(directorEmail);
  const suffix = text('orderNumberSuffix');
  if (suffix.length > 20) errors.orderNumberSuffix = TEXT.tooLong(20);
  const address = text('schoolAddress');
  if (address.length > MAX_LENGTH) errors.schoolAddress = TEXT.tooLong(MAX_LENGTH);
  const inn = text('schoolInn').replace(/\s+/g, '');
  const ogrn = text('schoolOgrn').replace(/\s+/g, '');
  const site = text('schoolSite');
  if (inn && !isOrganisationInn(inn)) errors.schoolInn = requisiteErrors({ inn })[0];
  if (ogrn && !isOgrn(ogrn)) errors.schoolOgrn = requisiteErrors({ ogrn })[0];
  if (site && !isSiteAddress(site)) errors.schoolSite = requisiteErrors({ site })[0];

  if (Object.keys(errors).length) return { form: null, errors };
  return {
    form: {
      schoolFull: text('schoolFull'),
      schoolShort: text('schoolShort'),
      director: text('director').replace(/\.\s+(?=[А-ЯЁA-Z]\.)/g, '.'),
      city: text('city'),
      curators,
      academicYearStart: year,
      outputFolder: text('outputFolder'),
      directorEmail,
      orderNumberSuffix: suffix,
      schoolAddress: address,
      schoolInn: inn,
      schoolOgrn: ogrn,
      schoolSite: site,
    },
    errors,
  };
}

/** Fields with errors in form order: the first one gets the focus. */
export function invalidFields(errors: FieldErrors): FieldName[] {
  return FIELDS.filter((f) => errors[f]);
}
