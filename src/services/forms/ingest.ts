import {
  TIMESTAMP_HEADERS,
  parseResponse,
  personFields,
  type ParsedResponse,
  recordFromRow,
  type ResponseRecord,
} from '../../domain/forms/answers';
import { findPerson, mergePerson } from '../../domain/forms/intake';
import type { FormDefinition, FormKey } from '../../domain/forms/types';
import { openDatabase } from '../db/database';
import { withCachedReads } from '../db/read-cache';
import { servesWorkbook } from '../setup/workbook-triggers';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';
import { FORMS_FOR_READING } from './definitions';
import {
  formLabel,
  formBySheet,
  readFormRecords,
  recordHandled,
  writeFormRecord,
  type FormRecord,
} from './registry';
import { RESPONSE_HANDLERS } from './handlers';
import { recordAnswerConsents } from '../consents/answers';
import { confirmedResponses, holdForConfirmation, responseRef, takeConfirmation } from '../consents/confirm';
import { IDENTITY } from '../../domain/consents/records';
import { isEmail } from '../../domain/format/values';
import type { Row } from '../../domain/schema/types';
import { quoted } from '../../domain/format/quotes';
import { onDemand } from '../on-demand/load';

export interface Submission {
  sheetId: number;
  /** Row of the response sheet, 1-based. */
  row: number;
  /** The answer by question title (from namedValues, or read from the row). */
  record: ResponseRecord;
}

export type IngestOutcome =
  | { kind: 'added' | 'updated'; formKey: FormKey; personId: string }
  | { kind: 'refused'; formKey: FormKey }
  | { kind: 'held'; formKey: FormKey }
  | { kind: 'noted'; formKey: FormKey }
  | { kind: 'duplicate' | 'foreign' }
  | { kind: 'ignored'; formKey: FormKey; reason: string }
  | { kind: 'invalid'; formKey: FormKey; problems: string[] };

/** Google's column for the submission time: an edit or a blank extra event carries a new one. */
const TIMESTAMP_TITLES = new Set(TIMESTAMP_HEADERS);

/**
 * One form submission, from the spreadsheet's form-submit trigger: dispatched by response sheet, de-duplicated,
 * checked for consent, normalised and upserted by e-mail into its base. Without consent nothing is kept but
 * the count. Runs under the document lock: two teachers submitting at once are handled one after the other.
 *
 * The answer is read from the response row, never from the event alone: an edited response's event carries
 * only the changed answers (the row holds them all), Google's blank extra event carries none, and a duplicate
 * delivery of an event must find its row already handled, however late it comes.
 */
export function ingestSubmission(uncached: Ports, s: Submission): IngestOutcome {
  return uncached.lock.withDocumentLock(() => {
    // Under the lock nobody else writes: each sheet is read once for the whole submission.
    const ports = withCachedReads(uncached);
    // A trigger another curator created (before one owner served the workbook) leaves the answer to the owner's.
    if (!servesWorkbook(ports)) return { kind: 'foreign' };
    const records = readFormRecords(ports);
    const key = formBySheet(records, s.sheetId);
    if (!key) return { kind: 'foreign' }; // another form linked to this spreadsheet: not ours
    const label = formLabel(key);
    if (eventIsBlank(s.record)) {
      logAction(ports, 'Пустое событие отправки формы', `${label}, строка ${s.row}`);
      return { kind: 'ignored', formKey: key, reason: 'blank' };
    }
    const row = ports.responses.readRow(s.sheetId, s.row);
    // The row was erased (a refusal or a withdrawal handled before): a late duplicate of that event.
    if (!row || row.values.slice(1).every((v) => v === '' || v === null)) return { kind: 'duplicate' };
    const disagreeing = disagreement(s.record, row.header, row.display);
    if (disagreeing) {
      logAction(
        ports,
        'Событие формы не совпадает с ответом',
        `${label}, строка ${s.row}, вопрос ${quoted(disagreeing)}`,
      );
      return { kind: 'ignored', formKey: key, reason: 'disagrees' };
    }
    const record = recordFromRow(row.header, row.values);
    const content = fingerprint(record);
    const rowKey = `${s.sheetId}:${s.row}`;
    const formRecord = records[key]!;
    if (formRecord.handled[rowKey] === content) return { kind: 'duplicate' };
    const def = FORMS_FOR_READING[key];
    const outcome = ingestRecord(ports, def, s.sheetId, s.row, record, true, trustOf(ports, def, formRecord));
    recordHandled(ports, key, formRecord, rowKey, content, outcome.kind === 'refused');
    return outcome;
  });
}

