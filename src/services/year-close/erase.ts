import { EXPIRED, PENDING } from '../../domain/consents/labels';
import { formatDate, pluralForm } from '../../domain/format/ru';
import { isDate } from '../../domain/format/values';
import {
  ALL_SHEETS,
  CONSENTS,
  DOCUMENTS,
  JOURNAL,
  MONITORING,
  ROADMAP,
  type DocumentRow,
} from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import { logAction } from '../db/journal';
import { forgetCreatedFiles, trashCreatedFile } from '../documents/created-files';
import { fileIdOf } from '../documents/created-files';
import { readFormRecords } from '../forms/registry';
import { isOrder, scrubSheet, traceVariants } from '../forms/withdraw-traces';
import type { Ports } from '../ports';
import { refreshPublishedPage } from '../publishing/switch';

/** Exactly what the erasure did, for the curator and the journal. */
export interface ErasureReport {
  /** Sheet → rows emptied (the personal-data sheets). */
  cleared: Record<string, number>;
  /** Sheet → cells where a name or e-mail was replaced (Журнал, Мониторинг …). */
  scrubbed: Record<string, number>;
  /** Answer rows blanked in the response sheets, and responses deleted from the forms themselves. */
  answers: number;
  formResponses: number;
  /** Consent records whose e-mail and code were removed (the decision, date and text edition stay). */
  consentRecords: number;
  /** Documents about a person or pair whose Doc and PDF went to the trash. */
  trashed: string[];
  /** Documents that stay: orders, and the programme's documents about no one in particular. */
  kept: string[];
  /** Files the add-on did not make (or that were moved): the curator deletes them by hand. */
  manual: string[];
}

/** The sheets whose rows are personal data through and through: emptied, the header kept. */
export const PERSONAL_SHEETS = ALL_SHEETS.filter((s) => s.personalData && s !== CONSENTS);
/** Sheets kept after the erasure that may still mention someone in passing: their text is scrubbed. */
export const SCRUBBED_SHEETS = [JOURNAL, MONITORING, ROADMAP, CONSENTS];

/** The Журнал action of the erasure: the act of destruction's log export is made of these rows. */
export const ERASURE_ACTION = 'Удаление персональных данных учебного года';

/**
 * Deletes the year's personal data (the consents' term is over, or the year is closed — 152-ФЗ ст. 21 ч. 4-5):
 * the bases and every sheet of people, pairs, meetings and mailings are emptied; every answer in the response
 * sheets and the forms' own copies go; the consent records lose the e-mail and the held codes; names left in
 * the journal or the indicators are replaced. Kept, as the consent text says: orders (the register row, the Doc
 * and the PDF) and the programme's documents that are about no one. Safe to run again: what is gone stays gone.
 */
export function erasePersonalData(ports: Ports): ErasureReport {
  const db = openDatabase(ports);
  const people: { fullName: string | null; email: string | null }[] = [
    ...(db.mentees.loadIfExists()?.rows ?? []),
    ...(db.mentors.loadIfExists()?.rows ?? []),
  ];
  const variants = [
    ...new Set(people.flatMap((p) => traceVariants(String(p.fullName ?? ''), String(p.email ?? '')))),
  ];
  const report: ErasureReport = {
    cleared: {},
    scrubbed: {},
    answers: 0,
    formResponses: 0,
    consentRecords: 0,
    trashed: [],
    kept: [],
    manual: [],
  };
  handleDocuments(ports, report);
  // The consent records' e-mails go first, so the scrub counts only names met elsewhere in the text.
  report.consentRecords = anonymiseConsents(ports);
  for (const schema of SCRUBBED_SHEETS) {
    const cells = scrubSheet(ports, schema, variants);
    if (cells) report.scrubbed[schema.name] = cells;
  }
  for (const schema of PERSONAL_SHEETS) {
    const rows = ports.sheets.clearRows(schema.name);
    if (rows) report.cleared[schema.name] = rows;
  }
  for (const record of Object.values(readFormRecords(ports))) {
    if (!record) continue;
    for (const sheetId of [...record.oldSheetIds, record.sheetId]) {
      const answers = ports.responses.countAnswers(sheetId);
      if (!answers) continue;
      // The timestamp column stays (it names no one); every answer from the second column on goes.
      ports.responses.blankRows(
        sheetId,
        Array.from({ length: answers }, (_, i) => i + 2),
        2,
      );
      report.answers += answers;
    }
    report.formResponses += ports.forms.close(record.formId) ?? 0;
  }
  // A name on the public page disappears at once, not when the cached page expires.
  refreshPublishedPage(ports);
  logAction(ports, ERASURE_ACTION, erasureLines(report).join(' '));
  return report;
}

