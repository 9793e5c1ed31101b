/**
 * Plain-data helpers over DocumentState: element constructors, locating an element's parent, flattening the
 * text-bearing elements, Apps Script's regex-string patterns. The views in elements.ts use only these.
 */
import type { DocElementState, DocumentState } from '../core/state';
import { gasError } from '../core/errors';
import { re2ToJs } from './re2';

export type TextEl = Extract<DocElementState, { type: 'PARAGRAPH' | 'LIST_ITEM' }>;
export type TableEl = Extract<DocElementState, { type: 'TABLE' }>;
export type RowState = TableEl['rows'][number];
export type CellState = RowState['cells'][number];
export type SectionName = 'BODY' | 'HEADER' | 'FOOTER';

/** Where a list of elements lives: a document section or a table cell. */
export type Owner = { kind: 'section'; section: SectionName } | { kind: 'cell'; cell: CellState };

export function newParagraph(text = ''): TextEl {
  return { type: 'PARAGRAPH', text: String(text), heading: 'NORMAL', alignment: null, attributes: {} };
}

export function newListItem(text: string, listId: string): TextEl {
  return { type: 'LIST_ITEM', text: String(text), nesting: 0, glyph: 'BULLET', listId, attributes: {} };
}

export function newCell(text = ''): CellState {
  return { children: [newParagraph(text)], attributes: {} };
}

export function newTable(cells?: unknown[][]): TableEl {
  return {
    type: 'TABLE',
    rows: (cells ?? []).map((row) => ({ cells: row.map((c) => newCell(String(c ?? ''))) })),
    attributes: {},
  };
}

export function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function isText(el: DocElementState): el is TextEl {
  return el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM';
}

/** Every element list of a document with its owner: sections first, then table cells, depth first. */
function* elementLists(doc: DocumentState): Generator<{ list: DocElementState[]; owner: Owner }> {
  const sections: [SectionName, DocElementState[] | null][] = [
    ['BODY', doc.body],
    ['HEADER', doc.header],
    ['FOOTER', doc.footer],
  ];
  for (const [section, list] of sections) {
    if (!list) continue;
    yield { list, owner: { kind: 'section', section } };
    yield* cellLists(list);
  }
}

function* cellLists(list: DocElementState[]): Generator<{ list: DocElementState[]; owner: Owner }> {
  for (const el of list) {
    if (el.type !== 'TABLE') continue;
    for (const row of el.rows) {
      for (const cell of row.cells) {
        yield { list: cell.children, owner: { kind: 'cell', cell } };
        yield* cellLists(cell.children);
      }
    }
  }
}

export function locateElement(
  doc: DocumentState | undefined,
  el: DocElementState,
): { list: DocElementState[]; owner: Owner; index: number } | null {
  if (!doc) return null;
  for (const { list, owner } of elementLists(doc)) {
    const index = list.indexOf(el);
    if (index >= 0) return { list, owner, index };
  }
  return null;
}

export function locateRow(
  doc: DocumentState | undefined,
  row: RowState,
): { table: TableEl; index: number } | null {
  if (!doc) return null;
  for (const { list } of elementLists(doc)) {
    for (const el of list) {
      if (el.type !== 'TABLE') continue;
      const index = el.rows.indexOf(row);
      if (index >= 0) return { table: el, index };
    }
  }
  return null;
}

export function locateCell(
  doc: DocumentState | undefined,
  cell: CellState,
): { row: RowState; index: number } | null {
  if (!doc) return null;
  for (const { list } of elementLists(doc)) {
    for (const el of list) {
      if (el.type !== 'TABLE') continue;
      for (const row of el.rows) {
        const index = row.cells.indexOf(cell);
        if (index >= 0) return { row, index };
      }
    }
  }
  return null;
}

/** Paragraphs and list items of a list, including those inside tables, in document order. */
export function textElements(list: DocElementState[]): TextEl[] {
  const out: TextEl[] = [];
  const visit = (items: DocElementState[]) => {
    for (const el of items) {
      if (isText(el)) out.push(el);
      else if (el.type === 'TABLE')
        for (const row of el.rows) for (const cell of row.cells) visit(cell.children);
    }
  };
  visit(list);
  return out;
}

export function tablesIn(list: DocElementState[]): TableEl[] {
  const out: TableEl[] = [];
  const visit = (items: DocElementState[]) => {
    for (const el of items) {
      if (el.type !== 'TABLE') continue;
      out.push(el);
      for (const row of el.rows) for (const cell of row.cells) visit(cell.children);
    }
  };
  visit(list);
  return out;
}

export function listText(list: DocElementState[]): string {
  return list.map(elementText).join('\n');
}

export function elementText(el: DocElementState): string {
  switch (el.type) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return el.text;
    case 'TABLE':
      return el.rows.map(rowText).join('\n');
    default:
      return '';
  }
}

export function rowText(row: RowState): string {
  return row.cells.map((c) => listText(c.children)).join('\t');
}

/**
 * Apps Script takes search patterns as strings in RE2 syntax (a subset of Java regexes): checked and
 * translated by re2.ts, then compiled as a JavaScript regex (a leading `(?i)` becomes a JS flag).
 */
export function compilePattern(pattern: string, global: boolean): RegExp {
  const { source, flags } = re2ToJs(pattern);
  try {
    return new RegExp(source, (global ? 'g' : '') + flags);
  } catch (e) {
    // What both reject (an unbalanced parenthesis, a repetition of nothing): an Apps Script exception.
    throw gasError(`Invalid regular expression: ${(e as Error).message}`);
  }
}

/**
 * Replaces every match in a text. The reference gives `replacement` as "the text to use as replacement": it is
 * inserted as it is, `$1`, `$&` and backslashes included (no group references; the conformance kit checks this
 * on a real account). Each text block is matched on its own, and an empty match replaces nothing.
 */
export function replaceAll(text: string, pattern: string, replacement: string): string {
  const re = compilePattern(pattern, true);
  return text.replace(re, (m) => (m === '' ? m : String(replacement)));
}
