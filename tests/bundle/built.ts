import { join } from 'node:path';
import { Emulator } from '../../emulator';
import { loadScriptFile, type ScriptRuntime } from '../../emulator/runtime';
import type { ActionResult, Overview } from '../../src/api/types';
import { CONSENT_NO, CONSENT_YES } from '../../src/domain/forms/consent';
import { formDefinitions } from '../../src/domain/forms/definitions';
import { SCHOOL } from '../integration/fixture';

/**
 * The built add-on (dist/Code.js, what `clasp push` uploads) on a fresh emulated account: the public functions
 * are called by name, and form submissions reach it through the real form-submit trigger its setup created.
 */
const dist = join(__dirname, '..', '..', 'dist');

export interface BuiltAddOn {
  emulator: Emulator;
  script: ScriptRuntime;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  run(actionId: string, input?: string): ActionResult;
  overview(): Overview;
}

/** A fresh account on 15 Sep 2022 with the built add-on loaded in the open spreadsheet (not yet set up). */
export function bootBuilt(now = new Date(2022, 8, 15, 10, 0)): BuiltAddOn {
  const emulator = new Emulator();
  emulator.setNow(now);
  const ss = emulator.openNewSpreadsheet('Наставничество 2022/2023');
  const script = loadScriptFile(emulator, join(dist, 'Code.js'));
  return {
    emulator,
    script,
    ss,
    run: (id, input) => script.call('runAction', id, input) as ActionResult,
    overview: () => script.call('getOverview') as Overview,
  };
}

/** The built add-on set up by the curator, with the mentee and mentor questionnaires created. */
export function builtWithForms(now?: Date) {
  const addOn = bootBuilt(now);
  addOn.script.call('saveSetup', SCHOOL);
  addOn.run('form:mentee');
  addOn.run('form:mentor');
  const forms = Object.values(addOn.emulator.state.forms);
  const byTitle = (title: string) => forms.find((f) => f.title === title)!.id;
  return {
    ...addOn,
    menteeForm: byTitle('Анкета наставляемого'),
    mentorForm: byTitle('Анкета наставника'),
    sheet: (name: string) => addOn.ss.getSheetByName(name)!,
  };
}

const defs = formDefinitions();
/** Question titles by `form.key`, as the respondent sees them. */
export const Q = Object.fromEntries(
  Object.values(defs).flatMap((d) =>
    d.sections.flatMap((s) => s.questions.map((q) => [`${d.key}.${q.key}`, q.title])),
  ),
) as Record<string, string>;

export type Answers = Record<string, string | string[]>;

export function menteeAnswers(name: string, over: Record<string, string | string[]> = {}): Answers {
  return {
    [Q['mentee.fullName']]: name,
    [Q['mentee.position']]: 'Учитель',
    [Q['mentee.subjects']]: 'Русский язык',
    [Q['mentee.experienceYears']]: '1',
    [Q['mentee.category']]: 'без категории',
    [Q['mentee.youngTeacher']]: 'Да',
    [Q['mentee.requests']]: ['Работа с родителями'],
    [Q['mentee.format']]: 'очно',
    [Q['mentee.consentPd']]: CONSENT_YES,
    ...over,
  };
}

export function mentorAnswers(name: string, over: Record<string, string | string[]> = {}): Answers {
  return {
    [Q['mentor.fullName']]: name,
    [Q['mentor.position']]: 'Учитель',
    [Q['mentor.experienceYears']]: '20',
    [Q['mentor.category']]: 'высшая',
    [Q['mentor.competences']]: ['Работа с родителями'],
    [Q['mentor.capacity']]: '2',
    [Q['mentor.format']]: 'очно',
    [Q['mentor.consentPd']]: CONSENT_YES,
    [Q['mentor.consentMentor']]: CONSENT_YES,
    [Q['mentor.consentPublish']]: CONSENT_NO,
    ...over,
  };
}

/** The values of a sheet, header first. */
const valuesOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.getDataRange().getValues();

/** Rows of a sheet as {header: value}. */
export function rowsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): Record<string, unknown>[] {
  const [header, ...rows] = valuesOf(sheet);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** A value of Настройки by its key (e.g. 'form.mentee.refused'). */
export function setting(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string): unknown {
  return rowsOf(ss.getSheetByName('Настройки')!).find((r) => r['Ключ'] === key)?.['Значение'];
}

/** Journal lines whose action starts with the given text. */
export function journal(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  action = '',
): Record<string, unknown>[] {
  return rowsOf(ss.getSheetByName('Журнал')!).filter((r) => String(r['Действие']).startsWith(action));
}

/** Cells of the sheet that hold a formula. */
export function formulaCount(sheet: GoogleAppsScript.Spreadsheet.Sheet): number {
  return sheet
    .getDataRange()
    .getFormulas()
    .flat()
    .filter((f) => f !== '').length;
}
