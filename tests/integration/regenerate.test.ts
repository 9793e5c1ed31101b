/**
 * Issue 11.9: «Сформировать заново» offers today's date and the register's next number, or the former ones,
 * at the curator's choice; the deadlines inside the new order never precede its date.
 */
import { encodeFields } from '../../src/domain/text/action-input';
import { openDatabase } from '../../src/services/db/database';
import { buildOverview } from '../../src/services/overview/build-overview';
import { fileIdOf } from '../../src/services/documents/created-files';
import type { Ports } from '../../src/services/ports';
import { runCatalogAction } from '../../src/services/step-actions/catalog';
import type { UiPort } from '../../src/services/step-actions/step-action';
import { configuredWorkbook, workbookWithPairs } from './fixture';

const ui: UiPort = { activateSheet: () => true, showSetupDialog: () => undefined };
const CURATORS = 'Иванова Мария Петровна, заместитель директора по УВР';

const run = (ports: Ports, id: string, input = '') => runCatalogAction({ ports, ui }, id, input);
const rows = (ports: Ports) => openDatabase(ports).documents.load().rows;
const ruDate = (s: string) => {
  const [d, m, y] = s.split('.').map(Number);
  return new Date(y, m - 1, d).getTime();
};

function introducedOnSeptember15() {
  const wb = configuredWorkbook();
  wb.emulator.setNow(new Date(2022, 8, 15, 10, 0));
  run(wb.ports, 'documents:orderIntroduce', CURATORS);
  const row = rows(wb.ports).find((r) => r.kind === 'orderIntroduce')!;
  const text = (url: unknown) => wb.emulator.globals.DocumentApp.openById(fileIdOf(url)!).getBody().getText();
  return { ...wb, row, text };
}

describe('regenerating a document: its date and number', () => {
  it('offers the choice in the panel: the document, then today with a new number or the former ones', () => {
    const { ports } = introducedOnSeptember15();
    const action = runCatalogActionInput(ports);
    expect(action?.kind).toBe('fields');
    expect(action?.fields?.map((f) => f.name)).toEqual(['row', 'dating']);
    expect(action?.fields?.[1].options?.map((o) => o.value)).toEqual(['today', 'keep']);
  });

  it('today: the order takes today’s date and the next number; its deadlines follow the new date', () => {
    const { ports, emulator, row, text } = introducedOnSeptember15();
    expect(row.number).toBe('1');
    emulator.setNow(new Date(2022, 9, 8, 10, 0));
    const res = run(ports, 'documents:regenerate:1.2', encodeFields({ row: row.id, dating: 'today' }));
    const after = rows(ports).find((r) => r.id === row.id)!;
    expect(after.number).toBe('2');
    expect(after.date?.getDate()).toBe(8);
    expect(res.message).toBe(
      'Документ «Приказ о внедрении целевой модели наставничества» сформирован заново: № 2 от 08.10.2022. ' +
        'Прежний № 1 от 15.09.2022 отметьте в журнале регистрации как недействительный.',
    );
    const t = text(after.docUrl);
    expect(t).toMatch(/^08\.10\.2022\t№ 2/m);
    const deadlines = [...t.matchAll(/в срок до (\d\d\.\d\d\.\d{4})/g)].map((m) => m[1]);
    expect(deadlines.length).toBeGreaterThanOrEqual(3);
    expect(deadlines.filter((d) => ruDate(d) < ruDate('08.10.2022'))).toEqual([]);
    // The next order continues after the new number.
    run(ports, 'documents:orderApprove');
    expect(rows(ports).find((r) => r.kind === 'orderApprove')!.number).toBe('3');
  });

  it('keep: the former date and number stay (as a bare register code keeps them too)', () => {
    const { ports, emulator, row } = introducedOnSeptember15();
    emulator.setNow(new Date(2022, 9, 8, 10, 0));
    const res = run(ports, 'documents:regenerate:1.2', encodeFields({ row: row.id, dating: 'keep' }));
    expect(res.message).toContain('сформирован заново: № 1 от 15.09.2022.');
    run(ports, 'documents:regenerate:1.2', row.id);
    const after = rows(ports).find((r) => r.id === row.id)!;
    expect([after.number, after.date?.getDate(), after.date?.getMonth()]).toEqual(['1', 15, 8]);
  });

  it('a half-filled form gets a Russian message and changes nothing', () => {
    const { ports, row } = introducedOnSeptember15();
    expect(() => run(ports, 'documents:regenerate:1.2', encodeFields({ row: row.id }))).toThrow(
      'Выберите документ и то, как его датировать.',
    );
    expect(() =>
      run(ports, 'documents:regenerate:1.2', encodeFields({ row: row.id, dating: 'вчера' })),
    ).toThrow('Выберите документ');
    expect(rows(ports).find((r) => r.id === row.id)).toEqual(row);
  });

  it('a plan has no number: today changes only its date, and its activities start after it', () => {
    const wb = workbookWithPairs(1);
    wb.emulator.setNow(new Date(2022, 8, 20, 10, 0));
    run(wb.ports, 'documents:plans');
    const plan = rows(wb.ports).find((r) => r.kind === 'plan')!;
    wb.emulator.setNow(new Date(2022, 10, 25, 10, 0));
    const res = run(wb.ports, 'documents:regenerate:5.2', encodeFields({ row: plan.id, dating: 'today' }));
    expect(res.message).toMatch(/сформирован заново: от 25\.11\.2022\.$/);
    const after = rows(wb.ports).find((r) => r.id === plan.id)!;
    expect(after.number ?? '').toBe('');
    const t = wb.emulator.globals.DocumentApp.openById(fileIdOf(after.docUrl)!).getBody().getText();
    const dates = [...t.matchAll(/\tдо (\d\d\.\d\d\.\d{4})\t/g)].map((m) => m[1]);
    expect(dates[0]).toBe('20.12.2022');
    expect(dates.filter((d) => ruDate(d) < ruDate('25.11.2022'))).toEqual([]);
  });
});

/** The regenerate action's input as the panel receives it in the overview. */
function runCatalogActionInput(ports: Ports) {
  return buildOverview(ports)
    .stages.flatMap((s) => s.steps)
    .flatMap((s) => s.actions)
    .find((a) => a.id === 'documents:regenerate:1.2')?.input;
}
