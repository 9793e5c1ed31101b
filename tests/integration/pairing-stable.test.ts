import { openDatabase } from '../../src/services/db/database';
import { proposePairs } from '../../src/services/pairs/propose';
import { decideMentors } from '../../src/services/pairs/selection';
import { configuredWorkbook, recordSeededConsents } from './fixture';

const consent = new Date(2022, 8, 12);

// Equally good assignments differ in shape: the two mentees may share Волкова's group or take two of the
// three mentors, and the three mathematics mentees may go to Лебедев or Орлов. Only a stable tie-break decides.
const mentor = (fullName: string, email: string, capacity: number, subjects = 'Математика') => ({
  fullName,
  email,
  status: 'в базе',
  consentPd: consent,
  consentMentor: consent,
  experienceYears: 20,
  category: 'высшая',
  subjects,
  competences: 'Работа с родителями',
  capacity,
  format: 'очно',
});
const MENTORS = [
  mentor('Волкова Ирина Петровна', 'volkova@school.example', 2, 'Русский язык'),
  mentor('Зайцева Анна Сергеевна', 'zaitseva@school.example', 1, 'Русский язык'),
  mentor('Соловьёва Ольга Ивановна', 'solovyova@school.example', 1, 'Русский язык'),
  mentor('Лебедев Павел Андреевич', 'lebedev@school.example', 2),
  mentor('Орлов Сергей Николаевич', 'orlov@school.example', 2),
];
const mentee = (fullName: string, email: string, subjects: string) => ({
  fullName,
  email,
  status: 'в базе',
  consentPd: consent,
  experienceYears: 1,
  category: 'без категории',
  youngTeacher: true,
  subjects,
  requests: 'Работа с родителями',
  format: 'очно',
});
const MENTEES = [
  mentee('Белова Дарья Олеговна', 'belova@school.example', 'Русский язык'),
  mentee('Кравцова Елена Юрьевна', 'kravtsova@school.example', 'Русский язык'),
  mentee('Гусев Артём Ильич', 'gusev@school.example', 'Математика'),
  mentee('Титов Роман Олегович', 'titov@school.example', 'Математика'),
  mentee('Фомина Вера Денисовна', 'fomina@school.example', 'Математика'),
];

/** The same answers in a fresh workbook (fresh random row ids), matched; pairs as mentor → mentees by e-mail. */
function pairsInFreshWorkbook(): string[] {
  const { ports } = configuredWorkbook();
  const db = openDatabase(ports);
  db.mentors.append(MENTORS);
  db.mentees.append(MENTEES);
  recordSeededConsents(ports);
  decideMentors(ports, MENTORS.map((m) => m.email).join(', '), true);
  proposePairs(ports);
  const email = new Map(
    [...db.mentors.load().rows, ...db.mentees.load().rows].map((r) => [r.id, String(r.email)]),
  );
  return db.pairs
    .load()
    .rows.map(
      (p) =>
        `${email.get(String(p.mentorId))} → ${String(p.menteeIds)
          .split('; ')
          .map((id) => email.get(id))
          .join(', ')}`,
    )
    .sort();
}

describe('5.1 the same answers give the same pairs in every workbook', () => {
  it('breaks ties by e-mail, not by the random row ids of a workbook', () => {
    const first = pairsInFreshWorkbook();
    for (let n = 1; n < 8; n++) expect(pairsInFreshWorkbook()).toEqual(first);
    // Ties go by e-mail: mentees in e-mail order each take the first mentor in e-mail order with a slot left
    // (solovyova < volkova < zaitseva; lebedev < orlov).
    expect(first).toEqual([
      'lebedev@school.example → fomina@school.example, gusev@school.example',
      'orlov@school.example → titov@school.example',
      'solovyova@school.example → belova@school.example',
      'volkova@school.example → kravtsova@school.example',
    ]);
  });
});
