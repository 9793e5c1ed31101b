/**
 * Renderings of a DocumentState: readable HTML (what `npm start` shows as "the document the director gets")
 * and a small PDF for Document.getAs('application/pdf').
 *
 * Neither is Google Docs' layout: page size, fonts, wrapping, spacing and table geometry are approximations.
 * The PDF is a real, valid PDF 1.4 with the document's text in order (header, body, footer; a page break
 * starts a new page), drawn with the standard Helvetica font. Cyrillic is encoded through a Windows-1251-like
 * /Differences encoding with the standard Adobe glyph names (afii100xx), so viewers that substitute a font
 * with Cyrillic glyphs show it and text extraction yields the right letters; characters outside that encoding
 * are drawn as '?'. Every page carries a small note that the layout is emulated.
 */
import type { DocElementState, DocumentState } from '../core/state';
import type { TextEl } from './model';

const HEADING_TAGS: Record<string, string> = {
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
  TITLE: 'h1',
};

function escapeHtml(text: string): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function cssColor(value: unknown): string | null {
  return typeof value === 'string' && /^#[0-9a-fA-F]{3,8}$/.test(value) ? value : null;
}

function textStyle(el: TextEl): string {
  const a = el.attributes;
  const css: string[] = [];
  const align = el.type === 'PARAGRAPH' ? el.alignment : (a.HORIZONTAL_ALIGNMENT as string | undefined);
  if (align) css.push(`text-align:${align === 'JUSTIFY' ? 'justify' : String(align).toLowerCase()}`);
  if (a.BOLD === true) css.push('font-weight:bold');
  if (a.BOLD === false) css.push('font-weight:normal');
  if (a.ITALIC === true) css.push('font-style:italic');
  const decorations = [
    a.UNDERLINE === true ? 'underline' : '',
    a.STRIKETHROUGH === true ? 'line-through' : '',
  ];
  if (decorations.some(Boolean)) css.push(`text-decoration:${decorations.filter(Boolean).join(' ')}`);
  if (typeof a.FONT_SIZE === 'number') css.push(`font-size:${a.FONT_SIZE}pt`);
  if (typeof a.FONT_FAMILY === 'string' && /^[\w ,-]+$/.test(a.FONT_FAMILY))
    css.push(`font-family:${a.FONT_FAMILY}`);
  const fg = cssColor(a.FOREGROUND_COLOR);
  if (fg) css.push(`color:${fg}`);
  const bg = cssColor(a.BACKGROUND_COLOR);
  if (bg) css.push(`background-color:${bg}`);
  if (typeof a.INDENT_FIRST_LINE === 'number') css.push(`text-indent:${a.INDENT_FIRST_LINE}pt`);
  if (typeof a.INDENT_START === 'number') css.push(`margin-left:${a.INDENT_START}pt`);
  return css.length ? ` style="${css.join(';')}"` : '';
}

function inlineText(el: TextEl): string {
  const html = escapeHtml(el.text).replace(/\r|\n/g, '<br>');
  return html === '' ? '<br>' : html;
}

function renderList(list: DocElementState[]): string {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const el = list[i];
    switch (el.type) {
      case 'PARAGRAPH': {
        const tag = HEADING_TAGS[el.heading] ?? 'p';
        const cls =
          el.heading === 'TITLE' ? ' class="title"' : el.heading === 'SUBTITLE' ? ' class="subtitle"' : '';
        out.push(`<${tag}${cls}${textStyle(el)}>${inlineText(el)}</${tag}>`);
        break;
      }
      case 'LIST_ITEM': {
        const items: string[] = [];
        const ordered = /NUMBER|LATIN|ROMAN/.test(el.glyph);
        while (i < list.length && list[i].type === 'LIST_ITEM') {
          const item = list[i] as Extract<DocElementState, { type: 'LIST_ITEM' }>;
          const indent = item.nesting > 0 ? ` data-nesting="${item.nesting}"` : '';
          const style = textStyle(item).replace(/"$/, '');
          const nest = `margin-left:${item.nesting * 1.5}em`;
          items.push(
            `<li${indent}${style ? `${style};${nest}"` : ` style="${nest}"`}>${inlineText(item)}</li>`,
          );
          i++;
        }
        i--;
        const tag = ordered ? 'ol' : 'ul';
        out.push(`<${tag}>${items.join('')}</${tag}>`);
        break;
      }
      case 'TABLE': {
        // Table.setBorderWidth(0) lays text out without lines (signatures, date and number): drawn so.
        const width = el.attributes.BORDER_WIDTH;
        const border =
          typeof width === 'number' ? (width > 0 ? `${width}pt solid #000` : 'none') : '1px solid #000';
        const rows = el.rows.map((row) => {
          const cells = row.cells.map((cell) => {
            const bg = cssColor(cell.attributes.BACKGROUND_COLOR);
            const style = `border:${border};padding:4px;vertical-align:top${bg ? `;background-color:${bg}` : ''}`;
            return `<td style="${style}">${renderList(cell.children)}</td>`;
          });
          return `<tr>${cells.join('')}</tr>`;
        });
        out.push(`<table style="border-collapse:collapse;width:100%">${rows.join('')}</table>`);
        break;
      }
      case 'PAGE_BREAK':
        out.push('<hr class="page-break">');
        break;
      case 'HORIZONTAL_RULE':
        out.push('<hr>');
        break;
    }
  }
  return out.join('\n');
}

