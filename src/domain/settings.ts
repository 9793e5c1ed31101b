import { requisiteErrors } from './format/requisites';
import { isEmail, normalizeEmail } from './format/values';

/**
 * The programme's settings, declared once: the Настройки sheet, the setup dialog and validation derive from
 * this list. Values are stored as text in the sheet (one row per key).
 */

export interface Settings {
  schoolFull: string;
  schoolShort: string;
  director: string;
  city: string;
  /** Curators' e-mails. */
  curators: string[];
  /** Year the academic year starts in: 2022 means 2022/2023. */
  academicYearStart: number;
  outputFolder: string;
  /** Optional: where «Отправить директору» sends the generated PDFs. */
  directorEmail?: string;
  /** Optional: what the school appends to order numbers («/4» in «134/4»). */
  orderNumberSuffix?: string;
  /** The operator's requisites for the consents (152-ФЗ ст. 9 ч. 4, Приказ Роскомнадзора № 18). */
  schoolAddress?: string;
  schoolInn?: string;
  schoolOgrn?: string;
  schoolSite?: string;
}

/** The optional text settings: left out when empty, cleared when sent empty. */
type OptionalKey =
  'directorEmail' | 'orderNumberSuffix' | 'schoolAddress' | 'schoolInn' | 'schoolOgrn' | 'schoolSite';

export type SettingKey = keyof Settings;

export const SETTING_DEFS: readonly { key: SettingKey; label: string; required: boolean }[] = [
  { key: 'schoolFull', label: 'Полное наименование школы', required: true },
  { key: 'schoolShort', label: 'Краткое наименование школы', required: true },
  { key: 'director', label: 'Директор (Фамилия И.О.)', required: true },
  { key: 'city', label: 'Город', required: true },
  { key: 'curators', label: 'Кураторы (эл. почта, через запятую)', required: true },
  { key: 'academicYearStart', label: 'Учебный год начинается в году', required: true },
  { key: 'outputFolder', label: 'Папка для документов на Диске', required: true },
  { key: 'directorEmail', label: 'Эл. почта директора (для отправки документов)', required: false },
  {
    key: 'orderNumberSuffix',
    label: 'Окончание номера приказа (например, «/4»), если принято',
    required: false,
  },
  {
    key: 'schoolAddress',
    label: 'Адрес школы (место нахождения оператора персональных данных)',
    required: false,
  },
  { key: 'schoolInn', label: 'ИНН школы', required: false },
  { key: 'schoolOgrn', label: 'ОГРН школы', required: false },
  { key: 'schoolSite', label: 'Адрес официального сайта школы', required: false },
];

const DEFAULT_OUTPUT_FOLDER = 'Наставничество — документы';

function defaultSettings(today: Date): Settings {
  // Before August the curator is still finishing the previous academic year.
  const start = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
  return {
    schoolFull: '',
    schoolShort: '',
    director: '',
    city: '',
    curators: [],
    academicYearStart: start,
    outputFolder: DEFAULT_OUTPUT_FOLDER,
  };
}

/** Russian messages for what is wrong; empty when the settings can be saved. */
export function validateSettings(s: Settings): string[] {
  const errors: string[] = [];
  for (const def of SETTING_DEFS) {
    const v = s[def.key];
    const empty = Array.isArray(v) ? v.length === 0 : v === '' || v === null || v === undefined;
    if (def.required && empty) errors.push(`Заполните поле «${def.label}».`);
  }
  for (const email of s.curators)
    if (!isEmail(email)) errors.push(`«${email}» не похоже на адрес эл. почты куратора.`);
  if (!Number.isInteger(s.academicYearStart) || s.academicYearStart < 2000 || s.academicYearStart > 2100) {
    errors.push('Укажите год начала учебного года от 2000 до 2100.');
  }
  if (s.directorEmail && !isEmail(s.directorEmail))
    errors.push(`«${s.directorEmail}» не похоже на адрес эл. почты директора.`);
  errors.push(...requisiteErrors({ inn: s.schoolInn, ogrn: s.schoolOgrn, site: s.schoolSite }));
  if (s.director && !/^\S+\s+[А-ЯЁA-Z]\.\s?([А-ЯЁA-Z]\.)?$/u.test(s.director.trim())) {
    errors.push('Укажите директора в виде «Фамилия И.О.», например «Попова Л.А.».');
  }
  return errors;
}

