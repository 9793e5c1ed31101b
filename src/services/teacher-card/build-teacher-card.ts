import { normalizeEmail } from '../../domain/format/values';
import { formatDate } from '../../domain/format/ru';
import { splitList } from '../../domain/forms/topics';
import { LEGACY_SURVEY_FORM, surveyFormKeys } from '../../domain/forms/monitoring-forms';
import type { FormKey } from '../../domain/forms/types';
import { nextPlannedMeeting, plannedMeetings } from '../../domain/planned-meetings';
import { openDatabase } from '../db/database';
import { formLabel, readFormRecords } from '../forms/registry';
import { hasRole, loadProgrammePairs } from '../meetings/pairs';
import { readAnswers } from '../monitoring/answers';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';
import { menteeSurnamesOf } from './record-meeting';
import type { CardLink, TeacherCardView, TeacherPairView } from './view';

/** The programme's questionnaires each role answers (the meeting report is the card's own «Отметить встречу»). */
const SURVEYS_FOR: Record<'mentor' | 'mentee', readonly FormKey[]> = {
  mentor: ['impactBeforeMentor', 'interimMentor', 'interim', 'satisfactionMentor', 'impactAfterMentor'],
  mentee: ['impactBeforeMentee', 'interimMentee', 'interim', 'satisfactionMentee', 'impactAfterMentee'],
};

/** The interim feedback's single form of an earlier version, and the forms per role that replace it. */
const LEGACY_INTERIM = LEGACY_SURVEY_FORM.interim!;
const INTERIM_PER_ROLE = surveyFormKeys('interim');

/** The document kind of an individual plan in Документы (see domain/documents/plan-letter.ts). */
const PLAN_KIND = 'plan';

/**
 * The questionnaires due to a teacher: launched by the curator (the form exists), for their role, and not
 * answered by them yet. The «до» self-assessment is over once the «после» one is launched; the interim
 * feedback's single form of an earlier version is replaced by the forms per role once they exist.
 */
function dueSurveys(ports: Ports, email: string, roles: readonly ('mentor' | 'mentee')[]): CardLink[] {
  const records = readFormRecords(ports);
  // A teacher who mentors one pair and is mentored in another is asked as both.
  const keys = [...new Set(roles.flatMap((role) => SURVEYS_FOR[role]))];
  return keys.flatMap((key) => {
    const record = records[key];
    const url = record?.shortUrl || record?.publishedUrl;
    if (!url) return [];
    if (key === 'impactBeforeMentor' && records.impactAfterMentor) return [];
    if (key === 'impactBeforeMentee' && records.impactAfterMentee) return [];
    // The single form of an earlier version is offered only while the forms per role do not exist.
    if (key === LEGACY_INTERIM && INTERIM_PER_ROLE.some((k) => records[k])) return [];
    if (readAnswers(ports, key, records).some((r) => r.email === email)) return [];
    // Who answered that single form has given the January feedback already.
    if (INTERIM_PER_ROLE.includes(key) && records[LEGACY_INTERIM])
      if (readAnswers(ports, LEGACY_INTERIM, records).some((r) => r.email === email)) return [];
    return [{ title: formLabel(key), url }];
  });
}

/**
 * The card of the signed-in teacher (by their Google account). Someone who is not in an approved pair sees
 * only that they are not; nobody sees another pair. Reads the three pair sheets, Встречи, Документы,
 * Настройки, and the response sheets of the launched questionnaires.
 */
export function buildTeacherCard(ports: Ports, rawEmail: string): TeacherCardView {
  const email = normalizeEmail(rawEmail);
  if (!email) return { kind: 'signedOut' };
  const programme = loadProgrammePairs(ports);
  const { pairs, byEmail } = programme;
  const me = byEmail.get(email);
  if (!me) return { kind: 'notInPair' };
  const db = openDatabase(ports);
  const mine = pairs.filter((p) => me.pairIds.includes(p.id));
  const meetings = db.meetings.load().rows;
  const documents = db.documents.load().rows;
  const menteeRows = db.mentees.load().rows;
  const mentorRows = db.mentors.load().rows;
  const yearStart = readSettings(ports).academicYearStart;
  const today = ports.runtime.now();
  const pairViews: TeacherPairView[] = mine.map((p) => {
    const own = meetings
      .filter((m) => m.pairId === p.id && m.date instanceof Date)
      .sort((a, b) => (b.date as Date).getTime() - (a.date as Date).getTime());
    const last = own[0];
    const plan = documents.find((d) => d.kind === PLAN_KIND && d.subjectId === p.id && d.docUrl);
    const group = menteeRows.filter((m) => p.menteeIds.includes(m.id));
    const mentor = mentorRows.find((m) => m.id === p.mentorId);
    const next =
      plan && plan.date instanceof Date
        ? nextPlannedMeeting(
            plannedMeetings({
              requests: [...new Set(group.flatMap((m) => splitList(m.requests)))],
              competences: splitList(mentor?.competences),
              academicYearStart: yearStart,
              planDate: plan.date,
              group: group.length > 1,
            }),
            own.map((m) => m.date as Date),
            today,
          )
        : null;
    return {
      pairId: p.id,
      partnersLabel: me.role === 'mentor' ? 'Ваши наставляемые' : 'Ваш наставник',
      partners: me.role === 'mentor' ? [...p.menteeNames] : [p.mentorName],
      plan: plan
        ? { title: `Индивидуальный план от ${formatDate(plan.date as Date)}`, url: String(plan.docUrl) }
        : null,
      nextPlanned: next && { when: next.when, topic: next.topic },
      meetingsCount: own.length,
      lastMeeting: last
        ? { dateText: formatDate(last.date as Date), topic: last.topic ?? '', nextStep: last.nextStep ?? '' }
        : null,
    };
  });
  const base = me.role === 'mentor' ? mentorRows : menteeRows;
  const row = base.find((r) => r.id === me.personId);
  const consents = [{ title: 'Обработка персональных данных', state: dated(row?.consentPd) }];
  if (row && 'consentMentor' in row) {
    consents.push({ title: 'Участие наставником', state: dated(row.consentMentor) });
    consents.push({
      title: 'Публикация имени на сайте школы',
      state: row.consentPublish ? 'дано' : 'не дано',
    });
  }
  return {
    kind: 'teacher',
    fullName: me.fullName,
    role: me.role,
    roleLabel: me.role === 'mentor' ? 'наставник' : 'наставляемый',
    pairs: pairViews,
    canRecordMeetings: me.role === 'mentor',
    menteeChoices: me.role === 'mentor' ? menteeSurnamesOf(ports, email) : [],
    surveys: dueSurveys(
      ports,
      email,
      (['mentor', 'mentee'] as const).filter((role) => hasRole(programme, email, role)),
    ),
    consents,
  };
}

function dated(value: unknown): string {
  return value instanceof Date ? `дано ${formatDate(value)}` : 'не отмечено';
}
