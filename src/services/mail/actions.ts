import { UNCERTAIN_MAIL_STEP } from '../../domain/mail/uncertain';
import { DOCUMENT_STATUS, MAIL_STATE } from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import { logAction } from '../db/journal';
import { continueInvitationHere, isContinueCode } from '../year-close/invitation';
import { openSentLog } from './sent';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import type { StepAction } from '../step-actions/step-action';

/**
 * The curator's decision on a letter nobody knows went out (see domain/mail/uncertain.ts): send it again (its
 * mark is removed, so the mailing's next run, or the next daily check, sends it) or record it as sent.
 */
function decide(ports: Ports, id: string, resend: boolean): string {
  return ports.lock.withDocumentLock(() => {
    const db = openDatabase(ports);
    const mailings = db.mailings.load();
    const letter = mailings.rows.find((r) => r.id === id && r.state === MAIL_STATE.sending);
    // A continuing mentor's invitation has no later run to go with: «Отправить повторно» sends it now.
    const sendNow = resend && !!letter && isContinueCode(letter.code);
    if (sendNow && ports.mail.remainingQuota() < 1)
      throw new UserFacingError('Дневной лимит писем исчерпан: отправьте письмо повторно завтра.');
    if (letter) {
      if (resend) mailings.remove(letter.id);
      else mailings.update(letter.id, { state: MAIL_STATE.sent });
      mailings.save();
      if (sendNow) {
        const { campaign, message } = continueInvitationHere(ports, String(letter.email));
        const log = openSentLog(ports);
        log.send({ campaign, code: String(letter.code), email: message.to }, message);
        log.close();
      }
    } else {
      const documents = db.documents.load();
      const doc = documents.rows.find((r) => r.id === id && r.status === DOCUMENT_STATUS.sending);
      if (!doc) throw new UserFacingError('Письмо уже не под вопросом. Обновите панель.');
      documents.update(doc.id, {
        status: DOCUMENT_STATUS.ready,
        ...(resend ? { sentTo: null } : { sentAt: ports.runtime.now() }),
      });
      documents.save();
    }
    const what = sendNow
      ? 'отправлено повторно'
      : resend
        ? 'уйдёт при следующей отправке'
        : 'отмечено отправленным';
    logAction(ports, 'Письмо под вопросом', `${id}: ${what}`);
    return `Письмо ${what}.`;
  });
}

const choose =
  (label: string) => (f: { choices: { uncertainMail: { value: string; label: string }[] } }) => ({
    label,
    kind: 'select' as const,
    options: f.choices.uncertainMail,
  });

export const UNCERTAIN_MAIL_ACTIONS: StepAction[] = [
  {
    id: 'mail:uncertain:resend',
    step: UNCERTAIN_MAIL_STEP,
    label: 'Отправить повторно',
    secondary: true,
    relevant: (f) => f.choices.uncertainMail.length > 0,
    input: choose('Письмо под вопросом'),
    confirm: 'Если письмо всё же ушло, оно придёт второй раз. Продолжить?',
    run: ({ ports }, id) => ({ message: decide(ports, id.trim(), true) }),
  },
  {
    id: 'mail:uncertain:sent',
    step: UNCERTAIN_MAIL_STEP,
    label: 'Отметить отправленным',
    secondary: true,
    relevant: (f) => f.choices.uncertainMail.length > 0,
    input: choose('Письмо под вопросом'),
    run: ({ ports }, id) => ({ message: decide(ports, id.trim(), false) }),
  },
];
