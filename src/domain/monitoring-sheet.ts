import { PROCESS_ITEMS, SATISFACTION_ITEMS, STUDENT_RESULTS } from './forms/monitoring-items';
import { goalsReachedShare } from './monitoring-outcomes';
import { ROLE_LABEL, ROLES, type MonitoringIndicators, type Stats } from './monitoring';
import { MONITORING, type MonitoringRow } from './schema/sheets';
import { encodeCell } from './table/codec';
import { pluralForm } from './format/ru';

/**
 * The layout of the Мониторинг sheet: the indicators as a table in the declared columns, and to its right the
 * small data blocks the native charts draw, each chart anchored below the table. Services write the grid in
 * one call and hand the chart specs to the chart port.
 */

/** A native chart over a block of a sheet: the first row holds the series names, the first column labels. */
export interface ChartSpec {
  title: string;
  type: 'bar' | 'column';
  /** The data block, 1-based, header row included. */
  range: { row: number; column: number; numRows: number; numColumns: number };
  /** Where the chart's top-left corner sits (1-based row and column). */
  anchor: { row: number; column: number };
  /** Axis range, e.g. 0…10 for ratings. */
  min?: number;
  max?: number;
}

/** A chart's data: a header row, then label + series values. */
interface ChartBlock {
  title: string;
  type: ChartSpec['type'];
  rows: unknown[][];
  max?: number;
}

/** One indicator row of Мониторинг; the columns it leaves out stay blank. */
type IndicatorLine = Partial<MonitoringRow> & { id: string };

const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
const SECTION = {
  satisfaction: 'Удовлетворённость',
  process: 'Качество реализации',
  impact: 'Влияние (самооценка)',
  pairs: 'Пары/группы',
  rate: 'Охват опросами',
  outcomes: 'Результаты года',
  goals: 'Цели индивидуальных планов',
  curator: 'Условия (анкета куратора)',
} as const;

function statLine(id: string, section: string, indicator: string, group: string, s: Stats): IndicatorLine {
  return {
    id,
    section,
    indicator,
    group,
    n: s.n,
    mean: r2(s.mean),
    spread: r2(s.spread),
    shareHigh: pct(s.shareHigh),
  };
}

function indicatorLines(ind: MonitoringIndicators, pairTitles: ReadonlyMap<string, string>): IndicatorLine[] {
  const lines: IndicatorLine[] = [];
  for (const key of ['satisfaction', 'process'] as const) {
    const s = ind.sections[key];
    lines.push(statLine(`${key}.all`, SECTION[key], 'Все пункты', 'все', s.all));
    for (const role of ROLES)
      lines.push(statLine(`${key}.${role}`, SECTION[key], 'Все пункты', ROLE_LABEL[role], s.byRole[role]));
  }
  for (const it of ind.items) {
    lines.push(statLine(`item.${it.item.key}`, SECTION[it.section], it.item.label, 'все', it.all));
    for (const role of ROLES)
      lines.push(
        statLine(
          `item.${it.item.key}.${role}`,
          SECTION[it.section],
          it.item.label,
          ROLE_LABEL[role],
          it.byRole[role],
        ),
      );
  }
  const o = ind.impactOverall;
  lines.push({
    ...statLine(
      'impact.after',
      SECTION.impact,
      'Все пункты (после программы)',
      'все',
      ind.sections.impactAfter.all,
    ),
    before: r2(o.before),
    after: r2(o.after),
    change: r2(o.change),
  });
  for (const it of ind.impact) {
    lines.push({
      ...statLine(`impact.${it.item.key}`, SECTION.impact, it.item.label, 'все', it.after),
      before: r2(it.before.mean),
      after: r2(it.after.mean),
      change: r2(it.change),
    });
    for (const role of ROLES) {
      const b = it.byRole[role];
      lines.push({
        id: `impact.${it.item.key}.${role}`,
        section: SECTION.impact,
        indicator: it.item.label,
        group: ROLE_LABEL[role],
        before: r2(b.before),
        after: r2(b.after),
        change: r2(b.change),
      });
    }
  }
  for (const p of ind.pairs) {
    lines.push({
      ...statLine(
        `pair.${p.pairId}`,
        SECTION.pairs,
        pairTitles.get(p.pairId) ?? p.pairId,
        p.pairId,
        p.rating,
      ),
      change: r2(p.impactChange),
    });
  }
  const names = {
    satisfaction: 'Удовлетворённость и качество',
    impactBefore: 'Самооценка до программы',
    impactAfter: 'Самооценка после программы',
  };
  for (const [k, rate] of Object.entries(ind.responseRate) as [
    keyof typeof names,
    MonitoringIndicators['responseRate']['satisfaction'],
  ][]) {
    lines.push({
      id: `rate.${k}`,
      section: SECTION.rate,
      indicator: `${names[k]}: ответили ${rate.answered} из ${rate.participants}, %`,
      group: 'все',
      n: rate.answered,
      mean: pct(rate.rate),
    });
  }
  const out = ind.outcomes;
  const count = (id: string, label: string, n: number) =>
    lines.push({ id: `outcome.${id}`, section: SECTION.outcomes, indicator: label, group: 'все', n });
  count('openLessons', 'Открытых уроков (занятий)', out.openLessons);
  count('publications', 'Публикаций', out.publications);
  count('competitions', 'Участий в профессиональных конкурсах', out.competitions);
  count('youngTeachers', 'Молодых специалистов в программе', out.youngTeachers);
  count('youngRetained', 'Из них остаются работать в школе', out.youngRetained);
  count('attested', 'Прошли аттестацию', out.attested);
  count('categoryRaised', 'Повысили квалификационную категорию', out.categoryRaised);
  for (const role of ROLES) {
    const students = out.students[role];
    const answers = Object.values(students).reduce((n, c) => n + c, 0);
    lines.push({
      id: `outcome.students.${role}`,
      section: SECTION.outcomes,
      indicator: `Результаты обучающихся улучшились: ${students[STUDENT_RESULTS[0]] ?? 0} из ${answers} ${pluralForm(answers, ['ответа', 'ответов', 'ответов'])}`,
      group: ROLE_LABEL[role],
      n: students[STUDENT_RESULTS[0]] ?? 0,
    });
    lines.push({
      id: `goals.${role}`,
      section: SECTION.goals,
      indicator: 'Цели индивидуального плана достигнуты полностью или в основном, %',
      group: ROLE_LABEL[role],
      n: Object.values(out.goals[role]).reduce((n, c) => n + c, 0),
      mean: pct(goalsReachedShare(out.goals[role])),
    });
  }
  for (const c of ind.curator)
    lines.push(statLine(`curator.${c.item.key}`, SECTION.curator, c.item.label, 'куратор', c.stats));
  return lines;
}

