import type { MailingRow } from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import type { LoadedTable } from '../db/table';
import type { Ports } from '../ports';

/**
 * The register of sent e-mail (Рассылки): one row per message and recipient, written right after the send,
 * so a re-run, a second curator or tomorrow's continuation never sends the same message again.
 */
export interface SentLog {
  table: LoadedTable<MailingRow>;
  codes: Set<string>;
  /** Writes the mark at once (one write): a failure on the next message must not lose this one. */
  mark(entry: { campaign: string; code: string; email: string; personId?: string; pairId?: string }): void;
}

export function openSentLog(ports: Ports): SentLog {
  const table = openDatabase(ports).mailings.load();
  const codes = new Set(table.rows.map((r) => r.code ?? ''));
  return {
    table,
    codes,
    mark(entry) {
      table.insert({ personId: '', pairId: '', ...entry, sentAt: ports.runtime.now() });
      table.save();
      codes.add(entry.code);
    },
  };
}
