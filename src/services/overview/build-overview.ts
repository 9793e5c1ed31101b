import type { Overview, StageView, StepStatus, StepView } from '../../api/types';
import { academicYearLabel, formatPeriod } from '../../domain/format/ru';
import { STAGE_TITLES } from '../../domain/roadmap/seed';
import { currentStepCode, type DatedStep } from '../../domain/roadmap/current';
import { evaluateStep, type Progress } from '../../domain/roadmap/status';
import { ALL_SHEETS, JOURNAL, STEP_OVERRIDE } from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import { withCachedReads } from '../db/read-cache';
import { Table } from '../db/table';
import type { Ports } from '../ports';
import { actionViews } from '../step-actions/catalog';
import { collectFacts, consentMismatchProblems, readable } from './programme-facts';
import { readSettings } from '../setup/settings';
import { formFactsAndLinks } from '../forms/facts';
import { materials } from '../pairs/training';
import { seedRoadmapRows } from '../roadmap/seed-rows';
import { uncertainNote } from '../../domain/mail/uncertain';

const OVERRIDE: Record<string, Progress> = {
  [STEP_OVERRIDE.done]: 'done',
  [STEP_OVERRIDE.inProgress]: 'in_progress',
  [STEP_OVERRIDE.todo]: 'todo',
};

/**
 * Every declared sheet in one batch: whole, except Журнал (it only grows and the overview checks only its
 * header). Reading a sheet whole costs no extra call, so a fact added later is covered too.
 */
const OVERVIEW_READS = ALL_SHEETS.map((s) => ({ sheetName: s.name, headerOnly: s.name === JOURNAL.name }));

/**
 * Ports for the overview: several services read Настройки and the same tables, so every sheet the overview
 * needs is read now, in one batch (with the add-on's records, which the curator check reads).
 */
export function overviewPorts(uncached: Ports): Ports {
  return withCachedReads(uncached, OVERVIEW_READS);
}

/** Where the programme stands: every roadmap step with its status, what is next, and workbook problems. */
export function buildOverview(uncached: Ports): Overview {
  return overviewOf(overviewPorts(uncached));
}

/** The overview from ports overviewPorts prepared (getOverview checks the curator on them first, reading nothing more). */
export function overviewOf(ports: Ports): Overview {
  const settings = readSettings(ports);
  const db = openDatabase(ports);
  const forms = formFactsAndLinks(ports);
  const materialLinks = materials(ports);
  const facts = collectFacts(db, settings, forms.facts);
  const stored = readable(() => db.roadmap.loadIfExists()?.rows ?? []);
  // Checked after the tables were read, so the headers come from the cache.
  const problems: string[] = [];
  const existing = new Set(ports.sheets.sheetNames());
  for (const schema of ALL_SHEETS) {
    if (existing.has(schema.name)) problems.push(...new Table(schema, ports.sheets, ports.runtime).check());
  }
  problems.push(...consentMismatchProblems(db));
  const uncertain = facts.choices.uncertainMail;
  if (uncertain.length) problems.push(uncertainNote(uncertain.map((c) => c.label)));
  // Before setup the sidebar still shows the whole year ahead, from the seed roadmap.
  const roadmapRows = stored.length ? stored : seedRoadmapRows(settings);
  const today = ports.runtime.now();

  const steps: { stage: number; view: StepView; dated: DatedStep }[] = roadmapRows
    .filter((r) => r.stage && r.title)
    .map((r) => {
      const code = r.id;
      const evaluated = evaluateStep(code, facts);
      const manual = r.override ? OVERRIDE[r.override] : undefined;
      const progress = manual ?? evaluated.progress;
      const dueTo = r.dueTo;
      const overdue = progress !== 'done' && dueTo !== null && endOfDay(dueTo) < today;
      const status: StepStatus = overdue ? 'overdue' : progress;
      const view: StepView = {
        code,
        title: r.title ?? '',
        content: r.content ?? '',
        due: dueTo ? formatPeriod(r.dueFrom, dueTo) : 'Срок не указан',
        responsible: r.responsible ?? '',
        status,
        statusText: manual ? `${evaluated.text} (статус указан вручную)` : evaluated.text,
        next: progress === 'done' ? '' : evaluated.next,
        actions: actionViews(code, facts, {
          today,
          window: dueTo ? { from: r.dueFrom ?? null, to: dueTo } : undefined,
        }),
        links: [
          ...(forms.links[code] ?? []),
          ...(code === '4.2' ? materialLinks : []),
          ...(facts.documentLinks[code] ?? []),
        ],
      };
      const dated = { code, dueFrom: r.dueFrom, dueTo, done: progress === 'done' };
      return { stage: r.stage ?? 0, view, dated };
    });

  const stages: StageView[] = STAGE_TITLES.map((title, i) => {
    const own = steps.filter((s) => s.stage === i + 1).map((s) => s.view);
    return {
      number: i + 1,
      title,
      steps: own,
      done: own.filter((s) => s.status === 'done').length,
      total: own.length,
    };
  });
  return {
    configured: facts.configured,
    schoolShort: settings.schoolShort,
    academicYear: academicYearLabel(settings.academicYearStart),
    stages,
    currentStep: currentStepCode(
      steps.map((s) => s.dated),
      today,
    ),
    problems,
  };
}

function endOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999);
}
