import type { FormKey } from '../../domain/forms/types';
import { UserFacingError } from '../errors';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';
import { isConfigured } from '../../domain/settings';
import { readSettings } from '../setup/settings';
import { schoolForm } from './definitions';
import { formLabel, readFormRecords, writeFormRecord, type FormRecord } from './registry';
import { workbookTriggers } from '../setup/workbook-triggers';
import { quoted } from '../../domain/format/quotes';

/** The handler name of the spreadsheet's one form-submit trigger (a top-level function in server.ts). */
export const FORM_SUBMIT_HANDLER = 'onFormSubmit';

export interface FormCreated {
  record: FormRecord;
  created: boolean;
  /** Russian message to send to teachers, with the link. */
  invitation: string;
}

/**
 * Creates the questionnaire or, when it exists, brings it in line with its definition without touching its
 * responses. A form deleted from Drive is created again; its old response sheet keeps counting on rebuild.
 */
export function createOrUpdateForm(ports: Ports, key: FormKey): FormCreated {
  if (!isConfigured(readSettings(ports)))
    throw new UserFacingError('Сначала настройте программу: в анкетах нужно название школы.');
  const def = schoolForm(ports, key);
  return ports.lock.withDocumentLock(() => {
    const existing = readFormRecords(ports)[key];
    let record: FormRecord;
    let created = false;
    const updated = existing ? ports.forms.update(existing.formId, def) : null;
    if (existing && updated) {
      record = { ...existing, ...updated };
    } else {
      const handle = ports.forms.create(def);
      created = true;
      record = {
        ...handle,
        oldSheetIds: existing ? [...existing.oldSheetIds, existing.sheetId] : [],
        refused: existing?.refused ?? 0,
        handled: existing?.handled ?? {},
      };
    }
    writeFormRecord(ports, key, record);
    workbookTriggers(ports).ensureFormSubmitTrigger(FORM_SUBMIT_HANDLER);
    logAction(ports, created ? 'Создана анкета' : 'Обновлена анкета', `${formLabel(key)}: ${record.editUrl}`);
    return { record, created, invitation: invitation(def.title, record.shortUrl || record.publishedUrl) };
  });
}

function invitation(title: string, url: string): string {
  return [
    'Уважаемые коллеги!',
    `В школе реализуется целевая модель наставничества. Просим заполнить анкету ${quoted(title)} до конца недели: ${url}`,
    'Анкета занимает около 5 минут. Ответы используются только для организации программы наставничества.',
  ].join('\n');
}
