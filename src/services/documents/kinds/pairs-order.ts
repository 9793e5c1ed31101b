import { pairsOrderData } from '../../../domain/documents/data';
import { DOCUMENT_KINDS } from '../../../domain/documents/kinds';
import type { Settings } from '../../../domain/settings';
import { openDatabase } from '../../db/database';
import { UserFacingError } from '../../errors';
import type { Ports } from '../../ports';
import type { Target } from '../generate';
import { loadPeople } from '../sources';
import { documentContext } from './context';

/** The order approving the pairs and groups (5.1): one document naming every approved pair. */
export function pairsOrderTargets(ports: Ports, settings: Settings): Target[] {
  const { pairs } = loadPeople(ports);
  if (!pairs.length)
    throw new UserFacingError('Нет утверждённых пар/групп: сначала утвердите пары на листе «Пары и группы».');
  const intro = introOrder(ports);
  const ctx = documentContext(settings);
  return [{ subjectId: '', subject: '', data: (d, n) => pairsOrderData(ctx(d, n), pairs, intro) }];
}

/** The order introducing the model, if it is in the register (the pairs order refers to it). */
function introOrder(ports: Ports): { date: Date; number: string } | null {
  const row = openDatabase(ports)
    .documents.load()
    .rows.find((r) => r.kind === 'orderIntroduce' || r.type === DOCUMENT_KINDS.orderIntroduce);
  return row?.date && row.number ? { date: row.date, number: row.number } : null;
}