/** Register rows: an order stays whole; a document about a person or pair goes to the trash with its links. */
function handleDocuments(ports: Ports, report: ErasureReport): void {
  const table = openDatabase(ports).documents.loadIfExists();
  if (!table) return;
  const forget: string[] = [];
  for (const row of table.rows) {
    const label = documentLabel(row);
    const links = [row.docUrl, row.pdfUrl].map(fileIdOf).filter((id): id is string => !!id);
    if (isOrder(row) || !row.subjectId) {
      if (links.length) report.kept.push(label);
      continue;
    }
    const gone = links.filter((id) => trashCreatedFile(ports, id, row.id));
    forget.push(...gone);
    if (gone.length) report.trashed.push(label);
    if (gone.length < links.length) report.manual.push(label);
    // The register keeps that such a document was made (type, number, date), not whom it named.
    table.update(row.id, { subject: '', sentTo: '', docUrl: null, pdfUrl: null, status: '' });
  }
  table.save();
  forgetCreatedFiles(ports, forget);
}

/** «Приказ № 1 от 14.09.2022»: a register row as the curator and the act of destruction name it. */
export function documentLabel(row: DocumentRow): string {
  return `${String(row.type)}${row.number ? ` № ${String(row.number)}` : ''}${
    isDate(row.date) ? ` от ${formatDate(row.date)}` : ''
  }`;
}

/** Consent records keep the decision, its date and the text's edition; the e-mail and any held code go. */
function anonymiseConsents(ports: Ports): number {
  const table = openDatabase(ports).consents.loadIfExists();
  if (!table) return 0;
  let changed = 0;
  for (const row of table.rows) {
    if (!row.email && !row.code && row.state !== PENDING) continue;
    table.update(row.id, { email: '', code: '', ...(row.state === PENDING ? { state: EXPIRED } : {}) });
    changed++;
  }
  table.save();
  return changed;
}

const sheetList = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, n]) => `«${name}» (${n})`)
    .join(', ');

/** «План от 15.09.2022 (2); Письмо от 15.09.2022 (2)»: the same label once, with how many. */
function counted(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([l, n]) => (n > 1 ? `${l} (${n})` : l)).join('; ');
}

/** The report as Russian lines: what was deleted, what was kept and why. */
export function erasureLines(r: ErasureReport): string[] {
  const lines: string[] = [];
  const cleared = sheetList(r.cleared);
  lines.push(cleared ? `Удалены строки листов ${cleared}.` : 'Листы с персональными данными уже пусты.');
  if (r.answers || r.formResponses)
    lines.push(
      `Удалены ответы на анкеты: строк на листах ответов — ${r.answers}, ответов в самих формах — ${r.formResponses}; формы больше не принимают ответы.`,
    );
  if (r.consentRecords)
    lines.push(
      `На листе «${CONSENTS.name}» из ${r.consentRecords} ${pluralForm(r.consentRecords, ['записи', 'записей', 'записей'])} удалены адреса эл. почты и коды подтверждения; решения, даты и редакции текстов сохранены.`,
    );
  const scrubbed = sheetList(r.scrubbed);
  if (scrubbed) lines.push(`Имена и адреса заменены на «[данные удалены]» на листах ${scrubbed}.`);
  if (r.trashed.length) lines.push(`В корзину перемещены документы об участниках: ${counted(r.trashed)}.`);
  if (r.kept.length)
    lines.push(
      `Сохранены (лист «${DOCUMENTS.name}», документ и PDF) приказы и документы программы — их хранят в сроки номенклатуры дел, как сказано в согласии: ${r.kept.join('; ')}.`,
    );
  if (r.manual.length)
    lines.push(`Файлы созданы не надстройкой или перенесены — удалите их вручную: ${r.manual.join('; ')}.`);
  return lines;
}
