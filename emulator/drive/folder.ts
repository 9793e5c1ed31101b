/** The emulated DriveApp Folder: its files and subfolders, trash, sharing as data. */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { DriveFileState, DriveFolderState } from '../core/state';
import { fileIterator, folderIterator } from './iterator';
import {
  allFiles,
  allFolders,
  createFileIn,
  createFolderIn,
  displayName,
  fileState,
  folderState,
  idOf,
  NO_ITEM,
  userView,
  type FileT,
  type FolderT,
} from './shared';

export class FolderImpl {
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
