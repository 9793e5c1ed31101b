import {
  parseYearRule,
  SERIES_LABEL,
  YEAR_RULE_TEXT,
  type NumberingRules,
  type Series,
} from '../../domain/documents/numbering';
import type { Settings } from '../../domain/settings';
import { openDatabase } from '../db/database';
import type { Ports } from '../ports';
import { readRegistry, writeRegistry, type RegistryEntry } from '../setup/registry';

/**
 * The numbering rules a curator keeps in Настройки, beside the settings: the next number per series when the
 * paper journal is ahead, the staff series' suffix, and when numbers restart. Setup adds the rows (empty) so a
 * curator sees them; the main series' suffix is the setup dialog's «Окончание номера приказа».
 */

const PREFIX = 'numbering.';

const NUMBERING_KEYS = {
  next: (s: Series) => `${PREFIX}${s}.next`,
  staffSuffix: `${PREFIX}staff.suffix`,
  yearRule: `${PREFIX}yearRule`,
} as const;

function rowsToAdd(): RegistryEntry[] {
  return [
    {
      key: NUMBERING_KEYS.next('main'),
      label: `Приказы ${SERIES_LABEL.main}: следующий номер по журналу регистрации (если пусто — продолжается лист «Документы»)`,
      value: '',
    },
    {
      key: NUMBERING_KEYS.next('staff'),
      label: `Приказы ${SERIES_LABEL.staff}: следующий номер по журналу регистрации (если пусто — продолжается лист «Документы»)`,
      value: '',
    },
    {
      key: NUMBERING_KEYS.staffSuffix,
      label: `Приказы ${SERIES_LABEL.staff}: окончание номера (например, «-к»)`,
      value: '',
    },
    {
      key: NUMBERING_KEYS.yearRule,
      label: `Нумерация приказов начинается заново: ${Object.values(YEAR_RULE_TEXT).join(' / ')}`,
      value: YEAR_RULE_TEXT.calendar,
    },
  ];
}

/** Adds the numbering rows a sheet lacks; a curator's values are never overwritten. Returns what was added. */
export function ensureNumberingRows(ports: Ports): number {
  const existing = readRegistry(ports, PREFIX);
  const missing = rowsToAdd().filter((e) => !(e.key in existing));
  if (missing.length) writeRegistry(ports, missing);
  return missing.length;
}

const asNumber = (text: string | undefined) => {
  const n = parseInt(String(text ?? '').trim(), 10);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export function readNumberingRules(ports: Ports, settings: Settings): NumberingRules {
  const reg = readRegistry(ports, PREFIX);
  const next: NumberingRules['next'] = {};
  for (const s of ['main', 'staff'] as const) {
    const n = asNumber(reg[NUMBERING_KEYS.next(s)]);
    if (n !== undefined) next[s] = n;
  }
  return {
    yearRule: parseYearRule(reg[NUMBERING_KEYS.yearRule]),
    suffix: {
      main: settings.orderNumberSuffix ?? '',
      staff: reg[NUMBERING_KEYS.staffSuffix] ?? '',
      agreement: '',
    },
    next,
  };
}

/** A set next number is used once: cleared after the order that took it, so the register leads again. */
export function clearUsedNextNumbers(ports: Ports, series: readonly Series[]): void {
  if (!series.length) return;
  const table = openDatabase(ports).settings.load();
  for (const s of series)
    if (table.find(NUMBERING_KEYS.next(s))) table.update(NUMBERING_KEYS.next(s), { value: '' });
  table.save();
}
