import {
  normalizeSettings,
  settingsFromText,
  settingsToText,
  validateSettings,
  type Settings,
} from '../../../src/domain/settings';

const good: Settings = {
  schoolFull: 'МБОУ «Межшкольный учебный комбинат № 4» г. Кирова',
  schoolShort: 'МБОУ МУК № 4 г. Кирова',
  director: 'Попова Л.А.',
  city: 'Киров',
  curators: ['Curator@School.example '],
  academicYearStart: 2022,
  outputFolder: '',
};

describe('settings', () => {
  it('accepts a complete form and normalises e-mails and the folder', () => {
    const s = normalizeSettings(good);
    expect(validateSettings(s)).toEqual([]);
    expect(s.curators).toEqual(['curator@school.example']);
    expect(s.outputFolder).toBe('Наставничество — документы');
  });

  it('explains every problem in Russian', () => {
    const errors = validateSettings(
      normalizeSettings({
        ...good,
        schoolShort: '',
        curators: ['не почта'],
        academicYearStart: 1999,
        director: 'Людмила',
      }),
    );
    expect(errors).toEqual([
      'Заполните поле «Краткое наименование школы».',
      '«не почта» не похоже на адрес эл. почты куратора.',
      'Укажите год начала учебного года от 2000 до 2100.',
      'Укажите директора в виде «Фамилия И.О.», например «Попова Л.А.».',
    ]);
  });

  it('round-trips through the sheet text', () => {
    const s = normalizeSettings(good);
    expect(settingsFromText(settingsToText(s), new Date(2022, 9, 1))).toEqual(s);
  });

  it('defaults the academic year to the one in progress', () => {
    expect(settingsFromText({}, new Date(2023, 2, 1)).academicYearStart).toBe(2022);
    expect(settingsFromText({}, new Date(2023, 8, 1)).academicYearStart).toBe(2023);
  });
});
