import type { DocumentContext, OrderRef } from '../../../domain/documents/data';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../domain/documents/kinds';
import { parseCurators } from '../../../domain/documents/people';
import { isDate } from '../../../domain/format/values';
import type { Settings } from '../../../domain/settings';
import { openDatabase } from '../../db/database';
import type { Ports } from '../../ports';
import { readRoadmapWindows } from '../../roadmap/windows';

/** The document context every kind's data starts from: the settings, the register's date and number. */
export function documentContext(settings: Settings) {
  return (date: Date, number: string | null): DocumentContext => ({ settings, date, number });
}

/**
 * The context of an order: besides the settings, the roadmap's windows (for its deadlines), the curators the
 * order introducing the model appointed, and the orders it refers to — Дорожная карта and Документы read once.
 */
export function orderContext(ports: Ports, settings: Settings) {
  const windows = readRoadmapWindows(ports, settings);
  const rows = openDatabase(ports).documents.load().rows;
  // A row typed into the register by hand counts by its label.
  const rowOf = (kind: DocumentKind) => rows.find((r) => r.kind === kind || r.type === DOCUMENT_KINDS[kind]);
  const ref = (kind: DocumentKind): OrderRef | null => {
    const row = rowOf(kind);
    return row && isDate(row.date) && row.number ? { date: row.date, number: String(row.number) } : null;
  };
  const curators = parseCurators(String(rowOf('orderIntroduce')?.subject ?? ''));
  const intro = ref('orderIntroduce');
  const approval = ref('orderApprove');
  return (date: Date, number: string | null): DocumentContext => ({
    settings,
    date,
    number,
    windows,
    curators,
    intro,
    approval,
  });
}
