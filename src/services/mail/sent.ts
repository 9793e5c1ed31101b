import { MAIL_STATE, type MailingRow } from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import type { LoadedTable } from '../db/table';
import type { MailMessage } from '../documents/ports';
import type { Ports } from '../ports';

interface SentEntry {
  campaign: string;
  code: string;
  email: string;
  personId?: string;
  pairId?: string;
}

/**
 * The register of e-mail (Рассылки): one row per message and recipient. The row is saved as «отправляется»
 * before the send and becomes «отправлено» after it, so neither a re-run, a second curator, tomorrow's
 * continuation nor a resumed batch after Google stopped an execution mid-send ever sends a letter twice: a row
 * left «отправляется» is a letter nobody knows went out, shown to the curator and never re-sent silently.
 */
export interface SentLog {
  table: LoadedTable<MailingRow>;
  /** Codes of letters sent, or perhaps sent: none is sent again. */
  codes: Set<string>;
  /** Sends one message for these entries exactly once (one write per message: see `send`). */
  send(entries: SentEntry | readonly SentEntry[], message: MailMessage): void;
  /** Saves the last message's «отправлено». */
  close(): void;
}

export function openSentLog(ports: Ports): SentLog {
  const table = openDatabase(ports).mailings.load();
  const codes = new Set(table.rows.map((r) => r.code ?? ''));
  let sentIds: string[] = [];
  const markSent = () => {
    for (const id of sentIds) table.update(id, { state: MAIL_STATE.sent });
    sentIds = [];
  };
  return {
    table,
    codes,
    send(entries, message) {
      const at = ports.runtime.now();
      const rows = (Array.isArray(entries) ? entries : [entries]) as readonly SentEntry[];
      const inserted = rows.map((e) =>
        table.insert({ personId: '', pairId: '', ...e, sentAt: at, state: MAIL_STATE.sending }),
      );
      // One write: the previous letter's «отправлено» with this one's «отправляется», before it is sent.
      markSent();
      table.save();
      for (const e of rows) codes.add(e.code);
      ports.mail.send(message);
      sentIds = inserted.map((r) => r.id);
    },
    close() {
      if (!sentIds.length) return;
      markSent();
      table.save();
    },
  };
}
