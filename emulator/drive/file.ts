/** The emulated DriveApp File: name, parents, copies, blobs and PDF export of Google Docs, trash, sharing as data. */
import { newBlob } from '../base/blob';
import type { EmulatorContext } from '../core/context';
import { NotEmulatedError } from '../core/errors';
import type { DriveFileState } from '../core/state';
import { copyDocumentState, documentPdfBlob, documentUrl } from '../documents';
import { addDriveFile, GOOGLE_MIME } from './files';
import { folderIterator } from './iterator';
import { displayName, emailOf, fileState, fileView, folderState, idOf, userView, type FileT } from './shared';

export class FileImpl {
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
