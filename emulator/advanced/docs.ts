/**
 * The advanced Docs service (Docs API v1) over the same documents as DocumentApp: `Documents.get` (the
 * structure with indexes) and `Documents.batchUpdate` with the requests the add-on sends — replaceAllText,
 * insertText, deleteContentRange, insertTableRow, deleteTableRow. Shapes follow
 * https://developers.google.com/docs/api/reference/rest/v1/documents and `@types/google-apps-script/apis/docs_v1`.
 *
 * Indexes count UTF-16 code units as the API does: the body starts with a section break (0–1); a paragraph
 * spans its text and its closing newline; a table spans a start marker, its rows and an end marker; a row a
 * marker and its cells; a cell a marker and its content. Headers and footers count from 0. A page break or a
 * horizontal rule is a paragraph holding one element. Requests are applied in order and atomically: a
 * failing request leaves the document as it was. What the emulator cannot do exactly throws NotEmulatedError.
 */
import type { EmulatorContext } from '../core/context';
import { gasError, NotEmulatedError } from '../core/errors';
import type { DocElementState, DocumentState } from '../core/state';
import { deepCopy, newParagraph, type TableEl, type TextEl } from '../documents/model';

type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type Request = GoogleAppsScript.Docs.Schema.Request;

const HEADER_ID = 'kix.header';
const FOOTER_ID = 'kix.footer';

/** A paragraph-like element of a segment with where it sits. */
interface ParagraphSlot {
  el: DocElementState;
  list: DocElementState[];
  start: number;
  end: number;
}

interface TableSlot {
  el: TableEl;
  start: number;
  rows: { start: number; end: number }[];
}

interface SegmentMap {
  paragraphs: ParagraphSlot[];
  tables: TableSlot[];
  content: StructuralElement[];
}

function textOf(el: DocElementState): string {
  return el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM' ? el.text : '';
}

/** One element's length: text and newline, or one inline element and newline, or a table's markers. */
function mapList(
  list: DocElementState[],
  start: number,
  out: SegmentMap,
  content: StructuralElement[],
): number {
  let at = start;
  for (const el of list) {
    if (el.type === 'TABLE') {
      const slot: TableSlot = { el, start: at, rows: [] };
      out.tables.push(slot);
      const table: GoogleAppsScript.Docs.Schema.Table = {
        rows: el.rows.length,
        columns: el.rows[0]?.cells.length ?? 0,
        tableRows: [],
      };
      let p = at + 1;
      for (const row of el.rows) {
        const rowStart = p;
        p += 1;
        const cells: GoogleAppsScript.Docs.Schema.TableCell[] = [];
        for (const cell of row.cells) {
          const cellStart = p;
          const cellContent: StructuralElement[] = [];
          p = mapList(cell.children, p + 1, out, cellContent);
          cells.push({ startIndex: cellStart, endIndex: p, content: cellContent });
        }
        slot.rows.push({ start: rowStart, end: p });
        table.tableRows!.push({ startIndex: rowStart, endIndex: p, tableCells: cells });
      }
      p += 1;
      content.push({ startIndex: at, endIndex: p, table });
      at = p;
      continue;
    }
    const inline = el.type === 'PAGE_BREAK' || el.type === 'HORIZONTAL_RULE';
    const text = textOf(el);
    const end = at + (inline ? 1 : text.length) + 1;
    out.paragraphs.push({ el, list, start: at, end });
    const elements: GoogleAppsScript.Docs.Schema.ParagraphElement[] = inline
      ? [
          el.type === 'PAGE_BREAK'
            ? { startIndex: at, endIndex: at + 1, pageBreak: {} }
            : { startIndex: at, endIndex: at + 1, horizontalRule: {} },
          { startIndex: at + 1, endIndex: end, textRun: { content: '\n', textStyle: {} } },
        ]
      : [{ startIndex: at, endIndex: end, textRun: { content: `${text}\n`, textStyle: {} } }];
    const paragraph: GoogleAppsScript.Docs.Schema.Paragraph = {
      elements,
      paragraphStyle: paragraphStyle(el),
    };
    if (el.type === 'LIST_ITEM') paragraph.bullet = { listId: el.listId, nestingLevel: el.nesting };
    content.push({ startIndex: at, endIndex: end, paragraph });
    at = end;
  }
  return at;
}

