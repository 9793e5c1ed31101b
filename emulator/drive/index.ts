/**
 * DriveApp over ctx.state.drive: folders, files, iterators, copies, trash, sharing as data.
 *
 * Listings and name/type searches leave trashed items out (live DriveApp does, see gas-fakes issue #44);
 * getTrashedFiles/getTrashedFolders list them, and getFileById/getFolderById still find a trashed item: only
 * an unknown id throws.
 * Google files: a Google Doc exports to PDF and is deep-copied by makeCopy; spreadsheets and forms are listed,
 * renamed, moved and trashed, but their content cannot be copied or exported here (NotEmulatedError).
 */
import { blobBytes, newBlob } from '../base/blob';
import type { EmulatorContext } from '../core/context';
import { gasError, NotEmulatedError } from '../core/errors';
import type { DriveFileState, DriveFolderState } from '../core/state';
import { copyDocumentState, documentPdfBlob, documentUrl } from '../documents';
import { addDriveFile, GOOGLE_MIME, syncGoogleFiles } from './files';

const NO_ITEM =
  'No item with the given ID could be found. Or perhaps you do not have permission to access it.';
const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';

const DRIVE_ENUMS = {
  Access: {
    ANYONE: 'ANYONE',
    ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
    DOMAIN: 'DOMAIN',
    DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
    PRIVATE: 'PRIVATE',
  },
  Permission: {
    VIEW: 'VIEW',
    EDIT: 'EDIT',
    COMMENT: 'COMMENT',
    OWNER: 'OWNER',
    ORGANIZER: 'ORGANIZER',
    NONE: 'NONE',
  },
};

type FileT = GoogleAppsScript.Drive.File;
type FolderT = GoogleAppsScript.Drive.Folder;

/** The id behind a Folder/File a script passes in. */
function idOf(item: unknown, what: string): string {
  const id = (item as { _id?: unknown } | null)?._id;
  if (typeof id !== 'string') throw gasError(`Invalid argument: ${what}`);
  return id;
}

function folderView(ctx: EmulatorContext, id: string): FolderT {
  return ctx.wrap<FolderT>(new FolderImpl(ctx, id), 'Folder');
}

function fileView(ctx: EmulatorContext, id: string): FileT {
  return ctx.wrap<FileT>(new FileImpl(ctx, id), 'File');
}

function userView(ctx: EmulatorContext, email: string): GoogleAppsScript.Drive.User {
  const user = {
    getEmail: () => email,
    getName: () => email.split('@')[0],
    getDomain: () => email.split('@')[1] ?? '',
    getPhotoUrl: () => '',
  };
  return ctx.wrap<GoogleAppsScript.Drive.User>(user, 'User');
}

function emailOf(user: unknown): string {
  if (typeof user === 'string') return user;
  const u = user as { getEmail?: () => string } | null;
  if (u && typeof u.getEmail === 'function') return u.getEmail();
  throw gasError('Invalid argument: emailAddress');
}

class IteratorImpl {
  private index = 0;
  constructor(
    private ctx: EmulatorContext,
    private ids: string[],
    private make: (ctx: EmulatorContext, id: string) => unknown,
  ) {}
  hasNext(): boolean {
    return this.index < this.ids.length;
  }
  next(): unknown {
    if (this.index >= this.ids.length) throw gasError(ITERATOR_END);
    return this.make(this.ctx, this.ids[this.index++]);
  }
}

function fileIterator(ctx: EmulatorContext, files: DriveFileState[]): GoogleAppsScript.Drive.FileIterator {
  return ctx.wrap(
    new IteratorImpl(
      ctx,
      files.map((f) => f.id),
      fileView,
    ),
    'FileIterator',
  );
}

function folderIterator(
  ctx: EmulatorContext,
  folders: DriveFolderState[],
): GoogleAppsScript.Drive.FolderIterator {
  return ctx.wrap(
    new IteratorImpl(
      ctx,
      folders.map((f) => f.id),
      folderView,
    ),
    'FolderIterator',
  );
}

function allFiles(ctx: EmulatorContext, trashed = false): DriveFileState[] {
  syncGoogleFiles(ctx);
  return Object.values(ctx.state.drive.files).filter((f) => f.trashed === trashed);
}

/** The name Drive shows: Google Docs and Sheets keep their title in their own state. */
function displayName(ctx: EmulatorContext, file: DriveFileState): string {
  if (file.mimeType === GOOGLE_MIME.DOCUMENT) return ctx.state.documents[file.id]?.name ?? file.name;
  if (file.mimeType === GOOGLE_MIME.SPREADSHEET) return ctx.state.spreadsheets[file.id]?.name ?? file.name;
  return file.name;
}

