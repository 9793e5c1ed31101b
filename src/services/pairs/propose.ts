import { shortName } from '../../domain/format/ru';
import { matchParticipants, type MatchedPair, type PairRef } from '../../domain/matching';
import type { Row } from '../../domain/schema/types';
import { eligibleForMatching } from '../../domain/selection';
import { openDatabase } from '../db/database';
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

/** Curator's matching options in Настройки: 'matching.capacityCap' (default 3), 'matching.sameSubjectOnly' (да/нет). */
function matchingOptions(ports: Ports): { capacityCap: number; sameSubjectOnly: boolean } {
  const reg = readRegistry(ports, 'matching.');
  const cap = parseInt(reg['matching.capacityCap'] ?? '', 10);
  return {
    capacityCap: Number.isFinite(cap) && cap > 0 ? cap : 3,
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
    const mentorRows = db.mentors.load().rows;
    const menteeRows = db.mentees.load().rows;
    const pairs = db.pairs.load();
    const mentors = mentorRows.filter(eligibleForMatching);
    if (!mentors.length)
      throw new UserFacingError(
        'Нет отобранных наставников с согласием быть наставником: сначала выполните отбор (этап 4.1).',
      );

    const locked: PairRef[] = [];
    const forbidden: PairRef[] = [];
    for (const p of pairs.rows) {
      const refs = menteeIdsOf(p).map((menteeId) => ({ mentorId: String(p.mentorId), menteeId }));
      if (p.status === 'утверждена' || (p.status === 'предложена' && p.locked)) locked.push(...refs);
      else if (p.status === 'отклонена') forbidden.push(...refs);
    }
    const lockedMentees = new Set(locked.map((l) => l.menteeId));
    const mentees = menteeRows.filter(
      (m) => (m.status === 'в базе' && m.consentPd) || lockedMentees.has(m.id),
    );
    const result = matchParticipants(mentors.map(mentorCandidate), mentees.map(menteeCandidate), {
      ...matchingOptions(ports),
      locked,
      forbidden,
    });

    for (const p of pairs.rows.filter((r) => r.status === 'предложена' && !r.locked)) pairs.remove(p.id);
    const names = new Map([...mentorRows, ...menteeRows].map((r) => [r.id, String(r.fullName ?? '')]));
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

/** A row of Пары и группы for a mentor's newly proposed mentees. */
export function proposalRow(
  mentorId: string,
  fresh: MatchedPair[],
  groupSize: number,
  names: Map<string, string>,
): Omit<Row, 'id'> {
  const score = Math.round(fresh.reduce((s, p) => s + p.score, 0) * 100) / 100;
  const reason =
    fresh.length === 1
      ? fresh[0].explanation
      : fresh.map((p) => `${shortName(names.get(p.menteeId) ?? p.menteeId)}: ${p.explanation}`).join('\n');
  return {
    mentorId,
    menteeIds: fresh.map((p) => p.menteeId).join('; '),
    kind: groupSize > 1 ? 'группа' : 'пара',
    status: 'предложена',
    score,
    reason,
    locked: false,
    mentorName: names.get(mentorId) ?? '',
    menteeNames: fresh.map((p) => names.get(p.menteeId) ?? p.menteeId).join('; '),
  };
}
