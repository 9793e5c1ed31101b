import { shortName } from '../../domain/format/ru';
import { matchParticipants, type PairRef } from '../../domain/matching';
import { proposalRow } from '../../domain/pairs';
import { PAIR_STATUS, PERSON_STATUS } from '../../domain/schema/sheets';
import { eligibleForMatching } from '../../domain/selection';
import { openDatabase } from '../db/database';
import { withRecordedConsents } from '../../domain/consents/records';
import { readCurrentConsents } from '../consents/records';
import { UserFacingError } from '../errors';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';
import { readRegistry } from '../setup/registry';
import { menteeCandidate, menteeIdsOf, mentorCandidate } from './candidates';

export interface ProposalResult {
  proposed: number;
  unmatched: string[];
  warnings: string[];
}

/** «Наставляемых на наставника, не более» when Настройки does not say: what proposePairs matches with. */
export const DEFAULT_CAPACITY_CAP = 3;

/** Curator's matching options in Настройки: 'matching.capacityCap' (default 3), 'matching.sameSubjectOnly' (да/нет). */
function matchingOptions(ports: Ports): { capacityCap: number; sameSubjectOnly: boolean } {
  const reg = readRegistry(ports, 'matching.');
  const cap = parseInt(reg['matching.capacityCap'] ?? '', 10);
  return {
    capacityCap: Number.isFinite(cap) && cap > 0 ? cap : DEFAULT_CAPACITY_CAP,
    sameSubjectOnly: /^(да|true|1)$/i.test(reg['matching.sameSubjectOnly'] ?? ''),
  };
}

/**
 * 5.1: proposes pairs and groups for everyone not yet in an approved or locked pair. Approved and locked
 * pairs are kept as they are (and count against capacity), rejected ones are never proposed again, earlier
 * unlocked proposals are replaced. Everything lands in Пары и группы as «предложена».
 */
export function proposePairs(ports: Ports): ProposalResult {
  return ports.lock.withDocumentLock(() => {
    const db = openDatabase(ports);
    // Consent is read from Согласия, not from the marks in the bases.
    const consents = readCurrentConsents(ports);
    const mentorRows = db.mentors.load().rows.map((r) => withRecordedConsents(r, consents));
    const menteeRows = db.mentees.load().rows.map((r) => withRecordedConsents(r, consents));
    const pairs = db.pairs.load();
    const mentors = mentorRows.filter(eligibleForMatching);
    if (!mentors.length)
      throw new UserFacingError(
        'Нет отобранных наставников с согласием быть наставником: сначала выполните отбор (этап 4.1).',
      );

    const locked: PairRef[] = [];
    const forbidden: PairRef[] = [];
    for (const p of pairs.rows) {
      const refs = menteeIdsOf(p).map((menteeId) => ({ mentorId: p.mentorId ?? '', menteeId }));
      if (p.status === PAIR_STATUS.approved || (p.status === PAIR_STATUS.proposed && p.locked))
        locked.push(...refs);
      else if (p.status === PAIR_STATUS.rejected) forbidden.push(...refs);
    }
    const lockedMentees = new Set(locked.map((l) => l.menteeId));
    const mentees = menteeRows.filter(
      (m) => (m.status === PERSON_STATUS.inBase && m.consentPd) || lockedMentees.has(m.id),
    );
    const result = matchParticipants(mentors.map(mentorCandidate), mentees.map(menteeCandidate), {
      ...matchingOptions(ports),
      locked,
      forbidden,
    });

    for (const p of pairs.rows.filter((r) => r.status === PAIR_STATUS.proposed && !r.locked))
      pairs.remove(p.id);
    const names = new Map([...mentorRows, ...menteeRows].map((r) => [r.id, r.fullName ?? '']));
    let proposed = 0;
    for (const group of result.groups) {
      const fresh = group.pairs.filter((p) => !p.locked);
      if (!fresh.length) continue;
      pairs.insert(proposalRow(group.mentorId, fresh, group.menteeIds.length, names));
      proposed++;
    }
    pairs.save();
    const unmatched = result.unmatched.map(
      (u) => `${shortName(names.get(u.menteeId) ?? u.menteeId)}: ${u.reason}`,
    );
    logAction(ports, 'Подбор пар', `предложено ${proposed}, без пары ${unmatched.length}`);
    return { proposed, unmatched, warnings: result.warnings };
  });
}
