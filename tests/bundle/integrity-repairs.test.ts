import type { SetupResult } from '../../src/api/types';
import { SCHOOL } from '../integration/fixture';
import { CONSENT_NO } from '../../src/domain/forms/consent';
import { WITHDRAWN_NAME } from '../../src/domain/forms/intake';
import { Q, builtWithForms, menteeAnswers, mentorAnswers, rowsOf } from './built';

/**
 * Issue 10 point 3: an editor deletes a required column, the message advises setup, setup restores the column
 * empty, and the rebuild that follows must find every person by their stable id, never add them twice.
 */
const MENTEES = [
  ['Петрова Анна Ивановна', 'petrova@school.example'],
  ['Орлова Вера Ильинична', 'orlova@school.example'],
  ['Кузнецов Илья Андреевич', 'kuznetsov@school.example'],
];
const MENTORS = [
  ['Смирнова Ольга Викторовна', 'smirnova@school.example'],
  ['Волков Пётр Сергеевич', 'volkov@school.example'],
];

function withPeople() {
  const a = builtWithForms();
  for (const [name, email] of MENTEES) a.emulator.submitForm(a.menteeForm, menteeAnswers(name), email);
  for (const [name, email] of MENTORS) a.emulator.submitForm(a.mentorForm, mentorAnswers(name), email);
  return a;
}

function failure(fn: () => unknown): string {
  try {
    fn();
    return '';
  } catch (e) {
    return String((e as { message?: unknown }).message);
  }
}

function deleteColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: string) {
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  sheet.deleteColumn(headers.indexOf(header) + 1);
}

describe('10.3 a restored column does not duplicate people', () => {
  it('deleted «Эл. почта», setup, rebuild: every person once, the e-mails back (rows 5 → 5, not 10)', () => {
    const a = withPeople();
    const idsBefore = [...rowsOf(a.sheet('Наставляемые')), ...rowsOf(a.sheet('Наставники'))].map(
      (r) => r['Служебный код'],
    );
    deleteColumn(a.sheet('Наставляемые'), 'Эл. почта');
    deleteColumn(a.sheet('Наставники'), 'Эл. почта');
    // The sidebar advises setup.
    expect(failure(() => a.run('intake:rebuild:2.2'))).toContain('нет столбца «Эл. почта»');
    const setup = a.script.call('saveSetup', SCHOOL) as SetupResult;
    const said = setup.messages.join(' ');
    expect(said).toContain('«Эл. почта»');
    expect(said).toContain('пуст');
    expect(said).toContain('Пересобрать базу из ответов');

    a.run('intake:rebuild:2.2');
    const mentees = rowsOf(a.sheet('Наставляемые'));
    const mentors = rowsOf(a.sheet('Наставники'));
    expect(mentees.map((r) => [r['ФИО'], r['Эл. почта']])).toEqual(MENTEES);
    expect(mentors.map((r) => [r['ФИО'], r['Эл. почта']])).toEqual(MENTORS);
    expect([...mentees, ...mentors].map((r) => r['Служебный код'])).toEqual(idsBefore);
    // A second rebuild changes nothing either.
    a.run('intake:rebuild:3.2');
    expect(rowsOf(a.sheet('Наставляемые'))).toHaveLength(MENTEES.length);
    expect(rowsOf(a.sheet('Наставники'))).toHaveLength(MENTORS.length);
  });

  it('a refusal before the rebuild still finds and erases its person: no second row, no data left', () => {
    const a = withPeople();
    deleteColumn(a.sheet('Наставляемые'), 'Эл. почта');
    a.script.call('saveSetup', SCHOOL);
    a.emulator.submitForm(
      a.menteeForm,
      { [Q['mentee.fullName']]: 'Орлова Вера Ильинична', [Q['mentee.consentPd']]: CONSENT_NO },
      'orlova@school.example',
    );
    const names = () => rowsOf(a.sheet('Наставляемые')).map((r) => r['ФИО']);
    expect(names()).toEqual([MENTEES[0][0], WITHDRAWN_NAME, MENTEES[2][0]]);
    a.run('intake:rebuild:2.2');
    expect(names()).toEqual([MENTEES[0][0], WITHDRAWN_NAME, MENTEES[2][0]]);
    expect(JSON.stringify(rowsOf(a.sheet('Наставляемые')))).not.toContain('orlova@');
  });
});
