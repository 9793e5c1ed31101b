/**
 * The methodology's list of difficulties a mentee may ask help with, which is also the list of competences a
 * mentor offers: one list, so that requests and offers match by value.
 */
export const TOPICS = [
  'Планирование уроков и рабочих программ',
  'Управление классом и дисциплина',
  'Оценивание образовательных результатов',
  'Работа с родителями',
  'Цифровые инструменты и электронные ресурсы',
  'Подготовка к аттестации',
  'Инклюзивное образование и обучающиеся с ОВЗ',
  'Подготовка обучающихся к ОГЭ и ЕГЭ',
  'Проектная и исследовательская деятельность',
  'Классное руководство и воспитательная работа',
  'Функциональная грамотность',
  'Профилактика профессионального выгорания',
] as const;

export const FORMATS = ['очно', 'дистанционно', 'смешанный'] as const;

export const TIMES = ['до уроков', 'после уроков', 'в методический день', 'в выходные'] as const;

/** Separator used when a list (requests, competences, subjects) is stored in one cell. */
const LIST_SEPARATOR = '; ';

export function splitList(cell: unknown): string[] {
  return String(cell ?? '')
    .split(/\s*[;\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function joinList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}
