import { finalEventData } from '../../../domain/documents/data';
import { formatDate } from '../../../domain/format/ru';
import type { Settings } from '../../../domain/settings';
import { parseRuDate } from '../../../domain/table/codec';
import { UserFacingError } from '../../errors';
import type { Target } from '../generate';
import type { Ports } from '../../ports';
import { orderContext } from './context';

/** The order on the final event (7.2); `input` is the event's date as the curator typed it. */
export function finalEventOrderTargets(ports: Ports, settings: Settings, input: string): Target[] {
  const date = parseRuDate(input);
  if (!date)
    throw new UserFacingError('Укажите дату итогового мероприятия в виде ДД.ММ.ГГГГ, например 25.05.2023.');
  const today = ports.runtime.now();
  if (date < new Date(today.getFullYear(), today.getMonth(), today.getDate()))
    throw new UserFacingError(
      `Дата итогового мероприятия ${formatDate(date)} уже прошла: приказ датируется сегодняшним днём ` +
        `(${formatDate(today)}), и мероприятие в нём не может быть раньше.`,
    );
  const ctx = orderContext(ports, settings);
  return [{ subjectId: '', subject: formatDate(date), data: (d, n) => finalEventData(ctx(d, n), date) }];
}
