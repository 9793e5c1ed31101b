import {
  fieldPattern,
  inlineSectionPattern,
  fieldWithMarkersPattern,
  markersLeftAfter,
  markersPattern,
  openPattern,
  renderText,
  scanPlaceholders,
  wholeParagraphSectionPattern,
  type FillPlan,
  type TemplateData,
} from '../domain/documents/placeholders';
import type { Align, Block, TemplateDeclaration } from '../domain/documents/template';
import type { DocsPort, FileRef } from '../services/documents/ports';

type Body = GoogleAppsScript.Document.Body;
type Container = Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type El = GoogleAppsScript.Document.Element;

const PDF = 'application/pdf';

/**
 * DocsPort over DocumentApp and DriveApp. A document costs a constant number of calls plus a few per filled
 * placeholder and per repeated row (see the figures in tests/integration/documents-cost.test.ts).
 */
export class GasDocs implements DocsPort {
  ensureFolder(path: readonly string[]): FileRef {
    let folder = DriveApp.getRootFolder();
    for (const name of path) {
      const found = folder.getFoldersByName(name);
      folder = found.hasNext() ? found.next() : folder.createFolder(name);
    }
    return { id: folder.getId(), url: folder.getUrl() };
  }

  isLive(fileId: string): boolean {
    try {
      return !DriveApp.getFileById(fileId).isTrashed();
    } catch {
      return false;
    }
  }

  createTemplate(decl: TemplateDeclaration, name: string, folderId: string): FileRef {
    const doc = DocumentApp.create(name);
    const body = doc.getBody();
    decl.blocks.forEach((block, i) => appendBlock(body, block, i === 0));
    const id = doc.getId();
    const url = doc.getUrl();
    doc.saveAndClose();
    DriveApp.getFileById(id).moveTo(DriveApp.getFolderById(folderId));
    return { id, url };
  }

  readText(docId: string): string {
    const doc = DocumentApp.openById(docId);
    const parts = [doc.getHeader(), doc.getBody(), doc.getFooter()];
    return parts.map((p) => (p ? p.getText() : '')).join('\n');
  }

  fillCopy(templateId: string, name: string, folderId: string, plan: FillPlan): FileRef & { text: string } {
    const copy = DriveApp.getFileById(templateId).makeCopy(name, DriveApp.getFolderById(folderId));
    const id = copy.getId();
    const doc = DocumentApp.openById(id);
    const body = doc.getBody();
    for (const list of plan.lists) repeatUnits(body, list, plan);
    for (const flag of plan.flags) applyFlag(body, flag.name, flag.value);
    for (const [field, value] of Object.entries(plan.fields)) body.replaceText(fieldPattern(field), value);
    // Header and footer are rarely used; they cost calls only when the curator put placeholders there.
    for (const section of [doc.getHeader(), doc.getFooter()]) if (section) fillSection(section, plan);
    const text = body.getText();
    const url = doc.getUrl();
    doc.saveAndClose();
    return { id, url, text };
  }

  exportPdf(docId: string, name: string, folderId: string): FileRef {
    const blob = DriveApp.getFileById(docId).getAs(PDF).setName(name);
    const file = DriveApp.getFolderById(folderId).createFile(blob);
    return { id: file.getId(), url: file.getUrl() };
  }

  findByName(folderId: string, name: string): string[] {
    const ids: string[] = [];
    const files = DriveApp.getFolderById(folderId).getFilesByName(name);
    while (files.hasNext()) ids.push(files.next().getId());
    return ids;
  }

  trash(fileId: string): void {
    DriveApp.getFileById(fileId).setTrashed(true);
  }
}

function fillSection(section: Container, plan: FillPlan): void {
  const text = section.getText();
  if (!scanPlaceholders(text).length) return;
  for (const flag of plan.flags) {
    section.replaceText(inlineSectionPattern(flag.name, flag.value), '');
    section.replaceText(markersPattern(flag.name), '');
  }
  for (const [field, value] of Object.entries(plan.fields)) section.replaceText(fieldPattern(field), value);
}

/**
 * A list section: the table row (or the paragraph) holding {{#name}} is copied once per item right after
 * itself, each copy filled with its item's values, and the original removed. A paragraph copy gets its whole
 * text at once (3 calls per item); a row copy has each of its fields replaced (2 + fields calls per item).
 */
