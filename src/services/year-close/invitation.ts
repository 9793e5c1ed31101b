import { academicYearLabel } from '../../domain/format/ru';
import { normalizeEmail } from '../../domain/format/values';
import type { MailMessage } from '../documents/ports';
import { readFormRecords } from '../forms/registry';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';

/** Codes of the invitations to continue, in the next workbook's Рассылки. */
const CODE_PREFIX = 'continue:';

export const continueCode = (email: string) => `${CODE_PREFIX}${normalizeEmail(email)}`;

/** Whether a Рассылки code is a continuing mentor's invitation (sent by the year close, by nothing later). */
export const isContinueCode = (code: unknown) => String(code ?? '').startsWith(CODE_PREFIX);

/** The invitation of a continuing mentor to the new year's mentor questionnaire and its fresh consent. */
export function continueInvitation(
  nextYearStart: number,
  url: string,
  email: string,
): { campaign: string; message: MailMessage } {
  const next = academicYearLabel(nextYearStart);
  return {
    campaign: `Приглашение продолжить наставничество ${next}`,
    message: {
      to: normalizeEmail(email),
      subject: `Программа наставничества ${next}: приглашение продолжить`,
      body: [
        'Здравствуйте!',
        `Вы согласились продолжить работу наставником в ${next} учебном году. Чтобы участвовать, заполните анкету наставника нового года и дайте согласие на обработку персональных данных: согласие прошлого года действует только до конца его срока и в новый год не переносится.`,
        `Анкета: ${url}`,
      ].join('\n\n'),
      attachmentIds: [],
    },
  };
}

/**
 * The same invitation composed in the next year's workbook itself (its year, its mentor form): what
 * «Отправить повторно» sends for an invitation nobody knows went out, since no later run there sends it.
 */
export function continueInvitationHere(
  ports: Ports,
  email: string,
): { campaign: string; message: MailMessage } {
  const record = readFormRecords(ports).mentor;
  const url = record?.shortUrl || record?.publishedUrl || '';
  return continueInvitation(readSettings(ports).academicYearStart, url, email);
}
