import { ROADMAP_SEED } from '../../domain/roadmap/seed';
import { normalizeSettings, validateSettings, type Settings } from '../../domain/settings';
import { ensureSchema, openDatabase } from '../db/database';
import { UserFacingError } from '../errors';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';
import { writeSettings } from './settings';
import { ensureNumberingRows } from '../documents/numbering';
import { ensureTemplates } from '../documents/templates';
import { FORM_SUBMIT_HANDLER } from '../forms/create';
import { scheduleWeeklyCheck } from '../meetings/reminders';
import { triggerOwner, workbookTriggers } from './workbook-triggers';
import { assertCurator } from '../access/assert-curator';
import { seedRoadmapRows } from '../roadmap/seed-rows';
import { recordCurators } from '../access/curators';
import { isCuratorsOnly, ALL_SHEETS } from '../../domain/schema/sheets';
import { normalizeEmail } from '../../domain/format/values';

/** Names Google gives the first sheet of a new spreadsheet (Russian and English interface). */
const DEFAULT_SHEET_NAMES = ['Лист1', 'Sheet1'];

/**
 * The setup wizard's work: validate the settings, create or repair every sheet, save the settings, fill the
 * roadmap from the seed with this year's deadlines (only when it is empty: a curator's edits are kept), create
 * the document templates and the triggers. The questionnaires are created from their steps (one button each).
 * Safe to run twice. Returns Russian lines saying what was done.
 */
export function setupProgramme(ports: Ports, input: Settings): string[] {
  // Once curators are recorded only they may run setup; the first setup makes its author a curator.
  assertCurator(ports, 'setup');
  const me = normalizeEmail(ports.runtime.userEmail());
  const typed = normalizeSettings(input);
  const settings = { ...typed, curators: [...new Set([...typed.curators, me])] };
  const errors = validateSettings(settings);
  if (errors.length) throw new UserFacingError(errors.join('\n'));

  return ports.lock.withDocumentLock(() => {
    const messages = ensureSchema(ports);
    recordCurators(ports, settings.curators);
    if (!typed.curators.includes(me))
      messages.push(`Вы выполняете настройку и остаётесь куратором: ${me} добавлен в список кураторов.`);
    messages.push(...restrictSheets(ports, settings.curators));
    // The public page shows the workbook that was set up first; a curator may move it when publishing.
    if (!ports.page.boundSpreadsheetId()) ports.page.bindToThisSpreadsheet();
    // The empty first sheet of a new spreadsheet is of no use next to the programme's sheets.
    for (const name of DEFAULT_SHEET_NAMES)
      if (ports.sheets.deleteSheetIfEmpty(name)) messages.push(`Удалён пустой лист «${name}».`);
    writeSettings(ports, settings);
    messages.push('Настройки сохранены.');
    if (ensureNumberingRows(ports))
      messages.push(
        'На листе «Настройки» добавлены правила нумерации приказов: проверьте их по журналу регистрации.',
      );
    const seeded = seedRoadmap(ports, settings);
    if (seeded)
      messages.push(
        `Дорожная карта заполнена: ${seeded} мероприятий с ${settings.academicYearStart}/${settings.academicYearStart + 1} учебного года.`,
      );
    messages.push(...ensureTemplates(ports, settings));
    // The one form-submit trigger (answers) and the daily check (deadline digest, meeting reminders).
    const triggers = [
      workbookTriggers(ports).ensureFormSubmitTrigger(FORM_SUBMIT_HANDLER),
      scheduleWeeklyCheck(ports),
    ];
    const owner = triggerOwner(ports);
    if (triggers.some(Boolean))
      messages.push('Включены автоматические действия: приём анкет и ежедневная проверка сроков.');
    else if (owner !== ports.runtime.effectiveUserEmail())
      messages.push(`Приём анкет и ежедневная проверка уже выполняются от имени ${owner}.`);
    logAction(ports, 'Настройка программы', messages.join(' '));
    return messages;
  });
}

/** The sheets with personal data, settings, registers and the log: only the curators may edit them. */
function restrictSheets(ports: Ports, curators: readonly string[]): string[] {
  const names = ALL_SHEETS.filter(isCuratorsOnly).map((s) => s.name);
  for (const name of names)
    ports.sheets.restrictEditing(name, curators, `Лист «${name}» изменяют только кураторы программы`);
  return [`Изменять листы ${names.map((n) => `«${n}»`).join(', ')} могут только кураторы.`];
}

function seedRoadmap(ports: Ports, settings: Settings): number {
  const roadmap = openDatabase(ports).roadmap.load();
  if (roadmap.rows.length) return 0;
  for (const row of seedRoadmapRows(settings)) roadmap.insert(row);
  roadmap.save();
  return ROADMAP_SEED.length;
}
