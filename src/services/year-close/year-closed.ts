import type { Ports } from '../ports';

/** The add-on's record of the moment «Закрыть учебный год» finished (close-year.ts writes it last). */
export const CLOSED_AT_KEY = 'year.closedAt';

/**
 * Whether «Закрыть учебный год» finished in this workbook. Its own module: every sidebar click and the daily
 * trigger ask it, while the close itself is loaded on demand (services/on-demand).
 */
export function yearClosed(ports: Ports): boolean {
  return !!ports.records.get(CLOSED_AT_KEY);
}