export function normalizeSettings(s: Settings): Settings {
  return {
    schoolFull: s.schoolFull.trim(),
    schoolShort: s.schoolShort.trim(),
    director: s.director.trim().replace(/\s+/g, ' '),
    city: s.city.trim(),
    curators: [...new Set(s.curators.map(normalizeEmail).filter(Boolean))],
    academicYearStart: Number(s.academicYearStart),
    outputFolder: s.outputFolder.trim() || DEFAULT_OUTPUT_FOLDER,
    // An optional setting sent empty is cleared; one not sent at all is left as the sheet has it.
    ...(s.directorEmail === undefined ? {} : { directorEmail: normalizeEmail(s.directorEmail) }),
    ...(s.orderNumberSuffix === undefined ? {} : { orderNumberSuffix: s.orderNumberSuffix.trim() }),
    ...(s.schoolAddress === undefined ? {} : { schoolAddress: s.schoolAddress.trim().replace(/\s+/g, ' ') }),
    ...(s.schoolInn === undefined ? {} : { schoolInn: s.schoolInn.replace(/\s+/g, '') }),
    ...(s.schoolOgrn === undefined ? {} : { schoolOgrn: s.schoolOgrn.replace(/\s+/g, '') }),
    ...(s.schoolSite === undefined ? {} : { schoolSite: s.schoolSite.trim() }),
  };
}

/** Optional settings are left out when empty, so a form that does not show them round-trips unchanged. */
function optionalText<K extends OptionalKey>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** Settings as the sheet stores them: key → text. */
export function settingsToText(s: Settings): Record<SettingKey, string> {
  return {
    schoolFull: s.schoolFull,
    schoolShort: s.schoolShort,
    director: s.director,
    city: s.city,
    curators: s.curators.join(', '),
    academicYearStart: String(s.academicYearStart),
    outputFolder: s.outputFolder,
    directorEmail: s.directorEmail ?? '',
    orderNumberSuffix: s.orderNumberSuffix ?? '',
    schoolAddress: s.schoolAddress ?? '',
    schoolInn: s.schoolInn ?? '',
    schoolOgrn: s.schoolOgrn ?? '',
    schoolSite: s.schoolSite ?? '',
  };
}

export function settingsFromText(text: Partial<Record<SettingKey, string>>, today: Date): Settings {
  const d = defaultSettings(today);
  const year = parseInt(text.academicYearStart ?? '', 10);
  return {
    schoolFull: text.schoolFull ?? d.schoolFull,
    schoolShort: text.schoolShort ?? d.schoolShort,
    director: text.director ?? d.director,
    city: text.city ?? d.city,
    curators: (text.curators ?? '')
      .split(/[,;\s]+/)
      .map(normalizeEmail)
      .filter(Boolean),
    academicYearStart: Number.isFinite(year) ? year : d.academicYearStart,
    outputFolder: text.outputFolder || d.outputFolder,
    ...optionalText('directorEmail', text.directorEmail?.trim() && normalizeEmail(text.directorEmail)),
    ...optionalText('orderNumberSuffix', text.orderNumberSuffix?.trim()),
    ...optionalText('schoolAddress', text.schoolAddress?.trim()),
    ...optionalText('schoolInn', text.schoolInn?.trim()),
    ...optionalText('schoolOgrn', text.schoolOgrn?.trim()),
    ...optionalText('schoolSite', text.schoolSite?.trim()),
  };
}

export function isConfigured(s: Settings): boolean {
  return validateSettings(s).length === 0;
}
