import type { MonitoringIndicators } from '../../domain/monitoring';
import { monitoringGrid } from '../../domain/monitoring-sheet';
import { MONITORING } from '../../domain/schema/sheets';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';

/**
 * The Мониторинг sheet, rewritten whole in one write (after one read to blank what the last run left); its
 * layout is domain/monitoring-sheet.ts.
 */

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
  const { grid, charts, rows } = monitoringGrid(ind, pairTitles, {
    height: previous.length,
    width: Math.max(0, ...previous.map((r) => r.length)),
  });
  ports.sheets.writeBlock(MONITORING.name, 1, 1, grid);
  return { rows, charts: ports.charts.replaceCharts(MONITORING.name, charts) };
}
