import { letterData } from '../../../domain/documents/data';
import { shortName } from '../../../domain/format/ru';
import type { Settings } from '../../../domain/settings';
import type { Ports } from '../../ports';
import type { Target } from '../generate';
import { rewardees } from '../rewardees';
import { loadPeople, menteesOf } from '../sources';
import { documentContext } from './context';

/** The letters of thanks (7.2): one per rewarded mentor, naming that mentor's mentees. */
export function letterTargets(ports: Ports, settings: Settings): Target[] {
  const people = loadPeople(ports);
  if (!people.pairs.length) return [];
  const { mentors, note } = rewardees(ports, people);
  const ctx = documentContext(settings);
  return mentors.map((mentor) => {
    const mentees = menteesOf(people.pairs.filter((p) => p.mentor.id === mentor.id));
    const who = shortName(mentor.fullName);
    return {
      subjectId: mentor.id,
      subject: who,
      fileSubject: who,
      notes: [note],
      data: (d, n) => letterData(ctx(d, n), mentor, mentees),
    };
  });
}
