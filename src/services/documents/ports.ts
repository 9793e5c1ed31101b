import type { TemplateDeclaration } from '../../domain/documents/template';
import type { FillPlan } from '../../domain/documents/placeholders';

/**
 * What document generation needs from Google Docs, Drive and Mail. gas/docs.ts and gas/mail.ts implement them;
 * every method is a small, counted number of service calls.
 */

export interface FileRef {
  id: string;
  url: string;
}

export interface DocsPort {
  /** The folder at this path under My Drive (['Наставничество — документы', '2022-2023']), created if missing. */
  ensureFolder(path: readonly string[]): FileRef;
  /** Whether a file exists and is not in the trash. */
  isLive(fileId: string): boolean;
  /** Builds a Google Doc from a declaration (the editable template) in the folder. */
  createTemplate(decl: TemplateDeclaration, name: string, folderId: string): FileRef;
  /** The text of a Doc (header, body and footer), for validating a curator-edited template. */
  readText(docId: string): string;
  /**
   * Copies the template into the folder under the name, applies the fill plan and saves and closes the copy.
   * Returns the copy and its final text (to check that nothing is left unfilled).
   */
  fillCopy(templateId: string, name: string, folderId: string, plan: FillPlan): FileRef & { text: string };
  /** Saves the Doc as PDF into the folder. */
  exportPdf(docId: string, name: string, folderId: string): FileRef;
  /** Ids of the live files of this exact name in the folder (leftovers of an interrupted run). */
  findByName(folderId: string, name: string): string[];
  trash(fileId: string): void;
}

export interface MailMessage {
  to: string;
  subject: string;
  body: string;
  /**
   * Google Docs attached, each as a PDF of its current text. Exported at sending rather than read back from
   * the saved PDF file: reading a file's bytes needs DriveApp and its full `drive` scope, exporting a Doc only
   * `documents` (a Doc corrected by hand after generation is sent as corrected).
   */
  attachmentIds: readonly string[];
}

export interface MailPort {
  /** Recipients still allowed today. */
  remainingQuota(): number;
  send(message: MailMessage): void;
}
