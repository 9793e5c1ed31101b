import { DOCUMENT_KINDS, isDocumentKind } from '../../domain/documents/kinds';
import { documentFileName, pdfFileName } from '../../domain/documents/naming';
import {
  nextNumber,
  seriesOfLabel,
  type NumberingRules,
  type Series,
} from '../../domain/documents/numbering';
import {
  buildFillPlan,
  hasLeftovers,
  leftoverTags,
  type FillPlan,
  type TemplateData,
} from '../../domain/documents/placeholders';
import { catalogOf, type TemplateDeclaration } from '../../domain/documents/template';
import { templateOf } from '../../domain/documents/templates';
import { DOCUMENT_STATUS, type DocumentRow } from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import { UserFacingError } from '../errors';
import type { LoadedTable } from '../db/table';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';
import { clearUsedNextNumbers, readNumberingRules } from './numbering';
import type { FileRef } from './ports';
import { fileIdOf, forgetCreatedFiles, recordCreatedFiles, trashCreatedFile } from './created-files';
import {
  asTemplateProblem,
  readyTemplate,
  templateProblem,
  yearFolder,
  type ReadyTemplate,
} from './templates';
import { quoted } from '../../domain/format/quotes';
import type { Redating } from './redating';

/**
 * Generation of documents: copy the curator's template, fill it, save and close, export the PDF into the
 * year's folder, and record every step in Документы right after it is done (number and date first, then the
 * Doc link, then the PDF link), so that a re-run skips what is done and an interrupted batch resumes.
 */

/** One document to produce: the programme's order, one pair's plan, one mentor's letter. */
export interface Target {
  /** Pair or mentor id; '' for a programme-level document. */
  subjectId: string;
  /** «Кому / о ком» in the register; for a programme-level document, the curator's input it was made with. */
  subject: string;
  /** Short name for the file name («Смирнова О.В.»), if the document is about someone. */
  fileSubject?: string;
  /** Russian notes for the curator about how the target was chosen; shown with the action's message. */
  notes?: readonly string[];
  data(date: Date, number: string | null): TemplateData;
}

export interface BatchLimits {
  /** Documents per call at most. */
  maxDocs: number;
  /** Stop starting new documents after this much wall time in one call. */
  maxMillis: number;
  /** Milliseconds since an epoch, for the time budget. */
  clock(): number;
}

/**
 * 4.5 minutes leaves room for the register writes and the sidebar's overview within Apps Script's 6. The time
 * is what stops a batch: at about 8 calls per document (bench: documents) that is about 170–200 documents.
 */
export const DEFAULT_LIMITS: BatchLimits = { maxDocs: 200, maxMillis: 270_000, clock: () => Date.now() };

export interface GenerationResult {
  /** Targets whose document is ready (Doc and PDF). */
  done: number;
  total: number;
  /** Documents made in this call. */
  made: DocumentRow[];
  /** True when the limits stopped the call before every target was done. */
  more: boolean;
  notes: string[];
}

export function isReady(row: DocumentRow): boolean {
  const made = row.status === DOCUMENT_STATUS.ready || row.status === DOCUMENT_STATUS.sending;
  return made && !!row.pdfUrl && !!row.docUrl;
}

/** Register rows of a kind, by subject. */
function rowsOfKind(table: LoadedTable<DocumentRow>, decl: TemplateDeclaration): Map<string, DocumentRow> {
  const out = new Map<string, DocumentRow>();
  for (const row of table.rows) if (row.kind === decl.kind) out.set(row.subjectId ?? '', row);
  return out;
}

export function generateDocuments(
  ports: Ports,
  decl: TemplateDeclaration,
  targets: readonly Target[],
  limits: BatchLimits = DEFAULT_LIMITS,
  /** Ports that read the workbook as it is now, for the register under the lock (when `ports` cache reads). */
  fresh: Ports = ports,
): GenerationResult {
  const started = limits.clock();
  const settings = readSettings(ports);
  const register = openDatabase(ports).documents.load();
  const existing = rowsOfKind(register, decl);
  const pending = targets.filter((t) => !isReadyRow(existing.get(t.subjectId)));
  if (!pending.length)
    return { done: targets.length, total: targets.length, made: [], more: false, notes: [] };

  const template = readyTemplate(ports, settings, decl);
  // Every missing value of every pending document is reported before the first one is made.
  const today = ports.runtime.now();
  checkAllData(decl, template, pending, today);

  // The register is read again under the lock through `fresh` ports: numbers must not be given twice. Настройки
  // goes through `ports`, so that a later write of it (the year's folder) sees the cleared next number.
  const rows = ports.lock.withDocumentLock(() => {
    const reserved = reserveRows(fresh, decl, pending, readNumberingRules(ports, settings), today);
    if (reserved.usedSetting) clearUsedNextNumbers(ports, [decl.series!]);
    return reserved;
  });
  const folder = yearFolder(ports, settings);
  const made: DocumentRow[] = [];
  const files: CreatedFile[] = [];
  let first = true;
  try {
    for (const target of pending) {
      if (made.length >= limits.maxDocs || limits.clock() - started > limits.maxMillis) break;
      const row = rows.table.find(rows.ids.get(target.subjectId)!)!;
      // Only a row reserved by an earlier, interrupted call can have left a copy behind.
      produce(
        ports,
        { decl, template, folder, table: rows.table, files },
        row,
        target,
        first && !rows.reserved.has(row.id),
      );
      first = false;
      made.push(row);
    }
  } finally {
    // The Docs and PDFs made are recorded as the add-on's own in one write for the batch, whatever stopped it.
    recordCreatedFiles(ports, files);
  }
  const done = targets.length - pending.length + made.length;
  return { done, total: targets.length, made, more: done < targets.length, notes: template.notes };
}

