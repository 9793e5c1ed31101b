import { quoted } from '../../../src/domain/format/quotes';

describe('quoted: «…„…“…» for text that carries its own quotes', () => {
  test('plain text gets guillemets', () => {
    expect(quoted('Работа с родителями')).toBe('«Работа с родителями»');
  });

  test('straight, guillemet and English quotes inside become „лапки“', () => {
    expect(quoted('Школа "Успех"')).toBe('«Школа „Успех“»');
    expect(quoted('МБОУ «Школа № 4» г. Кирова')).toBe('«МБОУ „Школа № 4“ г. Кирова»');
    expect(quoted('Клуб “Знание” и "Успех"')).toBe('«Клуб „Знание“ и „Успех“»');
  });

  test('a text wholly in quotes is not quoted twice, and its own inner quotes nest once', () => {
    expect(quoted('"Успех"')).toBe('«Успех»');
    expect(quoted('«Программа «учитель – учитель»»')).toBe('«Программа „учитель – учитель“»');
    expect(quoted('„Успех“')).toBe('«Успех»');
  });

  test('two quoted names side by side are not taken for one wrapped text', () => {
    expect(quoted('«А» и «Б»')).toBe('«„А“ и „Б“»');
    expect(quoted('"А" и "Б"')).toBe('«„А“ и „Б“»');
  });

  test('a stray mark stays as typed and the result has one pair of guillemets', () => {
    const out = quoted('Класс 5"А');
    expect(out).toBe('«Класс 5"А»');
    expect(out.match(/«/g)).toHaveLength(1);
  });
});
