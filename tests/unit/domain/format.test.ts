import {
  countOf,
  formatDate,
  formatDateLong,
  formatPeriod,
  normalizeFullName,
  pluralForm,
  shortName,
} from '../../../src/domain/format/ru';

describe('Russian formatting', () => {
  it('formats dates as in the seed order', () => {
    expect(formatDate(new Date(2022, 8, 8))).toBe('08.09.2022');
    expect(formatDateLong(new Date(2022, 8, 8))).toBe('8 сентября 2022 г.');
  });

  it('formats roadmap periods', () => {
    expect(formatPeriod(null, new Date(2022, 8, 30))).toBe('Сентябрь 2022');
    expect(formatPeriod(new Date(2022, 7, 1), new Date(2022, 8, 30))).toBe('Август – сентябрь 2022');
    expect(formatPeriod(new Date(2022, 9, 1), new Date(2023, 4, 31))).toBe('Октябрь 2022 – май 2023');
  });

  it.each([
    [1, 'наставник'],
    [2, 'наставника'],
    [5, 'наставников'],
    [11, 'наставников'],
    [21, 'наставник'],
    [22, 'наставника'],
    [112, 'наставников'],
  ])('plural of %i is %s', (n, form) =>
    expect(pluralForm(n, ['наставник', 'наставника', 'наставников'])).toBe(form),
  );

  it('counts with the right form', () =>
    expect(countOf(12, ['наставляемый', 'наставляемых', 'наставляемых'])).toBe('12 наставляемых'));

  it('shortens names to «Фамилия И.О.»', () => {
    expect(shortName('Попова Людмила Александровна')).toBe('Попова Л.А.');
    expect(shortName('Попова Л.А.')).toBe('Попова Л.А.');
    expect(shortName('Попова Людмила')).toBe('Попова Л.');
  });

  it('normalises typed names', () => {
    expect(normalizeFullName('  иванова   анна-мария  петровна ')).toBe('Иванова Анна-Мария Петровна');
  });
});
