/**
 * Drive state helpers shared by DriveApp and the services that create Google files (DocumentApp.create puts
 * a Drive file with the document's id in the root folder). No service objects here, only state.
 */
import type { EmulatorContext } from '../core/context';
import type { DriveFileState } from '../core/state';

export const GOOGLE_MIME = {
  DOCUMENT: 'application/vnd.google-apps.document',
  SPREADSHEET: 'application/vnd.google-apps.spreadsheet',
  FORM: 'application/vnd.google-apps.form',
  FOLDER: 'application/vnd.google-apps.folder',
} as const;

export function addDriveFile(
  ctx: EmulatorContext,
  init: { id: string; name: string; mimeType: string; parents?: string[]; contentBase64?: string },
): DriveFileState {
  const now = ctx.now();
  const file: DriveFileState = {
    id: init.id,
    name: init.name,
    mimeType: init.mimeType,
    parents: init.parents ?? [ctx.state.drive.rootFolderId],
    trashed: false,
    created: now,
    updated: now,
    owner: ctx.state.session.effectiveUser,
    description: '',
    sharing: { access: 'PRIVATE', permission: 'NONE' },
    editors: [],
    viewers: [],
  };
  if (init.contentBase64 !== undefined) file.contentBase64 = init.contentBase64;
  ctx.state.drive.files[file.id] = file;
  return file;
}

/**
 * Spreadsheets, forms and documents created by the other emulated services (or present in an older workbook
 * file) that have no Drive entry yet get one in the root folder, so DriveApp sees every Google file.
 */
export function syncGoogleFiles(ctx: EmulatorContext): void {
  const { state } = ctx;
  const files = state.drive.files;
  for (const ss of Object.values(state.spreadsheets)) {
    if (!files[ss.id]) addDriveFile(ctx, { id: ss.id, name: ss.name, mimeType: GOOGLE_MIME.SPREADSHEET });
  }
  for (const form of Object.values(state.forms)) {
    if (!files[form.id]) addDriveFile(ctx, { id: form.id, name: form.title, mimeType: GOOGLE_MIME.FORM });
  }
  for (const doc of Object.values(state.documents)) {
    if (!files[doc.id]) addDriveFile(ctx, { id: doc.id, name: doc.name, mimeType: GOOGLE_MIME.DOCUMENT });
  }
}
