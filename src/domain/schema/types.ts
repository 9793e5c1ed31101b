/** How a sheet is declared once, as data: the code that creates, reads and validates it derives from this. */

type ColumnType =
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
  /** Holds personal data: only curators may edit it, and it is never published. */
  personalData: boolean;
  /** Settings, registers and logs: only curators may edit it, though it holds no personal data. */
  curatorsOnly?: boolean;
  /** Prefix of the stable row ids, e.g. 'MT' → 'MT-3f9a2c1b'. */
  idPrefix: string;
}

export type Row = Record<string, unknown> & { id: string };

/**
 * A value a curator typed into an enum column that is not in its list: the dropdown warns but accepts it
 * (`setAllowInvalid(true)`), so code reading the column must expect it. It compares unequal to every constant.
 */
type Unlisted = string & { readonly unlisted?: never };

/** The value `decodeCell` gives for a cell of column C (a blank cell is null, or false for a checkbox). */
type CellOf<C extends ColumnSpec> = C['type'] extends 'id'
  ? string
  : C['type'] extends 'number' | 'integer'
    ? number | null
    : C['type'] extends 'date' | 'datetime'
      ? Date | null
      : C['type'] extends 'boolean'
        ? boolean
        : C extends { type: 'enum'; values: readonly (infer V)[] }
          ? Exclude<V, ''> | Unlisted | null
          : string | null;

/** The typed row of a declared sheet: one property per column, keyed and typed by the declaration. */
export type RowOf<S extends { columns: readonly ColumnSpec[] }> = {
  [C in S['columns'][number] as C['key']]: CellOf<C>;
} & { id: string };

/** What a new row must carry: the id is made by the table; a column left out is written blank. */
export type NewRow<R extends Row> = Partial<Omit<R, 'id'>> & { id?: string };
