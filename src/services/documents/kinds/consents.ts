import { documentConsentData, type ConsentRole } from '../../../domain/consents/data';
import { recordedMarks, type PersonConsents } from '../../../domain/consents/records';
import { PUBLISH_CATEGORIES } from '../../../domain/forms/consent';
import { formatDate, shortName } from '../../../domain/format/ru';
import { documentContext } from './context';
import type { TemplateData } from '../../../domain/documents/placeholders';
import type { Row } from '../../../domain/schema/types';
import type { Settings } from '../../../domain/settings';
import { openDatabase } from '../../db/database';
import { UserFacingError } from '../../errors';
import type { Ports } from '../../ports';
import { readCurrentConsents } from '../../consents/records';
import type { Target } from '../generate';
import { loadPeople } from '../sources';

/**
 * The consents for signature on paper (a click in a form is not a written consent): one Doc per teacher whose
 * consent the records hold, and for each mentor of an approved pair the written consent to mentor and the
 * supplementary agreement to the employment contract (ТК РФ ст. 351.8). Batches resume like every document
 * batch: a teacher whose Doc and PDF are ready is skipped.
 */

interface Person {
  row: Row;
  role: ConsentRole;
  consents: PersonConsents | undefined;
}

function people(ports: Ports): Person[] {
  const db = openDatabase(ports);
  const current = readCurrentConsents(ports);
  const of = (rows: Row[], role: ConsentRole) =>
    rows
      .filter((r) => r.status !== 'отказ' && r.fullName && r.email)
      .map((row) => ({ row, role, consents: current.get(row.id) }));
  return [...of(db.mentees.load().rows, 'наставляемого'), ...of(db.mentors.load().rows, 'наставника')];
}

function personTarget(p: Person, data: (date: Date, number: string | null) => TemplateData): Target {
  const who = shortName(String(p.row.fullName));
  return { subjectId: p.row.id, subject: who, fileSubject: who, data };
}

function consentPerson(p: Person, details = '') {
  const allowed = PUBLISH_CATEGORIES.filter((c) => details.includes(c));
  const conditions = /Условия и запреты: (.*)$/.exec(details)?.[1] ?? '';
  return {
    fullName: String(p.row.fullName),
    email: String(p.row.email),
    position: (p.row.position as string | null) ?? null,
    role: p.role,
    categories: allowed,
    conditions,
  };
}

/** The consent to processing, for everyone whose recorded consent is given. */
export function processingConsentTargets(ports: Ports, settings: Settings): Target[] {
  return people(ports)
    .filter((p) => recordedMarks(p.consents).consentPd)
    .map((p) =>
      personTarget(p, (d, n) => documentConsentData(documentContext(settings)(d, n), consentPerson(p))),
    );
}

/** The consent to dissemination, for the mentors whose recorded consent is given, with their choices. */
export function publicationConsentTargets(ports: Ports, settings: Settings): Target[] {
  return people(ports)
    .filter((p) => p.consents?.publish?.state === 'дано')
    .map((p) =>
      personTarget(p, (d, n) =>
        documentConsentData(documentContext(settings)(d, n), consentPerson(p, p.consents!.publish!.details)),
      ),
    );
}

/** The written consent to mentor, for the mentors of approved pairs and groups. */
export function mentorConsentTargets(ports: Ports, settings: Settings): Target[] {
  const approved = new Set(loadPeople(ports).mentors.map((m) => m.id));
  return people(ports)
    .filter((p) => approved.has(p.row.id))
    .map((p) =>
      personTarget(p, (d, n) => documentConsentData(documentContext(settings)(d, n), consentPerson(p))),
    );
}

/** The supplementary agreement of each mentor of an approved pair or group; `payment` is the curator's text. */
export function mentorAgreementTargets(ports: Ports, settings: Settings, payment: string): Target[] {
  const pay = payment.trim().replace(/\s+/g, ' ');
  if (!pay)
    throw new UserFacingError(
      'Укажите оплату наставничества, например: «ежемесячная доплата в размере 10 % должностного оклада».',
    );
  const { pairs, mentors } = loadPeople(ports);
  const approvedAt = new Map(
    openDatabase(ports)
      .pairs.load()
      .rows.map((r) => [r.id, r.approvedAt instanceof Date ? r.approvedAt : null]),
  );
  const end = new Date(settings.academicYearStart + 1, 4, 31);
  return mentors.map((mentor) => {
    const own = pairs.filter((p) => p.mentor.id === mentor.id);
    const mentees = own.flatMap((p) => p.mentees);
    const group = own.some((p) => p.kind === 'группа') || mentees.length > 1;
    const who = shortName(mentor.fullName);
    return {
      subjectId: mentor.id,
      subject: who,
      fileSubject: who,
      data: (date, number) => {
        const start = own.map((p) => approvedAt.get(p.id)).find((d): d is Date => !!d) ?? date;
        const base = documentConsentData(documentContext(settings)(date, number), {
          fullName: mentor.fullName,
          email: String(mentor.email ?? ''),
          position: mentor.position,
          role: 'наставника',
        });
        return {
          ...base,
          fields: {
            ...base.fields,
            mentees: mentees.map((m) => [m.fullName, m.position].filter(Boolean).join(', ')).join('; '),
            form: `«учитель – учитель» (${group ? 'наставническая группа' : 'наставническая пара'})`,
            period: `с ${formatDate(start)} по ${formatDate(end)}`,
            payment: pay,
          },
        };
      },
    };
  });
}
