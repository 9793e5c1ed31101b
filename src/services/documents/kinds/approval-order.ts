import { approveData, approvedDocumentFields, type DocumentContext } from '../../../domain/documents/data';
import type { DocumentKind } from '../../../domain/documents/kinds';
import type { TemplateData } from '../../../domain/documents/placeholders';
import { formatPeriod } from '../../../domain/format/ru';
import { isDate } from '../../../domain/format/values';
import { STAGE_TITLES } from '../../../domain/roadmap/seed';
import type { Row } from '../../../domain/schema/types';
import type { Settings } from '../../../domain/settings';
import { openDatabase } from '../../db/database';
import { UserFacingError } from '../../errors';
import type { Ports } from '../../ports';
import { seedRoadmapRows } from '../../roadmap/seed-rows';
import type { Target } from '../generate';
import { orderContext } from './context';

/**
 * Stage 1.2's order approving the Положение о наставничестве, the roadmap and the programme, and those three
 * documents as its appendices: each names the order's date and number, so the order is made first.
 */
export function approvalTargets(
  ports: Ports,
  settings: Settings,
  kind: Extract<DocumentKind, 'orderApprove' | 'regulation' | 'roadmap' | 'programme'>,
): Target[] {
  const ctx = orderContext(ports, settings);
  const probe = ctx(new Date(), null);
  if (kind === 'orderApprove') {
    if (!probe.curators?.length)
      throw new UserFacingError(
        'Сначала сформируйте приказ о внедрении целевой модели: он назначает кураторов, которым поручает ' +
          'разместить и довести до педагогов Положение, дорожную карту и программу.',
      );
    return [{ subjectId: '', subject: '', data: (d, n) => approveData(ctx(d, n)) }];
  }
  if (!probe.approval)
    throw new UserFacingError(
      'Сначала сформируйте приказ об утверждении Положения, дорожной карты и программы: документы ' +
        'прилагаются к нему и называют его дату и номер.',
    );
  const roadmap = roadmapRows(ports, settings);
  // An appendix carries the approving order's date, not the day it was printed.
  const approved = (d: Date, n: string | null) => ctx(probe.approval?.date ?? d, n);
  const build: Record<typeof kind, (c: DocumentContext) => TemplateData> = {
    regulation: (c) => ({ fields: approvedDocumentFields(c), lists: {}, flags: {} }),
    roadmap: (c) => ({
      fields: approvedDocumentFields(c),
      lists: { steps: roadmapItems(roadmap) },
      flags: {},
    }),
    programme: (c) => ({
      fields: { ...approvedDocumentFields(c), period: programmePeriod(roadmap) },
      lists: { stages: stageItems(roadmap) },
      flags: {},
    }),
  };
  return [{ subjectId: '', subject: '', data: (d, n) => build[kind](approved(d, n)) }];
}

function roadmapRows(ports: Ports, settings: Settings): Row[] {
  const stored = openDatabase(ports).roadmap.loadIfExists()?.rows ?? [];
  return stored.length ? [...stored] : seedRoadmapRows(settings);
}

const periodOf = (r: Row) =>
  isDate(r.dueTo) ? formatPeriod(isDate(r.dueFrom) ? r.dueFrom : null, r.dueTo) : 'в течение периода';

/** The roadmap's table: a heading row per stage, then its steps as the curator keeps them. */
function roadmapItems(rows: readonly Row[]): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let stage = 0;
  for (const r of rows) {
    if (Number(r.stage) !== stage) {
      stage = Number(r.stage);
      out.push({
        code: `${stage}.`,
        title: STAGE_TITLES[stage - 1] ?? '',
        content: '',
        period: '',
        responsible: '',
      });
    }
    out.push({
      code: String(r.id),
      title: String(r.title ?? ''),
      content: String(r.content ?? ''),
      period: periodOf(r),
      responsible: String(r.responsible ?? ''),
    });
  }
  return out;
}

/** «1. Подготовка условий … — август – сентябрь 2022» for each stage, from its steps' windows. */
function stageItems(rows: readonly Row[]): { text: string }[] {
  return STAGE_TITLES.map((title, i) => {
    const own = rows.filter((r) => Number(r.stage) === i + 1);
    const starts = own.flatMap((r) => (isDate(r.dueFrom) ? [r.dueFrom] : isDate(r.dueTo) ? [r.dueTo] : []));
    const ends = own.flatMap((r) => (isDate(r.dueTo) ? [r.dueTo] : []));
    if (!ends.length) return { text: `${i + 1}. ${title}` };
    const from = new Date(Math.min(...starts.map((d) => d.getTime())));
    const to = new Date(Math.max(...ends.map((d) => d.getTime())));
    return { text: `${i + 1}. ${title} — ${formatPeriod(from, to).toLocaleLowerCase('ru')}` };
  });
}

function programmePeriod(rows: readonly Row[]): string {
  const dates = rows.flatMap((r) => [r.dueFrom, r.dueTo]).filter(isDate);
  if (!dates.length) return 'учебный год';
  const from = new Date(Math.min(...dates.map((d) => d.getTime())));
  const to = new Date(Math.max(...dates.map((d) => d.getTime())));
  return formatPeriod(from, to).toLocaleLowerCase('ru');
}
