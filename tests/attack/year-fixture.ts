/**
 * A school's year in May on the built add-on, ready to close (10.14), and what the close tests look at.
 */
import type { ActionResult } from '../../src/api/types';
import { encodeFields } from '../../src/domain/text/action-input';
import { menteeAnswers, mentorAnswers } from '../bundle/built';
import { setUpSchool, type Attack } from './harness';

export const PEOPLE = {
  smirnova: ['Смирнова Ольга Викторовна', 'smirnova@school.example'],
  kuznetsov: ['Кузнецов Пётр Ильич', 'kuznetsov@school.example'],
  petrova: ['Петрова Анна Ивановна', 'petrova@school.example'],
  orlova: ['Орлова Вера Ильинична', 'orlova@school.example'],
} as const;
/** Any of the four, in any case, or their e-mail: what must not remain in the archive. */
export const TRACE = /Смирнов|Кузнецов|Петров|Орлов|smirnova@|kuznetsov@|petrova@|orlova@/i;
export const CLOSE = 'year:close';
export const continuing = (...emails: string[]) => encodeFields({ continuing: emails.join('\n') });

export function formId(a: Attack, title: string): string {
  return Object.values(a.emulator.state.forms).find((f) => f.title === title)!.id;
}

type Person = { id: string; fullName: string | null };

/** PR-1 and PR-2, approved on 14.09.2022: the first two mentors, each with the mentee of the same place. */
export function appendTwoPairs(db: ReturnType<Attack['db']>, mentors: Person[], mentees: Person[]): void {
  db.pairs.append(
    [0, 1].map((i) => ({
      id: `PR-${i + 1}`,
      mentorId: mentors[i].id,
      menteeIds: mentees[i].id,
      mentorName: mentors[i].fullName,
      menteeNames: mentees[i].fullName,
      kind: 'пара',
      status: 'утверждена',
      approvedAt: new Date(2022, 8, 14),
    })),
  );
}

/** A year in May: both questionnaires answered, two approved pairs, a meeting, the order, plans and letters. */
export function yearInMay(): Attack {
  const a = setUpSchool();
  a.run('form:mentee');
  a.run('form:mentor');
  for (const key of ['smirnova', 'kuznetsov'] as const)
    a.emulator.submitForm(formId(a, 'Анкета наставника'), mentorAnswers(PEOPLE[key][0]), PEOPLE[key][1]);
  for (const key of ['petrova', 'orlova'] as const)
    a.emulator.submitForm(formId(a, 'Анкета наставляемого'), menteeAnswers(PEOPLE[key][0]), PEOPLE[key][1]);
  const db = a.db();
  const mentors = db.mentors.load().rows;
  const mentees = db.mentees.load().rows;
  expect([mentors.length, mentees.length]).toEqual([2, 2]);
  appendTwoPairs(db, mentors, mentees);
  db.meetings.append([{ pairId: 'PR-1', date: new Date(2022, 9, 5), topic: 'Разбор урока Смирновой О.В.' }]);
  db.ranking.append(mentors.map((m, i) => ({ id: m.id, fullName: m.fullName, rank: i + 1, reward: true })));
  a.run('documents:orderPairs');
  a.run('documents:plans');
  a.run('documents:letters');
  a.emulator.setNow(new Date(2023, 4, 30, 10, 0));
  return a;
}

/** Runs the action as the sidebar does: again while it says `more`. */
export function closeYear(a: Attack, input = continuing()): { last: ActionResult; calls: number } {
  let last = a.run(CLOSE, input);
  let calls = 1;
  while (last.more && calls < 10) {
    last = a.run(CLOSE, input);
    calls++;
  }
  return { last, calls };
}

export function tracesInSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  return ss.getSheets().flatMap((sheet) =>
    sheet
      .getDataRange()
      .getValues()
      .flatMap((row, r) =>
        row.flatMap((v, c) => (TRACE.test(String(v)) ? [`${sheet.getName()}!R${r + 1}C${c + 1}`] : [])),
      ),
  );
}

export const liveDocs = (a: Attack) =>
  Object.values(a.emulator.state.documents)
    .filter((d) => !a.emulator.state.drive.files[d.id]?.trashed)
    .map((d) => d.name);

export function rowsOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): unknown[][] {
  return ss
    .getSheetByName(name)!
    .getDataRange()
    .getValues()
    .slice(1)
    .filter((r) => r.some((v) => v !== ''));
}
