/**
 * Russian formatting for what curators, teachers and the director read. Dates are formatted in the runtime's
 * local time, which in Apps Script is the script's time zone (appsscript.json: Europe/Moscow).
 */

const MONTHS_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

const pad2 = (n: number) => String(n).padStart(2, '0');

/** «08.09.2022» */
export function formatDate(d: Date): string {
  return `${pad2(d.getDate())}.${pad2(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/** «08.09.2022 14:05» */
export function formatDateTime(d: Date): string {
  return `${formatDate(d)} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** «8 сентября 2022 г.» */
export function formatDateLong(d: Date): string {
  return `${d.getDate()} ${MONTHS_GENITIVE[d.getMonth()]} ${d.getFullYear()} г.`;
}

/** «Сентябрь 2022» */
function formatMonthYear(d: Date): string {
  const m = MONTHS_NOMINATIVE[d.getMonth()];
  return `${m[0].toUpperCase()}${m.slice(1)} ${d.getFullYear()}`;
}

/** «Сентябрь 2022», «Август – сентябрь 2022», «Октябрь 2022 – май 2023». */
export function formatPeriod(from: Date | null, to: Date): string {
  if (!from || (from.getFullYear() === to.getFullYear() && from.getMonth() === to.getMonth()))
    return formatMonthYear(to);
  if (from.getFullYear() === to.getFullYear()) {
    const first = formatMonthYear(from).split(' ')[0];
    return `${first} – ${MONTHS_NOMINATIVE[to.getMonth()]} ${to.getFullYear()}`;
  }
  return `${formatMonthYear(from)} – ${MONTHS_NOMINATIVE[to.getMonth()]} ${to.getFullYear()}`;
}

/** The forms of a counted word: one (1, 21), few (2–4, 22–24), many (5–20, 25) and, for fractions, other. */
export type PluralForms = readonly [one: string, few: string, many: string, other?: string];

const RU_PLURAL = new Intl.PluralRules('ru');

/**
 * Picks the Russian plural form by CLDR's rules: pluralForm(5, ['наставник', 'наставника', 'наставников']) →
 * 'наставников'; a fraction (2,5) takes the genitive singular, which for nouns is the «few» form.
 */
export function pluralForm(n: number, forms: PluralForms): string {
  switch (RU_PLURAL.select(n)) {
    case 'one':
      return forms[0];
    case 'few':
      return forms[1];
    case 'many':
      return forms[2];
    default:
      return forms[3] ?? forms[1];
  }
}

/**
 * A counted phrase whose verb agrees with the number: counted(1, ['проведена', 'проведены', 'проведено'],
 * ['встреча', 'встречи', 'встреч']) → «проведена 1 встреча»; 121 → «проведена 121 встреча», 5 → «проведено 5
 * встреч».
 */
export function counted(n: number, verb: PluralForms, noun: PluralForms): string {
  return `${pluralForm(n, verb)} ${countOf(n, noun)}`;
}

/** «12 наставляемых» */
export function countOf(n: number, forms: PluralForms): string {
  return `${n} ${pluralForm(n, forms)}`;
}

/** «Попова Людмила Александровна» → «Попова Л.А.»; an already short or one-word name is kept. */
export function shortName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return parts.join('');
  if (/^(\p{Lu}\.){1,2}$/u.test(parts[1])) return `${parts[0]} ${parts[1]}`; // already «Попова Л.А.»
  const initials = parts
    .slice(1, 3)
    .map((p) => (p.endsWith('.') && p.length <= 3 ? p : `${p[0].toUpperCase()}.`))
    .join('');
  return `${parts[0]} ${initials}`;
}

/** «Фамилия Имя Отчество» with each part capitalised, extra spaces removed; hyphenated parts kept. */
export function normalizeFullName(raw: string): string {
  return raw
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part) =>
      part
        .split('-')
        .map((p) => (p ? p[0].toLocaleUpperCase('ru') + p.slice(1).toLocaleLowerCase('ru') : p))
        .join('-'),
    )
    .join(' ');
}

/** «2022/2023» */
export function academicYearLabel(startYear: number): string {
  return `${startYear}/${startYear + 1}`;
}

/** «проведена 1 встреча» → «Проведена 1 встреча»: a sentence's first letter. */
export function capitalised(text: string): string {
  return text ? text[0].toLocaleUpperCase('ru') + text.slice(1) : text;
}
