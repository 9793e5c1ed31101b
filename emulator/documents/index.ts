/**
 * DocumentApp over ctx.state.documents: create/open documents, edit their body, header and footer (see
 * one file per element class, wrap.ts), saveAndClose, export to PDF (render.ts: text only, layout not emulated).
 * DocumentApp.create also creates the Drive file (same id, root folder), as Google Docs does.
 */
import { newBlob } from '../base/blob';
import type { EmulatorContext } from '../core/context';
import { gasError, NotEmulatedError } from '../core/errors';
import type { DocumentState, EmulatorState } from '../core/state';
import { addDriveFile, GOOGLE_MIME } from '../drive/files';
import { ATTRIBUTE_NAMES } from './attributes';
import { Session, wrapGuarded } from './session';
import { documentViews } from './wrap';
import { deepCopy, newParagraph } from './model';
import { documentToHtml, documentToPdf } from './render';

const MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";

function enumOf<K extends string>(names: readonly K[]): Record<K, K> {
  return Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>;
}

const DOCUMENT_ENUMS = {
  ParagraphHeading: enumOf([
    'NORMAL',
    'HEADING1',
    'HEADING2',
    'HEADING3',
    'HEADING4',
    'HEADING5',
    'HEADING6',
    'TITLE',
    'SUBTITLE',
  ] as const),
  HorizontalAlignment: enumOf(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const),
  VerticalAlignment: enumOf(['BOTTOM', 'CENTER', 'TOP'] as const),
  TextAlignment: enumOf(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'] as const),
  GlyphType: enumOf([
    'BULLET',
    'HOLLOW_BULLET',
    'SQUARE_BULLET',
    'NUMBER',
    'LATIN_UPPER',
    'LATIN_LOWER',
    'ROMAN_UPPER',
    'ROMAN_LOWER',
  ] as const),
  ElementType: enumOf([
    'BODY_SECTION',
    'COMMENT_SECTION',
    'DATE',
    'DOCUMENT',
    'EQUATION',
    'EQUATION_FUNCTION',
    'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
    'EQUATION_SYMBOL',
    'FOOTER_SECTION',
    'FOOTNOTE',
    'FOOTNOTE_SECTION',
    'HEADER_SECTION',
    'HORIZONTAL_RULE',
    'INLINE_DRAWING',
    'INLINE_IMAGE',
    'LIST_ITEM',
    'PAGE_BREAK',
    'PARAGRAPH',
    'PERSON',
    'RICH_LINK',
    'TABLE',
    'TABLE_CELL',
    'TABLE_OF_CONTENTS',
    'TABLE_ROW',
    'TEXT',
    'UNSUPPORTED',
  ] as const),
  Attribute: enumOf(ATTRIBUTE_NAMES),
};

export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** The PDF export of a document as a wrapped Blob named '<name>.pdf'. */
export function documentPdfBlob(ctx: EmulatorContext, docId: string): GoogleAppsScript.Base.Blob {
  const doc = ctx.state.documents[docId];
  if (!doc) throw gasError(MISSING);
  return newBlob(ctx, documentToPdf(doc), 'application/pdf', `${doc.name}.pdf`);
}

/** A deep copy of a document under a new id (File.makeCopy of a Google Doc); returns the new state. */
export function copyDocumentState(
  ctx: EmulatorContext,
  docId: string,
  newId: string,
  name: string,
): DocumentState {
  const doc = ctx.state.documents[docId];
  if (!doc) throw gasError(MISSING);
  const copy: DocumentState = { ...deepCopy({ ...doc, savedAt: null }), id: newId, name, savedAt: null };
  ctx.state.documents[newId] = copy;
  return copy;
}

/** A readable HTML page of the document (header, body, footer), every text escaped. */
export function renderDocumentHtml(state: EmulatorState, docId: string): string {
  const doc = state.documents[docId];
  if (!doc) throw gasError(MISSING);
  return documentToHtml(doc);
}

class DocumentImpl {
  constructor(private session: Session) {}

  private doc(): DocumentState {
    return this.session.requireDoc();
  }

  getId(): string {
    return this.session.docId;
  }

  getName(): string {
    return this.doc().name;
  }

  setName(name: string): this {
    const doc = this.doc();
    doc.name = String(name);
    const file = this.session.ctx.state.drive.files[doc.id];
    if (file) {
      file.name = doc.name;
      file.updated = this.session.ctx.now();
    }
    return this;
  }

  getUrl(): string {
    return documentUrl(this.session.docId);
  }

  getBody(): GoogleAppsScript.Document.Body {
    this.doc();
    return this.session.views.section(this.session, 'BODY') as GoogleAppsScript.Document.Body;
  }

  getHeader(): GoogleAppsScript.Document.HeaderSection | null {
    return this.doc().header
      ? (this.session.views.section(this.session, 'HEADER') as GoogleAppsScript.Document.HeaderSection)
      : null;
  }

  addHeader(): GoogleAppsScript.Document.HeaderSection {
    const doc = this.doc();
    if (doc.header) throw gasError('Document tab already contains a header.');
    doc.header = [newParagraph('')];
    return this.session.views.section(this.session, 'HEADER') as GoogleAppsScript.Document.HeaderSection;
  }

  getFooter(): GoogleAppsScript.Document.FooterSection | null {
    return this.doc().footer
      ? (this.session.views.section(this.session, 'FOOTER') as GoogleAppsScript.Document.FooterSection)
      : null;
  }

  addFooter(): GoogleAppsScript.Document.FooterSection {
    const doc = this.doc();
    if (doc.footer) throw gasError('Document tab already contains a footer.');
    doc.footer = [newParagraph('')];
    return this.session.views.section(this.session, 'FOOTER') as GoogleAppsScript.Document.FooterSection;
  }

  /** Marks the document saved; this Document object and every element obtained from it stop working. */
  saveAndClose(): void {
    const doc = this.doc();
    doc.savedAt = this.session.ctx.now();
    const file = this.session.ctx.state.drive.files[doc.id];
    if (file) file.updated = doc.savedAt;
    this.session.closed = true;
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return this.getAs('application/pdf');
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== 'application/pdf') throw new NotEmulatedError(`Document.getAs(${contentType})`);
    return documentPdfBlob(this.session.ctx, this.doc().id);
  }
}

