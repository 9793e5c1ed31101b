/**
 * Issue 10.10: regenerating a document trashes only a file the add-on recorded making for that register row;
 * a link edited in Документы never makes it trash anything else. Driven through the built add-on.
 */
import { setUpSchool, type Attack } from './harness';

const CURATORS_INPUT = 'Иванова Мария Петровна, заместитель директора по УВР';

function orderRow(a: Attack) {
  a.run('documents:orderIntroduce', CURATORS_INPUT);
  return a
    .db()
    .documents.load()
    .rows.find((r) => r.kind === 'orderIntroduce')!;
}

const trashed = (a: Attack, id: string) => a.emulator.state.drive.files[id]?.trashed === true;

describe('10.10 regenerating a document', () => {
  it('trashes the old Doc and PDF the add-on made for the row (2 files)', () => {
    const a = setUpSchool();
    const row = orderRow(a);
    const ids = [row.docUrl, row.pdfUrl].map((u) => /\/d\/([^/?#]+)/.exec(String(u))![1]);
    a.run('documents:regenerate:1.2', row.id);
    expect(ids.filter((id) => trashed(a, id))).toHaveLength(2);
  });

  it('a link edited in Документы to another file trashes nothing of it (0 foreign files)', () => {
    const a = setUpSchool();
    const row = orderRow(a);
    // Files the curator keeps in Drive that have nothing to do with the add-on.
    const personal = DocumentApp.create('Личное дело Смирновой О.В.');
    const other = DocumentApp.create('Протокол педсовета');
    const register = a.db().documents.load();
    register.update(row.id, { docUrl: personal.getUrl(), pdfUrl: other.getUrl() });
    register.save();
    a.run('documents:regenerate:1.2', row.id);
    expect([personal.getId(), other.getId()].filter((id) => trashed(a, id))).toEqual([]);
    // The register row got a new document all the same.
    const after = a.db().documents.load().find(row.id)!;
    expect(String(after.docUrl)).not.toContain(personal.getId());
    expect(after.status).toBe('готов');
  });

  it('a link to another register row’s file trashes nothing either', () => {
    const a = setUpSchool();
    const first = orderRow(a);
    a.run('documents:orderFinalEvent', '25.05.2023');
    const second = a
      .db()
      .documents.load()
      .rows.find((r) => r.kind === 'orderFinalEvent');
    if (!second) return; // the final-event order needs nothing else: when it exists it must survive
    const register = a.db().documents.load();
    register.update(first.id, { docUrl: second.docUrl });
    register.save();
    a.run('documents:regenerate:1.2', first.id);
    const secondDoc = /\/d\/([^/?#]+)/.exec(String(second.docUrl))![1];
    expect(trashed(a, secondDoc)).toBe(false);
  });
});
