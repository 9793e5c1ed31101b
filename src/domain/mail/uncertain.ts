import { DOCUMENT_STATUS, MAIL_STATE } from '../schema/sheets';
import type { Row } from '../schema/types';
import type { Choice } from '../roadmap/facts';

/**
 * Letters nobody knows went out: their «отправляется» mark was saved before the send, and the execution was
 * stopped before «отправлено» (Google's time limit, a closed browser at the wrong moment). They are never sent
 * again by themselves; the curator checks Gmail's «Отправленные» and decides.
 */

/** Where the curator decides (a step every workbook has, its «Ещё» list). */
export const UNCERTAIN_MAIL_STEP = '1.1';

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).trim();

/** The uncertain letters of Рассылки and Документы: value is the row's id, label what and to whom. */
export function uncertainLetters(mailings: readonly Row[], documents: readonly Row[]): Choice[] {
  return [
    ...mailings
      .filter((m) => text(m.state) === MAIL_STATE.sending)
      .map((m) => ({ value: text(m.id), label: `${text(m.campaign)} → ${text(m.email)}` })),
    ...documents
      .filter((d) => text(d.status) === DOCUMENT_STATUS.sending)
      .map((d) => {
        const subject = text(d.subject) ? ` (${text(d.subject)})` : '';
        return { value: text(d.id), label: `${text(d.type)}${subject} → ${text(d.sentTo)}` };
      }),
  ];
}

export function uncertainNote(labels: readonly string[]): string {
  return (
    `Не известно, ушло ли письмо: ${labels.join('; ')} (выполнение прервалось при отправке). Найдите его в ` +
    `«Отправленных» Gmail и выберите на этапе ${UNCERTAIN_MAIL_STEP}: «Отправить повторно» или «Отметить отправленным».`
  );
}
