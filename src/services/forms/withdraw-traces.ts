import { declineName, type GrammaticalCase } from '../../domain/format/names';
import { shortName } from '../../domain/format/ru';
import { ALL_SHEETS, DOCUMENTS, MENTEES, MENTORS } from '../../domain/schema/sheets';
import type { Row, SheetSchema } from '../../domain/schema/types';
import { templateOf } from '../../domain/documents/templates';
import type { DOCUMENT_KINDS } from '../../domain/documents/kinds';
import { formatDate } from '../../domain/format/ru';
import { isDate } from '../../domain/format/values';
import { Table } from '../db/table';
import { fileIdOf } from '../documents/created-files';
import { forgetCreatedFiles, trashCreatedFile } from '../documents/created-files';
import type { Ports } from '../ports';

/** What a withdrawn person's name or e-mail is replaced with wherever it was written. */
const ERASED = '[данные удалены]';

const CASES: readonly GrammaticalCase[] = [
  'genitive',
  'dative',
  'accusative',
  'instrumental',
  'prepositional',
];

/** Every form in which the add-on may have written the person: full and short name in every case, e-mail. */
export function traceVariants(fullName: string, email: string): string[] {
  const names = fullName.trim() ? [fullName, ...CASES.map((c) => declineName(fullName, c))] : [];
  const all = [...names, ...names.map(shortName), email].filter((s) => s.trim().length > 3);
  // Longest first, so «Смирновой Ольги Викторовны» goes before a shorter form inside it.
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/**
 * One pattern for every variant, longest first, so «Смирновой Ольги Викторовны» goes before a shorter form
 * inside it: one pass per cell whatever the number of people (closing a year scrubs them all at once).
 */
function scrubber(variants: readonly string[]): (text: string) => string {
  const sorted = [...variants].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(sorted.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  return (text) => text.replace(pattern, ERASED);
}

export interface TraceReport {
  /** Sheet name → cells in which the name or e-mail was replaced. */
  sheets: Record<string, number>;
  /** Generated files that named the person and went to the trash. */
  trashed: string[];
  /** What still names the person, where, and why it is kept (Russian lines for the curator). */
  retained: string[];
}

/**
 * After a withdrawal: removes the person's name and e-mail from every sheet of the programme (the bases are
 * anonymised before), trashes the generated Docs and PDFs that name them (plans, letters, reports) when the
 * add-on made them, and keeps orders: a signed order is a record the school must keep for the term of its
 * nomenclature of files, which the consent text names. Returns exactly what was done and what remains.
 */
export function eraseTraces(
  ports: Ports,
  person: { ids: readonly string[]; fullNames: readonly string[]; email: string },
  pairIds: readonly string[],
): TraceReport {
  const variants = [...new Set(person.fullNames.flatMap((n) => traceVariants(n, person.email)))].sort(
    (a, b) => b.length - a.length,
  );
  const report: TraceReport = { sheets: {}, trashed: [], retained: [] };
  if (!variants.length) return report;
  const concerned = new Set([...person.ids, ...pairIds]);
  handleDocuments(ports, variants, concerned, report);
  for (const schema of ALL_SHEETS) {
    if (schema === MENTEES || schema === MENTORS) continue; // anonymised as a whole
    const cells = scrubSheet(ports, schema, variants);
    if (cells) report.sheets[schema.name] = (report.sheets[schema.name] ?? 0) + cells;
  }
  return report;
}

/** Replaces the name and e-mail variants in the sheet's text cells (one read, one write); returns the cells. */
export function scrubSheet(ports: Ports, schema: SheetSchema, variants: readonly string[]): number {
  const table = new Table<Row>(schema, ports.sheets, ports.runtime).loadIfExists();
  if (!table || !variants.length) return 0;
  const scrub = scrubber(variants);
  const textual = schema.columns.filter((c) => c.type === 'text' || c.type === 'email');
  let cells = 0;
  for (const row of table.rows) {
    const patch: Row = { id: row.id };
    for (const column of textual) {
      const value = row[column.key];
      if (typeof value !== 'string' || !value) continue;
      const next = scrub(value);
      if (next !== value) {
        patch[column.key] = next;
        cells++;
      }
    }
    if (Object.keys(patch).length > 1) table.update(row.id, patch);
  }
  table.save();
  return cells;
}

/** Register rows about the person: their files go to the trash, unless the document is an order. */
function handleDocuments(
  ports: Ports,
  variants: readonly string[],
  concerned: ReadonlySet<string>,
  report: TraceReport,
): void {
  const table = new Table<Row>(DOCUMENTS, ports.sheets, ports.runtime).loadIfExists();
  if (!table) return;
  const forget: string[] = [];
  for (const row of table.rows) {
    const links = [row.docUrl, row.pdfUrl].map(fileIdOf).filter((id): id is string => !!id);
    if (!links.length) continue;
    const about =
      concerned.has(String(row.subjectId ?? '')) ||
      variants.some((v) =>
        String(row.subject ?? '')
          .toLowerCase()
          .includes(v.toLowerCase()),
      ) ||
      namesInText(ports, links[0], variants);
    if (!about) continue;
    const label = `${String(row.type)}${row.number ? ` № ${String(row.number)}` : ''}${
      isDate(row.date) ? ` от ${formatDate(row.date)}` : ''
    }`;
    if (isDestructionRecord(row)) {
      report.retained.push(
        `${label} (лист «${DOCUMENTS.name}», строка ${row.id}) — подтверждение уничтожения персональных данных, хранится три года (приказ Роскомнадзора от 28.10.2022 № 179).`,
      );
      continue;
    }
    if (isOrder(row)) {
      report.retained.push(
        `${label} (лист «${DOCUMENTS.name}», строка ${row.id}: документ и PDF) — приказ хранится как документ школы в сроки номенклатуры дел, как сказано в согласии.`,
      );
      continue;
    }
    const gone = links.filter((id) => trashCreatedFile(ports, id, row.id));
    forget.push(...gone);
    if (gone.length) {
      report.trashed.push(label);
      table.update(row.id, { docUrl: null, pdfUrl: null, status: '' });
    }
    if (gone.length < links.length)
      report.retained.push(
        `${label} (лист «${DOCUMENTS.name}», строка ${row.id}) — файл создан не надстройкой или перенесён: удалите его вручную.`,
      );
  }
  table.save();
  forgetCreatedFiles(ports, forget);
}

/** A signed order: kept for the term of the school's nomenclature of files, as the consent text says. */
export function isOrder(row: Row): boolean {
  try {
    return templateOf(String(row.kind) as keyof typeof DOCUMENT_KINDS).series !== null;
  } catch {
    return /^приказ/i.test(String(row.type ?? ''));
  }
}

/**
 * The act of destruction and its log export (made by the year's close, naming everyone whose data it deleted):
 * the record the law requires of a deletion, never trashed by a later withdrawal.
 */
function isDestructionRecord(row: Row): boolean {
  return row.kind === 'destructionAct' || row.kind === 'destructionLog';
}

/** Whether a programme-level document (a report, an order listing pairs) names the person. */
function namesInText(ports: Ports, docId: string, variants: readonly string[]): boolean {
  if (!ports.docs.isLive(docId)) return false;
  try {
    const text = ports.docs.readText(docId).toLowerCase();
    return variants.some((v) => text.includes(v.toLowerCase()));
  } catch {
    return false; // a PDF or a file the add-on cannot open as a Doc
  }
}
