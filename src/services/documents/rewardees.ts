import { letterData, rewardData, type DocumentContext, type PersonInput } from '../../domain/documents/data';
import { countOf, shortName } from '../../domain/format/ru';
import { RANKING } from '../../domain/schema/sheets';
import type { Settings } from '../../domain/settings';
import { UserFacingError } from '../db/errors';
import { rewardChoice } from '../monitoring/ranking';
import type { Ports } from '../ports';
import type { Target } from './generate';
import { loadPeople, menteesOf, type ProgrammePeople } from './sources';

/**
 * Whom the rewards order and the letters of thanks (7.2) name: the best mentors the curator ticked «Поощрить»
 * in Рейтинг наставников, best place first; when nobody is ticked (or there is no ranking yet), every mentor of
 * the approved pairs, and a Russian note saying so. Four table reads (three for the people, one for the ranking).
 */
export interface Rewardees {
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

type Context = (date: Date, number: string | null) => DocumentContext;

export function rewardOrderTargets(ports: Ports, settings: Settings): Target[] {
  const people = loadPeople(ports);
  if (!people.pairs.length) throw new UserFacingError('Нет утверждённых пар/групп: некого поощрять.');
  const { mentors, note } = rewardees(ports, people);
  const mentees = menteesOf(people.pairs);
  const ctx: Context = (date, number) => ({ settings, date, number });
  return [
    { subjectId: '', subject: '', notes: [note], data: (d, n) => rewardData(ctx(d, n), mentors, mentees) },
  ];
}

export function letterTargets(ports: Ports, settings: Settings): Target[] {
  const people = loadPeople(ports);
  if (!people.pairs.length) return [];
  const { mentors, note } = rewardees(ports, people);
  const ctx: Context = (date, number) => ({ settings, date, number });
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
