/**
 * The advanced Drive service (Drive API v3) over the same state as DriveApp: only what the add-on calls —
 * Files.create (a folder, an empty Doc or Sheets file, or a file from a Blob), Files.copy, Files.get, Files.update (rename, trash) and
 * Files.list with the `q` terms it uses. Shapes follow https://developers.google.com/drive/api/reference/rest/v3/files
 * and `@types/google-apps-script/apis/drive_v3`; fields masks are not applied (more fields may come back,
 * never fewer). Every other member throws NotEmulatedError.
 */
import { blobBytes } from '../base/blob';
import type { EmulatorContext } from '../core/context';
import { gasError, NotEmulatedError } from '../core/errors';
import { copyDocumentState, documentUrl } from '../documents';
import { newParagraph } from '../documents/model';
import { addDriveFile, GOOGLE_MIME, syncGoogleFiles } from '../drive/files';
import { addSpreadsheetState } from '../spreadsheet';

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

function notFound(fileId: string): Error {
  return gasError(`API call to drive.files.get failed with error: File not found: ${fileId}.`);
}

function fileUrl(id: string, mimeType: string): string {
  if (mimeType === GOOGLE_MIME.DOCUMENT) return documentUrl(id);
  if (mimeType === GOOGLE_MIME.FOLDER) return `https://drive.google.com/drive/folders/${id}`;
  if (mimeType === GOOGLE_MIME.SPREADSHEET) return `https://docs.google.com/spreadsheets/d/${id}/edit`;
  return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
}

/** The File resource of a file or folder of the emulated Drive, null when there is none. */
function resource(ctx: EmulatorContext, id: string): File | null {
  syncGoogleFiles(ctx);
  const folder = ctx.state.drive.folders[id];
  if (folder) {
    return {
      id,
      name: folder.name,
      mimeType: GOOGLE_MIME.FOLDER,
      parents: [...folder.parents],
      trashed: folder.trashed,
      createdTime: folder.created.toISOString(),
      webViewLink: fileUrl(id, GOOGLE_MIME.FOLDER),
    };
  }
  const file = ctx.state.drive.files[id];
  if (!file) return null;
  const name =
    file.mimeType === GOOGLE_MIME.DOCUMENT ? (ctx.state.documents[id]?.name ?? file.name) : file.name;
  return {
    id,
    name,
    mimeType: file.mimeType,
    parents: [...file.parents],
    trashed: file.trashed,
    createdTime: file.created.toISOString(),
    modifiedTime: file.updated.toISOString(),
    webViewLink: fileUrl(id, file.mimeType),
  };
}

function parentOf(ctx: EmulatorContext, parents: string[] | undefined): string {
  const parent = parents?.[0] ?? ctx.state.drive.rootFolderId;
  if (parents && parents.length > 1) throw gasError('A file can have only one parent.');
  if (parent !== 'root' && !ctx.state.drive.folders[parent]) throw notFound(parent);
  return parent === 'root' ? ctx.state.drive.rootFolderId : parent;
}

function create(ctx: EmulatorContext, meta: File, blob?: GoogleAppsScript.Base.Blob): File {
  const parent = parentOf(ctx, meta.parents);
  if (meta.mimeType === GOOGLE_MIME.FOLDER) {
    if (blob) throw gasError('A folder has no content.');
    const id = ctx.newId('fld');
    ctx.state.drive.folders[id] = {
      id,
      name: String(meta.name ?? 'Untitled'),
      parents: [parent],
      trashed: false,
      created: ctx.now(),
    };
    return resource(ctx, id)!;
  }
  if (meta.mimeType === GOOGLE_MIME.DOCUMENT && !blob) {
    // An empty Google Doc, as DocumentApp.create makes it, but born in its folder.
    const id = ctx.newId('doc');
    const name = String(meta.name ?? 'Untitled document');
    ctx.state.documents[id] = {
      id,
      name,
      body: [newParagraph('')],
      header: null,
      footer: null,
      savedAt: null,
    };
    addDriveFile(ctx, { id, name, mimeType: GOOGLE_MIME.DOCUMENT, parents: [parent] });
    return resource(ctx, id)!;
  }
  if (meta.mimeType === GOOGLE_MIME.SPREADSHEET && !blob) {
    // An empty Google Sheets file, as SpreadsheetApp.create makes it, but born in its folder.
    const ss = addSpreadsheetState(ctx, String(meta.name ?? 'Untitled spreadsheet'));
    addDriveFile(ctx, { id: ss.id, name: ss.name, mimeType: GOOGLE_MIME.SPREADSHEET, parents: [parent] });
    return resource(ctx, ss.id)!;
  }
  if (!blob)
    throw new NotEmulatedError('Drive.Files.create without content (only folders, Docs, Sheets and uploads)');
  const mimeType = meta.mimeType ?? blob.getContentType() ?? 'application/octet-stream';
  if (mimeType.startsWith('application/vnd.google-apps.'))
    throw new NotEmulatedError(`Drive.Files.create converting to ${mimeType}`);
  const id = ctx.newId('file');
  addDriveFile(ctx, {
    id,
    name: String(meta.name ?? blob.getName() ?? 'Untitled'),
    mimeType,
    parents: [parent],
    contentBase64: Buffer.from(blobBytes(blob)).toString('base64'),
  });
  return resource(ctx, id)!;
}

