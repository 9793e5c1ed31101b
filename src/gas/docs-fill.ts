import {
  markersPattern,
  renderText,
  wholeParagraphSectionPattern,
  type FillPlan,
  type TemplateData,
} from '../domain/documents/placeholders';

/**
 * A fill plan as one Docs API batchUpdate, computed from the template's structure (Documents.get of the
 * template, read once per batch: a copy has the same indexes). The semantics are those of renderText, unit by
 * unit:
 * - a list section repeats its unit once per item: the paragraph that holds {{#list}} (its copies are made by
 *   newlines inserted into it, so they keep its style and bullet), or the table row that holds it (new rows
 *   inserted below it, filled cell by cell);
 * - a paragraph with a flag section is rewritten as rendered; one that is nothing but a section that is off
 *   goes (or is emptied where the API cannot delete it: the last paragraph of a segment or cell, or the one
 *   before a table);
 * - every other field is replaced by replaceAllText, which keeps the template's text formatting.
 * Index edits are sent from the end of each segment backwards, so that an edit never moves the next one.
 * Also returns the text the document will have, to check that no tag is left.
 */

import Docs = GoogleAppsScript.Docs.Schema;
type Request = Docs.Request;
type Element = Docs.StructuralElement;

const TAG = /\{\{([^{}]*)\}\}/g;

interface Edit {
  start: number;
  requests: Request[];
}

interface Context {
  plan: FillPlan;
  segmentId?: string;
  edits: Edit[];
  /** Final texts of the paragraphs, in document order. */
  texts: string[];
}

