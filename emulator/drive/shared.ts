/**
 * What the DriveApp views share: the state lookups (an unknown id throws as in Apps Script), listings without
 * the trash, creating folders and files, and the views of a folder, file or user. The Folder and File views are
 * registered by index.ts, which constructs them, so folder.ts and file.ts can hand out each other's views
 * without importing each other.
 */
import { blobBytes } from '../base/blob';
import type { EmulatorContext } from '../core/context';
import { gasError, NotEmulatedError } from '../core/errors';
import type { DriveFileState, DriveFolderState } from '../core/state';
import { addDriveFile, GOOGLE_MIME, syncGoogleFiles } from './files';

export const NO_ITEM =
  'No item with the given ID could be found. Or perhaps you do not have permission to access it.';

export type FileT = GoogleAppsScript.Drive.File;
export type FolderT = GoogleAppsScript.Drive.Folder;

/** How a Folder or File view is made (set once by index.ts). */
export interface DriveViews {
  folder(ctx: EmulatorContext, id: string): FolderT;
  file(ctx: EmulatorContext, id: string): FileT;
}

let views: DriveViews | null = null;

export function registerDriveViews(made: DriveViews): void {
  views = made;
}

export function folderView(ctx: EmulatorContext, id: string): FolderT {
  if (!views) throw new Error('Drive views are not registered (import emulator/drive).');
  return views.folder(ctx, id);
}

export function fileView(ctx: EmulatorContext, id: string): FileT {
  if (!views) throw new Error('Drive views are not registered (import emulator/drive).');
  return views.file(ctx, id);
}

/** The id behind a Folder/File a script passes in. */
export function idOf(item: unknown, what: string): string {
  const id = (item as { _id?: unknown } | null)?._id;
  if (typeof id !== 'string') throw gasError(`Invalid argument: ${what}`);
  return id;
}

export function userView(ctx: EmulatorContext, email: string): GoogleAppsScript.Drive.User {
  const user = {
    getEmail: () => email,
    getName: () => email.split('@')[0],
    getDomain: () => email.split('@')[1] ?? '',
    getPhotoUrl: () => '',
  };
  return ctx.wrap<GoogleAppsScript.Drive.User>(user, 'User');
}

export function emailOf(user: unknown): string {
  if (typeof user === 'string') return user;
  const u = user as { getEmail?: () => string } | null;
  if (u && typeof u.getEmail === 'function') return u.getEmail();
  throw gasError('Invalid argument: emailAddress');
}

export function allFiles(ctx: EmulatorContext, trashed = false): DriveFileState[] {
  syncGoogleFiles(ctx);
  return Object.values(ctx.state.drive.files).filter((f) => f.trashed === trashed);
}

/** The name Drive shows: Google Docs and Sheets keep their title in their own state. */
export function displayName(ctx: EmulatorContext, file: DriveFileState): string {
  if (file.mimeType === GOOGLE_MIME.DOCUMENT) return ctx.state.documents[file.id]?.name ?? file.name;
  if (file.mimeType === GOOGLE_MIME.SPREADSHEET) return ctx.state.spreadsheets[file.id]?.name ?? file.name;
  return file.name;
}

export function allFolders(ctx: EmulatorContext, trashed = false): DriveFolderState[] {
  return Object.values(ctx.state.drive.folders).filter(
    (f) => f.id !== ctx.state.drive.rootFolderId && f.trashed === trashed,
  );
}

export function createFolderIn(ctx: EmulatorContext, parentId: string, name: string): FolderT {
  const id = ctx.newId('fld');
  ctx.state.drive.folders[id] = {
    id,
    name: String(name),
    parents: [parentId],
    trashed: false,
    created: ctx.now(),
  };
  return folderView(ctx, id);
}

/** createFile(blob) or createFile(name, content, mimeType = text/plain) into a folder. */
export function createFileIn(ctx: EmulatorContext, parentId: string, args: unknown[]): FileT {
  let name: string;
  let bytes: Uint8Array;
  let mimeType: string;
  if (args.length === 1 && args[0] && typeof args[0] === 'object') {
    const source = args[0] as GoogleAppsScript.Base.Blob | GoogleAppsScript.Base.BlobSource;
    const blob = 'getBytes' in source ? source : source.getBlob();
    bytes = blobBytes(blob);
    name = blob.getName() ?? 'Untitled';
    mimeType = blob.getContentType() ?? 'application/octet-stream';
  } else {
    if (args.length < 2) throw gasError('Invalid argument: content');
    name = String(args[0]);
    bytes = new TextEncoder().encode(String(args[1]));
    mimeType = args[2] === undefined ? 'text/plain' : String(args[2]);
  }
  if (mimeType.startsWith('application/vnd.google-apps.')) {
    throw new NotEmulatedError(`DriveApp.createFile of a Google file type (${mimeType})`);
  }
  const id = ctx.newId('file');
  addDriveFile(ctx, {
    id,
    name,
    mimeType,
    parents: [parentId],
    contentBase64: Buffer.from(bytes).toString('base64'),
  });
  return fileView(ctx, id);
}

export function fileState(ctx: EmulatorContext, id: string): DriveFileState {
  let file = ctx.state.drive.files[id];
  if (!file) {
    syncGoogleFiles(ctx);
    file = ctx.state.drive.files[id];
  }
  if (!file) throw gasError(NO_ITEM);
  return file;
}

export function folderState(ctx: EmulatorContext, id: string): DriveFolderState {
  const folder = ctx.state.drive.folders[id];
  if (!folder) throw gasError(NO_ITEM);
  return folder;
}