function openDocument(ctx: EmulatorContext, id: string): GoogleAppsScript.Document.Document {
  if (!ctx.state.documents[id]) throw gasError(MISSING);
  const session = new Session(ctx, id, documentViews);
  return wrapGuarded<GoogleAppsScript.Document.Document>(session, new DocumentImpl(session), 'Document', [
    'getId',
    'getName',
    'getUrl',
  ]);
}

class DocumentAppImpl {
  ParagraphHeading = DOCUMENT_ENUMS.ParagraphHeading;
  HorizontalAlignment = DOCUMENT_ENUMS.HorizontalAlignment;
  VerticalAlignment = DOCUMENT_ENUMS.VerticalAlignment;
  TextAlignment = DOCUMENT_ENUMS.TextAlignment;
  GlyphType = DOCUMENT_ENUMS.GlyphType;
  ElementType = DOCUMENT_ENUMS.ElementType;
  Attribute = DOCUMENT_ENUMS.Attribute;

  constructor(private ctx: EmulatorContext) {}

  create(name: string): GoogleAppsScript.Document.Document {
    const id = this.ctx.newId('doc');
    const doc: DocumentState = {
      id,
      name: String(name),
      body: [newParagraph('')],
      header: null,
      footer: null,
      savedAt: null,
    };
    this.ctx.state.documents[id] = doc;
    addDriveFile(this.ctx, { id, name: doc.name, mimeType: GOOGLE_MIME.DOCUMENT });
    return openDocument(this.ctx, id);
  }

  openById(id: string): GoogleAppsScript.Document.Document {
    return openDocument(this.ctx, String(id));
  }

  openByUrl(url: string): GoogleAppsScript.Document.Document {
    const m = /\/document\/d\/([^/?#]+)/.exec(String(url));
    if (!m) throw gasError(MISSING);
    return openDocument(this.ctx, m[1]);
  }

  /** An add-on bound to a spreadsheet has no active document. */
  getActiveDocument(): null {
    return null;
  }
}

export function createDocumentApp(ctx: EmulatorContext): GoogleAppsScript.Document.DocumentApp {
  return ctx.wrap<GoogleAppsScript.Document.DocumentApp>(new DocumentAppImpl(ctx), 'DocumentApp');
}