function paragraphStyle(el: DocElementState): GoogleAppsScript.Docs.Schema.ParagraphStyle {
  if (el.type !== 'PARAGRAPH' && el.type !== 'LIST_ITEM') return { namedStyleType: 'NORMAL_TEXT' };
  const heading = el.type === 'PARAGRAPH' ? el.heading : String(el.attributes.HEADING ?? 'NORMAL');
  const align =
    el.type === 'PARAGRAPH' ? el.alignment : (el.attributes.HORIZONTAL_ALIGNMENT as string | null);
  const style: GoogleAppsScript.Docs.Schema.ParagraphStyle = {
    namedStyleType: heading === 'NORMAL' ? 'NORMAL_TEXT' : heading,
  };
  const alignments: Record<string, string> = {
    LEFT: 'START',
    CENTER: 'CENTER',
    RIGHT: 'END',
    JUSTIFY: 'JUSTIFIED',
  };
  if (align && alignments[align]) style.alignment = alignments[align];
  return style;
}

function segmentList(doc: DocumentState, segmentId: string | undefined): DocElementState[] {
  if (!segmentId) return doc.body;
  const list = segmentId === HEADER_ID ? doc.header : segmentId === FOOTER_ID ? doc.footer : null;
  if (!list) throw gasError(`Invalid requests: segment ${segmentId} not found.`);
  return list;
}

function mapSegment(doc: DocumentState, segmentId: string | undefined): SegmentMap {
  const out: SegmentMap = { paragraphs: [], tables: [], content: [] };
  if (!segmentId) out.content.push({ endIndex: 1, sectionBreak: { sectionStyle: {} } });
  mapList(segmentList(doc, segmentId), segmentId ? 0 : 1, out, out.content);
  return out;
}

/** The page margins Body.setMargin… set, as the API's Dimensions in points; unset sides are left out. */
function documentStyle(doc: DocumentState): GoogleAppsScript.Docs.Schema.DocumentStyle {
  const style: GoogleAppsScript.Docs.Schema.DocumentStyle = {};
  const m = doc.margins ?? {};
  const pt = (v: number | undefined) => (v === undefined ? undefined : { magnitude: v, unit: 'PT' });
  if (m.top !== undefined) style.marginTop = pt(m.top);
  if (m.bottom !== undefined) style.marginBottom = pt(m.bottom);
  if (m.left !== undefined) style.marginLeft = pt(m.left);
  if (m.right !== undefined) style.marginRight = pt(m.right);
  return style;
}

function getDocument(ctx: EmulatorContext, documentId: string): GoogleAppsScript.Docs.Schema.Document {
  const doc = ctx.state.documents[String(documentId)];
  const file = ctx.state.drive.files[String(documentId)];
  if (!doc || file?.trashed)
    throw gasError(`API call to docs.documents.get failed with error: Requested entity was not found.`);
  const out: GoogleAppsScript.Docs.Schema.Document = {
    documentId: doc.id,
    title: doc.name,
    revisionId: `rev-${ctx.state.nextId}`,
    body: { content: mapSegment(doc, undefined).content },
    documentStyle: documentStyle(doc),
  };
  if (doc.header) {
    out.headers = { [HEADER_ID]: { headerId: HEADER_ID, content: mapSegment(doc, HEADER_ID).content } };
    out.documentStyle!.defaultHeaderId = HEADER_ID;
  }
  if (doc.footer) {
    out.footers = { [FOOTER_ID]: { footerId: FOOTER_ID, content: mapSegment(doc, FOOTER_ID).content } };
    out.documentStyle!.defaultFooterId = FOOTER_ID;
  }
  return out;
}

function invalid(request: string, why: string): Error {
  return gasError(
    `API call to docs.documents.batchUpdate failed with error: Invalid requests.${request}: ${why}`,
  );
}

function paragraphAt(map: SegmentMap, index: number): ParagraphSlot {
  const slot = map.paragraphs.find((p) => index >= p.start && index < p.end);
  if (!slot)
    throw invalid('insertText', 'The insertion index must be inside the bounds of an existing paragraph.');
  return slot;
}

