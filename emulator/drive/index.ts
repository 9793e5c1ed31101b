/**
 * DriveApp over ctx.state.drive: folders, files, iterators, copies, trash, sharing as data.
 *
 * Listings and name/type searches leave trashed items out (live DriveApp does, see gas-fakes issue #44);
 * getTrashedFiles/getTrashedFolders list them, and getFileById/getFolderById still find a trashed item: only
 * an unknown id throws.
 * Google files: a Google Doc exports to PDF and is deep-copied by makeCopy; spreadsheets and forms are listed,
 * renamed, moved and trashed, but their content cannot be copied or exported here (NotEmulatedError).
 */
import type { EmulatorContext } from '../core/context';
import { FileImpl } from './file';
import { FolderImpl } from './folder';
import { fileIterator, folderIterator } from './iterator';
import {
  allFiles,
  allFolders,
  createFileIn,
  createFolderIn,
  displayName,
  fileState,
  fileView,
  folderState,
  folderView,
  registerDriveViews,
  type FileT,
  type FolderT,
} from './shared';

registerDriveViews({
  folder: (ctx, id) => ctx.wrap<FolderT>(new FolderImpl(ctx, id), 'Folder'),
  file: (ctx, id) => ctx.wrap<FileT>(new FileImpl(ctx, id), 'File'),
});

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
