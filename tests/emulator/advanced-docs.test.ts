import { Emulator, NotEmulatedError } from '../../emulator';

function setup() {
  const emulator = new Emulator();
  emulator.install(globalThis);
  const g = emulator.globals;
  const docs = g.Docs as GoogleAppsScript.Docs;
  const drive = g.Drive as GoogleAppsScript.Drive;
  const doc = g.DocumentApp.create('Шаблон');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Приказ {{n}}');
  body.appendTable([
    ['№', 'ФИО'],
    ['{{#pairs}}{{i}}', '{{name}}{{/pairs}}'],
  ]);
  body.appendListItem('пункт');
  doc.saveAndClose();
  return { emulator, docs, drive, id: doc.getId(), g };
}

const texts = (d: GoogleAppsScript.Docs.Schema.Document) =>
  (d.body?.content ?? []).flatMap((e) =>
    e.paragraph
      ? [(e.paragraph.elements ?? []).map((x) => x.textRun?.content ?? '').join('')]
      : (e.table?.tableRows ?? []).map((r) =>
          (r.tableCells ?? [])
            .map((c) =>
              (c.content ?? []).map((p) => (p.paragraph?.elements ?? [])[0]?.textRun?.content).join(''),
            )
            .join('|'),
        ),
  );

describe('advanced Docs service (Docs API v1)', () => {
  it('page margins set through Body are read back, shown by the API in points, and kept by a copy', () => {
    const { docs, drive, id, g } = setup();
    const body = g.DocumentApp.openById(id).getBody();
    expect(body.getMarginLeft()).toBe(72);
    body.setMarginLeft(85.04).setMarginRight(28.35);
    expect(body.getMarginLeft()).toBe(85.04);
    expect(() => body.setMarginTop(-1)).toThrow(/Invalid argument/);
    expect(docs.Documents!.get(id).documentStyle).toEqual({
      marginLeft: { magnitude: 85.04, unit: 'PT' },
      marginRight: { magnitude: 28.35, unit: 'PT' },
    });
    const copy = drive.Files!.copy({ name: 'Копия' }, id).id!;
    expect(docs.Documents!.get(copy).documentStyle?.marginLeft?.magnitude).toBe(85.04);
  });

  it('get: a section break, then paragraphs and a table with contiguous UTF-16 indexes', () => {
    const { docs, id } = setup();
    const d = docs.Documents!.get(id);
    const content = d.body!.content!;
    expect(content[0].sectionBreak).toBeDefined();
    expect(content[0].endIndex).toBe(1);
    expect(content[1]).toMatchObject({ startIndex: 1, endIndex: 1 + 'Приказ {{n}}'.length + 1 });
    const table = content[2];
    expect(table.startIndex).toBe(content[1].endIndex);
    // Each index is taken once: the table's end is where the next element starts.
    expect(content[3].startIndex).toBe(table.endIndex);
    const row = table.table!.tableRows![1];
    expect(row.tableCells![0].startIndex).toBe(row.startIndex! + 1);
    expect(row.tableCells![0].content![0].startIndex).toBe(row.tableCells![0].startIndex! + 1);
    expect(content[3].paragraph!.bullet).toBeDefined();
  });

  it('batchUpdate applies requests in order: rows inserted below, text into their cells, text replaced', () => {
    const { docs, id } = setup();
    const row = docs.Documents!.get(id).body!.content![2].table!.tableRows![1];
    const tableStartLocation = { index: docs.Documents!.get(id).body!.content![2].startIndex };
    const res = docs.Documents!.batchUpdate(
      {
        requests: [
          { insertTableRow: { tableCellLocation: { tableStartLocation, rowIndex: 1 }, insertBelow: true } },
          { insertText: { location: { index: row.endIndex! + 4 }, text: 'Петров' } },
          { insertText: { location: { index: row.endIndex! + 2 }, text: '2' } },
          { replaceAllText: { containsText: { text: '{{n}}', matchCase: true }, replaceText: '7' } },
        ],
      },
      id,
    );
    expect(res.replies?.[3]).toEqual({ replaceAllText: { occurrencesChanged: 1 } });
    expect(texts(docs.Documents!.get(id))).toEqual([
      'Приказ 7\n',
      '№\n|ФИО\n',
      '{{#pairs}}{{i}}\n|{{name}}{{/pairs}}\n',
      '2\n|Петров\n',
      'пункт\n',
    ]);
  });

  it('a newline inserted into a paragraph splits it; both halves keep its bullet', () => {
    const { docs, id, g } = setup();
    const item = docs.Documents!.get(id).body!.content![3];
    docs.Documents!.batchUpdate(
      { requests: [{ insertText: { location: { index: item.startIndex! }, text: 'а\nб ' } }] },
      id,
    );
    const body = g.DocumentApp.openById(id).getBody();
    const n = body.getNumChildren();
    expect(body.getChild(n - 2).getType()).toBe(g.DocumentApp.ElementType.LIST_ITEM);
    expect(
      body
        .getChild(n - 2)
        .asListItem()
        .getText(),
    ).toBe('а');
    expect(
      body
        .getChild(n - 1)
        .asListItem()
        .getText(),
    ).toBe('б пункт');
  });

  it('is atomic: a request that fails leaves the document as it was', () => {
    const { docs, id } = setup();
    const before = JSON.stringify(docs.Documents!.get(id).body);
    expect(() =>
      docs.Documents!.batchUpdate(
        {
          requests: [
            { replaceAllText: { containsText: { text: '{{n}}', matchCase: true }, replaceText: '7' } },
            { insertText: { location: { index: 100000 }, text: 'x' } },
          ],
        },
        id,
      ),
    ).toThrow('insertion index');
    expect(JSON.stringify(docs.Documents!.get(id).body)).toBe(before);
  });

  it('refuses to delete the last newline of the body, as the API does', () => {
    const { docs, id } = setup();
    const last = docs.Documents!.get(id).body!.content!.at(-1)!;
    expect(() =>
      docs.Documents!.batchUpdate(
        {
          requests: [
            { deleteContentRange: { range: { startIndex: last.startIndex, endIndex: last.endIndex } } },
          ],
        },
        id,
      ),
    ).toThrow('newline character at the end of the segment');
  });

  it('what it cannot do exactly is not emulated', () => {
    const { docs, id } = setup();
    expect(() =>
      docs.Documents!.batchUpdate(
        { requests: [{ updateTextStyle: { fields: 'bold', textStyle: { bold: true } } }] },
        id,
      ),
    ).toThrow(NotEmulatedError);
    expect(() =>
      docs.Documents!.batchUpdate(
        { requests: [{ replaceAllText: { containsText: { text: 'пункт' }, replaceText: 'x' } }] },
        id,
      ),
    ).toThrow(NotEmulatedError);
  });
});

