import { menuPath } from '../menu';
import { countOf } from '../format/ru';
import { REBUILD_LABEL } from '../forms/intake';
import type { ColumnSpec, SheetSchema } from '../schema/types';

/**
 * Finds each declared column in a sheet's header row. Curators insert, reorder and rename columns; the rule is
 * "a clear message or no harm": reordered and inserted columns are simply found; a renamed column is found by
 * its developer-metadata key (when the caller provides the keys) and reported; a missing required column or a
 * duplicated header stops the action with a Russian message that says what to do.
 */

export interface ColumnMap {
  /** Column key → 0-based index in the sheet. Missing optional columns are absent. */
  index: Record<string, number>;
  /** Number of columns in the header row (including the curator's own columns). */
  width: number;
  /** Declared columns that are not in the sheet (optional ones; required ones make the mapping fail). */
  missing: ColumnSpec[];
  /** Columns found by their key although their header was changed. */
  renamed: { column: ColumnSpec; header: string }[];
}

export type ColumnMapping = { ok: true; map: ColumnMap } | { ok: false; problems: string[] };

export function normalizeHeader(h: unknown): string {
  return String(h ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е');
}

export function mapColumns(
  schema: SheetSchema,
  header: readonly unknown[],
  columnKeys?: readonly (string | null)[],
): ColumnMapping {
  const positions = new Map<string, number[]>();
  header.forEach((h, i) => {
    const n = normalizeHeader(h);
    if (n) positions.set(n, [...(positions.get(n) ?? []), i]);
  });
  const index: Record<string, number> = {};
  const missing: ColumnSpec[] = [];
  const renamed: ColumnMap['renamed'] = [];
  const problems: string[] = [];
  const taken = new Set<number>();

  for (const column of schema.columns) {
    const found = positions.get(normalizeHeader(column.header)) ?? [];
    if (found.length > 1) {
      problems.push(
        `На листе «${schema.name}» столбец «${column.header}» встречается ${found.length} раза. Оставьте один столбец с этим заголовком.`,
      );
      continue;
    }
    if (found.length === 1) {
      index[column.key] = found[0];
      taken.add(found[0]);
    }
  }
  for (const column of schema.columns) {
    if (column.key in index || problems.some((p) => p.includes(`«${column.header}»`))) continue;
    const byKey = columnKeys ? columnKeys.findIndex((k, i) => k === column.key && !taken.has(i)) : -1;
    if (byKey >= 0) {
      index[column.key] = byKey;
      taken.add(byKey);
      renamed.push({ column, header: String(header[byKey] ?? '') });
    } else if (column.required) {
      problems.push(
        `На листе «${schema.name}» нет столбца «${column.header}». Верните заголовок «${column.header}» или выполните ${menuPath('setup')}, чтобы восстановить столбец.`,
      );
    } else {
      missing.push(column);
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, map: { index, width: header.length, missing, renamed } };
}

/** Russian notes about a mapping that worked but differs from the declaration (shown in the sidebar). */
export function describeMapping(schema: SheetSchema, map: ColumnMap): string[] {
  return [
    ...map.renamed.map(
      ({ column, header }) =>
        `На листе «${schema.name}» столбец «${column.header}» переименован в «${header}». Данные сохраняются, но лучше вернуть прежнее название.`,
    ),
    ...map.missing.map(
      (column) =>
        `На листе «${schema.name}» нет столбца «${column.header}»: эти данные не записываются. Выполните «Настроить программу», чтобы восстановить столбец.`,
    ),
  ];
}

/** Sheets a rebuild fills from the questionnaires' answers (their rows are found again by stable id). */
const FILLED_FROM_ANSWERS = new Set(['mentees', 'mentors']);

/** What setup says after adding columns to a sheet that already holds `rows` rows: they are empty there. */
export function addedColumnsMessage(
  schema: SheetSchema,
  columns: readonly ColumnSpec[],
  rows: number,
): string {
  const names = columns.map((c) => `«${c.header}»`).join(', ');
  const added =
    columns.length === 1
      ? `На лист «${schema.name}» добавлен столбец ${names}.`
      : `На лист «${schema.name}» добавлены столбцы: ${names}.`;
  if (!rows) return added;
  const empty = `${columns.length === 1 ? 'Он пуст' : 'Они пусты'} в ${countOf(rows, ['строке', 'строках', 'строках'])}.`;
  const byHand = ' впишите вручную или возьмите из прежней версии таблицы (Файл → История версий).';
  const refill = FILLED_FROM_ANSWERS.has(schema.key)
    ? ` Ответы анкет вернёт «${REBUILD_LABEL}» (этапы 2.2 и 3.2), не задваивая людей; остальное${byHand}`
    : ` Значения${byHand}`;
  return `${added} ${empty}${refill}`;
}
