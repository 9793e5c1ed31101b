import type { ColumnSpec, SheetSchema } from '../domain/schema/types';

/**
 * What the use cases need from the outside world. gas/ implements these over Apps Script; tests may use the
 * same gas adapters on the emulator. No Apps Script global is named in services/.
 */

/** The workbook: whole-sheet reads and block writes, one service round trip each. */
export interface SheetPort {
  /** Every value of the sheet's data range, header row first; null when there is no such sheet. */
  readValues(sheetName: string): unknown[][] | null;
  /** The header row only (for appends, without reading the whole table). Null when no such sheet. */
  readHeader(sheetName: string): unknown[] | null;
  /** Developer-metadata column keys, one per header column (null where none). Used only when headers differ. */
  readColumnKeys(sheetName: string): (string | null)[];
  /** Writes a rectangular block at (row, column), 1-based, in one call. */
  writeBlock(sheetName: string, row: number, column: number, values: unknown[][]): void;
  /** Appends rows after the last row with content, in one write. */
  appendRows(sheetName: string, rows: unknown[][]): void;
  /** Deletes whole rows (1-based numbers). */
  deleteRows(sheetName: string, rowNumbers: number[]): void;
  /** Creates the sheet from its declaration: header, notes, formats, validation, frozen row, keys, protection. */
  createSheet(schema: SheetSchema, index: number): void;
  /** Adds declared columns after the sheet's last column, with header, key, format and validation. */
  addColumns(schema: SheetSchema, columns: readonly ColumnSpec[]): void;
  sheetNames(): string[];
}

export interface RuntimePort {
  now(): Date;
  newUuid(): string;
  /** E-mail of the user running the action ('' when Google does not reveal it). */
  userEmail(): string;
}

export interface LockPort {
  /** Runs fn holding the document lock; throws a Russian message when it cannot be had in time. */
  withDocumentLock<T>(fn: () => T): T;
}

export interface Ports {
  sheets: SheetPort;
  runtime: RuntimePort;
  lock: LockPort;
}
