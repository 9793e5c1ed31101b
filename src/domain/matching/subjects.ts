/**
 * Subject areas: two teachers without a common subject may still share an area (физика and математика), which
 * is worth part of the subject weight. Subjects are free text from the questionnaires, so an area is found by
 * word stems, not by exact value.
 */

const SUBJECT_AREAS: readonly { area: string; stems: readonly string[] }[] = [
  { area: 'начальные классы', stems: ['начальн', 'литературное чтение', 'окружающий мир'] },
  {
    area: 'иностранные языки',
    stems: ['иностран', 'английск', 'немецк', 'французск', 'испанск', 'китайск', 'итальянск'],
  },
  {
    area: 'естественно-математические предметы',
    stems: [
      'математ',
      'алгебр',
      'геометр',
      'вероятност',
      'физика',
      'информатик',
      'химия',
      'биолог',
      'географ',
      'астроном',
      'естествозн',
    ],
  },
  {
    area: 'гуманитарные предметы',
    stems: [
      'русск',
      'литератур',
      'родной',
      'истори',
      'обществозн',
      'право',
      'экономик',
      'однкнр',
      'орксэ',
      'философ',
    ],
  },
  {
    area: 'искусство, технология, физкультура',
    stems: [
      'искусств',
      'изо',
      'музык',
      'мхк',
      'технолог',
      'труд',
      'черчени',
      'физическ',
      'физкульт',
      'обж',
      'обзр',
      'основы безопасности',
    ],
  },
];

/** Lower case, «ё» → «е», single spaces: the form subjects, topics and times are compared in. */
export function normalizeTerm(s: string): string {
  let out = termCache.get(s);
  if (out === undefined) {
    out = s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
    if (termCache.size < 10_000) termCache.set(s, out);
  }
  return out;
}
// Subjects, topics and times come from short lists: the same few strings are normalised again and again.
const termCache = new Map<string, string>();

// «изо», «труд», «обж» are short: they match at the start of a word only.
const MATCHERS = SUBJECT_AREAS.map(({ area, stems }) => ({
  area,
  test: (s: string) =>
    stems.some((stem) => (stem.length <= 4 ? new RegExp(`(^|[^а-я])${stem}`).test(s) : s.includes(stem))),
}));
const areaCache = new Map<string, string>();

/** The area of a subject, or '' when the subject is not recognised. */
export function subjectArea(subject: string): string {
  const s = normalizeTerm(subject);
  if (!s) return '';
  let area = areaCache.get(s);
  if (area === undefined) {
    area = MATCHERS.find((m) => m.test(s))?.area ?? '';
    if (areaCache.size < 1000) areaCache.set(s, area);
  }
  return area;
}
