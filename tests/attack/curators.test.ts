/**
 * Issue 10.6: curators are decided by setup, not by a cell. Driven through the built add-on.
 */
import { ALL_SHEETS, isCuratorsOnly } from '../../src/domain/schema/sheets';
import type { SetupForm } from '../../src/api/types';
import { SCHOOL } from '../integration/fixture';
import { CURATOR, INTRUDER, setUpSchool, type Attack } from './harness';

/** The «Кураторы» cell of Настройки. */
function curatorsCell(a: Attack) {
  const sheet = a.ss.getSheetByName('Настройки')!;
  const row = sheet
    .getDataRange()
    .getValues()
    .findIndex((r) => r[0] === 'curators');
  return sheet.getRange(row + 1, 3);
}

/** Stage actions an intruder manages to run (the withdrawal among them). */
function intruderActions(a: Attack): number {
  a.as(INTRUDER);
  let ran = 0;
  for (const id of ['intake:withdraw', 'openSheet:2.2:Наставляемые', 'roadmap:done:1.4']) {
    if (a.failure(() => a.run(id, id === 'intake:withdraw' ? 'anna@school.example' : 'протокол')) === null)
      ran++;
  }
  a.as(CURATOR);
  return ran;
}

describe('10.6 curators are decided by setup, not by a cell', () => {
  it('an editor who gets their e-mail into «Кураторы» runs no stage action (0 of 3)', () => {
    const a = setUpSchool();
    a.as(INTRUDER);
    // The sheet is protected for real: the intruder cannot type into it...
    expect(a.failure(() => curatorsCell(a).setValue(INTRUDER))).toContain('protected');
    // ...and a copy that says otherwise (the owner typed it) changes nothing.
    a.as(CURATOR);
    curatorsCell(a).setValue(`${CURATOR}, ${INTRUDER}`);
    expect(intruderActions(a)).toBe(0);
  });

  it('clearing the list lets no editor in (0 of 3), and the curator keeps working', () => {
    const a = setUpSchool();
    curatorsCell(a).setValue('');
    expect(intruderActions(a)).toBe(0);
    expect(a.failure(() => a.run('openSheet:2.2:Наставляемые'))).toBeNull();
  });

  it('a non-curator cannot run setup to make themselves curator; the curators stay as setup recorded', () => {
    const a = setUpSchool();
    curatorsCell(a).setValue(''); // the copy emptied: no longer «before the first setup»
    a.as(INTRUDER);
    const refusal = a.failure(() => a.script.call('saveSetup', { ...SCHOOL, curators: [INTRUDER] }));
    expect(refusal).toContain('Действия программы выполняют кураторы');
    a.as(CURATOR);
    expect((a.script.call('getSetupForm') as SetupForm).curators).toEqual([CURATOR]);
    expect(intruderActions(a)).toBe(0);
  });

  it('the first setup makes the person running it a curator, even when the form lists someone else', () => {
    const a = setUpSchool({ setup: false });
    a.as(INTRUDER); // an editor sets the programme up first
    a.script.call('saveSetup', { ...SCHOOL, curators: [CURATOR] });
    expect((a.script.call('getSetupForm') as SetupForm).curators.sort()).toEqual([CURATOR, INTRUDER]);
    // Before any setup no stage action ran for anyone (no recorded curators is not «everyone»).
    const fresh = setUpSchool({ setup: false });
    expect(fresh.failure(() => fresh.run('intake:withdraw', 'anna@school.example'))).toContain(
      'не настроена',
    );
  });

  it('settings, registers, the log and every personal-data sheet refuse an editor who is not a curator', () => {
    const a = setUpSchool();
    const guarded = ALL_SHEETS.filter(isCuratorsOnly).map((s) => s.name);
    expect(guarded).toEqual(
      expect.arrayContaining(['Настройки', 'Документы', 'Журнал', 'Рассылки', 'Наставляемые', 'Наставники']),
    );
    a.as(INTRUDER);
    const writable = guarded.filter(
      (name) => a.failure(() => a.ss.getSheetByName(name)!.getRange('B2').setValue('x')) === null,
    );
    expect(writable).toEqual([]); // before: every personal-data sheet (warning-only) and all three others
    // The curator still writes them (the form-submit trigger runs as the curator who set it up).
    a.as(CURATOR);
    expect(a.failure(() => a.ss.getSheetByName('Журнал')!.getRange('B2').setValue('x'))).toBeNull();
    // The protection is real, not a warning, and lists the curators only (besides the owner).
    const protection = a.ss
      .getSheetByName('Наставники')!
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    expect(protection.isWarningOnly()).toBe(false);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([CURATOR]);
  });

  it('a second curator added by setup may act, and setup re-applies the protection to them', () => {
    const a = setUpSchool();
    a.script.call('saveSetup', { ...SCHOOL, curators: [CURATOR, INTRUDER] });
    expect(intruderActions(a)).toBeGreaterThan(0);
    a.as(INTRUDER);
    expect(a.failure(() => a.ss.getSheetByName('Наставники')!.getRange('B2').setValue('x'))).toBeNull();
  });
});
