import { newBlob } from '../../emulator/base/blob';
import { EmulatorContext } from '../../emulator/core/context';
import { NotEmulatedError } from '../../emulator/core/errors';
import { deserializeState, serializeState } from '../../emulator/core/persist';
import { emptyState } from '../../emulator/core/state';
import { createDocumentApp } from '../../emulator/documents';
import { createDriveApp } from '../../emulator/drive';

function setup() {
  const ctx = new EmulatorContext(emptyState());
  ctx.state.now = new Date('2025-09-01T09:00:00Z');
  return { ctx, DriveApp: createDriveApp(ctx), DocumentApp: createDocumentApp(ctx) };
}

function names(it: GoogleAppsScript.Drive.FolderIterator | GoogleAppsScript.Drive.FileIterator): string[] {
  const out: string[] = [];
  while (it.hasNext()) out.push(it.next().getName());
  return out;
}

describe('DriveApp', () => {
  test('root folder, folders and URLs', () => {
    const { DriveApp } = setup();
    const root = DriveApp.getRootFolder();
    expect(root.getId()).toBe('root');
    const school = DriveApp.createFolder('Наставник');
    const year = school.createFolder('2025-2026');
    expect(year.getUrl()).toBe(`https://drive.google.com/drive/folders/${year.getId()}`);
    expect(year.getParents().next().getId()).toBe(school.getId());
    expect(DriveApp.getFolderById(year.getId()).getName()).toBe('2025-2026');
    expect(names(school.getFolders())).toEqual(['2025-2026']);
    expect(names(root.getFolders())).toEqual(['Наставник']);
    expect(() => DriveApp.getFolderById('missing')).toThrow('No item with the given ID could be found');
  });

  test('getFoldersByName and getFilesByName match the exact name only and skip trashed items', () => {
    const { DriveApp } = setup();
    DriveApp.createFolder('Наставник');
    DriveApp.createFolder('Наставник 2');
    DriveApp.createFolder('наставник');
    const old = DriveApp.createFolder('Наставник');
    expect(names(DriveApp.getFoldersByName('Наставник'))).toEqual(['Наставник', 'Наставник']);
    old.setTrashed(true);
    expect(old.isTrashed()).toBe(true);
    expect(names(DriveApp.getFoldersByName('Наставник'))).toEqual(['Наставник']);
    expect(names(DriveApp.getTrashedFolders())).toEqual(['Наставник']);
    // A trashed item is still reachable by id.
    expect(DriveApp.getFolderById(old.getId()).isTrashed()).toBe(true);

    const f = DriveApp.createFile('отчёт.txt', 'текст');
    DriveApp.createFile('отчёт.txt.bak', 'x');
    expect(names(DriveApp.getFilesByName('отчёт.txt'))).toEqual(['отчёт.txt']);
    f.setTrashed(true);
    expect(DriveApp.getFilesByName('отчёт.txt').hasNext()).toBe(false);
    expect(DriveApp.getFileById(f.getId()).isTrashed()).toBe(true);
  });

  test('iterators throw at the end like Apps Script', () => {
    const { DriveApp } = setup();
    DriveApp.createFolder('a');
    const it = DriveApp.getFoldersByName('a');
    expect(it.hasNext()).toBe(true);
    it.next();
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
    expect(() => DriveApp.getFilesByName('none').next()).toThrow(
      'Cannot retrieve the next object: iterator has reached the end.',
    );
  });

  test('plain files: create from text or blob, bytes, copy, move, metadata, sharing', () => {
    const { ctx, DriveApp } = setup();
    const folder = DriveApp.createFolder('Документы');
    const file = folder.createFile('list.csv', 'a;b\n1;2', 'text/csv');
    expect(file.getMimeType()).toBe('text/csv');
    expect(file.getSize()).toBe(7);
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view`);
    expect(file.getBlob().getDataAsString()).toBe('a;b\n1;2');
    expect(file.getDateCreated()).toEqual(new Date('2025-09-01T09:00:00Z'));

    const fromBlob = DriveApp.createFile(newBlob(ctx, 'привет', 'text/plain', 'hello.txt'));
    expect(fromBlob.getName()).toBe('hello.txt');
    expect(fromBlob.getParents().next().getId()).toBe('root');
    expect(fromBlob.getAs('text/plain').getDataAsString()).toBe('привет');
    expect(() => fromBlob.getAs('application/pdf')).toThrow(NotEmulatedError);

    const copy = file.makeCopy();
    expect(copy.getName()).toBe('Copy of list.csv');
    expect(copy.getParents().next().getId()).toBe(folder.getId());
    expect(copy.getBlob().getDataAsString()).toBe('a;b\n1;2');
    expect(copy.getId()).not.toBe(file.getId());

    ctx.advance(60_000);
    copy.moveTo(DriveApp.getRootFolder());
    expect(copy.getParents().next().getId()).toBe('root');
    expect(copy.getLastUpdated().getTime()).toBe(new Date('2025-09-01T09:01:00Z').getTime());
    expect(names(folder.getFiles())).toEqual(['list.csv']);
    expect(names(DriveApp.getFilesByType('text/csv'))).toEqual(['list.csv', 'Copy of list.csv']);

    file.setDescription('описание').setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    file.addEditor('director@school.example').addViewer('teacher@school.example');
    expect(file.getDescription()).toBe('описание');
    expect(file.getSharingAccess()).toBe('ANYONE_WITH_LINK');
    expect(file.getSharingPermission()).toBe('VIEW');
    expect(file.getEditors().map((u) => u.getEmail())).toEqual(['director@school.example']);
    expect(file.getViewers().map((u) => u.getEmail())).toEqual(['teacher@school.example']);
    expect(file.getOwner().getEmail()).toBe('curator@school.example');
  });

  test('Google Docs: URL, PDF export, copy into a folder, rename through Drive', () => {
    const { ctx, DriveApp, DocumentApp } = setup();
    const doc = DocumentApp.create('Шаблон');
    doc.getBody().appendParagraph('Текст {{x}}');
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(names(DriveApp.getFilesByType('application/vnd.google-apps.document'))).toEqual(['Шаблон']);

    const pdf = file.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(Buffer.from(pdf.getBytes()).toString('latin1').startsWith('%PDF')).toBe(true);
    expect(file.getBlob().getContentType()).toBe('application/pdf');
    const saved = DriveApp.getFolderById(DriveApp.createFolder('PDF').getId()).createFile(
      pdf.setName('Шаблон.pdf'),
    );
    expect(saved.getMimeType()).toBe('application/pdf');
    expect(saved.getSize()).toBe(pdf.getBytes().length);

    const folder = DriveApp.createFolder('2025');
    const copy = file.makeCopy('Приказ № 1', folder);
    expect(copy.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(ctx.state.documents[copy.getId()].name).toBe('Приказ № 1');
    DocumentApp.openById(copy.getId()).getBody().replaceText('\\{\\{x\\}\\}', 'y');
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toContain('{{x}}');
    expect(DocumentApp.openById(copy.getId()).getBody().getText()).toContain('Текст y');

    copy.setName('Приказ № 2');
    expect(DocumentApp.openById(copy.getId()).getName()).toBe('Приказ № 2');
    expect(names(folder.getFilesByName('Приказ № 2'))).toEqual(['Приказ № 2']);
  });

  test('spreadsheets created by another service appear in Drive; copying them is not emulated', () => {
    const { ctx, DriveApp } = setup();
    // As SpreadsheetApp.create would leave it (whether or not it adds the Drive entry itself).
    ctx.state.spreadsheets.ss1 = {
      id: 'ss1',
      name: 'Наставничество',
      timeZone: 'Europe/Moscow',
      locale: 'ru',
      sheets: [],
      activeSheetId: null,
      metadata: [],
      protections: [],
      editors: [],
      owner: 'curator@school.example',
      linkedForms: [],
    };
    const file = DriveApp.getFileById('ss1');
    expect(file.getMimeType()).toBe('application/vnd.google-apps.spreadsheet');
    expect(file.getUrl()).toBe('https://docs.google.com/spreadsheets/d/ss1/edit');
    expect(file.getName()).toBe('Наставничество');
    const folder = DriveApp.createFolder('Школа');
    file.moveTo(folder);
    expect(names(folder.getFiles())).toEqual(['Наставничество']);
    expect(() => file.makeCopy('копия')).toThrow(NotEmulatedError);
    expect(() => file.getAs('application/pdf')).toThrow(NotEmulatedError);
  });

  test('createFile with a Google mime type and unimplemented methods throw NotEmulatedError', () => {
    const { DriveApp } = setup();
    expect(() => DriveApp.createFile('x', '', 'application/vnd.google-apps.document')).toThrow(
      NotEmulatedError,
    );
    expect(() => DriveApp.searchFiles('title contains "x"')).toThrow(NotEmulatedError);
    expect(() => DriveApp.getRootFolder().searchFolders('x')).toThrow(NotEmulatedError);
    expect(() => DriveApp.getFileById('nope')).toThrow(
      'No item with the given ID could be found. Or perhaps you do not have permission to access it.',
    );
  });

  test('calls are counted', () => {
    const { ctx, DriveApp } = setup();
    const folder = DriveApp.createFolder('a');
    folder.createFile('f', 'x');
    ctx.calls.reset();
    const it = DriveApp.getFoldersByName('a');
    while (it.hasNext()) it.next().getFiles();
    expect(ctx.calls.snapshot()).toEqual({
      'DriveApp.getFoldersByName': 1,
      'Folder.getFiles': 1,
      'FolderIterator.hasNext': 2,
      'FolderIterator.next': 1,
    });
  });

  test('save and reload keeps folders, files and their bytes', () => {
    const { ctx, DriveApp } = setup();
    const folder = DriveApp.createFolder('Отчёты');
    const file = folder.createFile(newBlob(ctx, [0, 255, 128, 10], 'application/octet-stream', 'bin'));
    const reloaded = new EmulatorContext(deserializeState(serializeState(ctx.state)));
    const drive = createDriveApp(reloaded);
    const again = drive.getFileById(file.getId());
    expect(again.getBlob().getBytes()).toEqual([0, -1, -128, 10]);
    expect(again.getDateCreated()).toEqual(new Date('2025-09-01T09:00:00Z'));
    expect(names(drive.getFolderById(folder.getId()).getFiles())).toEqual(['bin']);
  });
});

describe('Blob', () => {
  test('bytes, strings, names and types', () => {
    const { ctx } = setup();
    const blob = newBlob(ctx, 'Привет', 'text/plain', 'a.txt');
    expect(blob.getDataAsString()).toBe('Привет');
    expect(blob.getBytes()).toHaveLength(12);
    expect(blob.getBytes()[0]).toBe(-48); // 0xD0 as a Java signed byte
    const copy = blob.copyBlob().setName('b.txt');
    expect(blob.getName()).toBe('a.txt');
    expect(copy.getName()).toBe('b.txt');
    copy.setContentType('text/csv');
    expect(copy.getContentType()).toBe('text/csv');
    expect(blob.getAs('text/plain').getDataAsString()).toBe('Привет');
    expect(() => blob.getAs('application/pdf')).toThrow(NotEmulatedError);
    expect(newBlob(ctx, [-48, -97]).getDataAsString()).toBe('П');
    expect(newBlob(ctx, 'x', undefined, 'r.pdf').setContentTypeFromExtension().getContentType()).toBe(
      'application/pdf',
    );
    expect(newBlob(ctx, [0xcf], 'text/plain').getDataAsString('windows-1251')).toBe('П');
    expect(ctx.calls.get('Blob.getDataAsString')).toBeGreaterThan(0);
  });
});
