import { FORM_KEYS } from '../../domain/forms/definitions';
import type { FormKey } from '../../domain/forms/types';
import { FORMS_FOR_READING } from './definitions';
import type { FormHandle, Ports } from '../ports';
import { readRegistry, writeRegistry, type RegistryEntry } from '../setup/registry';

/** Where each questionnaire lives, kept in Настройки as 'form.<key>.*' rows. */
export interface FormRecord extends FormHandle {
  /** Response sheets of earlier copies of the form (re-created after it was deleted): still read on rebuild. */
  oldSheetIds: number[];
  /** Answers that came without consent: counted, their content erased. */
  refused: number;
}

/** A questionnaire's name in Настройки, the journal and the sidebar: its title, as the teachers see it. */
export function formLabel(key: FormKey): string {
  return FORMS_FOR_READING[key].title;
}

export function readFormRecords(ports: Ports): Partial<Record<FormKey, FormRecord>> {
  const reg = readRegistry(ports, 'form.');
  const out: Partial<Record<FormKey, FormRecord>> = {};
  for (const key of FORM_KEYS) {
    const p = `form.${key}.`;
    if (!reg[`${p}id`]) continue;
    out[key] = {
      formId: reg[`${p}id`],
      editUrl: reg[`${p}editUrl`] ?? '',
      publishedUrl: reg[`${p}url`] ?? '',
      shortUrl: reg[`${p}shortUrl`] ?? '',
      sheetId: Number(reg[`${p}sheetId`]),
      sheetName: reg[`${p}sheetName`] ?? '',
      oldSheetIds: (reg[`${p}oldSheetIds`] ?? '').split(',').filter(Boolean).map(Number),
      refused: Number(reg[`${p}refused`] ?? 0) || 0,
    };
  }
  return out;
}

export function writeFormRecord(ports: Ports, key: FormKey, r: FormRecord): void {
  const label = formLabel(key);
  const e = (k: string, l: string, v: string | number): RegistryEntry => ({
    key: `form.${key}.${k}`,
    label: `${label}: ${l}`,
    value: String(v),
  });
  writeRegistry(ports, [
    e('id', 'идентификатор формы', r.formId),
    e('editUrl', 'редактирование', r.editUrl),
    e('url', 'ссылка для ответов', r.publishedUrl),
    e('shortUrl', 'короткая ссылка', r.shortUrl),
    e('sheetId', 'лист ответов (номер)', r.sheetId),
    e('sheetName', 'лист ответов', r.sheetName),
    e('oldSheetIds', 'прежние листы ответов', r.oldSheetIds.join(',')),
    e('refused', 'ответов без согласия', r.refused),
  ]);
}

/** Which questionnaire a response sheet belongs to (current or earlier copy). */
export function formBySheet(records: Partial<Record<FormKey, FormRecord>>, sheetId: number): FormKey | null {
  for (const [key, r] of Object.entries(records) as [FormKey, FormRecord][]) {
    if (r.sheetId === sheetId || r.oldSheetIds.includes(sheetId)) return key;
  }
  return null;
}