function paragraphText(p: Docs.Paragraph | undefined): string {
  const text = (p?.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

function listOpened(text: string, plan: FillPlan): FillPlan['lists'][number] | undefined {
  for (const m of text.matchAll(TAG)) {
    const inner = m[1].trim();
    if (inner[0] !== '#') continue;
    const list = plan.lists.find((l) => l.name === inner.slice(1).trim());
    if (list) return list;
  }
  return undefined;
}

function hasSection(text: string, plan: FillPlan): boolean {
  for (const m of text.matchAll(TAG)) {
    const inner = m[1].trim();
    if (/^[#^/]/.test(inner) && plan.flags.some((f) => f.name === inner.slice(1).trim())) return true;
  }
  return false;
}

function flagsOf(plan: FillPlan): Record<string, boolean> {
  return Object.fromEntries(plan.flags.map((f) => [f.name, f.value]));
}

/** Renders a text; a section that does not close within it is left as it is (the leftover check names it). */
function render(text: string, data: TemplateData): string {
  try {
    return renderText(text, data);
  } catch {
    return text;
  }
}

/** The fields only (what replaceAllText does to a paragraph the plan does not rewrite). */
function withFields(text: string, plan: FillPlan): string {
  return text.replace(TAG, (raw, inner: string) => plan.fields[inner.trim()] ?? raw);
}

/** Replace a paragraph's text (its newline kept): delete what is there, insert the new text. */
function rewrite(ctx: Context, el: Element, text: string): Request[] {
  if (text === paragraphText(el.paragraph)) return [];
  const start = el.startIndex!;
  const end = el.endIndex! - 1;
  const out: Request[] = [];
  if (end > start)
    out.push({
      deleteContentRange: { range: { startIndex: start, endIndex: end, segmentId: ctx.segmentId } },
    });
  if (text) out.push({ insertText: { location: { index: start, segmentId: ctx.segmentId }, text } });
  return out;
}

/** Remove a paragraph, or empty it where the API keeps the newline. */
function remove(ctx: Context, el: Element, next: Element | undefined): Request[] {
  if (!next || next.table) return rewrite(ctx, el, '');
  return [
    {
      deleteContentRange: {
        range: { startIndex: el.startIndex!, endIndex: el.endIndex!, segmentId: ctx.segmentId },
      },
    },
  ];
}

function planParagraph(ctx: Context, el: Element, next: Element | undefined): void {
  const text = paragraphText(el.paragraph);
  const { plan } = ctx;
  const list = listOpened(text, plan);
  if (list) {
    const rendered = list.items.map((item) =>
      render(text, { fields: plan.fields, lists: { [list.name]: [item] }, flags: flagsOf(plan) }),
    );
    ctx.texts.push(...rendered);
    const requests = rendered.length ? rewrite(ctx, el, rendered.join('\n')) : remove(ctx, el, next);
    ctx.edits.push({ start: el.startIndex!, requests });
    return;
  }
  if (hasSection(text, plan)) {
    const whollyOff = plan.flags.some((f) =>
      new RegExp(wholeParagraphSectionPattern(f.name, f.value)).test(text),
    );
    if (whollyOff) {
      ctx.edits.push({ start: el.startIndex!, requests: remove(ctx, el, next) });
      return;
    }
    const rendered = render(text, { fields: plan.fields, lists: {}, flags: flagsOf(plan) });
    ctx.texts.push(rendered);
    ctx.edits.push({ start: el.startIndex!, requests: rewrite(ctx, el, rendered) });
    return;
  }
  ctx.texts.push(withFields(text, plan));
}

/** The text of a cell of a list row for one item: the list's markers go, fields take the item's values. */
function cellTexts(
  cell: Docs.TableCell,
  list: FillPlan['lists'][number],
  plan: FillPlan,
  item: Record<string, string>,
) {
  const markers = new RegExp(markersPattern(list.name), 'g');
  return (cell.content ?? [])
    .filter((c) => c.paragraph)
    .map((c) =>
      render(paragraphText(c.paragraph).replace(markers, ''), {
        fields: { ...plan.fields, ...item },
        lists: {},
        flags: flagsOf(plan),
      }),
    );
}

function planRow(ctx: Context, table: Element, rowIndex: number, list: FillPlan['lists'][number]): void {
  const row = table.table!.tableRows![rowIndex];
  const cells = row.tableCells ?? [];
  const { plan } = ctx;
  const tableStartLocation = { index: table.startIndex!, segmentId: ctx.segmentId };
  const requests: Request[] = [];
  // Items after the first: each a new row right below this one (so the last item is inserted first), its
  // empty cells filled from the last to the first. A new row starts where this one ends: a row marker, then
  // per cell a cell marker and an empty paragraph.
  for (let i = list.items.length - 1; i >= 1; i--) {
    requests.push({
      insertTableRow: {
        tableCellLocation: { tableStartLocation, rowIndex, columnIndex: 0 },
        insertBelow: true,
      },
    });
    const texts = cells.map((cell) => cellTexts(cell, list, plan, list.items[i]).join('\n'));
    for (let c = cells.length - 1; c >= 0; c--) {
      if (!texts[c]) continue;
      const index = row.endIndex! + 2 + 2 * c;
      requests.push({ insertText: { location: { index, segmentId: ctx.segmentId }, text: texts[c] } });
    }
  }
  // The first item goes into the row itself; with no items the row goes (or is emptied if it is the only one).
  const only = (table.table!.tableRows ?? []).length === 1;
  if (!list.items.length && !only) {
    requests.push({
      deleteTableRow: { tableCellLocation: { tableStartLocation, rowIndex, columnIndex: 0 } },
    });
  } else {
    const item = list.items[0] ?? Object.fromEntries(list.itemFields.map((f) => [f, '']));
    for (let c = cells.length - 1; c >= 0; c--) {
      const paragraphs = (cells[c].content ?? []).filter((e) => e.paragraph);
      const texts = cellTexts(cells[c], list, plan, item);
      for (let p = paragraphs.length - 1; p >= 0; p--)
        requests.push(...rewrite(ctx, paragraphs[p], texts[p]));
    }
  }
  for (const item of list.items)
    ctx.texts.push(cells.map((cell) => cellTexts(cell, list, plan, item).join('\n')).join('\t'));
  ctx.edits.push({ start: row.startIndex!, requests });
}

function planContent(ctx: Context, content: readonly Element[]): void {
  content.forEach((el, i) => {
    if (el.paragraph) planParagraph(ctx, el, content[i + 1]);
    if (!el.table) return;
    (el.table.tableRows ?? []).forEach((row, r) => {
      const cells = row.tableCells ?? [];
      const rowText = cells
        .flatMap((c) => (c.content ?? []).map((e) => paragraphText(e.paragraph)))
        .join('\n');
      const list = listOpened(rowText, ctx.plan);
      if (list) planRow(ctx, el, r, list);
      else for (const cell of cells) planContent(ctx, cell.content ?? []);
    });
  });
}

export interface FillRequests {
  requests: Request[];
  /** The text the filled document will have (paragraphs joined by newlines). */
  text: string;
}

export function fillRequests(template: Docs.Document, plan: FillPlan): FillRequests {
  const requests: Request[] = [];
  const texts: string[] = [];
  const segments: { segmentId?: string; content: Element[] }[] = [
    { content: template.body?.content ?? [] },
    ...Object.entries(template.headers ?? {}).map(([id, h]) => ({ segmentId: id, content: h.content ?? [] })),
    ...Object.entries(template.footers ?? {}).map(([id, f]) => ({ segmentId: id, content: f.content ?? [] })),
  ];
  for (const segment of segments) {
    const ctx: Context = { plan, segmentId: segment.segmentId, edits: [], texts };
    planContent(ctx, segment.content);
    ctx.edits.sort((a, b) => b.start - a.start);
    for (const edit of ctx.edits) requests.push(...edit.requests);
  }
  // Fields outside the rewritten units, exactly as written ({{ school.short }} with spaces too).
  const raw = new Set<string>();
  for (const segment of segments)
    for (const text of allTexts(segment.content))
      for (const m of text.matchAll(TAG)) if (m[1].trim() in plan.fields) raw.add(m[0]);
  for (const tag of raw)
    requests.push({
      replaceAllText: {
        containsText: { text: tag, matchCase: true },
        replaceText: plan.fields[tag.slice(2, -2).trim()],
      },
    });
  return { requests, text: texts.join('\n') };
}

function allTexts(content: readonly Element[]): string[] {
  return content.flatMap((el) =>
    el.paragraph
      ? [paragraphText(el.paragraph)]
      : (el.table?.tableRows ?? []).flatMap((r) =>
          (r.tableCells ?? []).flatMap((c) => allTexts(c.content ?? [])),
        ),
  );
}

/** The plain text of a document (header, body and footer), as the template check reads it. */
export function documentText(doc: Docs.Document): string {
  const parts = [
    ...Object.values(doc.headers ?? {}).map((h) => allTexts(h.content ?? []).join('\n')),
    allTexts(doc.body?.content ?? []).join('\n'),
    ...Object.values(doc.footers ?? {}).map((f) => allTexts(f.content ?? []).join('\n')),
  ];
  return parts.join('\n');
}
