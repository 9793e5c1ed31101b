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
  /**
   * The content fingerprint of every response row already handled, by sheet id and row ('123:4'): the lasting
   * de-duplication record (a cache forgets after at most 6 hours, a re-delivered event may come later). Only
   * hashes, no personal data.
   */
  handled: Record<string, string>;
}

const HANDLED_SEPARATOR = ' ';
const HANDLED_LABEL = 'обработанные ответы (служебное, без персональных данных)';

function parseHandled(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of text.split(HANDLED_SEPARATOR)) {
    const at = item.lastIndexOf('=');
    if (at > 0) out[item.slice(0, at)] = item.slice(at + 1);
  }
  return out;
}

function formatHandled(handled: Record<string, string>): string {
  return Object.entries(handled)
    .map(([k, v]) => `${k}=${v}`)
    .join(HANDLED_SEPARATOR);
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
      handled: parseHandled(reg[`${p}handled`] ?? ''),
      verifiedEmail: reg[`${p}verified`] === 'да',
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
    e('handled', HANDLED_LABEL, formatHandled(r.handled)),
    e('verified', 'адреса подтверждены Google (да/нет)', r.verifiedEmail ? 'да' : 'нет'),
  ]);
}

/** Records that a response row was handled with this content (and a refusal, if it was one): one write. */
export function recordHandled(
  ports: Ports,
  key: FormKey,
  r: FormRecord,
  rowKey: string,
  fingerprint: string,
  refusal: boolean,
): void {
  const label = formLabel(key);
  const handled = { ...r.handled, [rowKey]: fingerprint };
  writeRegistry(ports, [
    {
      key: `form.${key}.handled`,
      label: `${label}: ${HANDLED_LABEL}`,
      value: formatHandled(handled),
    },
    ...(refusal
      ? [
          {
            key: `form.${key}.refused`,
            label: `${label}: ответов без согласия`,
            value: String(r.refused + 1),
          },
        ]
      : []),
  ]);
}

/** Which questionnaire a response sheet belongs to (current or earlier copy). */
export function formBySheet(records: Partial<Record<FormKey, FormRecord>>, sheetId: number): FormKey | null {
  for (const [key, r] of Object.entries(records) as [FormKey, FormRecord][]) {
    if (r.sheetId === sheetId || r.oldSheetIds.includes(sheetId)) return key;
  }
  return null;
}
