import { planData } from '../../../domain/documents/plan-data';
import { shortName } from '../../../domain/format/ru';
import type { Settings } from '../../../domain/settings';
import type { Ports } from '../../ports';
import type { Target } from '../generate';
import { loadPeople } from '../sources';
import { orderContext } from './context';

/** The individual plans (5.2): one per approved pair or group, agreed by the curator the first order appointed. */
export function planTargets(ports: Ports, settings: Settings): Target[] {
  const { pairs } = loadPeople(ports);
  const ctx = orderContext(ports, settings);
  return pairs.map((pair) => {
    const who = [pair.mentor, ...pair.mentees].map((p) => shortName(p.fullName)).join(', ');
    return { subjectId: pair.id, subject: who, fileSubject: who, data: (d, n) => planData(ctx(d, n), pair) };
  });
}
