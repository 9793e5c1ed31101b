import type { PersonInput } from '../../domain/documents/data';
import { countOf, shortName } from '../../domain/format/ru';
import { RANKING } from '../../domain/schema/sheets';
import { rewardChoice } from '../monitoring/ranking';
import type { Ports } from '../ports';
import type { ProgrammePeople } from './sources';

/**
 * Whom the rewards order and the letters of thanks (7.2) name: the best mentors the curator ticked «Поощрить»
 * in Рейтинг наставников, best place first; when nobody is ticked (or there is no ranking yet), every mentor of
 * the approved pairs, and a Russian note saying so. Four table reads (three for the people, one for the ranking).
 */
interface Rewardees {
  mentors: PersonInput[];
  /** Whether the list is the curator's choice in the ranking. */
  marked: boolean;
  note: string;
}

const MENTORS: [string, string, string] = ['наставник', 'наставника', 'наставников'];

export function rewardees(ports: Ports, people: ProgrammePeople): Rewardees {
  const choice = rewardChoice(ports);
  // Only mentors of the approved pairs: a ticked mentor whose pair was since removed has no one to be thanked for.
  const approved = new Map(people.mentors.map((m) => [m.id, m]));
  const chosen = choice.marked
    ? choice.mentors.flatMap((m) => {
        const person = approved.get(m.mentorId);
        return person ? [person] : [];
      })
    : [];
  if (chosen.length)
    return {
      mentors: chosen,
      marked: true,
      note: `Поощряются лучшие наставники, отмеченные «Поощрить» на листе «${RANKING.name}» (${chosen.length}): ${chosen.map((m) => shortName(m.fullName)).join(', ')}.`,
    };
  const why = choice.mentors.length
    ? `На листе «${RANKING.name}» никто не отмечен в столбце «Поощрить»`
    : `Рейтинга наставников ещё нет (этап 7.1, «Рассчитать показатели мониторинга»)`;
  return {
    mentors: people.mentors,
    marked: false,
    note:
      `${why}: включены все наставники утверждённых пар/групп (${countOf(people.mentors.length, MENTORS)}). ` +
      `Чтобы поощрить только лучших, отметьте их в столбце «Поощрить» до формирования документов.`,
  };
}
