import type { Database } from '../../src/services/db/database';
import type { Ports } from '../../src/services/ports';
import { runCatalogAction } from '../../src/services/step-actions/catalog';

/**
 * The small school whose year year.test.ts walks and whose final report final-report.test.ts checks: three
 * mentors and four mentees in two pairs and a group, and the sidebar's way of running a catalogue action.
 * The two files add the people with different columns, so only the names and the pairing are here.
 */

/** Full name, e-mail, and whether the mentor agreed to publication (year.test.ts records it). */
export const MENTORS = [
  ['Смирнова Ольга Викторовна', 'smirnova@school.example', true],
  ['Кузнецов Андрей Петрович', 'kuznetsov@school.example', false],
  ['Васильева Татьяна Николаевна', 'vasilieva@school.example', true],
] as const;
/** Full name, e-mail, and whether the mentee is a young specialist. */
export const MENTEES = [
  ['Алексеева Анна Дмитриевна', 'alekseeva@school.example', true],
  ['Захаров Илья Романович', 'zakharov@school.example', true],
  ['Павлова Дарья Андреевна', 'pavlova@school.example', true],
  ['Орлова Валерия Максимовна', 'orlova@school.example', false],
] as const;

type Person = { id: string };

/**
 * Approved PR-1 and PR-2 (mentor i with mentee i) and the group PR-3 (the third mentor with the last two
 * mentees). `fields` go into every row, e.g. the approval date.
 */
export function appendApprovedPairs(
  db: Database,
  mentors: readonly Person[],
  mentees: readonly Person[],
  fields: { approvedAt?: Date } = {},
): void {
  db.pairs.append([
    {
      id: 'PR-1',
      mentorId: mentors[0].id,
      menteeIds: mentees[0].id,
      kind: 'пара',
      status: 'утверждена',
      ...fields,
    },
    {
      id: 'PR-2',
      mentorId: mentors[1].id,
      menteeIds: mentees[1].id,
      kind: 'пара',
      status: 'утверждена',
      ...fields,
    },
    {
      id: 'PR-3',
      mentorId: mentors[2].id,
      menteeIds: `${mentees[2].id}, ${mentees[3].id}`,
      kind: 'группа',
      status: 'утверждена',
      ...fields,
    },
  ]);
}

/** The sidebar's UI calls do nothing here: the tests read the sheets and the action's result. */
const NO_UI = { activateSheet: () => true, showSetupDialog: () => undefined };

/** Runs a catalogue action by id, with the text the curator would type, as the sidebar does. */
export function catalogRunner(ports: Ports) {
  return (id: string, input = '') => runCatalogAction({ ports, ui: NO_UI }, id, input);
}
