import { EmulatorContext } from '../../emulator/core/context';
import { NotEmulatedError } from '../../emulator/core/errors';
import { deserializeState, serializeState } from '../../emulator/core/persist';
import { emptyState } from '../../emulator/core/state';
import { createDocumentApp, renderDocumentHtml } from '../../emulator/documents';
import { createDriveApp } from '../../emulator/drive';

function setup() {
  const ctx = new EmulatorContext(emptyState());
  return { ctx, DocumentApp: createDocumentApp(ctx), DriveApp: createDriveApp(ctx) };
}

/** A template like the add-on's orders: placeholders in header, body and a table with one repeating row. */
function makeTemplate(DocumentApp: GoogleAppsScript.Document.DocumentApp) {
  const doc = DocumentApp.create('Шаблон приказа');
  doc.addHeader().appendParagraph('{{school.short}}');
  const body = doc.getBody();
  body.appendParagraph('ПРИКАЗ № {{order.number}}').setHeading(DocumentApp.ParagraphHeading.HEADING1);
  body.appendParagraph('Об утверждении пар в {{school.short}}');
  const table = body.appendTable([
    ['Наставник', 'Наставляемый'],
    ['{{mentor}}', '{{mentee}}'],
  ]);
  body.appendParagraph('Директор {{school.short}}');
  return { doc, body, table };
}

