import {
  parseResponse,
  personFields,
  recordFromNamedValues,
  splitCheckbox,
} from '../../../src/domain/forms/answers';
import {
  CONSENT_NO,
  CONSENT_RECORD_KEYS,
  CONSENT_YES,
  PUBLISH_CATEGORIES,
} from '../../../src/domain/forms/consent';
import { allQuestions, formDefinitions } from '../../../src/domain/forms/definitions';
import { WITHDRAWN_NAME, anonymise, findPerson, mergePerson } from '../../../src/domain/forms/intake';
import { TOPICS } from '../../../src/domain/forms/topics';
import { MENTEES, MENTORS } from '../../../src/domain/schema/sheets';
import { parsePastedTable } from '../../../src/domain/text/table-paste';

const defs = formDefinitions();
const title = (form: keyof typeof defs, key: string) =>
  allQuestions(defs[form]).find((q) => q.key === key)!.title;

describe('form definitions', () => {
  it('every question that fills a base has a column there, and titles are unique per form', () => {
    for (const def of Object.values(defs)) {
      const titles = allQuestions(def).map((q) => q.title);
      expect(new Set(titles).size).toBe(titles.length);
      if (!def.target) continue;
      const columns = new Set<string>(
        (def.target === 'mentees' ? MENTEES : MENTORS).columns.map((c) => c.key),
      );
      for (const q of allQuestions(def))
        if (!CONSENT_RECORD_KEYS.includes(q.key)) expect(columns.has(q.key)).toBe(true);
    }
  });

  it('asks for consent on the first page, before any other data, with the text as its description', () => {
    const texts = { pdMentee: 'ТЕКСТ-М', pdMentor: 'ТЕКСТ-Н', mentor: 'ТЕКСТ-ТК', publish: 'ТЕКСТ-Р' };
    const withTexts = formDefinitions(texts);
    const first = withTexts.mentee.sections[0];
    expect(first.description).toBe('ТЕКСТ-М');
    expect(first.questions.map((q) => q.key)).toEqual(['fullName', 'consentPd']);
    expect(first.questions[1].required).toBe(true);
    expect(withTexts.mentor.sections[0].questions.map((q) => q.key)).toEqual(['fullName', 'consentPd']);
    const mentoring = withTexts.mentor.sections.find((s) => s.title === 'Наставничество')!;
    expect(mentoring.questions[0]).toMatchObject({ key: 'consentMentor', help: 'ТЕКСТ-ТК', required: true });
    const publish = withTexts.mentor.sections.at(-1)!;
    expect(publish.description).toBe('ТЕКСТ-Р');
    expect(publish.questions.find((q) => q.key === 'publishCategories')!.choices).toEqual(PUBLISH_CATEGORIES);
    const mentorKeys = allQuestions(defs.mentor).map((q) => q.key);
    expect(mentorKeys).toEqual(expect.arrayContaining(['consentPd', 'consentMentor', 'consentPublish']));
    expect(allQuestions(defs.mentor).find((q) => q.key === 'consentPublish')!.required).toBe(false);
  });

  it('requests and competences offer the same list, so they can be matched', () => {
    expect(allQuestions(defs.mentee).find((q) => q.key === 'requests')!.choices).toEqual(TOPICS);
    expect(allQuestions(defs.mentor).find((q) => q.key === 'competences')!.choices).toEqual(TOPICS);
  });
});

describe('parsing answers', () => {
  it('splits checkbox answers by known choices even when they contain commas, keeping «Другое»', () => {
    const choices = ['Работа с родителями', 'Цифровые инструменты, ЭОР', 'Подготовка к аттестации'];
    expect(
      splitCheckbox('Цифровые инструменты, ЭОР, Работа с родителями, хочу про ИИ, и про нейросети', choices),
    ).toEqual(['Работа с родителями', 'Цифровые инструменты, ЭОР', 'хочу про ИИ, и про нейросети']);
    expect(splitCheckbox('', choices)).toEqual([]);
  });

  it('reads namedValues, normalises e-mail and numbers, and recognises consent only for the exact «yes»', () => {
    const record = recordFromNamedValues({
      'Отметка времени': ['15.09.2022 10:00:00'],
      'Адрес электронной почты': [' Anna@School.Example '],
      [title('mentee', 'fullName')]: ['иванова анна'],
      [title('mentee', 'position')]: ['Учитель'],
      [title('mentee', 'experienceYears')]: ['около 3 лет'],
      [title('mentee', 'category')]: ['первая'],
      [title('mentee', 'youngTeacher')]: ['Да'],
      [title('mentee', 'requests')]: ['Работа с родителями'],
      [title('mentee', 'format')]: ['очно'],
      [title('mentee', 'consentPd')]: [CONSENT_YES],
    });
    const parsed = parseResponse(defs.mentee, record);
    expect(parsed.email).toBe('anna@school.example');
    expect(parsed.values.experienceYears).toBe(3);
    expect(parsed.consentPd).toBe(true);
    expect(parsed.problems).toEqual([]);
    const fields = personFields(defs.mentee, parsed, new Date(2022, 8, 15));
    expect(fields.fullName).toBe('Иванова Анна');
    expect(fields.requests).toBe('Работа с родителями');
    expect(fields.youngTeacher).toBe(true);

    expect(
      parseResponse(defs.mentee, { ...record, [title('mentee', 'consentPd')]: CONSENT_NO }).consentPd,
    ).toBe(false);
    expect(parseResponse(defs.mentee, { ...record, [title('mentee', 'consentPd')]: 'да' }).consentPd).toBe(
      false,
    );
  });

  it('reports unreadable and missing answers in Russian instead of guessing', () => {
    const parsed = parseResponse(defs.mentee, {
      'Адрес электронной почты': 'не почта',
      [title('mentee', 'experienceYears')]: 'много',
    });
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        'Ответ на вопрос «Педагогический стаж, полных лет» («много») не похож на число лет.',
        'В ответе нет вопроса «Фамилия, имя, отчество» (возможно, его переименовали в форме).',
        'В ответе нет корректного адреса эл. почты: включите в форме сбор адресов.',
      ]),
    );
    expect(parsed.values.experienceYears).toBeNull();
  });
});

