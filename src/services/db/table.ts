import { menuPath } from '../../domain/menu';
import type { NewRow, Row, SheetSchema } from '../../domain/schema/types';
import { decodeCell, encodeCell, isBlank, protectText } from '../../domain/table/codec';
import { describeMapping, mapColumns, type ColumnMap } from '../../domain/table/columns';
import type { RuntimePort, SheetPort } from '../ports';
import { isDate } from '../../domain/format/values';
import { UserFacingError } from '../errors';

/**
 * One sheet as a table of typed rows. `load` reads the sheet in one call; `save` writes every declared column
 * back in one call per contiguous run of declared columns (one call unless a curator inserted a column in the
 * middle). The curator's own columns are never written. Rows without an id (typed in by hand) get one.
 */
export class Table<R extends Row = Row> {
  constructor(
    readonly schema: SheetSchema,
    private readonly sheets: SheetPort,
    private readonly runtime: RuntimePort,
  ) {}

  /** Reads the whole table. Throws a UserFacingError when the sheet is missing or a required column is gone. */
  load(): LoadedTable<R> {
    const loaded = this.loadIfExists();
    if (!loaded) {
      throw new UserFacingError(
        `Нет листа «${this.schema.name}». Выполните ${menuPath('setup')}, чтобы создать его.`,
      );
    }
    return loaded;
  }

  /** Like load, but null when the sheet does not exist (before setup). */
  loadIfExists(): LoadedTable<R> | null {
    const values = this.sheets.readValues(this.schema.name);
    if (!values) return null;
    const map = this.mapHeader(values[0] ?? []);
    const lines = values.slice(1);
    const rows = lines.map((line) => this.decodeRow(line, map));
    return new LoadedTable<R>(this, map, rows, lines, this.sheets);
  }

  /** Appends rows without reading the table: one header read and one write. Returns the stored rows. */
  append(records: readonly NewRow<R>[]): R[] {
    const header = this.sheets.readHeader(this.schema.name);
    if (!header)
      throw new UserFacingError(`Нет листа «${this.schema.name}». Выполните «Настроить программу».`);
    const map = this.mapHeader(header);
    const rows = records.map((r) => this.complete(r));
    this.sheets.appendRows(
      this.schema.name,
      rows.map((r) => this.encodeRow(r, map, new Array(map.width).fill(''))),
    );
    return rows;
  }

  /** Russian notes about renamed or missing optional columns (empty when the sheet matches its declaration). */
  check(): string[] {
    const header = this.sheets.readHeader(this.schema.name);
    if (!header) return [`Нет листа «${this.schema.name}». Выполните ${menuPath('setup')}.`];
    try {
      return describeMapping(this.schema, this.mapHeader(header));
    } catch (e) {
      if (e instanceof UserFacingError) return [e.message];
      throw e;
    }
  }

  /** A new row with every declared column: one left out is blank, as it would read back from the sheet. */
  complete(record: NewRow<R>): R {
    const row: Record<string, unknown> = {};
    for (const column of this.schema.columns) row[column.key] = decodeCell(column, '');
    return { ...row, ...record, id: record.id || this.newId() } as R;
  }

  newId(): string {
    return `${this.schema.idPrefix}-${this.runtime.newUuid().replace(/-/g, '').slice(0, 10)}`;
  }

  private mapHeader(header: readonly unknown[]): ColumnMap {
    let mapping = mapColumns(this.schema, header);
    // Only when a header differs does it cost the extra metadata read that finds renamed columns.
    if (!mapping.ok || mapping.map.missing.length) {
      mapping = mapColumns(this.schema, header, this.sheets.readColumnKeys(this.schema.name));
    }
    if (!mapping.ok) throw new UserFacingError(mapping.problems.join('\n'));
    return mapping.map;
  }

  private decodeRow(line: readonly unknown[], map: ColumnMap): R | null {
    if (line.every((v) => v === '' || v === null)) return null; // an empty row left by a curator
    const row: Record<string, unknown> = {};
    for (const column of this.schema.columns) {
      const i = map.index[column.key];
      row[column.key] = i === undefined ? null : decodeCell(column, line[i]);
    }
    return row as R;
  }

  /**
   * A row as cells. Where `original` is given (the cells as read) and a value was not changed since loading,
   * the original cell is written back as it was: a curator's text in a number column is never lost.
   */
  encodeRow(
    row: R,
    map: ColumnMap,
    base: unknown[],
    original?: { cells: readonly unknown[]; decoded: R },
  ): unknown[] {
    const line = base.slice();
    for (const column of this.schema.columns) {
      const i = map.index[column.key];
      if (i === undefined) continue;
      const value = row[column.key];
      if (original && sameValue(value, original.decoded[column.key])) {
        const raw = original.cells[i] ?? '';
        line[i] = typeof raw === 'string' ? protectText(raw) : raw;
      } else {
        line[i] = encodeCell(column, value);
      }
    }
    return line;
  }
}

