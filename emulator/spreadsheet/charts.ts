/**
 * Embedded charts as data: a chart is its type, its data ranges (kept as grid coordinates of a sheet of the
 * same spreadsheet), its position (anchor cell and pixel offsets) and its options, stored in the sheet's state
 * so that they persist with the workbook. Nothing is drawn: tests read what was built. The builder follows
 * Sheet.newChart() → EmbeddedChartBuilder (setChartType, addRange, removeRange, setPosition, setOption,
 * setNumHeaders, build) and Sheet.insertChart / getCharts / updateChart / removeChart.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { ChartState, ChartRangeState, SheetState } from '../core/state';
import { findSheet } from './cells';
import type { RangeImpl } from './range';
import type { SpreadsheetViews } from './views';

type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Charts.ChartType: the names Apps Script uses. */
export const ChartType = Object.freeze({
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  RADAR: 'RADAR',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
});

export function createCharts(): { ChartType: typeof ChartType } {
  return { ChartType };
}

function sheetCharts(sh: SheetState): ChartState[] {
  return (sh.charts ??= []);
}

function rangeState(ctx: EmulatorContext, ssId: string, range: unknown): ChartRangeState {
  const r = range as RangeImpl;
  if (!r || typeof r !== 'object' || r._ssId !== ssId || typeof r._row !== 'number')
    throw gasError('Invalid argument: range');
  findSheet(ctx, ssId, r._sheetId); // the sheet must still exist
  return { sheetId: r._sheetId, row: r._row, col: r._col, numRows: r._numRows, numCols: r._numCols };
}

function copyChart(
  c: Omit<ChartState, 'id'> & { id: number | null },
): Omit<ChartState, 'id'> & { id: number | null } {
  return {
    ...c,
    ranges: c.ranges.map((r) => ({ ...r })),
    options: { ...c.options },
    position: { ...c.position },
  };
}

class ContainerInfoImpl {
  constructor(private readonly _p: ChartState['position']) {}
  getAnchorRow(): number {
    return this._p.row;
  }
  getAnchorColumn(): number {
    return this._p.col;
  }
  getOffsetX(): number {
    return this._p.offsetX;
  }
  getOffsetY(): number {
    return this._p.offsetY;
  }
}

class ChartOptionsImpl {
  constructor(private readonly _o: Record<string, unknown>) {}
  get(option: string): unknown {
    return this._o[String(option)] ?? null;
  }
  getOrDefault(option: string): unknown {
    return this.get(option);
  }
}

class EmbeddedChartBuilderImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    private readonly _views: SpreadsheetViews,
    private readonly _ssId: string,
    private readonly _sheetId: number,
    readonly _chart: Omit<ChartState, 'id'> & { id: number | null },
  ) {}

  setChartType(type: string): this {
    const t = String(type);
    if (!(t in ChartType)) throw gasError('Invalid argument: type');
    this._chart.type = t;
    return this;
  }
  getChartType(): string {
    return this._chart.type;
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    this._chart.ranges.push(rangeState(this._ctx, this._ssId, range));
    return this;
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const r = rangeState(this._ctx, this._ssId, range);
    this._chart.ranges = this._chart.ranges.filter((x) => JSON.stringify(x) !== JSON.stringify(r));
    return this;
  }
  clearRanges(): this {
    this._chart.ranges = [];
    return this;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._chart.ranges.map((r) => wrapChartRange(this._ctx, this._views, this._ssId, r));
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    const n = [anchorRowPos, anchorColPos, offsetX, offsetY].map(Number);
    if (n.some((x) => !Number.isInteger(x)) || n[0] < 1 || n[1] < 1 || n[2] < 0 || n[3] < 0)
      throw gasError('Invalid argument: position');
    this._chart.position = { row: n[0], col: n[1], offsetX: n[2], offsetY: n[3] };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this._chart.options[String(option)] = value;
    return this;
  }
  setNumHeaders(headers: number): this {
    this._chart.numHeaders = Number(headers);
    return this;
  }
  build(): GChart {
    if (!this._chart.ranges.length) throw gasError('A chart needs at least one data range: call addRange.');
    return wrapChart(this._ctx, this._views, this._ssId, this._sheetId, copyChart(this._chart));
  }
}

class EmbeddedChartImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    private readonly _views: SpreadsheetViews,
    readonly _ssId: string,
    readonly _sheetId: number,
    readonly _chart: Omit<ChartState, 'id'> & { id: number | null },
  ) {}

  getChartId(): number | null {
    return this._chart.id;
  }
  getId(): string {
    return this._chart.id === null ? '' : `u${this._chart.id}`;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._chart.ranges.map((r) => wrapChartRange(this._ctx, this._views, this._ssId, r));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return this._ctx.wrap(new ChartOptionsImpl({ ...this._chart.options, type: undefined }), 'ChartOptions');
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return this._ctx.wrap(new ContainerInfoImpl({ ...this._chart.position }), 'ContainerInfo');
  }
  getNumHeaders(): number {
    return this._chart.numHeaders;
  }
  modify(): GBuilder {
    return wrapBuilder(this._ctx, this._views, this._ssId, this._sheetId, copyChart(this._chart));
  }
}

function wrapChartRange(
  ctx: EmulatorContext,
  views: SpreadsheetViews,
  ssId: string,
  r: ChartRangeState,
): GoogleAppsScript.Spreadsheet.Range {
  return views.range(ctx, ssId, r.sheetId, {
    row: r.row,
    col: r.col,
    numRows: r.numRows,
    numCols: r.numCols,
    open: null,
  });
}

function wrapChart(
  ctx: EmulatorContext,
  views: SpreadsheetViews,
  ssId: string,
  sheetId: number,
  chart: Omit<ChartState, 'id'> & { id: number | null },
): GChart {
  return ctx.wrap<GChart>(new EmbeddedChartImpl(ctx, views, ssId, sheetId, chart), 'EmbeddedChart');
}

function wrapBuilder(
  ctx: EmulatorContext,
  views: SpreadsheetViews,
  ssId: string,
  sheetId: number,
  chart: Omit<ChartState, 'id'> & { id: number | null },
): GBuilder {
  return ctx.wrap<GBuilder>(
    new EmbeddedChartBuilderImpl(ctx, views, ssId, sheetId, chart),
    'EmbeddedChartBuilder',
  );
}

/** Sheet.newChart(): a builder for a column chart anchored at A1 until told otherwise. */
export function newChartBuilder(
  ctx: EmulatorContext,
  views: SpreadsheetViews,
  ssId: string,
  sheetId: number,
): GBuilder {
  return wrapBuilder(ctx, views, ssId, sheetId, {
    id: null,
    type: ChartType.COLUMN,
    ranges: [],
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    options: {},
    numHeaders: -1,
  });
}

function chartOf(chart: unknown): EmbeddedChartImpl {
  const c = chart as EmbeddedChartImpl;
  if (!c || typeof c !== 'object' || !('_chart' in c)) throw gasError('Invalid argument: chart');
  return c;
}

export function insertChart(ctx: EmulatorContext, ssId: string, sheetId: number, chart: unknown): void {
  const c = chartOf(chart);
  if (c._chart.id !== null) throw gasError('This chart is already in the sheet: use updateChart.');
  const sh = findSheet(ctx, ssId, sheetId);
  const stored: ChartState = { ...copyChart(c._chart), id: ctx.newNumber() };
  sheetCharts(sh).push(stored);
  c._chart.id = stored.id;
}

export function updateChart(ctx: EmulatorContext, ssId: string, sheetId: number, chart: unknown): void {
  const c = chartOf(chart);
  const list = sheetCharts(findSheet(ctx, ssId, sheetId));
  const i = list.findIndex((x) => x.id === c._chart.id);
  if (i < 0) throw gasError('The chart was not found in this sheet.');
  list[i] = { ...copyChart(c._chart), id: list[i].id };
}

export function removeChart(ctx: EmulatorContext, ssId: string, sheetId: number, chart: unknown): void {
  const c = chartOf(chart);
  const sh = findSheet(ctx, ssId, sheetId);
  const list = sheetCharts(sh);
  const i = list.findIndex((x) => x.id === c._chart.id);
  if (i < 0) throw gasError('The chart was not found in this sheet.');
  list.splice(i, 1);
}

export function getCharts(
  ctx: EmulatorContext,
  views: SpreadsheetViews,
  ssId: string,
  sheetId: number,
): GChart[] {
  return sheetCharts(findSheet(ctx, ssId, sheetId)).map((c) =>
    wrapChart(ctx, views, ssId, sheetId, copyChart(c)),
  );
}