function allFolders(ctx: EmulatorContext, trashed = false): DriveFolderState[] {
  return Object.values(ctx.state.drive.folders).filter(
    (f) => f.id !== ctx.state.drive.rootFolderId && f.trashed === trashed,
  );
}

function createFolderIn(ctx: EmulatorContext, parentId: string, name: string): FolderT {
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
function createFileIn(ctx: EmulatorContext, parentId: string, args: unknown[]): FileT {
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

class FolderImpl {
  constructor(
    private ctx: EmulatorContext,
    readonly _id: string,
  ) {}

  private state(): DriveFolderState {
    const folder = this.ctx.state.drive.folders[this._id];
    if (!folder) throw gasError(NO_ITEM);
    return folder;
  }

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this.state().name;
  }
  setName(name: string): this {
    this.state().name = String(name);
    return this;
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this._id}`;
  }
  getDateCreated(): Date {
    return new Date(this.state().created.getTime());
  }
  getLastUpdated(): Date {
    return new Date(this.state().created.getTime());
  }
  isTrashed(): boolean {
    return this.state().trashed;
  }
  setTrashed(trashed: boolean): this {
    if (this._id === this.ctx.state.drive.rootFolderId) throw gasError('Access denied: DriveApp.');
    this.state().trashed = !!trashed;
    return this;
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const folders = this.state()
      .parents.map((id) => this.ctx.state.drive.folders[id])
      .filter(Boolean);
    return folderIterator(this.ctx, folders);
  }
  getOwner(): GoogleAppsScript.Drive.User {
    return userView(this.ctx, this.ctx.state.session.effectiveUser);
  }

  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this.ctx, this.childFolders());
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(
      this.ctx,
      this.childFolders().filter((f) => f.name === String(name)),
    );
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this.ctx, this.childFiles());
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this.ctx,
      this.childFiles().filter((f) => displayName(this.ctx, f) === String(name)),
    );
  }
  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this.ctx,
      this.childFiles().filter((f) => f.mimeType === String(mimeType)),
    );
  }
  createFolder(name: string): FolderT {
    this.state();
    return createFolderIn(this.ctx, this._id, name);
  }
  createFile(...args: unknown[]): FileT {
    this.state();
    return createFileIn(this.ctx, this._id, args);
  }
  addFile(child: unknown): this {
    const file = fileState(this.ctx, idOf(child, 'child'));
    if (!file.parents.includes(this._id)) file.parents.push(this._id);
    return this;
  }
  removeFile(child: unknown): this {
    const file = fileState(this.ctx, idOf(child, 'child'));
    file.parents = file.parents.filter((p) => p !== this._id);
    return this;
  }
  addFolder(child: unknown): this {
    const folder = folderState(this.ctx, idOf(child, 'child'));
    if (!folder.parents.includes(this._id)) folder.parents.push(this._id);
    return this;
  }
  removeFolder(child: unknown): this {
    const folder = folderState(this.ctx, idOf(child, 'child'));
    folder.parents = folder.parents.filter((p) => p !== this._id);
    return this;
  }
  moveTo(destination: unknown): this {
    const target = idOf(destination, 'destination');
    folderState(this.ctx, target);
    if (target === this._id || this.isAncestorOf(target)) throw gasError('Invalid argument: destination');
    this.state().parents = [target];
    return this;
  }

  private isAncestorOf(id: string): boolean {
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length) {
      const f = this.ctx.state.drive.folders[stack.pop()!];
      if (!f || seen.has(f.id)) continue;
      seen.add(f.id);
      if (f.parents.includes(this._id)) return true;
      stack.push(...f.parents);
    }
    return false;
  }

  private childFolders(): DriveFolderState[] {
    return allFolders(this.ctx).filter((f) => f.parents.includes(this._id));
  }
  private childFiles(): DriveFileState[] {
    return allFiles(this.ctx).filter((f) => f.parents.includes(this._id));
  }
}

function fileState(ctx: EmulatorContext, id: string): DriveFileState {
  let file = ctx.state.drive.files[id];
  if (!file) {
    syncGoogleFiles(ctx);
    file = ctx.state.drive.files[id];
  }
  if (!file) throw gasError(NO_ITEM);
  return file;
}

function folderState(ctx: EmulatorContext, id: string): DriveFolderState {
  const folder = ctx.state.drive.folders[id];
  if (!folder) throw gasError(NO_ITEM);
  return folder;
}

class FileImpl {
  constructor(
    private ctx: EmulatorContext,
    readonly _id: string,
  ) {}

  private state(): DriveFileState {
    return fileState(this.ctx, this._id);
  }

  private touch(): void {
    this.state().updated = this.ctx.now();
  }

  getId(): string {
    return this._id;
  }

  /** Google Docs and Sheets keep their title in their own state; Drive shows the same name. */
  getName(): string {
    return displayName(this.ctx, this.state());
  }

  setName(name: string): this {
    const file = this.state();
    file.name = String(name);
    const doc = this.ctx.state.documents[file.id];
    if (file.mimeType === GOOGLE_MIME.DOCUMENT && doc) doc.name = file.name;
    const ss = this.ctx.state.spreadsheets[file.id];
    if (file.mimeType === GOOGLE_MIME.SPREADSHEET && ss) ss.name = file.name;
    this.touch();
    return this;
  }

  getMimeType(): string {
    return this.state().mimeType;
  }

  getUrl(): string {
    const file = this.state();
    switch (file.mimeType) {
      case GOOGLE_MIME.DOCUMENT:
        return documentUrl(file.id);
      case GOOGLE_MIME.SPREADSHEET:
        return `https://docs.google.com/spreadsheets/d/${file.id}/edit`;
      case GOOGLE_MIME.FORM:
        return `https://docs.google.com/forms/d/${file.id}/edit`;
      default:
        return `https://drive.google.com/file/d/${file.id}/view`;
    }
  }

  getDownloadUrl(): string {
    return `https://drive.google.com/uc?id=${this._id}&export=download`;
  }

  getSize(): number {
    const file = this.state();
    return file.contentBase64 ? Buffer.from(file.contentBase64, 'base64').length : 0;
  }

  getDateCreated(): Date {
    return new Date(this.state().created.getTime());
  }

  getLastUpdated(): Date {
    return new Date(this.state().updated.getTime());
  }

  getDescription(): string | null {
    return this.state().description || null;
  }

  setDescription(description: string): this {
    this.state().description = String(description ?? '');
    this.touch();
    return this;
  }

  isTrashed(): boolean {
    return this.state().trashed;
  }

  setTrashed(trashed: boolean): this {
    this.state().trashed = !!trashed;
    this.touch();
    return this;
  }

  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const folders = this.state()
      .parents.map((id) => this.ctx.state.drive.folders[id])
      .filter(Boolean);
    return folderIterator(this.ctx, folders);
  }

  moveTo(destination: unknown): this {
    const target = idOf(destination, 'destination');
    folderState(this.ctx, target);
    this.state().parents = [target];
    this.touch();
    return this;
  }

  /** A Google Doc exports as PDF; plain files give their bytes. */
  getBlob(): GoogleAppsScript.Base.Blob {
    const file = this.state();
    if (file.mimeType === GOOGLE_MIME.DOCUMENT) return documentPdfBlob(this.ctx, file.id);
    if (file.mimeType.startsWith('application/vnd.google-apps.')) {
      throw new NotEmulatedError(`File.getBlob of ${file.mimeType}`);
    }
    return newBlob(this.ctx, Buffer.from(file.contentBase64 ?? '', 'base64'), file.mimeType, file.name);
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const file = this.state();
    if (file.mimeType === GOOGLE_MIME.DOCUMENT && contentType === 'application/pdf') {
      return documentPdfBlob(this.ctx, file.id);
    }
    if (!file.mimeType.startsWith('application/vnd.google-apps.') && contentType === file.mimeType) {
      return this.getBlob();
    }
    throw new NotEmulatedError(`File.getAs(${contentType}) of ${file.mimeType}`);
  }

  /** makeCopy(), makeCopy(name), makeCopy(destination), makeCopy(name, destination). */
  makeCopy(nameOrDestination?: unknown, destination?: unknown): FileT {
    const file = this.state();
    let name = `Copy of ${this.getName()}`;
    let dest: unknown = destination;
    if (typeof nameOrDestination === 'string') name = nameOrDestination;
    else if (nameOrDestination != null) dest = nameOrDestination;
    const parents = dest != null ? [idOf(dest, 'destination')] : [...file.parents];
    for (const p of parents) folderState(this.ctx, p);

    const id = this.ctx.newId(file.mimeType === GOOGLE_MIME.DOCUMENT ? 'doc' : 'file');
    if (file.mimeType === GOOGLE_MIME.DOCUMENT) {
      copyDocumentState(this.ctx, file.id, id, name);
    } else if (file.mimeType.startsWith('application/vnd.google-apps.')) {
      throw new NotEmulatedError(`File.makeCopy of ${file.mimeType}`);
    }
    const copy = addDriveFile(this.ctx, {
      id,
      name,
      mimeType: file.mimeType,
      parents,
      contentBase64: file.contentBase64,
    });
    copy.description = file.description;
    return fileView(this.ctx, id);
  }

  getOwner(): GoogleAppsScript.Drive.User {
    return userView(this.ctx, this.state().owner);
  }

  getSharingAccess(): string {
    return this.state().sharing.access;
  }

  getSharingPermission(): string {
    return this.state().sharing.permission;
  }

  setSharing(accessType: string, permissionType: string): this {
    this.state().sharing = { access: String(accessType), permission: String(permissionType) };
    return this;
  }

  addEditor(user: unknown): this {
    const email = emailOf(user);
    const file = this.state();
    if (!file.editors.includes(email)) file.editors.push(email);
    file.viewers = file.viewers.filter((v) => v !== email);
    return this;
  }

  addEditors(emails: unknown[]): this {
    for (const e of emails) this.addEditor(e);
    return this;
  }

  removeEditor(user: unknown): this {
    return this.removeFrom('editors', user);
  }

  getEditors(): GoogleAppsScript.Drive.User[] {
    return this.usersIn('editors');
  }

  addViewer(user: unknown): this {
    const email = emailOf(user);
    const file = this.state();
    if (!file.viewers.includes(email) && !file.editors.includes(email)) file.viewers.push(email);
    return this;
  }

  addViewers(emails: unknown[]): this {
    for (const e of emails) this.addViewer(e);
    return this;
  }

  removeViewer(user: unknown): this {
    return this.removeFrom('viewers', user);
  }

  getViewers(): GoogleAppsScript.Drive.User[] {
    return this.usersIn('viewers');
  }

  // Removing and listing work alike for editors and viewers; adding does not (an editor is never also a
  // viewer), so addEditor and addViewer stay apart.
  private removeFrom(list: 'editors' | 'viewers', user: unknown): this {
    const email = emailOf(user);
    const file = this.state();
    file[list] = file[list].filter((e) => e !== email);
    return this;
  }

  private usersIn(list: 'editors' | 'viewers'): GoogleAppsScript.Drive.User[] {
    return this.state()[list].map((e) => userView(this.ctx, e));
  }

  /** Apps Script's access check: owner/editors EDIT, viewers VIEW, otherwise what link sharing grants. */
  getAccess(user: unknown): string {
    const email = emailOf(user);
    const file = this.state();
    if (email === file.owner) return 'OWNER';
    if (file.editors.includes(email)) return 'EDIT';
    if (file.viewers.includes(email)) return 'VIEW';
    return file.sharing.access === 'ANYONE' || file.sharing.access === 'ANYONE_WITH_LINK'
      ? file.sharing.permission
      : 'NONE';
  }
}

