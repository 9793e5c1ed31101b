import { JOURNAL } from '../../domain/schema/sheets';
import type { Ports } from '../ports';
import { Table } from './table';

/** Writes one row to Журнал for an action: who, when, what. Appends without reading the log. */
export function logAction(ports: Ports, action: string, details = ''): void {
  new Table(JOURNAL, ports.sheets, ports.runtime).append([
    { at: ports.runtime.now(), user: ports.runtime.userEmail(), action, details },
  ]);
}
