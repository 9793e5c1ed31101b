import { anonymise } from '../../domain/forms/intake';
import { normalizeEmail } from '../../domain/format/values';
import { AWAITING_DECISION, splitIds } from '../../domain/pairs';
import { PAIR_STATUS } from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';
import { readFormRecords } from './registry';
import { refreshPublishedPage } from '../publishing/switch';
import { eraseTraces, type TraceReport } from './withdraw-traces';
import { recordWithdrawal } from '../consents/records';

export interface WithdrawResult {
  /** Base rows anonymised (mentee and/or mentor). */
  people: string[];
  /** Pairs or groups in progress that now need the curator's decision. */
  pairs: string[];
  responsesErased: number;
  /** Where the name and e-mail were removed, which files were trashed, and what remains (and why). */
  traces: TraceReport;
}

const EMAIL_HEADER = /адрес электронной почты|email address/i;

/**
 * Withdrawal of consent (152-ФЗ ст. 9 ч. 2): the person's data is erased everywhere the add-on keeps it — the
 * bases (the row stays, anonymised, because pairs refer to its id), the response sheets and the forms' own
 * copies — and pairs in progress are flagged for the curator. The journal keeps ids only.
 */
export function withdrawPerson(
  ports: Ports,
  rawEmail: string,
  reason = 'заявление участника',
): WithdrawResult {
  const email = normalizeEmail(rawEmail);
  const db = openDatabase(ports);
  const result: WithdrawResult = {
    people: [],
    pairs: [],
    responsesErased: 0,
    traces: { sheets: {}, trashed: [], retained: [] },
  };
  const fullNames: string[] = [];
  const affectedPairs: string[] = [];
  for (const base of [db.mentees, db.mentors]) {
    const table = base.load();
    for (const row of table.rows.filter((r) => r.email === email)) {
      if (row.fullName) fullNames.push(String(row.fullName));
      table.update(row.id, anonymise(row));
      result.people.push(row.id);
    }
    table.save();
  }
  if (result.people.length) {
    const pairs = db.pairs.load();
    const today = ports.runtime.now().toLocaleDateString('ru-RU');
    for (const p of pairs.rows) {
      const members = [p.mentorId ?? '', ...splitIds(p.menteeIds)];
      if (!members.some((m) => result.people.includes(m))) continue;
      affectedPairs.push(p.id);
      if (p.status === PAIR_STATUS.rejected || p.status === PAIR_STATUS.finished) continue;
      pairs.update(p.id, {
        reason: `${AWAITING_DECISION}: участник отозвал согласие (${today}). ${p.reason ?? ''}`.trim(),
      });
      result.pairs.push(p.id);
    }
    pairs.save();
  }
  for (const [, record] of Object.entries(readFormRecords(ports))) {
    if (!record) continue;
    for (const sheetId of [...record.oldSheetIds, record.sheetId]) {
      const sheet = ports.responses.read(sheetId);
      if (!sheet) continue;
      const [header, ...rows] = sheet.values;
      const emailCol = (header ?? []).findIndex((h) => EMAIL_HEADER.test(String(h)));
      if (emailCol < 0) continue;
      const mine = rows.flatMap((row, i) =>
        normalizeEmail(String(row[emailCol] ?? '')) === email ? [i + 2] : [],
      );
      if (mine.length) {
        ports.responses.blankRows(sheetId, mine, 2);
        result.responsesErased += mine.length;
      }
    }
    ports.forms.deleteResponses(record.formId, email);
  }
  // Согласия first: the e-mail leaves the consent records before the traces are looked for.
  recordWithdrawal(ports, result.people, reason);
  if (result.people.length)
    result.traces = eraseTraces(ports, { ids: result.people, fullNames, email }, affectedPairs);
  // A name on the public page disappears at once, not when the cached page expires.
  refreshPublishedPage(ports);
  logAction(
    ports,
    'Отзыв согласия на обработку данных',
    `${reason}: ${result.people.join(', ') || 'в базах не найден'}; пары: ${result.pairs.join(', ') || 'нет'}`,
  );
  return result;
}