describe('DocumentApp', () => {
  test('create makes a document and a Drive file with the same id in the root folder', () => {
    const { ctx, DocumentApp, DriveApp } = setup();
    const doc = DocumentApp.create('Приказ');
    expect(doc.getName()).toBe('Приказ');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(file.getParents().next().getId()).toBe('root');
    // A new document has one empty paragraph, as in Google Docs.
    expect(doc.getBody().getNumChildren()).toBe(1);
    expect(ctx.state.documents[doc.getId()].body[0]).toMatchObject({ type: 'PARAGRAPH', text: '' });
    expect(DocumentApp.getActiveDocument()).toBeNull();
    expect(DocumentApp.openByUrl(doc.getUrl()).getId()).toBe(doc.getId());
  });

  test('openById of an unknown id throws the Apps Script message', () => {
    const { DocumentApp } = setup();
    expect(() => DocumentApp.openById('nope')).toThrow(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });

  test('replaceText fills placeholders in header, body and table cells; regex metacharacters are honoured', () => {
    const { DocumentApp } = setup();
    const { doc, body, table } = makeTemplate(DocumentApp);
    body.replaceText('\\{\\{school\\.short\\}\\}', 'МБОУ СОШ № 1');
    doc.getHeader()!.replaceText('\\{\\{school\\.short\\}\\}', 'МБОУ СОШ № 1');
    table.replaceText('\\{\\{mentor\\}\\}', 'Иванова А. А.');
    expect(body.getText()).toContain('Об утверждении пар в МБОУ СОШ № 1');
    expect(body.getText()).toContain('Директор МБОУ СОШ № 1');
    expect(doc.getHeader()!.getText()).toBe('\nМБОУ СОШ № 1');
    expect(table.getCell(1, 0).getText()).toBe('Иванова А. А.');
    expect(table.getCell(1, 1).getText()).toBe('{{mentee}}');
    // '.' in the pattern is a regex: an unescaped dot matches any char; the replacement is literal.
    body.replaceText('ПРИКАЗ № \\{\\{order.number\\}\\}', 'ПРИКАЗ № $1-15');
    expect(body.getChild(1).asParagraph().getText()).toBe('ПРИКАЗ № $1-15');
  });

  test('a copied template (Drive makeCopy) is independent of the original', () => {
    const { DocumentApp, DriveApp } = setup();
    const { doc } = makeTemplate(DocumentApp);
    const folder = DriveApp.createFolder('2025-2026');
    const copyFile = DriveApp.getFileById(doc.getId()).makeCopy('Приказ № 15', folder);
    expect(copyFile.getName()).toBe('Приказ № 15');
    expect(copyFile.getParents().next().getName()).toBe('2025-2026');
    const copy = DocumentApp.openById(copyFile.getId());
    expect(copy.getName()).toBe('Приказ № 15');
    copy.getBody().replaceText('\\{\\{school\\.short\\}\\}', 'Школа');
    copy.getHeader()!.replaceText('\\{\\{school\\.short\\}\\}', 'Школа');
    copy.getBody().getTables()[0].getCell(0, 0).setText('changed');
    const original = DocumentApp.openById(doc.getId());
    expect(original.getBody().getText()).toContain('Директор {{school.short}}');
    expect(original.getHeader()!.getText()).toContain('{{school.short}}');
    expect(original.getBody().getTables()[0].getCell(0, 0).getText()).toBe('Наставник');
    expect(copy.getBody().getText()).toContain('Директор Школа');
  });

  test('appendTableRow(row.copy()) duplicates a template row, which can then be filled and the template removed', () => {
    const { DocumentApp } = setup();
    const { table } = makeTemplate(DocumentApp);
    const template = table.getRow(1);
    for (const [mentor, mentee] of [
      ['Иванова', 'Петров'],
      ['Сидорова', 'Кузнецов'],
    ]) {
      const row = table.appendTableRow(template.copy());
      row.replaceText('\\{\\{mentor\\}\\}', mentor);
      row.replaceText('\\{\\{mentee\\}\\}', mentee);
    }
    template.removeFromParent();
    expect(table.getNumRows()).toBe(3);
    expect(table.getRow(1).getText()).toBe('Иванова\tПетров');
    expect(table.getRow(2).getCell(1).getText()).toBe('Кузнецов');
    // Inserting an attached row is refused, as in Apps Script.
    expect(() => table.appendTableRow(table.getRow(1))).toThrow('Element must be detached.');
  });

  test('children: insert, index, remove, copies of paragraphs; the last paragraph cannot be removed', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('d');
    const body = doc.getBody();
    const p1 = body.appendParagraph('one');
    body.insertParagraph(0, 'zero');
    const item = body.appendListItem('пункт').setGlyphType(DocumentApp.GlyphType.NUMBER).setNestingLevel(1);
    const item2 = body.appendListItem('пункт 2');
    expect(item2.getListId()).toBe(item.getListId());
    body.appendPageBreak();
    body.appendHorizontalRule();
    const last = body.appendParagraph('end');
    // The new document's empty paragraph is child 1 (after 'zero').
    expect(body.getNumChildren()).toBe(8);
    expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getChild(3).getType()).toBe(DocumentApp.ElementType.LIST_ITEM);
    expect(body.getChild(3).asListItem().getNestingLevel()).toBe(1);
    expect(body.getChild(5).getType()).toBe(DocumentApp.ElementType.PAGE_BREAK);
    expect(body.getChildIndex(p1)).toBe(2);
    expect(p1.getParent()!.getType()).toBe(DocumentApp.ElementType.BODY_SECTION);
    const copy = p1.copy();
    expect(copy.getParent()).toBeNull();
    body.insertParagraph(0, copy);
    expect(body.getChild(0).asParagraph().getText()).toBe('one');
    expect(() => body.appendParagraph(p1)).toThrow('Element must be detached.');
    body.removeChild(p1);
    expect(body.getParagraphs().map((p) => p.getText())).toEqual([
      'one',
      'zero',
      '',
      'пункт',
      'пункт 2',
      'end',
    ]);
    expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    expect(() => body.getChild(99)).toThrow(
      'Child index (99) must be less than the number of child elements (8).',
    );
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    expect(() => body.getChild(0).asTable()).toThrow();
  });

  test('headings, alignment and text attributes are stored in the state and rendered', () => {
    const { ctx, DocumentApp } = setup();
    const doc = DocumentApp.create('d');
    const body = doc.getBody();
    const title = body.appendParagraph('ПРИКАЗ');
    title
      .setHeading(DocumentApp.ParagraphHeading.HEADING2)
      .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    title.editAsText().setBold(true);
    const p = body.appendParagraph('курсив');
    p.setAttributes({ [DocumentApp.Attribute.ITALIC]: true, [DocumentApp.Attribute.FONT_SIZE]: 14 });
    expect(title.getHeading()).toBe('HEADING2');
    expect(title.getAlignment()).toBe('CENTER');
    expect(title.editAsText().isBold()).toBe(true);
    expect(p.getAttributes()[DocumentApp.Attribute.ITALIC]).toBe(true);
    const state = ctx.state.documents[doc.getId()].body[1];
    expect(state).toMatchObject({ heading: 'HEADING2', alignment: 'CENTER', attributes: { BOLD: true } });
    const html = renderDocumentHtml(ctx.state, doc.getId());
    expect(html).toContain('<h2 style="text-align:center;font-weight:bold">ПРИКАЗ</h2>');
    expect(html).toContain('font-style:italic;font-size:14pt');
    // Styling part of a paragraph is not emulated (styles are per paragraph).
    expect(() => p.editAsText().setBold(0, 2, true)).toThrow(NotEmulatedError);
    p.editAsText().setBold(0, 5, true);
    expect(p.editAsText().isBold()).toBe(true);
  });

  test('findText returns RangeElements in order and continues from the previous result', () => {
    const { DocumentApp } = setup();
    const { body } = makeTemplate(DocumentApp);
    const first = body.findText('\\{\\{[a-z.]+\\}\\}');
    expect(first).not.toBeNull();
    expect(first!.getElement().asText().getText()).toBe('ПРИКАЗ № {{order.number}}');
    expect(first!.getStartOffset()).toBe(9);
    expect(first!.getEndOffsetInclusive()).toBe(24);
    const found: string[] = [];
    for (let r = body.findText('\\{\\{[a-z.]+\\}\\}'); r; r = body.findText('\\{\\{[a-z.]+\\}\\}', r)) {
      const text = r.getElement().asText().getText();
      found.push(text.slice(r.getStartOffset(), r.getEndOffsetInclusive() + 1));
    }
    expect(found).toEqual([
      '{{order.number}}',
      '{{school.short}}',
      '{{mentor}}',
      '{{mentee}}',
      '{{school.short}}',
    ]);
    expect(body.findText('нет такого')).toBeNull();
  });

  test('saveAndClose: further use of the Document and its elements throws; reopening works', () => {
    const { ctx, DocumentApp } = setup();
    const doc = DocumentApp.create('d');
    const body = doc.getBody();
    body.appendParagraph('before');
    doc.saveAndClose();
    expect(ctx.state.documents[doc.getId()].savedAt).toBeInstanceOf(Date);
    expect(() => body.appendParagraph('after')).toThrow(
      'Document is closed, its contents cannot be updated.',
    );
    expect(() => doc.getBody()).toThrow('Document is closed, its contents cannot be updated.');
    expect(doc.getId()).toBe(ctx.state.documents[doc.getId()].id);
    const again = DocumentApp.openById(doc.getId());
    again.getBody().appendParagraph('after');
    expect(again.getBody().getText()).toBe('\nbefore\nafter');
  });

  test('getAs(application/pdf) gives a valid-looking PDF blob named after the document', () => {
    const { DocumentApp } = setup();
    const { doc } = makeTemplate(DocumentApp);
    doc.getBody().appendPageBreak();
    doc.getBody().appendParagraph('Вторая страница');
    const pdf = doc.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Шаблон приказа.pdf');
    const text = Buffer.from(pdf.getBytes()).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain('/Count 2');
    // The xref offsets point at the objects.
    const xrefAt = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.length).toBeGreaterThan(6);
    offsets.forEach((off, i) =>
      expect(text.slice(off, off + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`),
    );
    // Cyrillic 'П' (cp1251 0xCF) is in the content, with its glyph name in the encoding.
    expect(text).toContain('/afii10033');
    expect(() =>
      doc.getAs('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).toThrow(NotEmulatedError);
  });

  test('renderDocumentHtml escapes text and shows header, tables, lists and page breaks', () => {
    const { ctx, DocumentApp } = setup();
    const doc = DocumentApp.create('<b>name</b>');
    doc.addHeader().appendParagraph('Шапка');
    doc.addFooter().appendParagraph('Подвал');
    const body = doc.getBody();
    body.appendParagraph('<script>alert(1)</script>');
    body.appendTable([['a & b', '"q"']]);
    body.appendListItem('пункт');
    body.appendPageBreak();
    const html = renderDocumentHtml(ctx.state, doc.getId());
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<title>&lt;b&gt;name&lt;/b&gt;</title>');
    expect(html).toContain('a &amp; b');
    expect(html).toContain('&quot;q&quot;');
    expect(html).toMatch(/<header class="doc-header">[\s\S]*Шапка/);
    expect(html).toMatch(/<footer class="doc-footer">[\s\S]*Подвал/);
    expect(html).toContain('<ul><li');
    expect(html).toContain('<hr class="page-break">');
    expect(html).toContain('border:1px solid #000');
    // A borderless table (signatures, date and number) is drawn without lines.
    body.appendTable([['Директор', '_______________']]).setBorderWidth(0);
    expect(renderDocumentHtml(ctx.state, doc.getId())).toContain('border:none;');
  });

  test('calls are counted per type and method; unimplemented methods throw NotEmulatedError', () => {
    const { ctx, DocumentApp } = setup();
    const { body } = makeTemplate(DocumentApp);
    ctx.calls.reset();
    body.replaceText('a', 'b');
    body.replaceText('c', 'd');
    body.getTables()[0].getRow(0).getCell(0).getText();
    expect(ctx.calls.get('Body.replaceText')).toBe(2);
    expect(ctx.calls.get('Body.getTables')).toBe(1);
    expect(ctx.calls.get('TableRow.getCell')).toBe(1);
    expect(ctx.calls.get('TableCell.getText')).toBe(1);
    // Internal helpers are not counted.
    expect(Object.keys(ctx.calls.snapshot()).every((k) => /^[A-Z]\w+\.[a-z]\w+$/.test(k))).toBe(true);
    expect(ctx.calls.total()).toBe(6);
    expect(() => body.appendImage(null as unknown as GoogleAppsScript.Base.Blob)).toThrow(NotEmulatedError);
    expect(() =>
      body
        .getChild(1)
        .asParagraph()
        .addPositionedImage(null as never),
    ).toThrow(NotEmulatedError);
  });

  test('save and reload keeps the document, header, tables and attributes', () => {
    const { ctx, DocumentApp } = setup();
    const { doc, table } = makeTemplate(DocumentApp);
    table.getCell(0, 0).setBackgroundColor('#eeeeee');
    doc.saveAndClose();
    const reloaded = new EmulatorContext(deserializeState(serializeState(ctx.state)));
    const again = createDocumentApp(reloaded).openById(doc.getId());
    expect(again.getName()).toBe('Шаблон приказа');
    expect(again.getHeader()!.getText()).toBe('\n{{school.short}}');
    expect(again.getBody().getTables()[0].getCell(0, 0).getBackgroundColor()).toBe('#eeeeee');
    expect(again.getBody().getChild(1).asParagraph().getHeading()).toBe('HEADING1');
    expect(reloaded.state.documents[doc.getId()].savedAt).toBeInstanceOf(Date);
    expect(createDriveApp(reloaded).getFileById(doc.getId()).getName()).toBe('Шаблон приказа');
  });

  test('table cells are containers; tables can be built row by row', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('d').getBody();
    const table = body.appendTable();
    expect(table.getNumRows()).toBe(0);
    const row = table.appendTableRow();
    row.appendTableCell('A');
    row.appendTableCell('B');
    table.insertTableRow(0).appendTableCell('header');
    const cell = table.getCell(1, 1);
    cell.appendParagraph('second line');
    expect(cell.getNumChildren()).toBe(2);
    expect(cell.getText()).toBe('B\nsecond line');
    expect(cell.getParentRow().getCell(0).getText()).toBe('A');
    expect(cell.getChild(1).getParent()!.getType()).toBe(DocumentApp.ElementType.TABLE_CELL);
    cell.clear();
    expect(cell.getText()).toBe('');
    const removed = table.removeRow(0);
    expect(removed.getText()).toBe('header');
    expect(table.getNumRows()).toBe(1);
    const tableCopy = table.copy();
    body.appendTable(tableCopy);
    expect(body.getTables()).toHaveLength(2);
  });
});
