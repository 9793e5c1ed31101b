import { shortName } from '../../domain/format/ru';
import { scorePair } from '../../domain/matching';
import { DEFAULT_WEIGHTS } from '../../domain/matching';
import { curatorPair, withMentee, withoutMentee } from '../../domain/pairs';
import {
  PAIR_STATUS,
  PERSON_STATUS,
  type MenteeRow,
  type MentorRow,
  type PairRow,
} from '../../domain/schema/sheets';
import { eligibleForMatching } from '../../domain/selection';
import { openDatabase } from '../db/database';
import { UserFacingError } from '../errors';
import { logAction } from '../db/journal';
import type { LoadedTable } from '../db/table';
import type { Ports } from '../ports';
import { findPeople, menteeCandidate, menteeIdsOf, mentorCandidate } from './candidates';

/** Proposals a curator names by pair id or by the mentor's e-mail. */
function proposalsOf(pairs: LoadedTable<PairRow>, mentors: MentorRow[], ref: string): PairRow[] {
  const byId = pairs.find(ref.trim());
  if (byId) return [byId];
  const [mentor] = findPeople(mentors, ref, 'наставник или пара');
  const rows = pairs.rows.filter((p) => p.mentorId === mentor.id && p.status === PAIR_STATUS.proposed);
  if (!rows.length)
    throw new UserFacingError(`У наставника ${shortName(mentor.fullName ?? '')} нет предложенных пар.`);
  return rows;
}

/** Keeps a proposal through re-runs of matching. */
export function lockProposal(ports: Ports, ref: string): string {
  return editPairs(ports, 'Пара закреплена', (pairs, mentors) => {
    const rows = proposalsOf(pairs, mentors, ref).filter((r) => r.status === PAIR_STATUS.proposed);
    rows.forEach((r) => pairs.update(r.id, { locked: true }));
    return `Закреплено: ${rows.map((r) => `${r.mentorName} → ${r.menteeNames}`).join('; ')}.`;
  });
}

/** Rejects a proposal: its mentees go back to the pool and this combination is never proposed again. */
export function rejectProposal(ports: Ports, ref: string): string {
  return editPairs(ports, 'Пара отклонена', (pairs, mentors) => {
    const rows = proposalsOf(pairs, mentors, ref).filter((r) => r.status === PAIR_STATUS.proposed);
    rows.forEach((r) => pairs.update(r.id, { status: PAIR_STATUS.rejected, locked: false }));
    return `Отклонено: ${rows.map((r) => `${r.mentorName} → ${r.menteeNames}`).join('; ')}. Запустите подбор ещё раз для оставшихся.`;
  });
}

/**
 * Moves a mentee to another mentor («эл. почта наставляемого; эл. почта наставника»): the curator's decision,
 * so the resulting pair is locked. The score and explanation are recomputed for the new pair.
 */
export function swapMentee(ports: Ports, line: string): string {
  const [menteeRef, mentorRef] = line.split(/[;→>]+/).map((s) => s.trim());
  if (!menteeRef || !mentorRef)
    throw new UserFacingError('Введите «эл. почта наставляемого; эл. почта наставника».');
  return editPairs(ports, 'Наставляемый переведён', (pairs, mentors, mentees) => {
    const [mentee] = findPeople(mentees, menteeRef, 'наставляемый');
    const [mentor] = findPeople(mentors, mentorRef, 'наставник');
    if (!eligibleForMatching(mentor))
      throw new UserFacingError(
        `${shortName(mentor.fullName ?? '')} не отобран(а) или не дал(а) согласия быть наставником.`,
      );
    const menteeName = shortName(mentee.fullName ?? '');
    if (pairs.rows.some((p) => p.status === PAIR_STATUS.approved && menteeIdsOf(p).includes(mentee.id))) {
      throw new UserFacingError(`${menteeName} уже в утверждённой паре.`);
    }
    for (const p of pairs.rows.filter(
      (r) => r.status === PAIR_STATUS.proposed && menteeIdsOf(r).includes(mentee.id),
    )) {
      const rest = withoutMentee(p, mentee.id, mentees);
      if (rest) pairs.update(p.id, rest);
      else pairs.remove(p.id);
    }
    const { score } = scorePair(mentorCandidate(mentor), menteeCandidate(mentee), DEFAULT_WEIGHTS);
    const target = pairs.rows.find((p) => p.mentorId === mentor.id && p.status === PAIR_STATUS.proposed);
    const moved = {
      id: mentee.id,
      fullName: mentee.fullName,
      score,
      reason: `Назначен куратором: ${menteeName}.`,
    };
    if (target) pairs.update(target.id, withMentee(target, moved, mentees));
    else pairs.insert(curatorPair(mentor, moved));
    return `${menteeName} переведён(а) к наставнику ${shortName(mentor.fullName ?? '')}; пара закреплена.`;
  });
}

/** Approves every proposal: pairs become «утверждена», their people «в паре»; feeds the pairs order. */
export function approveProposals(ports: Ports): string {
  return ports.lock.withDocumentLock(() => {
    const db = openDatabase(ports);
    const pairs = db.pairs.load();
    const proposals = pairs.rows.filter((p) => p.status === PAIR_STATUS.proposed);
    if (!proposals.length) throw new UserFacingError('Нет предложенных пар: сначала запустите подбор.');
    const today = ports.runtime.now();
    const inPair = new Set<string>();
    for (const p of proposals) {
      pairs.update(p.id, { status: PAIR_STATUS.approved, approvedAt: today, locked: true });
      if (p.mentorId) inPair.add(p.mentorId);
      menteeIdsOf(p).forEach((id) => inPair.add(id));
    }
    pairs.save();
    for (const base of [db.mentors.load(), db.mentees.load()]) {
      for (const r of base.rows.filter((r) => inPair.has(r.id)))
        base.update(r.id, { status: PERSON_STATUS.inPair });
      base.save();
    }
    logAction(ports, 'Пары утверждены', `${proposals.length}`);
    return `Утверждено пар/групп: ${proposals.length}. Теперь можно сформировать приказ об утверждении пар.`;
  });
}

function editPairs(
  ports: Ports,
  action: string,
  edit: (pairs: LoadedTable<PairRow>, mentors: MentorRow[], mentees: MenteeRow[]) => string,
): string {
  return ports.lock.withDocumentLock(() => {
    const db = openDatabase(ports);
    const pairs = db.pairs.load();
    const message = edit(pairs, db.mentors.load().rows, db.mentees.load().rows);
    pairs.save();
    logAction(ports, action, message);
    return message;
  });
}