function insertText(doc: DocumentState, req: GoogleAppsScript.Docs.Schema.InsertTextRequest): void {
  if (!req.location || req.location.index === undefined)
    throw new NotEmulatedError('Docs insertText without location.index (endOfSegmentLocation)');
  const map = mapSegment(doc, req.location.segmentId);
  const slot = paragraphAt(map, req.location.index);
  if (slot.el.type !== 'PARAGRAPH' && slot.el.type !== 'LIST_ITEM')
    throw invalid('insertText', 'The insertion index cannot be inside a page break or rule.');
  const el = slot.el;
  const offset = req.location.index - slot.start;
  const whole = el.text.slice(0, offset) + String(req.text ?? '') + el.text.slice(offset);
  const [first, ...rest] = whole.split('\n');
  el.text = first;
  // A newline splits the paragraph: the new paragraphs keep its style (and its bullet).
  const at = slot.list.indexOf(el);
  rest.forEach((text, i) => {
    const copy = deepCopy(el) as TextEl;
    copy.text = text;
    slot.list.splice(at + 1 + i, 0, copy);
  });
}

function deleteContentRange(
  doc: DocumentState,
  req: GoogleAppsScript.Docs.Schema.DeleteContentRangeRequest,
): void {
  const r = req.range ?? {};
  const start = r.startIndex ?? -1;
  const end = r.endIndex ?? -1;
  if (start < 0 || end <= start) throw invalid('deleteContentRange', 'The range must not be empty.');
  const map = mapSegment(doc, r.segmentId);
  const inside = map.paragraphs.find((p) => start >= p.start && end <= p.end - 1);
  if (inside) {
    const el = inside.el as TextEl;
    el.text = el.text.slice(0, start - inside.start) + el.text.slice(end - inside.start);
    return;
  }
  // Whole paragraphs of one list, from the start of the first to the end (newline included) of the last.
  const first = map.paragraphs.find((p) => p.start === start);
  const last = map.paragraphs.find((p) => p.end === end);
  if (!first || !last || first.list !== last.list)
    throw new NotEmulatedError('Docs deleteContentRange across a part of a paragraph and others');
  const from = first.list.indexOf(first.el);
  const to = first.list.indexOf(last.el);
  const removed = first.list.slice(from, to + 1);
  if (removed.some((e) => e.type === 'TABLE'))
    throw new NotEmulatedError('Docs deleteContentRange over a table');
  if (first.list[to + 1]?.type === 'TABLE')
    throw invalid('deleteContentRange', 'The range cannot delete the newline before a table.');
  if (to === first.list.length - 1)
    throw invalid(
      'deleteContentRange',
      'The range cannot include the newline character at the end of the segment.',
    );
  first.list.splice(from, to - from + 1);
}

function tableAt(
  doc: DocumentState,
  location: GoogleAppsScript.Docs.Schema.TableCellLocation | undefined,
): {
  table: TableEl;
  rowIndex: number;
} {
  const start = location?.tableStartLocation?.index;
  const map = mapSegment(doc, location?.tableStartLocation?.segmentId);
  const slot = map.tables.find((t) => t.start === start);
  if (!slot) throw invalid('tableCellLocation', `No table starts at index ${start}.`);
  const rowIndex = location?.rowIndex ?? 0;
  if (rowIndex < 0 || rowIndex >= slot.el.rows.length)
    throw invalid('tableCellLocation', `Row ${rowIndex} is outside the table.`);
  return { table: slot.el, rowIndex };
}

function insertTableRow(doc: DocumentState, req: GoogleAppsScript.Docs.Schema.InsertTableRowRequest): void {
  const { table, rowIndex } = tableAt(doc, req.tableCellLocation);
  const reference = table.rows[rowIndex];
  // The new row has the reference row's cells (their style), each holding one empty paragraph styled like the
  // reference cell's first paragraph.
  const row = {
    cells: reference.cells.map((cell) => {
      const first = cell.children.find((c) => c.type === 'PARAGRAPH' || c.type === 'LIST_ITEM');
      const paragraph = first ? (deepCopy(first) as TextEl) : newParagraph('');
      paragraph.text = '';
      return { children: [paragraph as DocElementState], attributes: deepCopy(cell.attributes) };
    }),
  };
  table.rows.splice(rowIndex + (req.insertBelow ? 1 : 0), 0, row);
}

