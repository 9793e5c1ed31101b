import type { ActionResult } from '../../src/api/types';
import { SCHOOL } from '../integration/fixture';
import { bootBuilt } from './boot';

/** The consents as a teacher meets them, through the built add-on (dist/Code.js) on the emulator. */

type Emu = ReturnType<typeof bootBuilt>['emulator'];

function formOf(emulator: Emu, key: 'mentee' | 'mentor') {
  const title = key === 'mentee' ? 'Анкета наставляемого' : 'Анкета наставника';
  const id = Object.values(emulator.state.forms).find((f) => f.title === title)!.id;
  return emulator.globals.FormApp.openById(id);
}

function templateDoc(emulator: Emu, name: string) {
  const file = Object.values(emulator.state.drive.files).find((f) => f.name === name && !f.trashed)!;
  return emulator.globals.DocumentApp.openById(file.id);
}

function setUp(settings = SCHOOL, now?: Date) {
  const wb = bootBuilt(now);
  wb.script.call('saveSetup', settings);
  const run = (id: string) => wb.script.call('runAction', id) as ActionResult;
  return { ...wb, run };
}

describe('the consent to processing is its own text, asked before the data (152-ФЗ ст. 9 ч. 4)', () => {
  it('opens the questionnaire with the full consent naming the operator grammatically, then asks it', () => {
    const { emulator, run } = setUp();
    run('form:mentee');
    const items = formOf(emulator, 'mentee').getItems();
    // Page one: the consent text, the teacher's name and the consent question — nothing else.
    expect(items.slice(0, 3).map((i) => String(i.getType()))).toEqual([
      'SECTION_HEADER',
      'TEXT',
      'MULTIPLE_CHOICE',
    ]);
    expect(items[1].getTitle()).toBe('Фамилия, имя, отчество');
    expect(items[2].getTitle()).toBe('Согласие на обработку персональных данных');
    expect(String(items[3].getType())).toBe('PAGE_BREAK');
    const text = items[0].getHelpText();
    expect(text).toContain(
      `даю согласие оператору — ${SCHOOL.schoolFull} (ИНН 4345012340, ОГРН 1024301234561, адрес: ${SCHOOL.schoolAddress})`,
    );
    expect(text).not.toMatch(/даю согласие Муниципальное/);
    for (const element of [
      'в роли наставляемого',
      '1. Цель обработки',
      '2. Перечень персональных данных',
      '3. Действия с персональными данными',
      'Способ обработки: смешанный',
      'Google LLC',
      'трансграничную передачу (статья 12',
      'Срок действия согласия: со дня его дачи до 31 августа 2023 г.',
      'Порядок отзыва',
      'Редакция текста согласия: 2025-09',
    ])
      expect(text).toContain(element);
    // The lines meant for paper (passport, signature) are not in the questionnaire, and no tag is left.
    expect(text).not.toMatch(/паспорт|_{5}|\{\{|\}\}/);
  });

  it('«Нет» sends the form from the first page (page navigation SUBMIT): a refusal types no other data', () => {
    const { emulator, run } = setUp();
    run('form:mentee');
    const form = formOf(emulator, 'mentee');
    const consent = form.getItems()[2].asMultipleChoiceItem();
    expect(consent.getChoices().map((c) => [c.getValue(), String(c.getPageNavigationType())])).toEqual([
      ['Да, даю согласие', 'CONTINUE'],
      ['Нет, не даю согласия', 'SUBMIT'],
    ]);
    const refuse = {
      'Фамилия, имя, отчество': 'Нет Согласия',
      'Согласие на обработку персональных данных': 'Нет, не даю согласия',
    };
    emulator.submitForm(form.getId(), refuse, 'no@school.example');
    expect(form.getResponses()).toHaveLength(0); // answered, then erased: no consent, no data
    // The later pages are never shown to someone who refused: nothing there can be answered.
    expect(() =>
      emulator.submitForm(form.getId(), { ...refuse, Должность: 'Учитель' }, 'no@school.example'),
    ).toThrow(/after the form was submitted/);
    // With consent the questionnaire goes on, and its required questions are required.
    expect(() =>
      emulator.submitForm(
        form.getId(),
        { ...refuse, 'Согласие на обработку персональных данных': 'Да, даю согласие' },
        'yes@school.example',
      ),
    ).toThrow();
  });

  it('offers every attestation category, «соответствие занимаемой должности» and «без категории» among them', () => {
    const { emulator, run } = setUp();
    run('form:mentor');
    const item = formOf(emulator, 'mentor')
      .getItems()
      .find((i) => i.getTitle() === 'Квалификационная категория')!;
    expect(
      item
        .asMultipleChoiceItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual([
      'без категории',
      'соответствие занимаемой должности',
      'первая',
      'высшая',
      'педагог-методист',
      'педагог-наставник',
    ]);
  });
});

describe('the consent to dissemination (ст. 10.1, Приказ Роскомнадзора № 18)', () => {
  it('names the operator’s ИНН, ОГРН, address and site, a choice per category, conditions and the term', () => {
    const { emulator, run } = setUp();
    run('form:mentor');
    const items = formOf(emulator, 'mentor').getItems();
    const page = items.find((i) =>
      i.getTitle().startsWith('Согласие на распространение персональных данных'),
    )!;
    const text = page.getHelpText();
    for (const element of [
      'статьёй 10.1',
      'ИНН 4345012340, ОГРН 1024301234561',
      `адрес: ${SCHOOL.schoolAddress}`,
      'официальный сайт оператора https://muk4.example.ru',
      '— Фамилия, имя, отчество: отмечается в вопросе ниже',
      '— Должность: отмечается в вопросе ниже',
      'Условия и запреты',
      'Срок действия согласия',
    ])
      expect(text).toContain(element);
    const categories = items.find(
      (i) => i.getTitle() === 'Какие сведения о вас можно опубликовать на сайте школы',
    )!;
    expect(
      categories
        .asCheckboxItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual([
      'Фамилия, имя, отчество',
      'Должность',
      'Квалификационная категория',
      'Сведения об участии в программе наставничества (роль, итоги)',
    ]);
    expect(items.some((i) => i.getTitle() === 'Условия и запреты на распространение')).toBe(true);
  });
});

describe('the mentor’s consent (ТК РФ ст. 351.8, in force from 01.03.2025)', () => {
  const mentorText = (emulator: Emu) =>
    formOf(emulator, 'mentor')
      .getItems()
      .find((i) => i.getTitle() === 'Согласие на осуществление наставничества')!
      .getHelpText();

  it('does not cite the article for an academic year that began before 01.03.2025', () => {
    const { emulator, run } = setUp();
    run('form:mentor');
    expect(mentorText(emulator)).toContain('даю согласие на осуществление наставничества');
    expect(mentorText(emulator)).not.toContain('351.8');
  });

  it('cites it from the 2025/2026 academic year', () => {
    const { emulator, run } = setUp({ ...SCHOOL, academicYearStart: 2025 }, new Date(2025, 8, 10));
    run('form:mentor');
    expect(mentorText(emulator)).toContain(
      'в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации',
    );
  });
});

describe('consent texts are templates the school’s lawyer edits, checked before a form is built', () => {
  it('setup creates them as editable Docs; an edit reaches the questionnaire', () => {
    const { emulator, run } = setUp();
    const body = templateDoc(emulator, 'Шаблон — Согласие на обработку персональных данных').getBody();
    body.replaceText(
      'организация и сопровождение программы',
      'организация и методическое сопровождение программы',
    );
    run('form:mentee');
    expect(formOf(emulator, 'mentee').getItems()[0].getHelpText()).toContain(
      'организация и методическое сопровождение программы',
    );
  });

  it('an edited text that lost required elements is refused in Russian, naming each; no form is created', () => {
    const { emulator, run } = setUp();
    const body = templateDoc(emulator, 'Шаблон — Согласие на обработку персональных данных').getBody();
    body.replaceText('4\\. Обработку персональных данных по поручению.*', '4. Данные хранятся в школе.');
    body.replaceText('Порядок отзыва: согласие может быть отозвано', 'Заявление');
    expect(() => run('form:mentee')).toThrow(
      /нет обязательных сведений: лицо, обрабатывающее данные по поручению оператора \(Google\); согласие на трансграничную передачу; порядок отзыва согласия/,
    );
    expect(Object.values(emulator.state.forms)).toHaveLength(0);
  });

  it('without the operator’s requisites in the settings no consent form is built, and the message says what to fill', () => {
    const { emulator, run } = setUp({
      ...SCHOOL,
      schoolAddress: '',
      schoolInn: '',
      schoolOgrn: '',
      schoolSite: '',
    });
    expect(() => run('form:mentor')).toThrow(
      /В настройках программы не заполнено: адрес школы, ИНН школы, ОГРН школы, адрес официального сайта школы/,
    );
    expect(Object.values(emulator.state.forms)).toHaveLength(0);
  });

  it('setup refuses an ИНН or ОГРН whose control digit is wrong, in Russian', () => {
    const { script } = bootBuilt();
    expect(() => script.call('saveSetup', { ...SCHOOL, schoolInn: '4345012341' })).toThrow(
      /ИНН «4345012341» неверен/,
    );
  });
});