describe('intake into a base', () => {
  it('a new answer does not undo the curator’s decisions, and a mentor needs both consents to be «в базе»', () => {
    const existing = { id: 'MR-1', status: 'отобран', curatorNotes: 'x', fullName: 'Старое Имя' };
    expect(
      mergePerson('mentors', existing, { fullName: 'Новое Имя', consentMentor: new Date() }),
    ).toMatchObject({
      id: 'MR-1',
      status: 'отобран',
      curatorNotes: 'x',
      fullName: 'Новое Имя',
    });
    expect(mergePerson('mentors', undefined, { consentMentor: null }).status).toBe('согласие');
    expect(mergePerson('mentees', undefined, {}).status).toBe('в базе');
  });

  it('anonymising keeps the id and erases every personal value', () => {
    const row = {
      id: 'MT-1',
      fullName: 'Иванова Анна',
      email: 'a@b.ru',
      subjects: 'Математика',
      youngTeacher: true,
      consentPd: new Date(),
      status: 'в паре',
    };
    expect(anonymise(row)).toEqual({
      id: 'MT-1',
      fullName: WITHDRAWN_NAME,
      email: null,
      subjects: null,
      youngTeacher: false,
      consentPd: null,
      status: 'отказ',
    });
  });
});

describe('pasted tables', () => {
  it('reads tab-separated pastes and CSV with quotes and semicolons', () => {
    expect(parsePastedTable('Эл. почта\tЗаметка\na@b.ru\tтекст\n')).toEqual([
      ['Эл. почта', 'Заметка'],
      ['a@b.ru', 'текст'],
    ]);
    expect(
      parsePastedTable('\uFEFFemail;note\r\na@b.ru;"с ""кавычками""; и точкой с запятой"\r\n\r\n'),
    ).toEqual([
      ['email', 'note'],
      ['a@b.ru', 'с "кавычками"; и точкой с запятой'],
    ]);
  });
});

describe('findPerson: an answer finds its row, never a second one (issue 10.3)', () => {
  const rows = [
    { id: 'MT-1', fullName: 'Петрова Анна Ивановна', email: '', status: 'в базе' },
    { id: 'MT-2', fullName: 'Орлова Вера Ильинична', email: '', status: 'в базе' },
    { id: 'MT-3', fullName: 'Орлова Вера Ильинична', email: '', status: 'в базе' },
    { id: 'MT-4', fullName: 'Кузнецов Илья Андреевич', email: 'k@school.example', status: 'в базе' },
  ];
  const none = () => [];
  it('by e-mail, then by the id the consent records keep, then by the only blank row of that name', () => {
    expect(findPerson(rows, { email: 'k@school.example', fullName: 'x' }, none)?.id).toBe('MT-4');
    expect(findPerson(rows, { email: 'o@school.example', fullName: 'x' }, () => ['MT-3'])?.id).toBe('MT-3');
    expect(
      findPerson(rows, { email: 'p@school.example', fullName: 'петрова  анна ивановна' }, none)?.id,
    ).toBe('MT-1');
  });
  it('an ambiguous name or a row holding another address is never taken', () => {
    expect(
      findPerson(rows, { email: 'o@school.example', fullName: 'Орлова Вера Ильинична' }, none),
    ).toBeUndefined();
    expect(
      findPerson(rows, { email: 'new@school.example', fullName: 'Кузнецов Илья Андреевич' }, () => ['MT-4']),
    ).toBeUndefined();
  });
});