function isReadyRow(row: DocumentRow | undefined): boolean {
  return !!row && isReady(row);
}

function checkAllData(
  decl: TemplateDeclaration,
  template: ReadyTemplate,
  targets: readonly Target[],
  today: Date,
) {
  const problems: string[] = [];
  for (const t of targets) {
    try {
      buildFillPlan(template.text, catalogOf(decl), t.data(today, decl.series ? '1' : null));
    } catch (e) {
      const err = asTemplateProblem(decl, e);
      if (err === e) throw e;
      problems.push(`${t.subject || DOCUMENT_KINDS[decl.kind]}: ${(e as Error).message}`);
    }
  }
  if (problems.length) throw new UserFacingError(problems.join('\n'));
}

/**
 * Under the document lock: a register row for every target that has none, with its date and, for orders, the
 * next number of its series and period. Written at once, so a number is never given twice.
 */
function reserveRows(
  ports: Ports,
  decl: TemplateDeclaration,
  targets: readonly Target[],
  rules: NumberingRules,
  today: Date,
): {
  table: LoadedTable<DocumentRow>;
  ids: Map<string, string>;
  usedSetting: boolean;
  reserved: Set<string>;
} {
  const table = openDatabase(ports).documents.load();
  const existing = rowsOfKind(table, decl);
  const ids = new Map<string, string>();
  const reserved = new Set<string>();
  let usedSetting = false;
  for (const t of targets) {
    const row = existing.get(t.subjectId);
    if (row) {
      ids.set(t.subjectId, row.id);
      continue;
    }
    let number = '';
    if (decl.series) {
      // A number the curator set is used once, by the first order that needs it.
      const next = nextNumber(
        numberedRows(table),
        decl.series,
        today,
        usedSetting ? { ...rules, next: {} } : rules,
      );
      number = next.number;
      usedSetting ||= next.fromSetting;
    }
    const added = table.insert({
      type: DOCUMENT_KINDS[decl.kind],
      number,
      date: today,
      subject: t.subject,
      kind: decl.kind,
      subjectId: t.subjectId,
      status: DOCUMENT_STATUS.creating,
    });
    ids.set(t.subjectId, added.id);
    reserved.add(added.id);
  }
  table.save();
  return { table, ids, usedSetting, reserved };
}

function numberedRows(table: LoadedTable<DocumentRow>) {
  return table.rows.map((r) => ({
    number: r.number,
    date: r.date,
    series: r.kind ? templateSeries(r.kind) : seriesOfLabel(r.type, r.number),
  }));
}

function templateSeries(kind: string): Series | null {
  if (!isDocumentKind(kind)) return seriesOfLabel(undefined);
  try {
    return templateOf(kind).series;
  } catch {
    return seriesOfLabel(DOCUMENT_KINDS[kind]);
  }
}

type CreatedFile = Parameters<typeof recordCreatedFiles>[1][number];

interface Env {
  decl: TemplateDeclaration;
  template: ReadyTemplate;
  folder: FileRef;
  table: LoadedTable<DocumentRow>;
  /** Files made, recorded by the caller once for the batch (created-files.ts). */
  files: CreatedFile[];
}

