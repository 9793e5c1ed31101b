import { shortName } from './format/ru';
import type { MatchedPair } from './matching';
import { PAIR_KIND, PAIR_STATUS, type PairKind, type PairRow } from './schema/sheets';

/**
 * The rules of Пары и группы that do not depend on where the rows come from: which pairs count, how mentee ids
 * are written in a cell, and how a proposal changes when the curator moves a mentee or the matcher proposes.
 */

/** Approved pairs and those the curator has since marked finished: their work counts (documents, monitoring). */
export function countsAsApproved(status: PairRow['status']): boolean {
  return status === PAIR_STATUS.approved || status === PAIR_STATUS.finished;
}

/** Ids in a cell as a curator or the add-on wrote them: «MT-1; MT-2», also with commas or spaces. */
export function splitIds(cell: string | null | undefined): string[] {
  return (cell ?? '').split(/[;,\s]+/).filter(Boolean);
}

/** The way the add-on writes a list of ids or names into one cell. */
function joinCell(items: readonly string[]): string {
  return items.join('; ');
}

/** «пара» for one mentee, «группа» for more. */
export function pairKind(mentees: number): PairKind {
  return mentees > 1 ? PAIR_KIND.group : PAIR_KIND.pair;
}

/** Scores are kept to hundredths, as the matcher computes them. */
function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

/** Names of the people with these ids, in the same order (an unknown id stands for itself). */
function namesOf(ids: readonly string[], people: readonly { id: string; fullName: string | null }[]): string {
  return joinCell(ids.map((id) => people.find((p) => p.id === id)?.fullName ?? id));
}

/**
 * A proposal without the mentee the curator moves elsewhere: its remaining mentees (and kind), or null when
 * nobody is left and the proposal goes.
 */
export function withoutMentee(
  pair: Pick<PairRow, 'menteeIds'>,
  menteeId: string,
  people: readonly { id: string; fullName: string | null }[],
): Pick<PairRow, 'menteeIds' | 'menteeNames' | 'kind'> | null {
  const rest = splitIds(pair.menteeIds).filter((id) => id !== menteeId);
  if (!rest.length) return null;
  return { menteeIds: joinCell(rest), menteeNames: namesOf(rest, people), kind: pairKind(rest.length) };
}

/**
 * The mentor's proposal once the curator adds a mentee to it: a group (it had at least one), locked as the
 * curator's decision, its score the sum of its pairs' scores, its reason followed by the curator's.
 */
export function withMentee(
  target: Pick<PairRow, 'menteeIds' | 'score' | 'reason'>,
  mentee: { id: string; score: number; reason: string },
  people: readonly { id: string; fullName: string | null }[],
): Partial<PairRow> {
  const ids = [...splitIds(target.menteeIds), mentee.id];
  return {
    menteeIds: joinCell(ids),
    menteeNames: namesOf(ids, people),
    kind: PAIR_KIND.group,
    locked: true,
    score: roundScore((target.score ?? 0) + mentee.score),
    reason: `${target.reason ?? ''}\n${mentee.reason}`.trim(),
  };
}

/** A new proposal the curator made by moving a mentee to a mentor who had none: locked. */
export function curatorPair(
  mentor: { id: string; fullName: string | null },
  mentee: { id: string; fullName: string | null; score: number; reason: string },
): Omit<PairRow, 'id' | 'approvedAt'> {
  return {
    mentorId: mentor.id,
    menteeIds: mentee.id,
    kind: PAIR_KIND.pair,
    status: PAIR_STATUS.proposed,
    score: mentee.score,
    reason: mentee.reason,
    locked: true,
    mentorName: mentor.fullName ?? '',
    menteeNames: mentee.fullName ?? '',
  };
}

/** A row of Пары и группы for a mentor's newly proposed mentees (a group counts the locked ones too). */
export function proposalRow(
  mentorId: string,
  fresh: readonly MatchedPair[],
  groupSize: number,
  names: ReadonlyMap<string, string>,
): Omit<PairRow, 'id' | 'approvedAt'> {
  const score = roundScore(fresh.reduce((s, p) => s + p.score, 0));
  const reason =
    fresh.length === 1
      ? fresh[0].explanation
      : fresh.map((p) => `${shortName(names.get(p.menteeId) ?? p.menteeId)}: ${p.explanation}`).join('\n');
  return {
    mentorId,
    menteeIds: joinCell(fresh.map((p) => p.menteeId)),
    kind: pairKind(groupSize),
    status: PAIR_STATUS.proposed,
    score,
    reason,
    locked: false,
    mentorName: names.get(mentorId) ?? '',
    menteeNames: joinCell(fresh.map((p) => names.get(p.menteeId) ?? p.menteeId)),
  };
}

/** How a withdrawal marks a pair's «Обоснование»: the pair waits for the curator's decision (step 5.1). */
export const AWAITING_DECISION = 'Требует решения куратора';

export function awaitsDecision(pair: { reason?: unknown; status?: unknown }): boolean {
  return (
    String(pair.reason ?? '').startsWith(AWAITING_DECISION) &&
    pair.status !== PAIR_STATUS.rejected &&
    pair.status !== PAIR_STATUS.finished
  );
}