describe('advanced Drive service (Drive API v3)', () => {
  it('creates folders, copies a Doc into one, finds it by name, trashes it', () => {
    const { drive, id, emulator } = setup();
    const folder = drive.Files!.create({
      name: 'Папка',
      mimeType: 'application/vnd.google-apps.folder',
      parents: ['root'],
    });
    const copy = drive.Files!.copy({ name: "Приказ 'первый'", parents: [folder.id!] }, id);
    expect(copy.webViewLink).toBe(`https://docs.google.com/document/d/${copy.id}/edit`);
    expect(emulator.state.documents[copy.id!].body).toEqual(emulator.state.documents[id].body);
    const q = `name = 'Приказ \\'первый\\'' and '${folder.id}' in parents and trashed = false`;
    expect(drive.Files!.list({ q }).files?.map((f) => f.id)).toEqual([copy.id]);
    drive.Files!.update({ trashed: true }, copy.id!);
    expect(drive.Files!.list({ q }).files).toEqual([]);
    expect(drive.Files!.get(copy.id!).trashed).toBe(true);
  });

  it('uploads a Blob as a file in its folder', () => {
    const { drive, g } = setup();
    const blob = g.Utilities.newBlob('PDF', 'application/pdf', 'x.pdf');
    const file = drive.Files!.create({ name: 'Приказ.pdf', parents: ['root'] }, blob);
    expect(file).toMatchObject({ name: 'Приказ.pdf', mimeType: 'application/pdf' });
    expect(file.webViewLink).toContain(`/file/d/${file.id}/`);
  });

  it('an unknown id is an error, an unknown query term is not emulated', () => {
    const { drive } = setup();
    expect(() => drive.Files!.get('nope')).toThrow('File not found');
    expect(() => drive.Files!.list({ q: "fullText contains 'x'" })).toThrow(NotEmulatedError);
  });
});
