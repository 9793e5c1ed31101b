import { PROCESS_ITEMS, SATISFACTION_ITEMS } from '../../domain/forms/programme-forms';
import { ROLE_LABEL, ROLES, type MonitoringIndicators, type Stats } from '../../domain/monitoring';
import { MONITORING } from '../../domain/schema/sheets';
import { encodeCell } from '../../domain/table/codec';
import { UserFacingError } from '../errors';
import type { ChartSpec, Ports } from '../ports';

/**
 * The Мониторинг sheet, rewritten whole in one write (after one read to blank what the last run left): the
 * indicators as a table in the declared columns, and to its right the small blocks the native charts draw.
 */

type Line = Record<string, unknown>;

const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
const SECTION = {
  satisfaction: 'Удовлетворённость',
  process: 'Качество реализации',
  impact: 'Влияние (самооценка)',
  pairs: 'Пары/группы',
  rate: 'Охват опросами',
  outcomes: 'Результаты года',
} as const;

function statLine(id: string, section: string, indicator: string, group: string, s: Stats): Line {
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

export function indicatorLines(ind: MonitoringIndicators, pairTitles: ReadonlyMap<string, string>): Line[] {
  const lines: Line[] = [];
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
  return lines;
}

/** Chart blocks: a header row, then label + series values. */
export function chartBlocks(
  ind: MonitoringIndicators,
): { title: string; type: ChartSpec['type']; rows: unknown[][]; max?: number }[] {
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

/** Writes the sheet (one read, one write) and replaces its charts. Returns the number of indicator rows. */
export function writeMonitoringSheet(
  ports: Ports,
  ind: MonitoringIndicators,
  pairTitles: ReadonlyMap<string, string>,
): { rows: number; charts: number } {
  const previous = ports.sheets.readValues(MONITORING.name);
  if (!previous)
    throw new UserFacingError(
      `Нет листа «${MONITORING.name}». Выполните «Настроить программу», чтобы создать его.`,
    );
  const columns = MONITORING.columns;
  const table = [
    columns.map((c) => c.header),
    ...indicatorLines(ind, pairTitles).map((l) => columns.map((c) => encodeCell(c, l[c.key]))),
  ];
  const blocks = chartBlocks(ind);
  const chartCol = columns.length + 2; // one empty column between the table and the chart data
  const blockWidth = 3;
  const height = Math.max(table.length, ...blocks.map((b) => b.rows.length));
  const width = chartCol - 1 + blocks.length * (blockWidth + 1);
  const grid: unknown[][] = Array.from({ length: Math.max(height, previous.length) }, () =>
    new Array(width).fill(''),
  );
  table.forEach((line, r) => line.forEach((v, c) => (grid[r][c] = v)));
  const charts: ChartSpec[] = blocks.map((b, i) => {
    const col = chartCol + i * (blockWidth + 1);
    b.rows.forEach((line, r) => line.forEach((v, c) => (grid[r][col - 1 + c] = v)));
    return {
      title: b.title,
      type: b.type,
      range: { row: 1, column: col, numRows: b.rows.length, numColumns: b.rows[0].length },
      anchor: { row: height + 2 + i * 20, column: 2 },
      min: 0,
      max: b.max,
    };
  });
  // Rows and columns the previous run wrote beyond this one's are blanked by the same write.
  const prevWidth = Math.max(0, ...previous.map((r) => r.length));
  if (prevWidth > width) for (const line of grid) line.push(...new Array(prevWidth - width).fill(''));
  ports.sheets.writeBlock(MONITORING.name, 1, 1, grid);
  return { rows: table.length - 1, charts: ports.charts.replaceCharts(MONITORING.name, charts) };
}
