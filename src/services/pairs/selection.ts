import { shortName } from '../../domain/format/ru';
import { PERSON_STATUS, type PersonStatus } from '../../domain/schema/sheets';
import { hasMentorConsent, isSelected, suitability } from '../../domain/selection';
import { openDatabase } from '../db/database';
import { withRecordedConsents } from '../../domain/consents/records';
import { readCurrentConsents } from '../consents/records';
import { UserFacingError } from '../errors';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';
import { findPeople } from './candidates';

/** Mentors the curator can still decide about (not withdrawn, not finished). */
const CANDIDATE = new Set<PersonStatus | string | null>([
  PERSON_STATUS.inBase,
  PERSON_STATUS.consented,
  PERSON_STATUS.selected,
  PERSON_STATUS.notSelected,
  PERSON_STATUS.inPair,
]);

/** 4.1: scores every candidate mentor, writes the score and its parts into Наставники, returns the ranking. */
export function scoreMentors(ports: Ports): string[] {
  return ports.lock.withDocumentLock(() => {
    const table = openDatabase(ports).mentors.load();
    const consents = readCurrentConsents(ports);
    const ranked = table.rows
      .filter((r) => CANDIDATE.has(r.status))
      .map((r) => ({ row: r, s: suitability(withRecordedConsents(r, consents)) }))
      .sort(
        (a, b) => b.s.total - a.s.total || (a.row.fullName ?? '').localeCompare(b.row.fullName ?? '', 'ru'),
      );
    for (const { row, s } of ranked) {
      table.update(row.id, {
        suitability: s.total,
        suitabilityParts: [
          ...s.parts.map((p) => `${p.label}: ${p.points}/${p.max} (${p.detail})`),
          ...s.blockers,
        ].join('; '),
      });
    }
    table.save();
    logAction(ports, 'Оценка кандидатов в наставники', `${ranked.length} кандидатов`);
    return ranked.map(({ row, s }) => {
      const status = isSelected(row.status)
        ? ' — отобран'
        : row.status === PERSON_STATUS.notSelected
          ? ' — не отобран'
          : '';
      const blockers = s.blockers.length ? ` ⚠ ${s.blockers.join('; ')}` : '';
      return `${shortName(row.fullName ?? '')}: ${s.total} из ${s.max}${status}${blockers}`;
    });
  });
}

/** 4.1: the curator's decision. Only mentors with the written mentor consent can be selected. */
export function decideMentors(ports: Ports, refs: string, select: boolean): string[] {
  return ports.lock.withDocumentLock(() => {
    const table = openDatabase(ports).mentors.load();
    const people = findPeople(table.rows, refs, 'наставники');
    if (select) {
      const consents = readCurrentConsents(ports);
      const blocked = people.filter((p) => !hasMentorConsent(withRecordedConsents(p, consents)));
      if (blocked.length) {
        throw new UserFacingError(
          `Нельзя отобрать без письменного согласия быть наставником (ст. 351.8 ТК РФ): ${blocked.map((p) => shortName(p.fullName ?? '')).join(', ')}.`,
        );
      }
    }
    for (const p of people) {
      if (p.status === PERSON_STATUS.inPair && !select)
        throw new UserFacingError(
          `${shortName(p.fullName ?? '')} уже в утверждённой паре: сначала измените пару.`,
        );
      if (p.status !== PERSON_STATUS.inPair)
        table.update(p.id, { status: select ? PERSON_STATUS.selected : PERSON_STATUS.notSelected });
    }
    table.save();
    logAction(ports, select ? 'Отбор наставников' : 'Отказ в отборе', people.map((p) => p.id).join(', '));
    return people.map((p) => shortName(p.fullName ?? ''));
  });
}