export class LoadedTable<R extends Row> {
  private readonly added: R[] = [];
  /** Sheet row numbers (as loaded) of removed rows, deleted on save. */
  private readonly removed: number[] = [];
  /** The sheet row each slot was read from (slots shift when rows are removed; the sheet only on save). */
  private rowNumbers: number[];
  private dirty = false;

  /** What each row looked like when read, to write untouched cells back exactly. */
  private readonly decoded: (R | null)[];

  constructor(
    private readonly table: Table<R>,
    private readonly map: ColumnMap,
    /** Row i is sheet row i + 2; null marks an empty row, kept so positions stay right. */
    private readonly slots: (R | null)[],
    private readonly cells: unknown[][],
    private readonly sheets: SheetPort,
  ) {
    this.decoded = slots.map((r) => (r ? ({ ...r } as R) : null));
    this.rowNumbers = slots.map((_, i) => i + 2);
    const seen = new Set<string>();
    for (const row of slots) {
      if (!row) continue;
      // Hand-typed rows and copy-pasted duplicates get a fresh id, so every row stays addressable.
      if (isBlank(row.id) || seen.has(row.id)) {
        row.id = table.newId();
        this.dirty = true;
      }
      seen.add(row.id);
    }
  }

  get rows(): R[] {
    return [...(this.slots.filter(Boolean) as R[]), ...this.added];
  }

  find(id: string): R | undefined {
    return this.rows.find((r) => r.id === id);
  }

  /**
   * What a cell of a loaded row held as read, before decoding: a value the column's type cannot read decodes
   * to blank, and a caller that must name it to the curator («пять» in a number column) reads it here.
   */
  typedCell(id: string, key: keyof R & string): unknown {
    const at = this.slots.findIndex((r) => r?.id === id);
    const column = this.map.index[key];
    return at < 0 || column === undefined ? undefined : this.cells[at]?.[column];
  }

  findBy<K extends keyof R>(key: K, value: R[K]): R | undefined {
    return this.rows.find((r) => r[key] === value);
  }

  insert(record: NewRow<R>): R {
    const row = this.table.complete(record);
    this.added.push(row);
    this.dirty = true;
    return row;
  }

  update(id: string, patch: Partial<R>): R {
    const row = this.find(id);
    if (!row) throw new UserFacingError(`Строка ${id} не найдена на листе «${this.table.schema.name}».`);
    Object.assign(row, patch, { id });
    this.dirty = true;
    return row;
  }

  /**
   * Removes a row. On save its whole sheet row is deleted (so the curator's own columns stay aligned with
   * the rest) before the table is written back: one call per removed row, which removals are rare enough for.
   */
  remove(id: string): void {
    const added = this.added.findIndex((r) => r.id === id);
    if (added >= 0) {
      this.added.splice(added, 1);
      return;
    }
    const at = this.slots.findIndex((r) => r?.id === id);
    if (at < 0) throw new UserFacingError(`Строка ${id} не найдена на листе «${this.table.schema.name}».`);
    this.removed.push(this.rowNumbers[at]);
    this.rowNumbers.splice(at, 1);
    this.slots.splice(at, 1);
    this.decoded.splice(at, 1);
    this.cells.splice(at, 1);
    this.dirty = true;
  }

  get notes(): string[] {
    return describeMapping(this.table.schema, this.map);
  }

  /** Writes all declared columns of all rows back, in one call per contiguous run of declared columns. */
  save(): void {
    if (!this.dirty) return;
    if (this.removed.length) {
      this.sheets.deleteRows(this.table.schema.name, this.removed);
      this.removed.length = 0;
    }
    const all = [...this.slots, ...this.added];
    if (!all.length) {
      this.dirty = false;
      return;
    }
    const blank = () => new Array(this.map.width).fill('');
    const lines = all.map((row, i) => {
      if (!row) return blank();
      const before = this.decoded[i];
      return this.table.encodeRow(
        row,
        this.map,
        blank(),
        before ? { cells: this.cells[i], decoded: before } : undefined,
      );
    });
    for (const [from, to] of contiguousRuns(Object.values(this.map.index))) {
      this.sheets.writeBlock(
        this.table.schema.name,
        2,
        from + 1,
        lines.map((l) => l.slice(from, to + 1)),
      );
    }
    for (const row of this.added) {
      this.slots.push(row);
      this.decoded.push(null);
      this.cells.push([]);
    }
    this.added.length = 0;
    this.rowNumbers = this.slots.map((_, i) => i + 2);
    this.dirty = false;
  }
}

/** [[0,4],[6,7]] for indexes {0,1,2,3,4,6,7}. */
function contiguousRuns(indexes: number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return a === b;
}
