import { CONFIRMED, CONSENT_KINDS, PENDING } from '../../domain/consents/labels';
import { CONSENT_TEXT_VERSION } from '../../domain/consents/templates';
import type { ParsedResponse } from '../../domain/forms/answers';
import type { FormDefinition } from '../../domain/forms/types';
import { logAction } from '../db/journal';
import { holdExpired, HOLD_DAYS } from '../../domain/retention';
import { isDate } from '../../domain/format/values';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import { formLabel } from '../forms/registry';
import { loadConsentRecords } from './records';
import { quoted } from '../../domain/format/quotes';

/**
 * A form answer is not proof of identity. Where Google could not collect verified addresses, an answer that
 * would change someone's consent (give it, refuse it, withdraw it, publish a name) is held: the address it
 * names gets a mail with a code, and only the code, passed back to a curator, lets the answer count. Someone
 * who typed another teacher's address never sees that code.
 */

const REFUSAL = 'отказ от согласия';

/** The held answer's reference in Согласия: the response sheet and row. */
export const responseRef = (sheetId: number, row: number) => `${sheetId}:${row}`;

/** References of held answers whose address was confirmed: they count like verified ones. */
export function confirmedResponses(ports: Ports): Set<string> {
  const rows = loadConsentRecords(ports).rows;
  return new Set(rows.filter((r) => r.state === CONFIRMED).map((r) => String(r.response ?? '')));
}

export function holdForConfirmation(
  ports: Ports,
  def: FormDefinition,
  parsed: ParsedResponse,
  origin: { sheetId: number; row: number },
): void {
  const table = loadConsentRecords(ports);
  const ref = responseRef(origin.sheetId, origin.row);
  if (table.rows.some((r) => r.response === ref && (r.state === PENDING || r.state === CONFIRMED))) return;
  const code = ports.runtime.newUuid().replace(/-/g, '').slice(0, 10).toUpperCase();
  const label = formLabel(def.key);
  table.insert({
    at: ports.runtime.now(),
    personId: '',
    email: parsed.email,
    kind: CONSENT_KINDS.pd,
    state: PENDING,
    version: CONSENT_TEXT_VERSION,
    source: `${label}, ответ в строке ${origin.row}`,
    identity: 'адрес указан в анкете, не подтверждён',
    details: parsed.consentPd ? 'согласие' : REFUSAL,
    response: ref,
    code,
  });
  table.save();
  const sent = ports.mail.remainingQuota() > 0;
  if (sent)
    ports.mail.send({
      to: parsed.email,
      subject: `Подтвердите ответ на анкету ${quoted(label)}`,
      body: [
        'Здравствуйте!',
        `На анкету ${quoted(label)} программы наставничества отправлен ответ с вашим адресом эл. почты. Он изменяет ваше согласие на обработку персональных данных, поэтому учитывается только после подтверждения.`,
        `Если анкету заполняли вы, передайте куратору программы код подтверждения: ${code}`,
        'Если вы анкету не заполняли, ничего не делайте: ответ не будет учтён.',
      ].join('\n\n'),
      attachmentIds: [],
    });
  logAction(
    ports,
    'Ответ ждёт подтверждения адреса',
    `${label}, строка ${origin.row}: ${sent ? 'письмо с кодом отправлено' : 'письмо не отправлено — исчерпан дневной лимит, повторите завтра'}.`,
  );
}

/** The held answer a curator's code confirms; the code is used once. */
export function takeConfirmation(
  ports: Ports,
  rawCode: string,
): { sheetId: number; row: number; email: string; refusal: boolean } {
  const code = rawCode.trim().toUpperCase();
  if (!/^[0-9A-F]{10}$/.test(code))
    throw new UserFacingError('Код подтверждения — 10 знаков из письма педагогу, например 3F9A2C1B7D.');
  const table = loadConsentRecords(ports);
  const held = table.rows.find((r) => r.state === PENDING && r.code === code);
  if (!held) throw new UserFacingError('Ответа с таким кодом нет или он уже подтверждён.');
  if (holdExpired(isDate(held.at) ? held.at : null, ports.runtime.now()))
    throw new UserFacingError(
      `Срок подтверждения истёк: код действует ${HOLD_DAYS} дней. Попросите педагога заполнить анкету ещё раз.`,
    );
  const [sheetId, row] = String(held.response).split(':').map(Number);
  table.update(held.id, { state: CONFIRMED, code: '', identity: 'подтверждено кодом из письма на адрес' });
  table.save();
  return { sheetId, row, email: String(held.email), refusal: held.details === REFUSAL };
}
