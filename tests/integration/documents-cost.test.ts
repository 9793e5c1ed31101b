import { LETTER, PLAN } from '../../src/domain/documents/plan-letter';
import { ORDER_PAIRS } from '../../src/domain/documents/orders';
import { openDatabase } from '../../src/services/db/database';
import { generateDocuments } from '../../src/services/documents/generate';
import { targetsFor } from '../../src/services/documents/targets';
import { configuredWorkbook } from './fixture';

/**
 * What a document costs in service calls (each a round trip in Apps Script) and in emulated (Node) time.
 * The figures are printed for the issue notes and bounded here so that a regression shows.
 */
function seed(n: number) {
  const wb = configuredWorkbook();
  const db = openDatabase(wb.ports);
  const mentors = db.mentors.append(
    Array.from({ length: n }, (_, i) => ({
      fullName: `Наставникова Ольга Викторовна${i}`,
      position: 'учитель',
      email: `m${i}@school.example`,
      status: 'в паре',
    })),
  );
  const mentees = db.mentees.append(
    Array.from({ length: n }, (_, i) => ({
      fullName: `Учеников Илья Романович${i}`,
      position: 'учитель',
      email: `t${i}@school.example`,
      status: 'в паре',
      requests: 'Работа с родителями; Подготовка к аттестации',
    })),
  );
  db.pairs.append(
    mentors.map((m, i) => ({ mentorId: m.id, menteeIds: mentees[i].id, kind: 'пара', status: 'утверждена' })),
  );
  return wb;
}

describe('cost of a document', () => {
  it.each([
    ['plan', PLAN, 10, 180],
    ['letter', LETTER, 10, 50],
    // «С приказом ознакомлены» adds a repeated row per participant: 40 here (20 mentors, 20 mentees), ~3 calls each.
    ['orderPairs', ORDER_PAIRS, 1, 460],
  ] as const)('%s', (_name, decl, n, bound) => {
    const wb = seed(decl === ORDER_PAIRS ? 20 : n);
    const limits = { maxDocs: 100, maxMillis: 1e9, clock: () => 0 };
    // First call of a batch: template check, folder, register reservation (fixed cost) plus n documents.
    wb.emulator.calls.reset();
    const started = performance.now();
    const res = generateDocuments(wb.ports, decl, targetsFor(wb.ports, decl, ''), limits);
    const ms = performance.now() - started;
    const calls = wb.emulator.calls;
    const docCalls =
      calls.sum('Document') +
      calls.sum('Body') +
      calls.sum('Paragraph') +
      calls.sum('ListItem') +
      calls.sum('Table') +
      calls.sum('Text') +
      calls.sum('RangeElement') +
      calls.sum('DocumentApp');
    const driveCalls = calls.sum('DriveApp') + calls.sum('File') + calls.sum('Folder') + calls.sum('Blob');
    const sheetCalls = calls.total() - docCalls - driveCalls;
    const perDoc = calls.total() / res.made.length;
    console.log(
      `${_name}: ${res.made.length} docs, ${calls.total()} calls (${perDoc.toFixed(1)}/doc: docs ${docCalls}, drive ${driveCalls}, sheets ${sheetCalls}), ${(ms / res.made.length).toFixed(1)} ms/doc emulated`,
      JSON.stringify(calls.snapshot()),
    );
    expect(res.made.length).toBe(decl === ORDER_PAIRS ? 1 : n);
    expect(perDoc).toBeLessThan(bound);
  });
});
