import type { Emulator } from '../../emulator';
import { formDefinitions } from '../../src/domain/forms/definitions';
import { SURVEY_FORMS, type SurveyKey } from '../../src/domain/forms/monitoring-forms';
import type { Audience, FormKey } from '../../src/domain/forms/types';
import type { Database } from '../../src/services/db/database';
import { readFormRecords } from '../../src/services/forms/registry';
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

/** The demo mentors and mentees, every one «в паре», in the pairs and the group above approved on `approvedAt`. */
export function appendPeopleInPairs(db: Database, approvedAt: Date): void {
  const mentors = db.mentors.append(
    MENTORS.map(([fullName, email]) => ({ fullName, email, status: 'в паре' })),
  );
  const mentees = db.mentees.append(
    MENTEES.map(([fullName, email]) => ({ fullName, email, status: 'в паре' })),
  );
  appendApprovedPairs(db, mentors, mentees, { approvedAt });
}

/** The sidebar's UI calls do nothing here: the tests read the sheets and the action's result. */
const NO_UI = { activateSheet: () => true, showSetupDialog: () => undefined };

/** Runs a catalogue action by id, with the text the curator would type, as the sidebar does. */
export function catalogRunner(ports: Ports) {
  return (id: string, input = '') => runCatalogAction({ ports, ui: NO_UI }, id, input);
}

const DEFS = formDefinitions();

/** The role of one of the fixture's people: the mentors answer the mentors' forms. */
const roleOf = (email: string): Audience => (MENTORS.some(([, e]) => e === email) ? 'mentor' : 'mentee');

/**
 * Submits one participant's answer to a survey through the form of their role: every scale item rated `v`
 * (items by key in `by` otherwise), every other required question its first choice, and `extra` by key.
 */
export function submitSurvey(
  emulator: Emulator,
  ports: Ports,
  survey: SurveyKey,
  email: string,
  v: number,
  { by = {}, extra = {} }: { by?: Record<string, number>; extra?: Record<string, string> } = {},
): void {
  const key = SURVEY_FORMS[survey][roleOf(email)];
  const ratings = Object.fromEntries(Object.entries(by).map(([k, n]) => [k, String(n)]));
  emulator.submitForm(
    readFormRecords(ports)[key]!.formId,
    formAnswers(key, v, { ...ratings, ...extra }),
    email,
  );
}

/**
 * A form's answers by question title: `given` by question key, every other scale rated `v`, every other
 * required question its first choice.
 */
export function formAnswers(
  key: FormKey,
  v: number,
  given: Record<string, string | string[]> = {},
): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const q of DEFS[key].sections.flatMap((s) => s.questions)) {
    if (q.key in given) answers[q.title] = given[q.key];
    else if (q.kind === 'scale') answers[q.title] = String(v);
    else if (q.required && q.choices) answers[q.title] = q.choices[0];
  }
  return answers;
}
