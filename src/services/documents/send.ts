import { DOCUMENT_KINDS, isDocumentKind, type DocumentKind } from '../../domain/documents/kinds';
import { formatDate } from '../../domain/format/ru';
import { DOCUMENT_STATUS, type DocumentRow } from '../../domain/schema/sheets';
import { uncertainNote } from '../../domain/mail/uncertain';
import type { LoadedTable } from '../db/table';
import type { MailMessage } from './ports';
import { openDatabase } from '../db/database';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';
import { isReady } from './generate';
import { fileIdOf } from './created-files';

/**
 * E-mail of generated PDFs, never twice: under the document lock the register is read fresh, a row that has
 * «Когда отправлено» is skipped, and the time is written right after each message. When the day's quota is
 * used up the call stops with a Russian message and the next call (tomorrow) continues.
 */

interface SendResult {
  sent: number;
  /** Rows still to send after this call. */
  left: number;
  total: number;
  more: boolean;
  message: string;
}

/** Attachments per letter to the director: keeps each message well under Gmail's 25 MB. */
const PER_MESSAGE = 10;

/** Ready documents of the kinds, not yet sent, to the director in messages of up to ten PDFs. */
export function sendToDirector(ports: Ports, kinds: readonly DocumentKind[], maxMessages = 5): SendResult {
  const settings = readSettings(ports);
  const to = settings.directorEmail;
  if (!to)
    throw new UserFacingError(
      'Укажите эл. почту директора на листе «Настройки» (параметр «Эл. почта директора»), затем повторите.',
    );
  return ports.lock.withDocumentLock(() => {
    const table = openDatabase(ports).documents.load();
    const rows = table.rows.filter((r) => isDocumentKind(r.kind) && kinds.includes(r.kind) && isReady(r));
    const unsent = rows.filter(isUnsent);
    const mark = markedSends(ports, table, rows);
    let sent = 0;
    for (let i = 0; i < unsent.length && i / PER_MESSAGE < maxMessages; i += PER_MESSAGE) {
      const batch = unsent.slice(i, i + PER_MESSAGE);
      if (ports.mail.remainingQuota() < 1)
        return mark.close(quotaStop(sent, unsent.length - sent, rows.length));
      mark.send(batch, to, {
        to,
        subject: `${settings.schoolShort}: документы программы наставничества на подпись (${batch.length})`,
        body: [
          'Здравствуйте!',
          '',
          'Направляем документы программы наставничества, сформированные в таблице «Наставник»:',
          ...batch.map((r) => `— ${describe(r)}`),
          '',
          'Файлы PDF во вложении.',
        ].join('\n'),
        attachmentIds: batch.map((r) => fileIdOf(r.docUrl)!).filter(Boolean),
      });
      sent += batch.length;
    }
    return mark.close(result(sent, unsent.length - sent, rows.length, 'директору', mark.unsure));
  });
}

/** Each ready letter of thanks to its mentor, one message each. */
export function sendLettersToMentors(ports: Ports, maxMessages = 20): SendResult {
  const settings = readSettings(ports);
  const db = openDatabase(ports);
  const mentors = new Map(db.mentors.load().rows.map((m) => [m.id, m]));
  return ports.lock.withDocumentLock(() => {
    const table = db.documents.load();
    const rows = table.rows.filter((r) => r.kind === 'letter' && isReady(r));
    const unsent = rows.filter(isUnsent);
    const mark = markedSends(ports, table, rows);
    const noEmail: string[] = [];
    let sent = 0;
    for (const r of unsent) {
      if (sent >= maxMessages) break;
      const mentor = mentors.get(r.subjectId ?? '');
      const to = (mentor?.email ?? '').trim();
      if (!to) {
        noEmail.push(r.subject ?? '');
        continue;
      }
      if (ports.mail.remainingQuota() < 1)
        return mark.close(quotaStop(sent, unsent.length - sent, rows.length));
      mark.send([r], to, {
        to,
        subject: `Благодарственное письмо — ${settings.schoolShort}`,
        body: [
          `${mentor?.fullName ?? ''}, здравствуйте!`,
          '',
          `Администрация ${settings.schoolShort} благодарит Вас за наставническую деятельность в программе ` +
            'наставничества. Благодарственное письмо — во вложении.',
        ].join('\n'),
        attachmentIds: [fileIdOf(r.docUrl)!],
      });
      sent++;
    }
    const res = result(sent, unsent.length - sent, rows.length, 'наставникам', mark.unsure);
    if (noEmail.length) res.message += ` Нет адреса эл. почты: ${noEmail.join(', ')}.`;
    res.more = res.left - noEmail.length > 0;
    return mark.close(res);
  });
}