/** Makes one document from its reserved row, resuming at the step the row shows. */
function produce(ports: Ports, env: Env, row: DocumentRow, target: Target, checkLeftovers: boolean): void {
  const { decl, folder, table, files } = env;
  const date = row.date ?? ports.runtime.now();
  const number = row.number || null;
  const parts = {
    date,
    label: decl.series ? 'Приказ' : DOCUMENT_KINDS[decl.kind],
    number,
    title: decl.series ? decl.fileTitle : '',
    subject: target.fileSubject,
  };
  const name = documentFileName(parts);
  let docId = fileIdOf(row.docUrl);
  const done: Partial<DocumentRow> = {};
  // A run interrupted between making a file and the register write left a copy (and maybe its PDF) behind:
  // they go to the trash. A Doc recorded without its PDF says an earlier run stopped at the PDF.
  const leftovers = (file: string) => {
    for (const id of ports.docs.findByName(folder.id, file)) ports.docs.trash(id);
  };
  if (!row.pdfUrl && (checkLeftovers || docId)) leftovers(pdfFileName(parts));
  if (!docId) {
    if (checkLeftovers) leftovers(name);
    let plan: FillPlan;
    try {
      plan = buildFillPlan(env.template.text, catalogOf(decl), target.data(date, number));
    } catch (e) {
      throw asTemplateProblem(decl, e);
    }
    const doc = ports.docs.fillCopy(env.template.id, name, folder.id, plan);
    if (hasLeftovers(doc.text)) {
      ports.docs.trash(doc.id);
      throw templateProblem(decl, [
        `после заполнения остались метки ${leftoverTags(doc.text).join(', ')}: проверьте, что каждый раздел ` +
          'открывается и закрывается в одном абзаце или одной строке таблицы.',
      ]);
    }
    docId = doc.id;
    files.push({ fileId: doc.id, registerRowId: row.id });
    Object.assign(done, { docUrl: doc.url, status: DOCUMENT_STATUS.docCreated, templateId: env.template.id });
  }
  if (!row.pdfUrl) {
    try {
      const pdf = ports.docs.exportPdf(docId, pdfFileName(parts), folder.id);
      files.push({ fileId: pdf.id, registerRowId: row.id });
      Object.assign(done, { pdfUrl: pdf.url, status: DOCUMENT_STATUS.ready });
    } finally {
      // One register write per document (each costs round trips): the Doc is recorded even if its PDF failed.
      if (Object.keys(done).length) {
        table.update(row.id, done);
        table.save();
      }
    }
  } else if (Object.keys(done).length) {
    table.update(row.id, done);
    table.save();
  }
}

/**
 * Under the document lock: the row gets today's date and, for an order, the next number of its series (its
 * old number stays in the paper journal, spent). Returns the register as saved, and the row's former requisites.
 */
function redateRow(
  ports: Ports,
  settings: ReturnType<typeof readSettings>,
  decl: TemplateDeclaration,
  rowId: string,
): { table: LoadedTable<DocumentRow>; before: Pick<DocumentRow, 'number' | 'date'> } {
  return ports.lock.withDocumentLock(() => {
    const table = openDatabase(ports).documents.load();
    const row = table.find(rowId)!;
    const before = { number: row.number, date: row.date };
    const today = ports.runtime.now();
    let number = row.number;
    if (decl.series) {
      const next = nextNumber(numberedRows(table), decl.series, today, readNumberingRules(ports, settings));
      number = next.number;
      if (next.fromSetting) clearUsedNextNumbers(ports, [decl.series]);
    }
    table.update(row.id, { date: today, number });
    table.save();
    return { table, before };
  });
}

/**
 * Makes one document again (an explicit action): its old Doc and PDF go to the trash (only if the add-on made
 * them for this row: a link edited in the register trashes nothing). The register row keeps its number and
 * date, or, when the curator chose `today`, takes today's date and the register's next number — the deadlines
 * inside are computed from the row's date, so they never precede it. Whether it was sent stays recorded.
 */
export function regenerateDocument(
  ports: Ports,
  rowId: string,
  targetFor: (kind: TemplateDeclaration, row: DocumentRow) => Target,
  redating: Redating = 'keep',
): { row: DocumentRow; before: Pick<DocumentRow, 'number' | 'date'> } {
  const settings = readSettings(ports);
  let table = openDatabase(ports).documents.load();
  let row = table.find(rowId.trim());
  if (!row) throw new UserFacingError(`На листе «Документы» нет строки с кодом ${quoted(rowId.trim())}.`);
  let decl: TemplateDeclaration | null = null;
  try {
    if (isDocumentKind(row.kind)) decl = templateOf(row.kind);
  } catch {
    // A registered document (Положение, дорожная карта …) has no template.
  }
  if (!decl)
    throw new UserFacingError(
      `Документ ${quoted(row.type ?? '')} внесён вручную: надстройка не может сформировать его заново.`,
    );
  // The target first: a document that cannot be made again (its pair is gone) spends no number.
  const target = targetFor(decl, row);
  const template = readyTemplate(ports, settings, decl);
  let before: Pick<DocumentRow, 'number' | 'date'> = { number: row.number, date: row.date };
  if (redating === 'today') {
    ({ table, before } = redateRow(ports, settings, decl, row.id));
    row = table.find(row.id)!;
  }
  // Only a file the add-on recorded making for this row goes to the trash, whatever the links now say.
  const trashed = [row.docUrl, row.pdfUrl]
    .map(fileIdOf)
    .filter((id): id is string => !!id && trashCreatedFile(ports, id, row.id));
  table.update(row.id, { docUrl: null, pdfUrl: null, status: DOCUMENT_STATUS.creating });
  table.save();
  forgetCreatedFiles(ports, trashed);
  const files: CreatedFile[] = [];
  try {
    produce(ports, { decl, template, folder: yearFolder(ports, settings), table, files }, row, target, false);
  } finally {
    recordCreatedFiles(ports, files);
  }
  return { row, before };
}