/** Google's blank extra event: no answer at all (a timestamp at most). */
function eventIsBlank(record: ResponseRecord): boolean {
  return Object.entries(record).every(
    ([title, v]) => TIMESTAMP_TITLES.has(title.trim().toLowerCase()) || String(v ?? '').trim() === '',
  );
}

const comparable = (v: unknown) =>
  String(v ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The first question whose non-empty value in the event differs from what the row displays (an event that
 * does not describe its row is not acted on); null when they agree. Empty event values are answers an edit
 * did not change.
 */
function disagreement(record: ResponseRecord, header: unknown[], display: string[]): string | null {
  for (const [title, v] of Object.entries(record)) {
    if (TIMESTAMP_TITLES.has(title.trim().toLowerCase()) || comparable(v) === '') continue;
    const col = header.findIndex((h) => comparable(h) === comparable(title));
    if (col >= 0 && comparable(display[col]) !== comparable(v)) return title;
  }
  return null;
}

/**
 * Re-reads every response sheet of the base questionnaires and upserts them again: idempotent. Every row it
 * read is recorded as handled, as a trigger records it: the overview counts the rows nobody handled.
 */
export function rebuildFromResponses(ports: Ports): Record<string, number> {
  return ports.lock.withDocumentLock(() => {
    const counts = { added: 0, updated: 0, refused: 0, invalid: 0, noted: 0, held: 0 };
    forEachResponse(
      ports,
      { forms: () => true, rows: () => true },
      (outcome) => counts[outcome.kind as keyof typeof counts]++,
    );
    logAction(ports, 'Пересобрана база из ответов', JSON.stringify(counts));
    return counts;
  });
}

/**
 * The daily check: an answer without consent that no trigger handled (the lock was held, a trigger failed) is
 * handled now, as the trigger would have: its content is erased (152-ФЗ keeps nothing without consent). Answers
 * with consent wait for the curator's rebuild, which the sidebar offers with their count. Returns how many.
 */
export function handleMissedRefusals(ports: Ports): number {
  return ports.lock.withDocumentLock(() => {
    let handled = 0;
    // Only the base questionnaires ask for consent; the surveys' sheets are not even read.
    forEachResponse(
      ports,
      {
        forms: (def) => !!def.target,
        rows: (def, record, done) => !done && !parseResponse(def, record).consentPd,
      },
      () => handled++,
    );
    return handled;
  });
}

/**
 * Ingests the rows of the questionnaires' response sheets that `take` selects (`done`: a trigger or rebuild
 * handled the row before) and records them as handled, with the refusals' count: one registry write per
 * questionnaire.
 */
function forEachResponse(
  ports: Ports,
  take: {
    forms: (def: FormDefinition) => boolean;
    rows: (def: FormDefinition, record: ResponseRecord, done: boolean) => boolean;
  },
  counted: (outcome: IngestOutcome) => void,
): void {
  const defs = FORMS_FOR_READING;
  const records = readFormRecords(ports);
  for (const [key, r] of Object.entries(records) as [FormKey, FormRecord][]) {
    if (!take.forms(defs[key])) continue;
    let refused = 0;
    const handled: Record<string, string> = {};
    let trust: Trust | null = null;
    for (const sheetId of [...r.oldSheetIds, r.sheetId]) {
      const sheet = ports.responses.read(sheetId);
      if (!sheet) continue;
      const [header, ...rows] = sheet.values;
      rows.forEach((row, i) => {
        const rowKey = `${sheetId}:${i + 2}`;
        const record = recordFromRow(header ?? [], row);
        const done = rowKey in r.handled;
        // An erased row (no consent, withdrawn) has nothing to take in; it counts as handled.
        const erased = row.slice(1).every((v) => v === '' || v === null);
        if (erased) {
          if (!done) handled[rowKey] = fingerprint(record);
          return;
        }
        if (!take.rows(defs[key], record, done)) return;
        trust ??= trustOf(ports, defs[key], r);
        const outcome = ingestRecord(ports, defs[key], sheetId, i + 2, record, false, trust);
        handled[rowKey] = fingerprint(record);
        counted(outcome);
        if (outcome.kind === 'refused') refused++;
      });
    }
    if (!refused && !Object.keys(handled).length) continue;
    const fresh = readFormRecords(ports)[key]!;
    writeFormRecord(ports, key, {
      ...fresh,
      refused: fresh.refused + refused,
      handled: { ...fresh.handled, ...handled },
    });
  }
}

/**
 * How far a questionnaire's addresses can be trusted: verified by Google (the respondent signed in), or else
 * only for the held answers whose address was confirmed by the code from the mail.
 */
interface Trust {
  verified: boolean;
  confirmed: ReadonlySet<string>;
}

function trustOf(ports: Ports, def: FormDefinition, record: FormRecord | undefined): Trust {
  // Only answers that change someone's consent need it; the live form says how it collects addresses.
  if (!def.target || !record) return { verified: true, confirmed: new Set() };
  const verified = ports.forms.collectsVerifiedEmail(record.formId);
  return { verified, confirmed: verified ? new Set() : confirmedResponses(ports) };
}

function ingestRecord(
  ports: Ports,
  def: FormDefinition,
  sheetId: number,
  row: number,
  record: ResponseRecord,
  log: boolean,
  trust: Trust,
): IngestOutcome {
  const parsed = parseResponse(def, record);
  const label = formLabel(def.key);
  if (
    def.target &&
    !trust.verified &&
    isEmail(parsed.email) &&
    !trust.confirmed.has(responseRef(sheetId, row))
  ) {
    holdForConfirmation(ports, def, parsed, { sheetId, row });
    // Without consent the typed data are not kept, but nobody's consent changes until the code comes back.
    if (!parsed.consentPd) ports.responses.blankRows(sheetId, [row], 2);
    return { kind: 'held', formKey: def.key };
  }
  const identity = trust.verified ? IDENTITY.verified : IDENTITY.mail;
  if (!def.target) {
    const handler = RESPONSE_HANDLERS[def.key];
    const handled = handler ? handler(ports, def, parsed, { sheetId, row }) : ({ kind: 'noted' } as const);
    if (log && handled.kind === 'invalid')
      logAction(ports, 'Ответ не принят', `${label}, строка ${row}: ${handled.problems.join(' ')}`);
    else if (log) logAction(ports, 'Получен ответ на анкету', `${label}, строка ${row}`);
    if (handled.kind === 'invalid') return { kind: 'invalid', formKey: def.key, problems: handled.problems };
    if (handled.kind === 'noted') return { kind: 'noted', formKey: def.key };
    return { kind: handled.kind, formKey: def.key, personId: handled.recordId };
  }
  if (!parsed.consentPd) {
    // 152-ФЗ: no consent, no processing. The content is erased; only the fact of a refusal remains.
    ports.responses.blankRows(sheetId, [row], 2);
    const formId = readFormRecords(ports)[def.key]?.formId;
    if (formId && parsed.email) ports.forms.deleteResponses(formId, parsed.email);
    if (parsed.email && personOf(ports, def.target, parsed))
      onDemand().withdrawPerson(ports, parsed.email, 'отказ в повторной анкете');
    logAction(ports, 'Ответ без согласия на обработку данных', `${label}, строка ${row}: содержимое удалено`);
    return { kind: 'refused', formKey: def.key };
  }
  if (parsed.problems.some((p) => p.startsWith('В ответе нет'))) {
    logAction(ports, 'Ответ не принят', `${label}, строка ${row}: ${parsed.problems.join(' ')}`);
    return { kind: 'invalid', formKey: def.key, problems: parsed.problems };
  }
  const table = openDatabase(ports)[def.target].load();
  const found = answerer(ports, table.rows, parsed);
  const existing = found && table.rows.find((r) => r.id === found.id);
  const fields = personFields(def, parsed, ports.runtime.now());
  const merged = mergePerson(def.target, existing, fields);
  const person = existing ? table.update(existing.id, merged) : table.insert(merged);
  // The consents go to Согласия as records; the row's marks are their copy, never typed evidence.
  table.update(person.id, recordAnswerConsents(ports, def, parsed, person.id, { row, identity }));
  table.save();
  if (log) {
    const notes = parsed.problems.length ? ` Замечания: ${parsed.problems.join(' ')}` : '';
    logAction(ports, existing ? 'Анкета обновлена' : 'Анкета принята', `${label}: ${person.id}.${notes}`);
  }
  return { kind: existing ? 'updated' : 'added', formKey: def.key, personId: person.id };
}

/**
 * The person a refusal is about, found as an answer is (findPerson). A row whose e-mail a restored column left
 * empty gets it back first, so that the withdrawal, which goes by e-mail, finds and erases it.
 */
function personOf(ports: Ports, target: 'mentees' | 'mentors', parsed: ParsedResponse): boolean {
  const table = openDatabase(ports)[target].load();
  const found = answerer(ports, table.rows, parsed);
  if (!found) return false;
  if (found.email !== parsed.email) {
    table.update(String(found.id), { email: parsed.email });
    table.save();
  }
  return true;
}

/** The base row an answer belongs to (domain findPerson), with the consent records' ids at hand. */
function answerer(ports: Ports, rows: readonly object[], parsed: ParsedResponse): Row | undefined {
  const answer = { email: parsed.email, fullName: String(parsed.values.fullName ?? '') };
  return findPerson(rows as readonly Row[], answer, () => idsOfEmail(ports, parsed.email));
}

/** The stable ids the consent records hold beside this address (kept even when a base lost its e-mails). */
function idsOfEmail(ports: Ports, email: string): string[] {
  const rows = openDatabase(ports).consents.loadIfExists()?.rows ?? [];
  return rows.flatMap((r) => (r.email === email && r.personId ? [String(r.personId)] : []));
}

/**
 * Identifies an event's content: duplicate deliveries of one submission carry identical values, while a
 * teacher editing their response produces new values for the same row and must be handled again.
 */
function fingerprint(record: ResponseRecord): string {
  const text = Object.keys(record)
    .sort()
    .map((k) => `${k}=${String(record[k])}`)
    .join('\u0001');
  let h = 0x811c9dc5; // FNV-1a, 32-bit: no service call needed
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * A curator enters the code a teacher got by mail: the held answer counts now, as if its address had been
 * verified — a refusal withdraws the person, an answer with consent enters the base with its consents.
 */
export function confirmHeldAnswer(ports: Ports, code: string): string {
  return ports.lock.withDocumentLock(() => {
    const held = takeConfirmation(ports, code);
    if (held.refusal) {
      const result = onDemand().withdrawPerson(
        ports,
        held.email,
        'отказ в анкете, адрес подтверждён кодом из письма',
      );
      return result.people.length
        ? `Адрес подтверждён. Отказ от согласия учтён: данные участника удалены (${result.people.join(', ')}).`
        : 'Адрес подтверждён. Отказ от согласия учтён; в базах этого адреса не было.';
    }
    const records = readFormRecords(ports);
    const key = formBySheet(records, held.sheetId);
    const sheet = ports.responses.read(held.sheetId);
    const values = sheet?.values[held.row - 1];
    if (!key || !sheet || !values || values.slice(1).every((v) => v === '' || v === null))
      return 'Адрес подтверждён, но ответа уже нет на листе ответов: учитывать нечего.';
    const confirmed = new Set([responseRef(held.sheetId, held.row)]);
    const outcome = ingestRecord(
      ports,
      FORMS_FOR_READING[key],
      held.sheetId,
      held.row,
      recordFromRow(sheet.values[0] ?? [], values),
      true,
      { verified: false, confirmed },
    );
    if (outcome.kind === 'added' || outcome.kind === 'updated')
      return `Адрес подтверждён, ответ учтён: ${outcome.personId}.`;
    if (outcome.kind === 'invalid')
      return `Адрес подтверждён, но ответ не принят: ${outcome.problems.join(' ')}`;
    return 'Адрес подтверждён.';
  });
}