function copy(ctx: EmulatorContext, meta: File, fileId: string): File {
  const source = resource(ctx, fileId);
  if (!source || source.mimeType === GOOGLE_MIME.FOLDER) throw notFound(fileId);
  if (source.mimeType !== GOOGLE_MIME.DOCUMENT)
    throw new NotEmulatedError(`Drive.Files.copy of ${source.mimeType}`);
  const parent = meta.parents ? parentOf(ctx, meta.parents) : source.parents![0];
  const id = ctx.newId('doc');
  const name = String(meta.name ?? `Copy of ${source.name}`);
  copyDocumentState(ctx, fileId, id, name);
  addDriveFile(ctx, { id, name, mimeType: GOOGLE_MIME.DOCUMENT, parents: [parent] });
  return resource(ctx, id)!;
}

function update(ctx: EmulatorContext, meta: File, fileId: string): File {
  const known = Object.keys(meta).filter((k) => k !== 'name' && k !== 'trashed');
  if (known.length) throw new NotEmulatedError(`Drive.Files.update of ${known.join(', ')}`);
  const folder = ctx.state.drive.folders[fileId];
  const file = ctx.state.drive.files[fileId];
  if (!folder && !file) throw notFound(fileId);
  if (meta.trashed !== undefined) (folder ?? file).trashed = !!meta.trashed;
  if (meta.name !== undefined) {
    (folder ?? file).name = String(meta.name);
    const doc = ctx.state.documents[fileId];
    if (doc) doc.name = String(meta.name);
  }
  if (file) file.updated = ctx.now();
  return resource(ctx, fileId)!;
}

/**
 * The `q` terms the add-on uses, joined by `and`: name = '…', '<id>' in parents, trashed = true|false,
 * mimeType = '…' (and !=). Anything else is not emulated rather than silently ignored.
 */
function matcher(q: string, rootId: string): (f: File) => boolean {
  const tests: ((f: File) => boolean)[] = [];
  const literal = String.raw`'((?:[^'\\]|\\.)*)'`;
  const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
  for (const raw of q.split(/\s+and\s+/i)) {
    const term = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^name\\s*=\\s*${literal}$`).exec(term))) {
      const name = unescape(m[1]);
      tests.push((f) => f.name === name);
    } else if ((m = new RegExp(`^${literal}\\s+in\\s+parents$`).exec(term))) {
      const parent = unescape(m[1]) === 'root' ? rootId : unescape(m[1]);
      tests.push((f) => !!f.parents?.includes(parent));
    } else if ((m = /^trashed\s*=\s*(true|false)$/.exec(term))) {
      const trashed = m[1] === 'true';
      tests.push((f) => !!f.trashed === trashed);
    } else if ((m = new RegExp(`^mimeType\\s*(!?=)\\s*${literal}$`).exec(term))) {
      const [op, type] = [m[1], unescape(m[2])];
      tests.push((f) => (f.mimeType === type) === (op === '='));
    } else throw new NotEmulatedError(`Drive.Files.list query term «${term}»`);
  }
  return (f) => tests.every((t) => t(f));
}

function list(ctx: EmulatorContext, args: { q?: string; pageSize?: number } = {}): { files: File[] } {
  syncGoogleFiles(ctx);
  const ids = [...Object.keys(ctx.state.drive.folders), ...Object.keys(ctx.state.drive.files)].filter(
    (id) => id !== ctx.state.drive.rootFolderId,
  );
  const match = args.q ? matcher(args.q, ctx.state.drive.rootFolderId) : () => true;
  const files = ids.map((id) => resource(ctx, id)!).filter(match);
  if (args.pageSize && files.length > args.pageSize)
    throw new NotEmulatedError('Drive.Files.list with more than one page');
  return { files };
}

/** `Drive` as a script sees it when the manifest enables the service (userSymbol "Drive", version v3). */
export function createDriveService(ctx: EmulatorContext): GoogleAppsScript.Drive {
  const files = ctx.wrap<GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection>(
    {
      create: (meta: File, blob?: GoogleAppsScript.Base.Blob) => create(ctx, meta ?? {}, blob),
      copy: (meta: File, fileId: string) => copy(ctx, meta ?? {}, String(fileId)),
      get: (fileId: string) => {
        const r = resource(ctx, String(fileId));
        if (!r) throw notFound(String(fileId));
        return r;
      },
      update: (meta: File, fileId: string, blob?: unknown) => {
        if (blob !== undefined && blob !== null) throw new NotEmulatedError('Drive.Files.update of content');
        return update(ctx, meta ?? {}, String(fileId));
      },
      list: (args?: { q?: string; pageSize?: number }) => list(ctx, args),
    },
    'Drive.Files',
  );
  return ctx.wrap<GoogleAppsScript.Drive>({ Files: files }, 'Drive');
}