class DriveAppImpl {
  Access = DRIVE_ENUMS.Access;
  Permission = DRIVE_ENUMS.Permission;

  constructor(private ctx: EmulatorContext) {}

  getRootFolder(): FolderT {
    return folderView(this.ctx, this.ctx.state.drive.rootFolderId);
  }
  getFolderById(id: string): FolderT {
    folderState(this.ctx, String(id));
    return folderView(this.ctx, String(id));
  }
  getFileById(id: string): FileT {
    fileState(this.ctx, String(id));
    return fileView(this.ctx, String(id));
  }
  createFolder(name: string): FolderT {
    return createFolderIn(this.ctx, this.ctx.state.drive.rootFolderId, name);
  }
  createFile(...args: unknown[]): FileT {
    return createFileIn(this.ctx, this.ctx.state.drive.rootFolderId, args);
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this.ctx, allFolders(this.ctx));
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(
      this.ctx,
      allFolders(this.ctx).filter((f) => f.name === String(name)),
    );
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this.ctx, allFiles(this.ctx));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this.ctx,
      allFiles(this.ctx).filter((f) => displayName(this.ctx, f) === String(name)),
    );
  }
  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this.ctx,
      allFiles(this.ctx).filter((f) => f.mimeType === String(mimeType)),
    );
  }
  getTrashedFiles(): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this.ctx, allFiles(this.ctx, true));
  }
  getTrashedFolders(): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this.ctx, allFolders(this.ctx, true));
  }
  addFile(child: unknown): FolderT {
    new FolderImpl(this.ctx, this.ctx.state.drive.rootFolderId).addFile(child);
    return this.getRootFolder();
  }
  removeFile(child: unknown): FolderT {
    new FolderImpl(this.ctx, this.ctx.state.drive.rootFolderId).removeFile(child);
    return this.getRootFolder();
  }
}

export function createDriveApp(ctx: EmulatorContext): GoogleAppsScript.Drive.DriveApp {
  return ctx.wrap<GoogleAppsScript.Drive.DriveApp>(new DriveAppImpl(ctx), 'DriveApp');
}
