import { salutation } from '../../domain/documents/people';
import { countOf } from '../../domain/format/ru';
import { uncertainLetters, uncertainNote } from '../../domain/mail/uncertain';
import {
  LEGACY_SURVEY_FORM,
  SURVEY_FORMS,
  SURVEY_TITLE,
  surveyFormKeys,
  type SurveyKey,
} from '../../domain/forms/monitoring-forms';
import type { Audience, FormKey } from '../../domain/forms/types';
import { UserFacingError } from '../errors';
import { logAction } from '../db/journal';
import { FORMS_FOR_READING } from '../forms/definitions';
import { readFormRecords } from '../forms/registry';
import { readAnswers } from './answers';
import { openSentLog, type SentLog } from '../mail/sent';
import { hasRole, loadProgrammePairs } from '../meetings/pairs';
import { ROLES } from '../../domain/monitoring';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';
import { quoted } from '../../domain/format/quotes';

/** Messages per call: a batch stays far inside the 6-minute limit; the sidebar calls again while `more`. */
const INVITE_BATCH = 20;

export interface InviteResult {
  sent: number;
  left: number;
  total: number;
  more: boolean;
  message: string;
}

const LETTERS: [string, string, string] = ['письмо', 'письма', 'писем'];
/** «из 23 писем», «из 21 письма»: the genitive after «из». */
const LETTERS_OF: [string, string, string] = ['письма', 'писем', 'писем'];

/**
 * E-mails the questionnaire's link (the form of their role) to every participant of the approved pairs who has not had it yet: one
 * message each, at most a batch per call and never more than today's remaining quota (asked once per call).
 * Each send is marked in Рассылки at once. When the quota runs out the call says so; tomorrow's call resumes.
 */
export function inviteToSurvey(ports: Ports, key: SurveyKey, batch = INVITE_BATCH): InviteResult {
  const forms = readFormRecords(ports);
  const perRole = surveyFormKeys(key).every((k) => !!forms[k]);
  // A workbook of an earlier version mails its single form for both roles until the forms per role exist.
  const legacy = LEGACY_SURVEY_FORM[key];
  if (!perRole && !(legacy && forms[legacy]))
    throw new UserFacingError('Сначала создайте анкеты: письмо содержит ссылку на анкету роли участника.');
  const formOf = (role: Audience): FormKey => (perRole ? SURVEY_FORMS[key][role] : legacy!);
  // Once the forms per role exist beside it, they are a mailing of their own, to those who have not answered
  // the single form (its letters do not count as theirs).
  const renewed = perRole && !!legacy && !!forms[legacy];
  const answeredBefore = new Set(renewed ? readAnswers(ports, legacy!, forms).map((a) => a.email) : []);
  const settings = readSettings(ports);
  // Each role gets its own questionnaire; the mailing is named by the survey.
  const campaign = SURVEY_TITLE[key];
  return ports.lock.withDocumentLock(() => {
    const programme = loadProgrammePairs(ports);
    const people = [...programme.byEmail.values()].filter((p) => !answeredBefore.has(p.email));
    const log = openSentLog(ports);
    const code = (personId: string) => `survey:${key}:${renewed ? 'byRole:' : ''}${personId}`;
    const unsent = people.filter((p) => !log.codes.has(code(p.personId)));
    if (!unsent.length) {
      const message = people.length
        ? `Всем участникам (${people.length}) ссылка уже отправлена; повторно ничего не отправлено.`
        : 'Нет участников утверждённых пар/групп.';
      return {
        sent: 0,
        left: 0,
        total: people.length,
        more: false,
        message: message + uncertainOf(log, campaign),
      };
    }
    const quota = ports.mail.remainingQuota();
    const allowed = Math.min(batch, quota, unsent.length);
    for (const person of unsent.slice(0, allowed)) {
      // A teacher who mentors one pair and is mentored in another gets both forms in one letter.
      const roles = ROLES.filter((r) => hasRole(programme, person.email, r));
      const links = [...new Set((roles.length ? roles : [person.role]).map(formOf))].map((formKey) => {
        const form = forms[formKey]!;
        return { title: FORMS_FOR_READING[formKey].title, url: form.shortUrl || form.publishedUrl };
      });
      const ask =
        links.length === 1
          ? [`Просим заполнить анкету ${quoted(links[0].title)}: ${links[0].url}`]
          : [
              'Просим заполнить анкеты — для каждой вашей роли в программе:',
              ...links.map((l) => `${quoted(l.title)}: ${l.url}`),
            ];
      log.send(
        { campaign, code: code(person.personId), email: person.email, personId: person.personId },
        {
          to: person.email,
          subject: `${links.length === 1 ? links[0].title : campaign} — ${settings.schoolShort}`,
          body: [
            salutation(person.fullName),
            '',
            ...ask,
            'Это займёт около 5 минут. Ответы увидит только куратор программы наставничества; на сайте публикуются лишь обобщённые результаты.',
            '',
            `Куратор программы наставничества, ${settings.schoolShort}`,
          ].join('\n'),
          attachmentIds: [],
        },
      );
    }
    log.close();
    const left = unsent.length - allowed;
    if (allowed)
      logAction(ports, 'Разосланы приглашения в анкету', `${campaign}: ${allowed}, осталось ${left}`);
    const quotaOut = left > 0 && allowed < batch;
    // The whole mailing so far, not this part only: a mailing runs in several calls.
    const sentInAll = people.length - left;
    const message = quotaOut
      ? `Отправлено ${sentInAll} из ${countOf(people.length, LETTERS_OF)}. Дневной лимит писем Google исчерпан: осталось ${left}, продолжите завтра — уже получившим повторно не придёт.`
      : left
        ? `Отправлено ${sentInAll} из ${countOf(people.length, LETTERS_OF)}, осталось ${left}.`
        : `Приглашения отправлены всем участникам: ${countOf(sentInAll, LETTERS)}.`;
    const uncertain = uncertainLetters(log.table.rows, []).filter((c) => c.label.startsWith(`${campaign} →`));
    const note = uncertain.length ? ` ${uncertainNote(uncertain.map((c) => c.label))}` : '';
    return {
      sent: allowed,
      left,
      total: people.length,
      more: left > 0 && !quotaOut,
      message: message + note,
    };
  });
}

/** The campaign's letters nobody knows went out, as a sentence to add to the result ('' when none). */
function uncertainOf(log: SentLog, title: string): string {
  const uncertain = uncertainLetters(log.table.rows, []).filter((c) => c.label.startsWith(`${title} →`));
  return uncertain.length ? ` ${uncertainNote(uncertain.map((c) => c.label))}` : '';
}
