import { countOf, formatDate, shortName } from '../format/ru';
import { PAIR_STATUS } from '../schema/sheets';
import type { Row } from '../schema/types';
import { SELECTED_STATUSES } from '../selection';
import { NO_CHOICES, type Choice, type Choices } from './facts';

/**
 * The lists a curator picks from in the sidebar, built from rows already read for the counts: names as a curator
 * reads them («Смирнова О.В. — математика»), values the server acts on (e-mails, pair and document ids).
 */
export interface ChoiceSources {
  mentees: readonly Row[];
  mentors: readonly Row[];
  pairs: readonly Row[];
  documents: readonly Row[];
}

const POINTS: [string, string, string] = ['балл', 'балла', 'баллов'];

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).trim();
const active = (r: Row) => text(r.status) !== 'отказ' && text(r.email) !== '';
const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'ru');

function mentorLabel(r: Row): string {
  const subjects = text(r.subjects);
  const points = typeof r.suitability === 'number' ? `, ${countOf(Math.round(r.suitability), POINTS)}` : '';
  const status = text(r.status);
  const mark = status === 'отобран' || status === 'не отобран' ? ` (${status})` : '';
  return `${shortName(text(r.fullName))}${subjects ? ` — ${subjects}` : ''}${points}${mark}`;
}

function namesOf(ids: string, people: ReadonlyMap<string, Row>): string[] {
  return ids
    .split(/[;,\s]+/)
    .filter(Boolean)
    .map((id) => shortName(text(people.get(id)?.fullName)) || id);
}

function pairLabel(p: Row, mentors: ReadonlyMap<string, Row>, mentees: ReadonlyMap<string, Row>): string {
  const mentor = shortName(text(mentors.get(text(p.mentorId))?.fullName) || text(p.mentorName));
  return `${mentor} → ${namesOf(text(p.menteeIds), mentees).join(', ')}`;
}

function documentLabel(d: Row): string {
  const number = text(d.number) ? ` № ${text(d.number)}` : '';
  const date = d.date instanceof Date ? ` от ${formatDate(d.date)}` : '';
  const subject = text(d.subject) ? ` (${text(d.subject)})` : '';
  return `${text(d.type)}${number}${date}${subject}`;
}

export function buildChoices(src: ChoiceSources): Choices {
  const mentorsById = new Map(src.mentors.map((m) => [text(m.id), m]));
  const menteesById = new Map(src.mentees.map((m) => [text(m.id), m]));
  const proposed = src.pairs.filter((p) => text(p.status) === PAIR_STATUS.proposed);
  const approved = src.pairs.filter((p) => text(p.status) === PAIR_STATUS.approved);
  const mentorOption = (r: Row): Choice => ({ value: text(r.email), label: mentorLabel(r) });
  return {
    ...NO_CHOICES,
    candidates: src.mentors
      .filter((m) => active(m) && m.consentPd && text(m.status) !== 'в паре')
      .map(mentorOption)
      .sort(byLabel),
    selectedMentors: src.mentors
      .filter((m) => active(m) && SELECTED_STATUSES.includes(text(m.status)))
      .map((m) => ({ value: text(m.email), label: shortName(text(m.fullName)) }))
      .sort(byLabel),
    proposals: proposed.map((p) => ({ value: text(p.id), label: pairLabel(p, mentorsById, menteesById) })),
    proposedMentees: proposed
      .flatMap((p) =>
        text(p.menteeIds)
          .split(/[;,\s]+/)
          .filter(Boolean)
          .map((id) => ({ mentee: menteesById.get(id), pair: p })),
      )
      .filter((x): x is { mentee: Row; pair: Row } => !!x.mentee && active(x.mentee))
      .map(({ mentee, pair }) => ({
        value: text(mentee.email),
        label: `${shortName(text(mentee.fullName))} (сейчас у ${shortName(text(mentorsById.get(text(pair.mentorId))?.fullName))})`,
      }))
      .sort(byLabel),
    pairs: approved.map((p) => ({ value: text(p.id), label: pairLabel(p, mentorsById, menteesById) })),
    documentsByKind: src.documents
      .filter((d) => text(d.id) && text(d.docUrl) && text(d.kind))
      .reduce<Record<string, Choice[]>>((byKind, d) => {
        (byKind[text(d.kind)] ??= []).push({ value: text(d.id), label: documentLabel(d) });
        return byKind;
      }, {}),
    people: [
      ...src.mentees
        .filter(active)
        .map((r) => ({ value: text(r.email), label: `${shortName(text(r.fullName))} — наставляемый` })),
      ...src.mentors
        .filter(active)
        .map((r) => ({ value: text(r.email), label: `${shortName(text(r.fullName))} — наставник` })),
    ].sort(byLabel),
  };
}
