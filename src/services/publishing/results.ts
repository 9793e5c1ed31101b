import { academicYearLabel, formatDate } from '../../domain/format/ru';
import { computeIndicators } from '../../domain/monitoring';
import {
  newsText,
  publicResults,
  type PublicInput,
  type PublicResults,
} from '../../domain/publishing/results';
import { openDatabase } from '../db/database';
import { recordedMarks } from '../../domain/consents/records';
import { readCurrentConsents } from '../consents/records';
import { loadMonitoringInput } from '../monitoring/answers';
import { rewardChoice } from '../monitoring/ranking';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';

/**
 * What the public page shows: aggregates of the monitoring and the names of the mentors the curator marked
 * «Поощрить» on the ranking sheet who consented to publication — no one else, whatever else is in the sheets.
 * The page caches it (see publishing/switch.ts); a withdrawal refreshes it at once.
 */
export function buildPublicResults(ports: Ports): { view: PublicResults; input: PublicInput } {
  const settings = readSettings(ports);
  const { input, programme } = loadMonitoringInput(ports);
  const db = openDatabase(ports);
  // Only a recorded consent to dissemination that allows the name counts, never a mark typed into a cell.
  const consents = readCurrentConsents(ports);
  const consented = new Map(
    db.mentors
      .load()
      .rows.filter((m) => recordedMarks(consents.get(m.id)).consentPublish && m.fullName)
      .map((m) => [m.id, m.fullName ?? '']),
  );
  const choice = rewardChoice(ports);
  const order = choice.marked ? choice.mentors.map((r) => r.mentorId) : [];
  const people = [...programme.byEmail.values()];
  const publicInput: PublicInput = {
    school: settings.schoolShort,
    year: academicYearLabel(settings.academicYearStart),
    asOf: `Данные на ${formatDate(ports.runtime.now())}.`,
    pairs: programme.pairs.length,
    mentors: people.filter((p) => p.role === 'mentor').length,
    mentees: people.filter((p) => p.role === 'mentee').length,
    meetings: db.meetings.load().rows.length,
    indicators: computeIndicators(input),
    consentedMentors: order.filter((id) => consented.has(id)).map((id) => consented.get(id)!),
  };
  return { view: publicResults(publicInput), input: publicInput };
}

export function buildNewsText(ports: Ports): string {
  const { view, input } = buildPublicResults(ports);
  return newsText(view, input);
}
