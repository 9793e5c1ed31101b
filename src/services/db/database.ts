import {
  ALL_SHEETS,
  CONSENTS,
  DOCUMENTS,
  JOURNAL,
  MAILINGS,
  MEETINGS,
  MENTEES,
  MENTORS,
  MONITORING,
  PAIRS,
  PLANNED_MEETINGS,
  RANKING,
  ROADMAP,
  SETTINGS,
  TRAINING,
} from '../../domain/schema/sheets';
import { addedColumnsMessage, normalizeHeader } from '../../domain/table/columns';
import type { RowOf, SheetSchema } from '../../domain/schema/types';
import type { Ports } from '../ports';
import { Table } from './table';

/** The programme's tables, one per declared sheet. */
export function openDatabase(ports: Ports) {
  // Each table's rows are typed from its declaration (RowOf): a column's key and type say what a row holds.
  const t = <S extends SheetSchema>(schema: S) => new Table<RowOf<S>>(schema, ports.sheets, ports.runtime);
  return {
    settings: t(SETTINGS),
    roadmap: t(ROADMAP),
    mentees: t(MENTEES),
    mentors: t(MENTORS),
    pairs: t(PAIRS),
    meetings: t(MEETINGS),
    plannedMeetings: t(PLANNED_MEETINGS),
    training: t(TRAINING),
    documents: t(DOCUMENTS),
    journal: t(JOURNAL),
    mailings: t(MAILINGS),
    monitoring: t(MONITORING),
    ranking: t(RANKING),
    consents: t(CONSENTS),
  };
}

export type Database = ReturnType<typeof openDatabase>;

/**
 * Creates missing sheets and adds missing declared columns at the end of existing ones; safe to run twice.
 * Returns Russian lines saying what it did.
 */
export function ensureSchema(ports: Ports): string[] {
  const messages: string[] = [];
  const existing = new Set(ports.sheets.sheetNames());
  ALL_SHEETS.forEach((schema, index) => {
    if (!existing.has(schema.name)) {
      ports.sheets.createSheet(schema, index);
      messages.push(`Создан лист «${schema.name}».`);
      return;
    }
    const table = new Table(schema, ports.sheets, ports.runtime);
    const header = ports.sheets.readHeader(schema.name) ?? [];
    // A required column that was renamed is found by its key, so only truly absent columns are added.
    const present = new Set(
      table.check().length
        ? findPresentKeys(schema, header, ports.sheets.readColumnKeys(schema.name))
        : schema.columns.map((c) => c.key),
    );
    const absent = schema.columns.filter((c) => !present.has(c.key));
    if (absent.length) {
      // Rows already there get nothing in a restored column: the curator is told, once, what to do.
      const rows = Math.max(0, (ports.sheets.readValues(schema.name)?.length ?? 1) - 1);
      ports.sheets.addColumns(schema, absent);
      messages.push(addedColumnsMessage(schema, absent, rows));
    }
  });
  return messages;
}

function findPresentKeys(
  schema: (typeof ALL_SHEETS)[number],
  header: unknown[],
  keys: (string | null)[],
): string[] {
  const headers = header.map(normalizeHeader);
  return schema.columns
    .filter((c) => headers.includes(normalizeHeader(c.header)) || keys.includes(c.key))
    .map((c) => c.key);
}
