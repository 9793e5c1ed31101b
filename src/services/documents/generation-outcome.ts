import type { LinkView } from '../../api/types';
import { DOCUMENT_KINDS } from '../../domain/documents/kinds';
import type { TemplateDeclaration } from '../../domain/documents/template';
import { countOf, counted, type PluralForms } from '../../domain/format/ru';
import {
  DOCUMENTS,
  JOURNAL,
  MENTEES,
  MENTORS,
  PAIRS,
  RANKING,
  ROADMAP,
  SETTINGS,
  type DocumentRow,
} from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import { withCachedReads } from '../db/read-cache';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';
import type { ActionOutcome } from '../step-actions/step-action';
import { DEFAULT_LIMITS, generateDocuments, type BatchLimits } from './generate';
import { targetsFor } from './targets';
import { quoted } from '../../domain/format/quotes';

/** What the curator reads after a document action: the message, the progress of a batch, the links made. */

const DOC_FORMS = ['документ', 'документа', 'документов'] as const;
const DOCS = countOfForms(DOC_FORMS);

function countOfForms(forms: PluralForms) {
  return (n: number) => countOf(n, forms);
}

/** Links to the Docs and PDFs of register rows, named «Приказ № 12 — Смирнова О.В.». */
export function rowLinks(rows: readonly DocumentRow[]): LinkView[] {
  return rows.flatMap((r) => {
    const name = `${r.type ?? ''}${r.number ? ` № ${r.number}` : ''}${r.subjectId ? ` — ${r.subject ?? ''}` : ''}`;
    const links: LinkView[] = [];
    if (r.docUrl) links.push({ label: name, url: r.docUrl });
    if (r.pdfUrl) links.push({ label: `${name} (PDF)`, url: r.pdfUrl });
    return links;
  });
}

/** Runs a generation and says what happened; used by single and batch actions alike. */
/**
 * What a batch of documents reads: one Sheets API batch instead of three calls per table. The roadmap gives
 * orders their deadlines, the ranking the letters' and the reward order's mentors.
 */
const GENERATION_READS = [
  ...[SETTINGS, DOCUMENTS, MENTORS, MENTEES, PAIRS, ROADMAP, RANKING].map((s) => ({ sheetName: s.name })),
  { sheetName: JOURNAL.name, headerOnly: true },
];

export function runGeneration(
  uncached: Ports,
  decl: TemplateDeclaration,
  input = '',
  limits: BatchLimits = DEFAULT_LIMITS,
): ActionOutcome {
  const ports = withCachedReads(uncached, GENERATION_READS);
  const targets = targetsFor(ports, decl, input);
  // The register is read again under the lock, fresh: numbers must not be given twice.
  const res = generateDocuments(ports, decl, targets, limits, uncached);
  const label = DOCUMENT_KINDS[decl.kind];
  const notes = [...new Set(targets.flatMap((t) => t.notes ?? []))].map((n) => ` ${n}`).join('');
  if (!res.made.length && !res.more) {
    const existing = openDatabase(ports)
      .documents.load()
      .rows.filter((r) => r.kind === decl.kind);
    return {
      message: `${quoted(label)}: уже готово (${DOCS(res.total)}), повторно ничего не создано. Чтобы сформировать документ заново, используйте «Сформировать документ заново».${notes}`,
      links: rowLinks(existing),
      progress: { done: res.done, total: res.total },
    };
  }
  logAction(ports, `Сформированы документы: ${label}`, `${res.made.length} из ${res.total}`);
  return {
    message:
      `${quoted(label)}: ${counted(res.made.length, ['сформирован', 'сформированы', 'сформировано'], DOC_FORMS)}, готово ${res.done} из ${res.total}.` +
      notes +
      (res.more ? ' Продолжаю…' : ''),
    more: res.more,
    progress: { done: res.done, total: res.total },
    links: rowLinks(res.made),
    details: res.notes,
  };
}
