import { DOCUMENT_KINDS } from '../../domain/documents/kinds';
import { NO_PEOPLE, emptyFacts, type PeopleCounts, type ProgrammeFacts } from '../../domain/roadmap/facts';
import { buildChoices } from '../../domain/roadmap/choices';
import { documentEvidence } from '../../domain/roadmap/evidence';
import { awaitsDecision, countsAsApproved, splitIds } from '../../domain/pairs';
import { PAIR_STATUS, PERSON_STATUS, type MenteeRow, type MentorRow } from '../../domain/schema/sheets';
import type { Row } from '../../domain/schema/types';
import { isConfigured, type Settings } from '../../domain/settings';
import type { Database } from '../db/database';
import { UserFacingError } from '../errors';
import { currentConsents, markMismatches, withRecordedConsents } from '../../domain/consents/records';
import { uncertainLetters } from '../../domain/mail/uncertain';

/** Counts what the workbook holds, one read per table, for the roadmap's status rules. */
export function collectFacts(
  db: Database,
  settings: Settings,
  forms: ProgrammeFacts['forms'] = {},
): ProgrammeFacts {
  const facts = emptyFacts();
  facts.configured = isConfigured(settings);
  facts.forms = forms;
  const rows = <R extends Row>(t: { loadIfExists(): { rows: R[] } | null }) =>
    readable(() => t.loadIfExists()?.rows ?? []);

  // Consent is what Согласия records, not a mark in a base: a «да» typed into a cell counts for nothing.
  const consents = currentConsents(rows(db.consents));
  const mentees = rows(db.mentees).map((r) => withRecordedConsents(r, consents));
  facts.mentees = countPeople(mentees);
  const mentors = rows(db.mentors).map((r) => withRecordedConsents(r, consents));
  facts.mentors = countPeople(mentors);
  facts.mentorsWithMentorConsent = mentors.filter((m) => m.consentMentor).length;

  const pairs = rows(db.pairs);
  facts.pairs = {
    proposed: pairs.filter((p) => p.status === PAIR_STATUS.proposed).length,
    approved: pairs.filter((p) => countsAsApproved(p.status)).length,
    awaitingDecision: pairs.filter(awaitsDecision).length,
  };
  const meetings = rows(db.meetings);
  facts.meetings = meetings.length;
  facts.pairsWithMeetings = new Set(meetings.map((m) => m.pairId)).size;
  facts.lastMeetingAt = meetings.reduce<Date | null>(
    (last, m) => (m.date && (!last || m.date > last) ? m.date : last),
    null,
  );

  const training = rows(db.training);
  facts.trainingSessions = training.length;
  facts.trainedMentors = new Set(training.flatMap((t) => splitIds(t.attendees))).size;

  const known = new Set<string>(Object.values(DOCUMENT_KINDS));
  const documents = rows(db.documents);
  facts.documentLinks = documentEvidence(
    documents.map((d) => ({
      type: d.type ?? '',
      number: d.number ?? '',
      subject: d.subject ?? '',
      url: d.docUrl ?? '',
    })),
  );
  for (const doc of documents) {
    const type = doc.type ?? '';
    if (known.has(type)) facts.documents[type] = (facts.documents[type] ?? 0) + 1;
  }
  facts.choices = buildChoices({ mentees, mentors, pairs, documents });
  for (const doc of documents)
    if (doc.sentAt && doc.kind) facts.sentByKind[doc.kind] = (facts.sentByKind[doc.kind] ?? 0) + 1;
  const mailings = rows(db.mailings);
  facts.choices.uncertainMail = uncertainLetters(mailings, documents);
  for (const m of mailings) {
    const survey = /^survey:([^:]+):/.exec(m.code ?? '')?.[1];
    if (survey) facts.invited[survey] = (facts.invited[survey] ?? 0) + 1;
  }
  return facts;
}

function countPeople(rows: readonly (MenteeRow | MentorRow)[]): PeopleCounts {
  const c = { ...NO_PEOPLE };
  for (const r of rows) {
    // A refusal or a withdrawn consent leaves an anonymised row behind: it is no longer part of the base.
    if (r.status === PERSON_STATUS.refused) {
      c.refused++;
      continue;
    }
    c.total++;
    if (r.consentPd) c.consented++;
    if (r.status === PERSON_STATUS.selected) c.selected++;
    if (r.status === PERSON_STATUS.inPair) c.inPair++;
  }
  return c;
}

/** A table whose structure is broken counts as empty here; the overview lists the problem itself. */
export function readable<R extends Row>(read: () => R[]): R[] {
  try {
    return read();
  } catch (e) {
    if (e instanceof UserFacingError) return [];
    throw e;
  }
}

/**
 * Base rows whose consent marks disagree with Согласия (a mark typed by hand, or changed outside the flows),
 * as a Russian problem line for the overview; none when they agree.
 */
export function consentMismatchProblems(db: Database): string[] {
  const consents = currentConsents(readable(() => db.consents.loadIfExists()?.rows ?? []));
  const out: string[] = [];
  const bases: [string, Row[]][] = [
    ['Наставляемые', readable(() => db.mentees.loadIfExists()?.rows ?? [])],
    ['Наставники', readable(() => db.mentors.loadIfExists()?.rows ?? [])],
  ];
  for (const [name, rows] of bases) {
    const ids = markMismatches(rows, consents);
    if (ids.length)
      out.push(
        `На листе «${name}» отметки согласий не совпадают с листом «Согласия» (${ids.join(', ')}). Надстройка учитывает только записи листа «Согласия»; согласие, полученное на бумаге, внесите действием «Записать согласие …, полученное на бумаге» (этапы 2.2 и 3.2).`,
      );
  }
  return out;
}
