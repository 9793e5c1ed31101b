import { normalizeEmail } from '../../domain/format/values';
import type { Ports } from '../ports';

/** The record that holds the curators: written by setup only, never read from a cell. */
const CURATORS_RECORD = 'curators';

/** The programme's curators as setup recorded them; empty before the first setup. */
export function readCurators(ports: Ports): string[] {
  return (ports.records.get(CURATORS_RECORD) ?? '').split(',').map(normalizeEmail).filter(Boolean);
}

/** Setup's record of the curators (the Настройки sheet shows a copy of it). */
export function recordCurators(ports: Ports, curators: readonly string[]): void {
  ports.records.set(CURATORS_RECORD, curators.map(normalizeEmail).filter(Boolean).join(','));
}
