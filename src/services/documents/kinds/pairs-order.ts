import { pairsOrderData } from '../../../domain/documents/data';
import type { Settings } from '../../../domain/settings';
import { UserFacingError } from '../../errors';
import type { Ports } from '../../ports';
import type { Target } from '../generate';
import { loadPeople } from '../sources';
import { orderContext } from './context';

/** The order approving the pairs and groups (5.1): one document naming every approved pair. */
export function pairsOrderTargets(ports: Ports, settings: Settings): Target[] {
  const { pairs } = loadPeople(ports);
  if (!pairs.length)
    throw new UserFacingError('Нет утверждённых пар/групп: сначала утвердите пары на листе «Пары и группы».');
  const ctx = orderContext(ports, settings);
  return [{ subjectId: '', subject: '', data: (d, n) => pairsOrderData(ctx(d, n), pairs) }];
}
