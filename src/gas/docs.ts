import type { FillPlan } from '../domain/documents/placeholders';
import {
  mmToPt,
  PAGE_STYLE,
  type Align,
  type Block,
  type TemplateDeclaration,
} from '../domain/documents/template';
import type { DocsPort, FileRef } from '../services/documents/ports';
import { docsApi, driveApi } from './advanced';
import { documentText, fillRequests } from './docs-fill';

type Body = GoogleAppsScript.Document.Body;

const PDF = 'application/pdf';
const FOLDER = 'application/vnd.google-apps.folder';
const GOOGLE_DOC = 'application/vnd.google-apps.document';

/** A literal inside a Drive `q` query. */
function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/**
 * DocsPort over the Drive API (v3) and the Docs API (v1), advanced services: they work under the narrow
 * `drive.file` scope (files the add-on created), and a document costs a constant number of calls — copy,
 * one batchUpdate, PDF export and upload — whatever its lists hold. Only the editable template is built with
 * DocumentApp (once, at setup). See tests/integration/documents-cost.test.ts for the figures.
 */
export class GasDocs implements DocsPort {
  /** Template structures read in this execution (readText before each batch), by id. */
  private templates = new Map<string, GoogleAppsScript.Docs.Schema.Document>();

  ensureFolder(path: readonly string[]): FileRef {
    let parent = 'root';
    let ref: FileRef = { id: 'root', url: '' };
    for (const name of path) {
      const q = `name = ${quote(name)} and ${quote(parent)} in parents and mimeType = '${FOLDER}' and trashed = false`;
      const found = driveApi().Files!.list({ q, fields: 'files(id,webViewLink)', pageSize: 10 }).files?.[0];
      const folder = found ?? driveApi().Files!.create({ name, mimeType: FOLDER, parents: [parent] });
      ref = {
        id: folder.id!,
        url: folder.webViewLink ?? `https://drive.google.com/drive/folders/${folder.id}`,
      };
      parent = folder.id!;
    }
    return ref;
  }

  isLive(fileId: string): boolean {
    try {
      return driveApi().Files!.get(fileId, { fields: 'trashed' }).trashed !== true;
    } catch {
      return false;
    }
  }

  createTemplate(decl: TemplateDeclaration, name: string, folderId: string): FileRef {
    // Born in its folder (Drive API), then built with DocumentApp: its formatting API is the simpler one.
    const id = driveApi().Files!.create({ name, mimeType: GOOGLE_DOC, parents: [folderId] }).id!;
    const doc = DocumentApp.openById(id);
    const body = doc.getBody();
    // The new Doc's first paragraph stays before a leading table: it takes the text size too.
    body.editAsText().setFontSize(PAGE_STYLE.size);
    decl.blocks.forEach((block, i) => appendBlock(body, block, i === 0));
    setPage(body);
    doc.saveAndClose();
    return { id, url: docUrl(id) };
  }

  readText(docId: string): string {
    const doc = docsApi().Documents!.get(docId);
    this.templates.set(docId, doc);
    return documentText(doc);
  }

  fillCopy(templateId: string, name: string, folderId: string, plan: FillPlan): FileRef & { text: string } {
    if (!this.templates.has(templateId)) this.readText(templateId);
    const { requests, text } = fillRequests(this.templates.get(templateId)!, plan);
    const id = driveApi().Files!.copy({ name, parents: [folderId] }, templateId).id!;
    if (requests.length) docsApi().Documents!.batchUpdate({ requests }, id);
    return { id, url: docUrl(id), text };
  }

  exportPdf(docId: string, name: string, folderId: string): FileRef {
    const blob = DocumentApp.openById(docId).getAs(PDF);
    const file = driveApi().Files!.create({ name, mimeType: PDF, parents: [folderId] }, blob);
    return { id: file.id!, url: file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view` };
  }

  findByName(folderId: string, name: string): string[] {
    const q = `name = ${quote(name)} and ${quote(folderId)} in parents and trashed = false`;
    return (driveApi().Files!.list({ q, fields: 'files(id)', pageSize: 100 }).files ?? []).map((f) => f.id!);
  }

  trash(fileId: string): void {
    driveApi().Files!.update({ trashed: true }, fileId);
  }
}

const ALIGN: Record<Align, () => GoogleAppsScript.Document.HorizontalAlignment> = {
  left: () => DocumentApp.HorizontalAlignment.LEFT,
  center: () => DocumentApp.HorizontalAlignment.CENTER,
  right: () => DocumentApp.HorizontalAlignment.RIGHT,
  justify: () => DocumentApp.HorizontalAlignment.JUSTIFY,
};

/** The margins and the font of ГОСТ Р 7.0.97-2025 (PAGE_STYLE), for the whole template; copies keep them. */
function setPage(body: Body): void {
  const m = PAGE_STYLE.marginsMm;
  body
    .setMarginTop(mmToPt(m.top))
    .setMarginBottom(mmToPt(m.bottom))
    .setMarginLeft(mmToPt(m.left))
    .setMarginRight(mmToPt(m.right));
  body.editAsText().setFontFamily(PAGE_STYLE.font);
}

/** Builds one declared block at the end of the body (the new Doc's empty first paragraph is reused). */
function appendBlock(body: Body, block: Block, first: boolean): void {
  if (block.type === 'pageBreak') {
    body.appendPageBreak();
    return;
  }
  if (block.type === 'table') {
    const table = body.appendTable(block.rows.map((r) => [...r]));
    // A table of data may be smaller; a borderless one only lays out text (signatures, date and number).
    table.editAsText().setFontSize(block.bordered === false ? PAGE_STYLE.size : PAGE_STYLE.tableSize);
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
  const text = paragraph.editAsText();
  text.setFontSize(block.size ?? PAGE_STYLE.size);
  if (block.bold) text.setBold(true);
}