function repeatUnits(body: Body, list: FillPlan['lists'][number], plan: FillPlan): void {
  for (
    let found = body.findText(openPattern(list.name));
    found;
    found = body.findText(openPattern(list.name))
  ) {
    const paragraph = found.getElement().getParent().asParagraph();
    const holder = paragraph.getParent();
    if (holder.getType() === DocumentApp.ElementType.TABLE_CELL) {
      repeatRow(holder.asTableCell().getParentRow().asTableRow(), list);
      continue;
    }
    const container = holder as unknown as Body;
    const at = container.getChildIndex(paragraph);
    const unitText = paragraph.getText();
    const isItem = paragraph.getType() === DocumentApp.ElementType.LIST_ITEM;
    list.items.forEach((item, i) => {
      const copy = paragraph.copy();
      copy.setText(renderText(unitText, itemData(plan, list.name, item)));
      if (isItem) container.insertListItem(at + 1 + i, copy as unknown as GoogleAppsScript.Document.ListItem);
      else container.insertParagraph(at + 1 + i, copy);
    });
    removeParagraph(paragraph);
  }
}

function repeatRow(row: GoogleAppsScript.Document.TableRow, list: FillPlan['lists'][number]): void {
  const table = row.getParentTable();
  const at = table.getChildIndex(row);
  const unitText = row.getText();
  const used = new Set(scanPlaceholders(unitText).flatMap((t) => (t.kind === 'field' ? [t.name] : [])));
  const fields = list.itemFields.filter((f) => used.has(f));
  // Markers right next to a field go with it; only a marker alone in its cell costs a call of its own.
  const loneMarkers = markersLeftAfter(unitText, list.name, fields);
  list.items.forEach((item, i) => {
    const copy = table.insertTableRow(at + 1 + i, row.copy());
    for (const f of fields) copy.replaceText(fieldWithMarkersPattern(list.name, f), item[f] ?? '');
    if (loneMarkers) copy.replaceText(markersPattern(list.name), '');
  });
  table.removeRow(at);
}

function itemData(plan: FillPlan, listName: string, item: Record<string, string>): TemplateData {
  return {
    fields: plan.fields,
    lists: { [listName]: [item] },
    flags: Object.fromEntries(plan.flags.map((f) => [f.name, f.value])),
  };
}

/** A flag: paragraphs that are nothing but a section that is off go; other sections that are off are cut. */
function applyFlag(body: Body, name: string, value: boolean): void {
  const off = wholeParagraphSectionPattern(name, value);
  for (let found = body.findText(off); found; found = body.findText(off)) {
    const paragraph = found.getElement().getParent();
    if (!removeParagraph(paragraph))
      paragraph.asParagraph().replaceText(inlineSectionPattern(name, value), '');
  }
  body.replaceText(inlineSectionPattern(name, value), '');
  body.replaceText(markersPattern(name), '');
}

/** Removes a paragraph; the last paragraph of a section or cell cannot go, so it is emptied instead. */
function removeParagraph(paragraph: El): boolean {
  try {
    paragraph.asParagraph().removeFromParent();
    return true;
  } catch {
    paragraph.asParagraph().setText('');
    return true;
  }
}

const ALIGN: Record<Align, () => GoogleAppsScript.Document.HorizontalAlignment> = {
  left: () => DocumentApp.HorizontalAlignment.LEFT,
  center: () => DocumentApp.HorizontalAlignment.CENTER,
  right: () => DocumentApp.HorizontalAlignment.RIGHT,
  justify: () => DocumentApp.HorizontalAlignment.JUSTIFY,
};

/** Builds one declared block at the end of the body (the new Doc's empty first paragraph is reused). */
function appendBlock(body: Body, block: Block, first: boolean): void {
  if (block.type === 'pageBreak') {
    body.appendPageBreak();
    return;
  }
  if (block.type === 'table') {
    const table = body.appendTable(block.rows.map((r) => [...r]));
    block.widths?.forEach((w, i) => table.setColumnWidth(i, w));
    if (block.bordered === false) table.setBorderWidth(0);
    return;
  }
  let paragraph: GoogleAppsScript.Document.Paragraph;
  if (first) {
    paragraph = body.getChild(0).asParagraph();
    paragraph.setText(block.text);
  } else paragraph = body.appendParagraph(block.text);
  if (block.align) paragraph.setAlignment(ALIGN[block.align]());
  if (block.bold || block.size) {
    const text = paragraph.editAsText();
    if (block.bold) text.setBold(true);
    if (block.size) text.setFontSize(block.size);
  }
}