/** Not sent, and not perhaps sent: a row left «отправляется» waits for the curator's decision. */
const isUnsent = (r: DocumentRow) => !r.sentAt && r.status !== DOCUMENT_STATUS.sending;

/**
 * Exactly once: the rows of a message are saved as «отправляется» (with the address) before it is sent and as
 * sent after it; the after-write joins the next message's before-write. An execution stopped between the send
 * and that write leaves «отправляется»: never sent again, shown to the curator as uncertain.
 */
function markedSends(ports: Ports, table: LoadedTable<DocumentRow>, rows: readonly DocumentRow[]) {
  const uncertain = () => rows.filter((r) => r.status === DOCUMENT_STATUS.sending);
  let sent: DocumentRow[] = [];
  const markSent = () => {
    const at = ports.runtime.now();
    for (const r of sent) table.update(r.id, { status: DOCUMENT_STATUS.ready, sentAt: at });
    sent = [];
  };
  return {
    /** Rows left «отправляется» by an earlier, stopped execution. */
    unsure: uncertain().length,
    send(batch: DocumentRow[], to: string, message: MailMessage) {
      for (const r of batch) table.update(r.id, { status: DOCUMENT_STATUS.sending, sentTo: to });
      markSent();
      table.save();
      ports.mail.send(message);
      sent = batch;
    },
    close(res: SendResult): SendResult {
      if (sent.length) {
        markSent();
        table.save();
      }
      const unsure = uncertain();
      if (unsure.length) res.message += ` ${uncertainNote(unsure.map(describe))}`;
      return res;
    },
  };
}

function describe(r: DocumentRow): string {
  const date = r.date ? ` от ${formatDate(r.date)}` : '';
  const number = r.number ? ` № ${r.number}` : '';
  const subject =
    r.subject && r.kind !== 'orderIntroduce' && r.kind !== 'orderFinalEvent' ? ` (${r.subject})` : '';
  return `${isDocumentKind(r.kind) ? DOCUMENT_KINDS[r.kind] : (r.type ?? '')}${number}${date}${subject}`;
}

/** `unsure`: letters nobody knows went out (not counted as sent; the note about them follows). */
function result(sent: number, left: number, total: number, whom: string, unsure: number): SendResult {
  const done = `Отправлено ${whom}: ${total - left - unsure} из ${total}`;
  const message = !total
    ? 'Нет готовых документов для отправки.'
    : sent
      ? left
        ? `${done}. Осталось отправить: ${left}.`
        : unsure
          ? `${done}.`
          : `${done}, все документы отправлены.`
      : left
        ? `Ничего не отправлено. Осталось отправить: ${left}.`
        : unsure
          ? 'Повторно ничего не отправлено.'
          : 'Все документы уже были отправлены, повторно ничего не отправлено.';
  return { sent, left, total, more: sent > 0 && left > 0, message };
}

function quotaStop(sent: number, left: number, total: number): SendResult {
  return {
    sent,
    left,
    total,
    more: false,
    message:
      `Дневной лимит писем Google исчерпан (отправлено сейчас: ${sent}, осталось: ${left}). ` +
      'Повторите отправку завтра — уже отправленные документы повторно не уйдут.',
  };
}
