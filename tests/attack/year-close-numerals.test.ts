/**
 * What «Закрыть учебный год» tells the curator is official Russian: the counted nouns agree with their numbers
 * (21 лист, 21 показатель), whatever the number of forms the year had.
 */
import { pluralForm, type PluralForms } from '../../src/domain/format/ru';
import { encodeFields } from '../../src/domain/text/action-input';
import { mentorAnswers } from '../bundle/built';
import { setUpSchool } from './harness';

/** Counted nouns the report uses, in the nominative (after a bare number). */
const NOUNS: Record<string, PluralForms> = {
  показател: ['показатель', 'показателя', 'показателей'],
  лист: ['лист', 'листа', 'листов'],
};

/** Every «N noun» of the text whose noun is not the form the number asks for. */
function disagreements(text: string): string[] {
  return [...text.matchAll(/(\d+) (показател[а-яё]*|лист[а-яё]*)/g)].flatMap(([all, n, word]) => {
    const forms = NOUNS[word.startsWith('показател') ? 'показател' : 'лист'];
    return pluralForm(Number(n), forms) === word ? [] : [all];
  });
}

function closeYearWithForms(forms: string[]): string {
  const a = setUpSchool();
  for (const key of forms) a.run(`form:${key}`);
  const form = Object.values(a.emulator.state.forms).find((f) => f.title === 'Анкета наставника')!;
  a.emulator.submitForm(form.id, mentorAnswers('Смирнова Ольга Викторовна'), 'smirnova@school.example');
  a.emulator.setNow(new Date(2023, 4, 30, 10, 0));
  const input = encodeFields({ continuing: '' });
  let last = a.run('year:close', input);
  for (let i = 0; last.more && i < 10; i++) last = a.run('year:close', input);
  expect(last.message).toBe('Учебный год закрыт.');
  return (last.details ?? []).join('\n');
}

describe('10.14 the year-close report counts in agreeing Russian', () => {
  it('with eight forms: 21 показатель and 23 sheets protected', () => {
    // «interim» and «impactBefore» make a form per role each.
    const details = closeYearWithForms(['mentee', 'mentor', 'interim', 'curator', 'meeting', 'impactBefore']);
    expect(details).toContain('лист «Итоги года» — 21 показатель без имён');
    expect(details).toMatch(/Защищены все листы \(23\)/);
    expect(disagreements(details)).toEqual([]);
  });

  it('with six forms: 21 sheets protected, 19 показателей', () => {
    const details = closeYearWithForms(['mentee', 'mentor', 'interim', 'curator', 'meeting']);
    expect(details).toContain('лист «Итоги года» — 19 показателей без имён');
    expect(details).toMatch(/Защищены все листы \(21\)/);
    expect(disagreements(details)).toEqual([]);
  });
});