/** A standalone HTML page showing the document: header, body, footer. */
/** The page's margins as the body's padding (in points, as set), and in millimetres for a reader. */
function marginsStyle(doc: DocumentState): string {
  const m = doc.margins;
  if (!m) return '';
  const pt = (v: number | undefined) => v ?? 72;
  const mm = (v: number | undefined) => Math.round((pt(v) / 72) * 25.4);
  return (
    ` style="padding:${pt(m.top)}pt ${pt(m.right)}pt ${pt(m.bottom)}pt ${pt(m.left)}pt"` +
    ` data-margins-mm="${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)}"`
  );
}

export function documentToHtml(doc: DocumentState): string {
  const parts = [
    '<!doctype html>',
    '<html lang="ru"><head><meta charset="utf-8">',
    `<title>${escapeHtml(doc.name)}</title>`,
    '<style>body{font-family:"Times New Roman",serif;max-width:21cm;margin:1em auto;padding:1.5cm 2cm;' +
      'background:#fff;box-shadow:0 0 4px #999}p{margin:0 0 .4em}.title{font-size:26pt}' +
      '.subtitle{font-size:15pt;color:#666}hr.page-break{border:0;border-top:2px dashed #999;margin:2em -2cm}' +
      '.doc-header,.doc-footer{color:#444;font-size:90%}.doc-header{border-bottom:1px dotted #ccc;margin-bottom:1em}' +
      '.doc-footer{border-top:1px dotted #ccc;margin-top:1em}</style>',
    '</head><body>',
  ];
  if (doc.header) parts.push(`<header class="doc-header">${renderList(doc.header)}</header>`);
  parts.push(`<main class="doc-body"${marginsStyle(doc)}>${renderList(doc.body)}</main>`);
  if (doc.footer) parts.push(`<footer class="doc-footer">${renderList(doc.footer)}</footer>`);
  parts.push('</body></html>');
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// PDF

interface Line {
  text: string;
  size: number;
  bold: boolean;
  align: string | null;
  pageBreakBefore?: boolean;
}

const CYRILLIC_UPPER = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const CYRILLIC_LOWER = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';

/** char → byte of the font encoding, and the /Differences entries (byte → Adobe glyph name). */
const ENCODING = (() => {
  const map = new Map<string, number>();
  const differences: [number, string][] = [];
  for (let b = 32; b < 127; b++) map.set(String.fromCharCode(b), b);
  const cp1252 = new TextDecoder('windows-1252');
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = cp1252.decode(Uint8Array.of(b));
    if (
      ch.length === 1 &&
      ch.charCodeAt(0) >= 0xa0 &&
      b >= 0xa0 &&
      b < 0xc0 &&
      b !== 0xa8 &&
      b !== 0xb8 &&
      b !== 0xb9
    ) {
      map.set(ch, b);
    }
  }
  for (const [ch, b] of [
    ['•', 0x95],
    ['–', 0x96],
    ['—', 0x97],
    ['“', 0x93],
    ['”', 0x94],
    ['„', 0x84],
    ['…', 0x85],
  ] as [string, number][]) {
    map.set(ch, b);
  }
  for (let i = 0; i < 32; i++) {
    const afiiUpper = 10017 + i + (i >= 6 ? 1 : 0);
    const afiiLower = 10065 + i + (i >= 6 ? 1 : 0);
    map.set(CYRILLIC_UPPER[i], 0xc0 + i);
    map.set(CYRILLIC_LOWER[i], 0xe0 + i);
    differences.push([0xc0 + i, `afii${afiiUpper}`], [0xe0 + i, `afii${afiiLower}`]);
  }
  map.set('Ё', 0xa8);
  map.set('ё', 0xb8);
  map.set('№', 0xb9);
  differences.push([0xa8, 'afii10023'], [0xb8, 'afii10071'], [0xb9, 'afii61352']);
  differences.sort((x, y) => x[0] - y[0]);
  return { map, differences };
})();

