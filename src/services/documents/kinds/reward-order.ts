import { rewardData } from '../../../domain/documents/data';
import type { Settings } from '../../../domain/settings';
import { UserFacingError } from '../../errors';
import type { Ports } from '../../ports';
import type { Target } from '../generate';
import { rewardees } from '../rewardees';
import { loadPeople, menteesOf } from '../sources';
import { orderContext } from './context';

/** The order rewarding the participants (7.2): the rewarded mentors and every mentee of the approved pairs. */
export function rewardOrderTargets(ports: Ports, settings: Settings): Target[] {
  const people = loadPeople(ports);
  if (!people.pairs.length) throw new UserFacingError('Нет утверждённых пар/групп: некого поощрять.');
  const { mentors, note } = rewardees(ports, people);
  const mentees = menteesOf(people.pairs);
  const ctx = orderContext(ports, settings);
  return [
    { subjectId: '', subject: '', notes: [note], data: (d, n) => rewardData(ctx(d, n), mentors, mentees) },
  ];
}
