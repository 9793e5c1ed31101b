import { recordFromRow, parseResponse } from '../../domain/forms/answers';
import { capitalised, counted } from '../../domain/format/ru';
import type { Ports } from '../ports';
import { FORMS_FOR_READING } from './definitions';
import { readFormRecords } from './registry';

export interface PrelimSummary {
  answers: number;
  byRole: Record<string, number>;
  byDirection: [string, number][];
}

/** Stage 1.3: the preliminary requests counted by role and direction, for the administrative meeting. */
export function summarizePrelim(ports: Ports): PrelimSummary | null {
  const record = readFormRecords(ports).prelim;
  if (!record) return null;
  const def = FORMS_FOR_READING.prelim;
  const summary: PrelimSummary = { answers: 0, byRole: {}, byDirection: [] };
  const directions = new Map<string, number>();
  for (const sheetId of [...record.oldSheetIds, record.sheetId]) {
    const sheet = ports.responses.read(sheetId);
    if (!sheet) continue;
    const [header, ...rows] = sheet.values;
    for (const row of rows) {
      const parsed = parseResponse(def, recordFromRow(header ?? [], row));
      const role = String(parsed.values.role ?? '');
      if (!role) continue;
      summary.answers++;
      summary.byRole[role] = (summary.byRole[role] ?? 0) + 1;
      for (const d of (parsed.values.directions as string[] | null) ?? [])
        directions.set(d, (directions.get(d) ?? 0) + 1);
    }
  }
  summary.byDirection = [...directions].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ru'));
  return summary;
}

export function summaryLines(s: PrelimSummary): string[] {
  return [
    `${capitalised(counted(s.answers, ['получен', 'получены', 'получено'], ['ответ', 'ответа', 'ответов']))}.`,
    ...Object.entries(s.byRole).map(([role, n]) => `${role}: ${n}`),
    ...(s.byDirection.length ? ['Направления по числу заинтересованных:'] : []),
    ...s.byDirection.map(([d, n]) => `— ${d}: ${n}`),
  ];
}