function deleteTableRow(doc: DocumentState, req: GoogleAppsScript.Docs.Schema.DeleteTableRowRequest): void {
  const { table, rowIndex } = tableAt(doc, req.tableCellLocation);
  if (table.rows.length === 1) throw new NotEmulatedError('Docs deleteTableRow of the only row of a table');
  table.rows.splice(rowIndex, 1);
}

function replaceAllText(doc: DocumentState, req: GoogleAppsScript.Docs.Schema.ReplaceAllTextRequest): number {
  const find = req.containsText?.text ?? '';
  if (!find) throw invalid('replaceAllText', 'containsText.text must not be empty.');
  if (req.containsText?.matchCase !== true)
    throw new NotEmulatedError('Docs replaceAllText without matchCase (case folding rules)');
  if (find.includes('\n')) throw new NotEmulatedError('Docs replaceAllText across paragraphs');
  const replacement = String(req.replaceText ?? '');
  let count = 0;
  for (const segment of [doc.body, doc.header, doc.footer]) {
    if (!segment) continue;
    const map: SegmentMap = { paragraphs: [], tables: [], content: [] };
    mapList(segment, 0, map, map.content);
    for (const p of map.paragraphs) {
      if (p.el.type !== 'PARAGRAPH' && p.el.type !== 'LIST_ITEM') continue;
      const parts = p.el.text.split(find);
      count += parts.length - 1;
      // A replacement with a newline would split the paragraph; the add-on never sends one.
      if (parts.length > 1 && replacement.includes('\n'))
        throw new NotEmulatedError('Docs replaceAllText with a newline in the replacement');
      p.el.text = parts.join(replacement);
    }
  }
  return count;
}

function batchUpdate(
  ctx: EmulatorContext,
  body: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
  documentId: string,
): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
  const doc = ctx.state.documents[String(documentId)];
  if (!doc)
    throw gasError(
      `API call to docs.documents.batchUpdate failed with error: Requested entity was not found.`,
    );
  if (body?.writeControl) throw new NotEmulatedError('Docs batchUpdate writeControl');
  // Atomic: work on a copy, keep it only if every request succeeds.
  const work = deepCopy(doc);
  const replies: GoogleAppsScript.Docs.Schema.Response[] = [];
  for (const request of body?.requests ?? []) replies.push(apply(work, request));
  Object.assign(doc, work);
  return { documentId: doc.id, replies, writeControl: { requiredRevisionId: `rev-${ctx.state.nextId++}` } };
}

function apply(doc: DocumentState, request: Request): GoogleAppsScript.Docs.Schema.Response {
  const kinds = Object.keys(request).filter((k) => (request as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1) throw invalid('request', 'Each request must hold exactly one kind of request.');
  if (request.replaceAllText)
    return { replaceAllText: { occurrencesChanged: replaceAllText(doc, request.replaceAllText) } };
  if (request.insertText) insertText(doc, request.insertText);
  else if (request.deleteContentRange) deleteContentRange(doc, request.deleteContentRange);
  else if (request.insertTableRow) insertTableRow(doc, request.insertTableRow);
  else if (request.deleteTableRow) deleteTableRow(doc, request.deleteTableRow);
  else throw new NotEmulatedError(`Docs batchUpdate request ${kinds[0]}`);
  return {};
}

/** `Docs` as a script sees it when the manifest enables the service (userSymbol "Docs", version v1). */
export function createDocsService(ctx: EmulatorContext): GoogleAppsScript.Docs {
  const documents = ctx.wrap<GoogleAppsScript.Docs.Collection.DocumentsCollection>(
    {
      get: (documentId: string, args?: Record<string, unknown>) => {
        if (args && Object.keys(args).some((k) => k !== 'fields'))
          throw new NotEmulatedError(`Docs.Documents.get options ${Object.keys(args).join(', ')}`);
        return getDocument(ctx, documentId);
      },
      batchUpdate: (body: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string) =>
        batchUpdate(ctx, body, documentId),
    },
    'Docs.Documents',
  );
  return ctx.wrap<GoogleAppsScript.Docs>({ Documents: documents }, 'Docs');
}
