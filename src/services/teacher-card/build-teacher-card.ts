import { normalizeEmail } from '../../domain/format/values';
import { formatDate } from '../../domain/format/ru';
import type { FormKey } from '../../domain/forms/types';
import { openDatabase } from '../db/database';
import { formLabel, readFormRecords } from '../forms/registry';
import { loadProgrammePairs } from '../meetings/pairs';
import type { Ports } from '../ports';
import type { CardLink, TeacherCardView, TeacherPairView } from './view';

/** The programme's questionnaires a teacher in a pair answers (the meeting report only a mentor). */
const SURVEYS_FOR: Record<'mentor' | 'mentee', readonly FormKey[]> = {
  mentor: ['meeting', 'interim', 'satisfactionMentor', 'impactBeforeMentor', 'impactAfterMentor'],
  mentee: ['interim', 'satisfactionMentee', 'impactBeforeMentee', 'impactAfterMentee'],
};

/** The document kind of an individual plan in Документы (see domain/documents/plan-letter.ts). */
const PLAN_KIND = 'plan';

/**
 * The card of the signed-in teacher (by their Google account). Someone who is not in an approved pair sees
 * only that they are not; nobody sees another pair. Reads the three pair sheets, Встречи, Документы, the
 * person's base and Настройки.
 */
export function buildTeacherCard(ports: Ports, rawEmail: string): TeacherCardView {
  const email = normalizeEmail(rawEmail);
  if (!email) return { kind: 'signedOut' };
  const { pairs, byEmail } = loadProgrammePairs(ports);
  const me = byEmail.get(email);
  if (!me) return { kind: 'notInPair' };
  const db = openDatabase(ports);
  const mine = pairs.filter((p) => me.pairIds.includes(p.id));
  const meetings = db.meetings.load().rows;
  const documents = db.documents.load().rows;
  const pairViews: TeacherPairView[] = mine.map((p) => {
    const own = meetings
      .filter((m) => m.pairId === p.id && m.date instanceof Date)
      .sort((a, b) => (b.date as Date).getTime() - (a.date as Date).getTime());
    const last = own[0];
    const plan = documents.find((d) => d.kind === PLAN_KIND && d.subjectId === p.id && d.docUrl);
    return {
      pairId: p.id,
      partnersLabel: me.role === 'mentor' ? 'Ваши наставляемые' : 'Ваш наставник',
      partners: me.role === 'mentor' ? [...p.menteeNames] : [p.mentorName],
      plan: plan
        ? { title: `Индивидуальный план от ${formatDate(plan.date as Date)}`, url: String(plan.docUrl) }
        : null,
      meetingsCount: own.length,
      lastMeeting: last
        ? { date: last.date as Date, topic: last.topic ?? '', nextStep: last.nextStep ?? '' }
        : null,
    };
  });
  const records = readFormRecords(ports);
  const surveys: CardLink[] = SURVEYS_FOR[me.role].flatMap((key) => {
    const url = records[key]?.shortUrl || records[key]?.publishedUrl;
    return url ? [{ title: formLabel(key), url }] : [];
  });
  const base = me.role === 'mentor' ? db.mentors.load().rows : db.mentees.load().rows;
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
    surveys,
    consents,
  };
}

function dated(value: unknown): string {
  return value instanceof Date ? `дано ${formatDate(value)}` : 'не отмечено';
}