function encodeHex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const b = ENCODING.map.get(ch) ?? (ch === '\t' ? 32 : 63);
    hex += b.toString(16).padStart(2, '0');
  }
  return `<${hex}>`;
}

function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex.toUpperCase()}>`;
}

function wrap(text: string, maxChars: number): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r|\n/)) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line && (line + ' ' + word).length > maxChars) {
        out.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
      while (line.length > maxChars) {
        out.push(line.slice(0, maxChars));
        line = line.slice(maxChars);
      }
    }
    out.push(line);
  }
  return out;
}

const HEADING_SIZES: Record<string, number> = {
  TITLE: 22,
  SUBTITLE: 15,
  HEADING1: 18,
  HEADING2: 16,
  HEADING3: 14,
  HEADING4: 12,
  HEADING5: 11,
  HEADING6: 11,
};

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 56;

function linesOf(list: DocElementState[], out: Line[]): void {
  for (const el of list) {
    if (el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM') {
      const heading = el.type === 'PARAGRAPH' ? el.heading : 'NORMAL';
      const size =
        typeof el.attributes.FONT_SIZE === 'number'
          ? el.attributes.FONT_SIZE
          : (HEADING_SIZES[heading] ?? 11);
      const bold = el.attributes.BOLD === true || (heading !== 'NORMAL' && el.attributes.BOLD !== false);
      const align = el.type === 'PARAGRAPH' ? el.alignment : null;
      const prefix = el.type === 'LIST_ITEM' ? `${'    '.repeat(el.nesting)}• ` : '';
      const maxChars = Math.max(10, Math.floor((PAGE_W - 2 * MARGIN) / (size * 0.5)));
      for (const text of wrap(prefix + el.text, maxChars)) out.push({ text, size, bold, align });
    } else if (el.type === 'TABLE') {
      for (const row of el.rows) {
        const text = row.cells
          .map((c) => c.children.map((x) => ('text' in x ? x.text : '')).join(' '))
          .join(' | ');
        for (const t of wrap(`| ${text} |`, 95)) out.push({ text: t, size: 10, bold: false, align: null });
      }
    } else if (el.type === 'PAGE_BREAK') {
      out.push({ text: '', size: 11, bold: false, align: null, pageBreakBefore: true });
    } else {
      out.push({ text: '—'.repeat(40), size: 11, bold: false, align: 'CENTER' });
    }
  }
}

/** The bytes of a small valid PDF with the document's text (see the file comment for what is not emulated). */
export function documentToPdf(doc: DocumentState): Uint8Array {
  const lines: Line[] = [];
  if (doc.header) linesOf(doc.header, lines);
  linesOf(doc.body, lines);
  if (doc.footer) linesOf(doc.footer, lines);

  const pages: string[] = [];
  let ops: string[] = [];
  let y = PAGE_H - MARGIN;
  const finishPage = () => {
    ops.push(
      `BT /F1 7 Tf 0.5 g 56 24 Td ${encodeHex('Emulated PDF of a Google Doc: the layout is not emulated')} Tj ET`,
    );
    pages.push(ops.join('\n'));
    ops = [];
    y = PAGE_H - MARGIN;
  };
  for (const line of lines) {
    const lead = line.size * 1.35;
    if (line.pageBreakBefore || y - lead < MARGIN) {
      finishPage();
      if (line.pageBreakBefore) continue;
    }
    y -= lead;
    const width = line.text.length * line.size * 0.5;
    let x = MARGIN;
    if (line.align === 'CENTER') x = Math.max(MARGIN, (PAGE_W - width) / 2);
    if (line.align === 'RIGHT') x = Math.max(MARGIN, PAGE_W - MARGIN - width);
    if (line.text !== '') {
      ops.push(
        `BT /${line.bold ? 'F2' : 'F1'} ${line.size} Tf ${x.toFixed(1)} ${y.toFixed(1)} Td ${encodeHex(line.text)} Tj ET`,
      );
    }
  }
  finishPage();

  // Objects: 1 catalog, 2 pages, 3 encoding, 4 font F1, 5 font F2, 6 info, then per page: page + content.
  const differences = ENCODING.differences.map(([b, name]) => `${b} /${name}`).join(' ');
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 7 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = `<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [${differences}] >>`;
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 3 0 R >>';
  objects[5] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 3 0 R >>';
  objects[6] = `<< /Title ${utf16Hex(doc.name)} /Producer (Nastavnik Apps Script emulator) >>`;
  pages.forEach((content, i) => {
    const pageId = pageIds[i];
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] ` +
      `/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });

  // Everything above is ASCII, so string length = byte length and the xref offsets are exact.
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = pdf.length;
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xrefAt = pdf.length;
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
