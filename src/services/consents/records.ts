import {
  CONSENT_KINDS,
  changedDecisions,
  currentConsents,
  type ConsentDecision,
  type PersonConsents,
} from '../../domain/consents/records';
import { CONSENT_TEXT_VERSION } from '../../domain/consents/templates';
import { ALL_SHEETS, CONSENTS } from '../../domain/schema/sheets';
import type { Row } from '../../domain/schema/types';
import { openDatabase } from '../db/database';
import type { LoadedTable } from '../db/table';
import type { Ports } from '../ports';

/** The consent records (Согласия), read once; created when a workbook set up before it had none. */
export function loadConsentRecords(ports: Ports): LoadedTable<Row> {
  const table = openDatabase(ports).consents;
  const loaded = table.loadIfExists();
  if (loaded) return loaded;
  ports.sheets.createSheet(CONSENTS, ALL_SHEETS.indexOf(CONSENTS));
  return table.load();
}

/** What every read of consent uses: the latest record per person and consent. */
export function readCurrentConsents(ports: Ports): Map<string, PersonConsents> {
  const loaded = openDatabase(ports).consents.loadIfExists();
  return currentConsents(loaded?.rows ?? []);
}

export interface ConsentEvent {
  personId: string;
  email: string;
  decisions: readonly ConsentDecision[];
  /** «Анкета наставника, ответ в строке 5», «куратор curator@school.ru». */
  source: string;
  /** How the person was identified (IDENTITY). */
  identity: string;
}

/**
 * Appends the decisions that change what is recorded (one read, one write); a rebuild that reads the same
 * answers again adds nothing. Returns the decisions written.
 */
export function recordConsents(
  ports: Ports,
  event: ConsentEvent,
): { changes: ConsentDecision[]; current: PersonConsents | undefined } {
  const table = loadConsentRecords(ports);
  const current = currentConsents(table.rows).get(event.personId);
  const changes = changedDecisions(current, event.decisions);
  const at = ports.runtime.now();
  for (const d of changes)
    table.insert({
      at,
      email: event.email,
      personId: event.personId,
      kind: CONSENT_KINDS[d.kind],
      state: d.state,
      version: CONSENT_TEXT_VERSION,
      source: event.source,
      identity: event.identity,
      details: d.details ?? '',
    });
  if (changes.length) table.save();
  return { changes, current: currentConsents(table.rows).get(event.personId) };
}

/**
 * Withdrawal: every consent of these people is recorded as withdrawn, and their e-mail leaves the earlier
 * records (152-ФЗ: after withdrawal nothing identifies them; the id links the records to the anonymised row).
 */
export function recordWithdrawal(ports: Ports, personIds: readonly string[], source: string): void {
  if (!personIds.length) return;
  const table = loadConsentRecords(ports);
  const current = currentConsents(table.rows);
  const at = ports.runtime.now();
  for (const row of table.rows)
    if (personIds.includes(String(row.personId))) table.update(row.id, { email: '' });
  for (const id of personIds)
    for (const kind of Object.keys(current.get(id) ?? {}) as (keyof typeof CONSENT_KINDS)[])
      if (current.get(id)?.[kind]?.state === 'дано')
        table.insert({
          at,
          email: '',
          personId: id,
          kind: CONSENT_KINDS[kind],
          state: 'отозвано',
          version: CONSENT_TEXT_VERSION,
          source,
          identity: '',
          details: '',
        });
  table.save();
}
