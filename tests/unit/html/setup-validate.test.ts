import type { SetupForm } from '../../../src/api/types';
import {
  currentAcademicYearStart,
  directorError,
  initialYear,
  invalidFields,
  isEmail,
  parseCurators,
  plural,
  TEXT,
  toDraft,
  validateSetup,
  yearOptions,
  type FormDraft,
} from '../../../html/setup/validate';

const good: FormDraft = {
  schoolFull:
    'Муниципальное бюджетное общеобразовательное учреждение «Многопрофильный учебный комплекс № 4» города Кирова',
  schoolShort: 'МБОУ МУК № 4 г. Кирова',
  director: 'Попова Л.А.',
  city: 'Киров',
  curators: 'ivanova@school4.ru\n petrova@school4.ru \n\n',
  academicYearStart: '2022',
  outputFolder: 'Наставничество 2022/2023',
  directorEmail: ' Popova@School4.ru ',
  orderNumberSuffix: '/4',
  schoolAddress: ' 610000, г. Киров,  ул. Ленина, д. 1 ',
  schoolInn: '4345 012340',
  schoolOgrn: '1024301234561',
  schoolSite: 'https://muk4.example.ru',
};

describe('setup validation', () => {
  test('the optional director e-mail is checked only when given', () => {
    expect(validateSetup({ ...good, directorEmail: 'директор' }).errors.directorEmail).toContain(
      '«директор»',
    );
    expect(validateSetup({ ...good, directorEmail: '' }).form?.directorEmail).toBe('');
  });

  test('a filled form becomes a trimmed SetupForm', () => {
    const { form, errors } = validateSetup(good);
    expect(errors).toEqual({});
    expect(form).toEqual<SetupForm>({
      schoolFull: good.schoolFull,
      schoolShort: 'МБОУ МУК № 4 г. Кирова',
      director: 'Попова Л.А.',
      city: 'Киров',
      curators: ['ivanova@school4.ru', 'petrova@school4.ru'],
      academicYearStart: 2022,
      outputFolder: 'Наставничество 2022/2023',
      directorEmail: 'Popova@School4.ru',
      orderNumberSuffix: '/4',
      schoolAddress: '610000, г. Киров, ул. Ленина, д. 1',
      schoolInn: '4345012340',
      schoolOgrn: '1024301234561',
      schoolSite: 'https://muk4.example.ru',
    });
  });

  test('the operator requisites are checked by their control digits when given', () => {
    const { errors } = validateSetup({
      ...good,
      schoolInn: '4345012341',
      schoolOgrn: '1024301234560',
      schoolSite: 'muk4',
    });
    expect(errors.schoolInn).toContain('ИНН «4345012341» неверен');
    expect(errors.schoolOgrn).toContain('ОГРН «1024301234560» неверен');
    expect(errors.schoolSite).toContain('«muk4»');
    const blank = validateSetup({
      ...good,
      schoolInn: '',
      schoolOgrn: '',
      schoolSite: '',
      schoolAddress: '',
    });
    expect(blank.errors).toEqual({});
  });

  test('required fields get Russian messages, in form order', () => {
    const empty: FormDraft = {
      schoolFull: ' ',
      schoolShort: '',
      director: '',
      city: '',
      curators: '\n',
      academicYearStart: '',
      outputFolder: '',
      directorEmail: '',
      orderNumberSuffix: '',
      schoolAddress: '',
      schoolInn: '',
      schoolOgrn: '',
      schoolSite: '',
    };
    const { form, errors } = validateSetup(empty);
    expect(form).toBeNull();
    expect(errors).toEqual({
      schoolFull: 'Укажите полное наименование школы.',
      schoolShort: 'Укажите краткое наименование школы.',
      director: 'Укажите директора: фамилию и инициалы.',
      city: 'Укажите город.',
      curators: 'Укажите e-mail хотя бы одного куратора.',
      academicYearStart: 'Выберите учебный год.',
      outputFolder: 'Укажите папку для документов.',
    });
    expect(invalidFields(errors)).toEqual([
      'schoolFull',
      'schoolShort',
      'director',
      'city',
      'curators',
      'academicYearStart',
      'outputFolder',
    ]);
  });

  test('e-mails: format checked, bad ones named', () => {
    expect(isEmail('ivanova@school4.ru')).toBe(true);
    expect(isEmail('i.ivanova+m@mail.school-4.ru')).toBe(true);
    expect(isEmail('ivanova@school4')).toBe(false);
    expect(isEmail('ivanova.school4.ru')).toBe(false);
    expect(isEmail('a@b..ru')).toBe(false);
    expect(isEmail('иванова@школа.рф')).toBe(true);
    expect(validateSetup({ ...good, curators: 'ivanova@school4.ru\npetrova' }).errors.curators).toBe(
      'Неверный e-mail: «petrova». Проверьте написание.',
    );
    expect(validateSetup({ ...good, curators: 'x@\ny' }).errors.curators).toBe(
      'Неверные e-mail: «x@», «y». Проверьте написание.',
    );
  });

  test('curators: one per line, also commas and semicolons, no repeats', () => {
    expect(parseCurators('a@b.ru\r\nc@d.ru; e@f.ru, A@B.ru\n')).toEqual(['a@b.ru', 'c@d.ru', 'e@f.ru']);
    expect(parseCurators('')).toEqual([]);
  });

  test('year range 2000–2100', () => {
    const msg = 'Учебный год должен начинаться не раньше 2000 и не позже 2100 года.';
    expect(validateSetup({ ...good, academicYearStart: '1999' }).errors.academicYearStart).toBe(msg);
    expect(validateSetup({ ...good, academicYearStart: '2101' }).errors.academicYearStart).toBe(msg);
    expect(validateSetup({ ...good, academicYearStart: '20x2' }).errors.academicYearStart).toBe(msg);
    expect(validateSetup({ ...good, academicYearStart: '2000' }).form?.academicYearStart).toBe(2000);
    expect(validateSetup({ ...good, academicYearStart: '2100' }).form?.academicYearStart).toBe(2100);
  });

  test('director as «Фамилия И.О.»', () => {
    expect(directorError('Попова Л.А.')).toBe('');
    expect(directorError('Попова Л. А.')).toBe('');
    expect(directorError('Петрова-Водкина А.И.')).toBe('');
    expect(directorError('Смит Д.')).toBe('');
    expect(directorError('Л.А. Попова')).toBe('Сначала фамилия, затем инициалы: «Попова Л.А.».');
    expect(directorError('Попова Людмила Александровна')).toBe(
      'Укажите в виде «Фамилия И.О.», например «Попова Л.А.».',
    );
    expect(validateSetup({ ...good, director: '  Попова  Л. А. ' }).form?.director).toBe('Попова Л.А.');
  });

  test('academic year options and the default year', () => {
    const sept2022 = new Date(2022, 8, 8);
    const march2023 = new Date(2023, 2, 1);
    const aug2024 = new Date(2024, 7, 20);
    expect(currentAcademicYearStart(sept2022)).toBe(2022);
    expect(currentAcademicYearStart(march2023)).toBe(2022);
    expect(currentAcademicYearStart(aug2024)).toBe(2024);
    const opts = yearOptions(2022, march2023);
    expect(opts[0]).toEqual({ value: 2019, label: '2019/2020' });
    expect(opts.map((o) => o.label)).toContain('2022/2023');
    expect(yearOptions(2010, march2023).map((o) => o.value)).toEqual([
      2010, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(yearOptions(2001, new Date(2001, 0, 1)).map((o) => o.value)).toEqual([2000, 2001, 2002]);
    expect(initialYear(0, march2023)).toBe(2022);
    expect(initialYear(2021, march2023)).toBe(2021);
  });

  test('SetupForm → draft for the inputs', () => {
    const draft = toDraft(
      {
        schoolFull: 'Полное',
        schoolShort: 'Краткое',
        director: 'Попова Л.А.',
        city: 'Киров',
        curators: ['a@b.ru', 'c@d.ru'],
        academicYearStart: 0,
        outputFolder: '',
      },
      new Date(2022, 8, 1),
    );
    expect(draft.curators).toBe('a@b.ru\nc@d.ru');
    expect(draft.academicYearStart).toBe('2022');
    expect(validateSetup({ ...draft, outputFolder: 'Папка' }).form?.curators).toEqual(['a@b.ru', 'c@d.ru']);
  });

  test('error summary agrees with the number', () => {
    expect(TEXT.summary(1)).toBe('Исправьте поле, отмеченное ниже.');
    expect(TEXT.summary(3)).toBe('Исправьте 3 поля, отмеченные ниже.');
    expect(TEXT.summary(7)).toBe('Исправьте 7 полей, отмеченных ниже.');
  });

  test('Russian plural', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => plural(n, 'поле', 'поля', 'полей'))).toEqual([
      'поле',
      'поля',
      'полей',
      'полей',
      'поле',
      'поля',
      'полей',
    ]);
  });
});
