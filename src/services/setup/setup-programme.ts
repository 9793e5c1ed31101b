import { ROADMAP_SEED } from '../../domain/roadmap/seed';
import { normalizeSettings, validateSettings, type Settings } from '../../domain/settings';
import { ensureSchema, openDatabase } from '../db/database';
import { UserFacingError } from '../errors';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';
import { writeSettings } from './settings';
import { ensureTemplates } from '../documents/templates';
import { FORM_SUBMIT_HANDLER } from '../forms/create';
import { scheduleWeeklyCheck } from '../meetings/reminders';
import { assertCurator } from '../access/assert-curator';
import { seedRoadmapRows } from '../roadmap/seed-rows';

/** Names Google gives the first sheet of a new spreadsheet (Russian and English interface). */
const DEFAULT_SHEET_NAMES = ['Лист1', 'Sheet1'];

/**
 * The setup wizard's work: validate the settings, create or repair every sheet, save the settings, fill the
 * roadmap from the seed with this year's deadlines (only when it is empty: a curator's edits are kept), create
 * the document templates and the triggers. The questionnaires are created from their steps (one button each).
 * Safe to run twice. Returns Russian lines saying what was done.
 */
export function setupProgramme(ports: Ports, input: Settings): string[] {
  const settings = normalizeSettings(input);
  const errors = validateSettings(settings);
  if (errors.length) throw new UserFacingError(errors.join('\n'));
  assertCurator(ports);

  return ports.lock.withDocumentLock(() => {
    const messages = ensureSchema(ports);
    // The empty first sheet of a new spreadsheet is of no use next to the programme's sheets.
    for (const name of DEFAULT_SHEET_NAMES)
      if (ports.sheets.deleteSheetIfEmpty(name)) messages.push(`Удалён пустой лист «${name}».`);
    writeSettings(ports, settings);
    messages.push('Настройки сохранены.');
    const seeded = seedRoadmap(ports, settings);
    if (seeded)
      messages.push(
        `Дорожная карта заполнена: ${seeded} мероприятий с ${settings.academicYearStart}/${settings.academicYearStart + 1} учебного года.`,
      );
    messages.push(...ensureTemplates(ports, settings));
    // The one form-submit trigger (answers) and the daily check (deadline digest, meeting reminders).
    const triggers = [
      ports.triggers.ensureFormSubmitTrigger(FORM_SUBMIT_HANDLER),
      scheduleWeeklyCheck(ports),
    ];
    if (triggers.some(Boolean))
      messages.push('Включены автоматические действия: приём анкет и ежедневная проверка сроков.');
    logAction(ports, 'Настройка программы', messages.join(' '));
    return messages;
  });
}

function seedRoadmap(ports: Ports, settings: Settings): number {
  const roadmap = openDatabase(ports).roadmap.load();
  if (roadmap.rows.length) return 0;
  for (const row of seedRoadmapRows(settings)) roadmap.insert(row);
  roadmap.save();
  return ROADMAP_SEED.length;
}