/** Chart blocks: a header row, then label + series values. */
function chartBlocks(ind: MonitoringIndicators): ChartBlock[] {
  const byItem = new Map(ind.items.map((i) => [i.item.key, i]));
  const roleMeans = [...SATISFACTION_ITEMS, ...PROCESS_ITEMS].map((item) => {
    const it = byItem.get(item.key)!;
    return [item.short, r2(it.byRole.mentor.mean) ?? 0, r2(it.byRole.mentee.mean) ?? 0];
  });
  const impact = ind.impact.map((i) => [i.item.short, r2(i.before.mean) ?? 0, r2(i.after.mean) ?? 0]);
  const s = ind.sections;
  return [
    {
      title: 'Удовлетворённость и качество реализации: средний балл',
      type: 'bar',
      rows: [['Пункт', 'Наставники', 'Наставляемые'], ...roleMeans],
      max: 10,
    },
    {
      title: 'Влияние программы: самооценка до и после',
      type: 'bar',
      rows: [['Пункт', 'До программы', 'После программы'], ...impact],
      max: 10,
    },
    {
      title: 'Доля оценок 8 и выше, %',
      type: 'column',
      rows: [
        ['Опрос', 'Доля оценок ≥ 8, %'],
        ['Удовлетворённость', pct(s.satisfaction.all.shareHigh) ?? 0],
        ['Качество реализации', pct(s.process.all.shareHigh) ?? 0],
        ['Самооценка до', pct(s.impactBefore.all.shareHigh) ?? 0],
        ['Самооценка после', pct(s.impactAfter.all.shareHigh) ?? 0],
      ],
      max: 100,
    },
  ];
}

/**
 * The whole sheet as one grid of cells (header and indicator rows, then the chart blocks), as wide and as tall
 * as the previous run's so that whatever it wrote beyond this one is blanked by the same write.
 */
export function monitoringGrid(
  ind: MonitoringIndicators,
  pairTitles: ReadonlyMap<string, string>,
  previous: { height: number; width: number },
): { grid: unknown[][]; charts: ChartSpec[]; rows: number } {
  const columns = MONITORING.columns;
  const table = [
    columns.map((c) => c.header),
    ...indicatorLines(ind, pairTitles).map((l) => columns.map((c) => encodeCell(c, l[c.key]))),
  ];
  const blocks = chartBlocks(ind);
  // The charts' data go below the table, after an empty row, side by side: never into the header row,
  // where their column titles would read as the table's own headers (the sheet check would then report
  // a header twice). The charts themselves stand to the right of the table.
  const blockRow = table.length + 2;
  const blockWidth = 3;
  const blocksHeight = Math.max(0, ...blocks.map((b) => b.rows.length));
  const height = blocks.length ? blockRow - 1 + blocksHeight : table.length;
  const width = Math.max(columns.length, blocks.length * (blockWidth + 1));
  const grid: unknown[][] = Array.from({ length: Math.max(height, previous.height) }, () =>
    new Array(Math.max(width, previous.width)).fill(''),
  );
  table.forEach((line, r) => line.forEach((v, c) => (grid[r][c] = v)));
  const charts: ChartSpec[] = blocks.map((b, i) => {
    const col = 1 + i * (blockWidth + 1);
    b.rows.forEach((line, r) => line.forEach((v, c) => (grid[blockRow - 1 + r][col - 1 + c] = v)));
    return {
      title: b.title,
      type: b.type,
      range: { row: blockRow, column: col, numRows: b.rows.length, numColumns: b.rows[0].length },
      anchor: { row: 2 + i * 20, column: columns.length + 2 },
      min: 0,
      max: b.max,
    };
  });
  return { grid, charts, rows: table.length - 1 };
}
