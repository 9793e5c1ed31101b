import { DEMO_TEACHERS } from '../../../dev/demo-school';
import {
  declineName,
  declinePerson,
  declinePosition,
  genderOf,
  positionText,
} from '../../../src/domain/format/names';
import { counted, countOf, pluralForm } from '../../../src/domain/format/ru';

describe('names declined by petrovich', () => {
  test('dative, accusative, genitive and instrumental of the demo school’s names', () => {
    expect(declineName('Смирнова Ольга Викторовна', 'dative')).toBe('Смирновой Ольге Викторовне');
    expect(declineName('Кузнецов Андрей Петрович', 'dative')).toBe('Кузнецову Андрею Петровичу');
    expect(declineName('Захаров Илья Романович', 'accusative')).toBe('Захарова Илью Романовича');
    expect(declineName('Орлова Валерия Максимовна', 'genitive')).toBe('Орловой Валерии Максимовны');
    expect(declineName('Голубев Артём Викторович', 'instrumental')).toBe('Голубевым Артёмом Викторовичем');
    expect(declineName('Ильина Мария Евгеньевна', 'accusative')).toBe('Ильину Марию Евгеньевну');
  });

  test('every demo name changes in the dative and keeps its three words', () => {
    for (const t of DEMO_TEACHERS) {
      const dative = declineName(t.fullName, 'dative');
      expect(dative.split(' ')).toHaveLength(3);
      expect(dative).not.toBe(t.fullName);
      expect(dative.split(' ')[2]).toMatch(/(вне|чу)$/);
    }
  });

  test('a soft-sign name, initials and an indeclinable surname', () => {
    expect(declineName('Черных Любовь Ивановна', 'dative')).toBe('Черных Любови Ивановне');
    expect(declineName('Попова Л.А.', 'dative')).toBe('Поповой Л.А.');
    expect(declineName('Кузнецов А.П.', 'accusative')).toBe('Кузнецова А.П.');
  });

  test('gender from the patronymic, else from the surname', () => {
    expect(genderOf('Смирнова Ольга Викторовна')).toBe('female');
    expect(genderOf('Гусев Роман Андреевич')).toBe('male');
    expect(genderOf('Попова Л.А.')).toBe('female');
    expect(genderOf('Ким')).toBeNull();
  });

  test('positions are lower-case inside a sentence and declined by their head noun', () => {
    expect(positionText('Учитель')).toBe('учитель');
    expect(positionText('ОБЗР')).toBe('ОБЗР');
    expect(declinePosition('Учитель математики', 'dative')).toBe('учителю математики');
    expect(declinePosition('Педагог-психолог', 'dative')).toBe('педагогу-психологу');
    expect(declinePosition('социальный педагог', 'instrumental')).toBe('социальным педагогом');
    expect(declinePosition('старший методист', 'genitive')).toBe('старшего методиста');
    expect(declinePosition('заместитель директора по УВР', 'accusative')).toBe(
      'заместителя директора по УВР',
    );
    // An unknown head is left as it is rather than given a wrong ending.
    expect(declinePosition('тьютор', 'dative')).toBe('тьютор');
    expect(declinePerson('Иванова Мария Петровна', 'Заместитель директора по УВР', 'accusative')).toBe(
      'Иванову Марию Петровну, заместителя директора по УВР',
    );
  });
});

describe('numerals agree with nouns and verbs (Intl.PluralRules)', () => {
  const MEETINGS = ['встреча', 'встречи', 'встреч'] as const;
  const HELD = ['проведена', 'проведены', 'проведено'] as const;

  test.each([
    [1, 'проведена 1 встреча'],
    [3, 'проведены 3 встречи'],
    [5, 'проведено 5 встреч'],
    [11, 'проведено 11 встреч'],
    [21, 'проведена 21 встреча'],
    [121, 'проведена 121 встреча'],
    [112, 'проведено 112 встреч'],
  ])('%i', (n, phrase) => {
    expect(counted(n, HELD, MEETINGS)).toBe(phrase);
  });

  test('rows and fractions', () => {
    expect(countOf(72, ['строка', 'строки', 'строк'])).toBe('72 строки');
    expect(countOf(75, ['строка', 'строки', 'строк'])).toBe('75 строк');
    expect(pluralForm(2.5, ['балл', 'балла', 'баллов'])).toBe('балла');
  });
});
