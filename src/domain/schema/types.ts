/** How a sheet is declared once, as data: the code that creates, reads and validates it derives from this. */

export type ColumnType =
  'id' | 'text' | 'email' | 'number' | 'integer' | 'date' | 'datetime' | 'boolean' | 'enum' | 'url';

export interface ColumnSpec {
  /** Stable English key used in code and in the column's developer metadata. */
  key: string;
  /** Russian header the curator sees. */
  header: string;
  type: ColumnType;
  required?: boolean;
  /** Allowed values for 'enum' columns; also becomes the column's dropdown validation. */
  values?: readonly string[];
  /** Russian note shown on the header cell. */
  note?: string;
  /** Column width in pixels for readability; purely cosmetic. */
  width?: number;
}

export interface SheetSchema {
  /** Stable English key used in code. */
  key: string;
  /** Russian sheet name the curator sees. */
  name: string;
  columns: readonly ColumnSpec[];
  /** Holds personal data: protected (warning-only for curators) and never published. */
  personalData: boolean;
  /** Prefix of the stable row ids, e.g. 'MT' → 'MT-3f9a2c1b'. */
  idPrefix: string;
}

export type Row = Record<string, unknown> & { id: string };
