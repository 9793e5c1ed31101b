import type { ActionResult, Overview } from '../../src/api/types';
import { CONSENT_NO, CONSENT_YES } from '../../src/domain/forms/consent';
import { formDefinitions } from '../../src/domain/forms/definitions';
import { SCHOOL } from '../integration/fixture';
import { bootBuilt } from './boot';

/**
 * Consents as records, a mark typed into a base that is not a consent, answers from addresses nobody verified,
 * and the consents for signature — all through the built add-on (dist/Code.js) on the emulator.
 */

const defs = formDefinitions();
const title = (form: 'mentee' | 'mentor', key: string) =>
  defs[form].sections.flatMap((s) => s.questions).find((q) => q.key === key)!.title;

function mentorAnswer(over: Record<string, string | string[]> = {}) {
  return {
    [title('mentor', 'fullName')]: 'Смирнова Ольга Викторовна',
    [title('mentor', 'consentPd')]: CONSENT_YES,
    [title('mentor', 'consentMentor')]: CONSENT_YES,
    [title('mentor', 'position')]: 'Учитель',
    [title('mentor', 'experienceYears')]: '27',
    [title('mentor', 'category')]: 'высшая',
    [title('mentor', 'competences')]: ['Работа с родителями'],
    [title('mentor', 'capacity')]: '2',
    [title('mentor', 'format')]: 'очно',
    [title('mentor', 'publishCategories')]: ['Фамилия, имя, отчество', 'Должность'],
    [title('mentor', 'publishConditions')]: 'Не публиковать в социальных сетях',
    [title('mentor', 'consentPublish')]: CONSENT_YES,
    ...over,
  };
}

/** «Нет» to the consent sends the form from its first page: nothing but the name is typed. */
const refusal = () => ({
  [title('mentor', 'fullName')]: 'Смирнова Ольга Викторовна',
  [title('mentor', 'consentPd')]: CONSENT_NO,
});

function setUp(options: { verifiedUnavailable?: boolean } = {}) {
  const wb = bootBuilt();
  wb.emulator.state.session.verifiedEmailUnavailable = options.verifiedUnavailable;
  wb.script.call('saveSetup', SCHOOL);
  const run = (id: string, input?: string) => wb.script.call('runAction', id, input) as ActionResult;
  run('form:mentor');
  const form = Object.values(wb.emulator.state.forms).find((f) => f.title === 'Анкета наставника')!;
  const sheet = (name: string) => {
    const values = wb.ss.getSheetByName(name)!.getDataRange().getValues();
    const [header, ...rows] = values;
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
  };
  const journal = () => sheet('Журнал').map((r) => `${String(r['Действие'])}: ${String(r['Подробности'])}`);
  return { ...wb, run, form, sheet, journal };
}

describe('each consent is a record in Согласия (date, text version, source), not a cell', () => {
  it('a mentor’s answer writes one record per consent, with the publication choice per category', () => {
    const { emulator, form, sheet, run } = setUp();
    emulator.submitForm(form.id, mentorAnswer(), 'smirnova@school.example');
    const records = sheet('Согласия');
    expect(records.map((r) => [r['Согласие'], r['Решение']])).toEqual([
      ['обработка персональных данных', 'дано'],
      ['осуществление наставничества', 'дано'],
      ['распространение персональных данных', 'дано'],
    ]);
    for (const r of records) {
      expect(r['Редакция текста']).toBe('2025-09');
      expect(r['Источник']).toBe('Анкета наставника, ответ в строке 2');
      expect(r['Подтверждение личности']).toBe('адрес Google подтверждён (вход в аккаунт)');
      expect(r['Дата и время']).toBeInstanceOf(Date);
    }
    expect(records[2]['Категории, условия и запреты']).toBe(
      'Разрешено: Фамилия, имя, отчество; Должность. Условия и запреты: Не публиковать в социальных сетях',
    );
    // The same answer read again (a rebuild) adds nothing.
    run('intake:rebuild:3.2');
    expect(sheet('Согласия')).toHaveLength(3);
  });

  it('«да» typed into a base is not consent: the add-on acts on the records and reports the mismatch', () => {
    const { emulator, form, sheet, run, script, ss, journal } = setUp();
    emulator.submitForm(
      form.id,
      mentorAnswer({
        [title('mentor', 'fullName')]: 'Кузнецов Андрей Петрович',
        [title('mentor', 'consentMentor')]: CONSENT_NO,
        [title('mentor', 'consentPublish')]: CONSENT_NO,
      }),
      'kuznetsov@school.example',
    );
    // An editor types a date into «Согласие быть наставником» and ticks publication.
    const mentors = ss.getSheetByName('Наставники')!;
    const header = mentors.getRange(1, 1, 1, mentors.getLastColumn()).getValues()[0].map(String);
    mentors.getRange(2, header.indexOf('Согласие быть наставником') + 1).setValue(new Date(2022, 8, 14));
    mentors.getRange(2, header.indexOf('Согласие на публикацию') + 1).setValue(true);
    const overview = script.call('getOverview') as Overview;
    expect(overview.problems.join('\n')).toMatch(
      /На листе «Наставники» отметки согласий не совпадают с листом «Согласия» \(MR-/,
    );
    expect(() => run('select:choose', 'kuznetsov@school.example')).toThrow(/без письменного согласия/);

    // The curator records the paper consent: that counts, with who and when.
    const result = run('consents:record:mentor', 'kuznetsov@school.example');
    expect(result.message).toContain('осуществление наставничества — дано');
    const record = sheet('Согласия').at(-1)!;
    expect(record['Источник']).toBe('куратор curator@school.example: документ на бумаге');
    expect(record['Подтверждение личности']).toBe('куратор (документ на бумаге)');
    expect(journal().at(-1)).toMatch(
      /^Согласие записано куратором: MR-.*осуществление наставничества — дано/,
    );
    expect(sheet('Журнал').at(-1)!['Пользователь']).toBe('curator@school.example');
    expect(run('select:choose', 'kuznetsov@school.example').message).toContain('Кузнецов А.П.');
    // The logged action copies the records back into the row: the typed publication mark is gone.
    expect(sheet('Наставники')[0]['Согласие на публикацию']).toBe(false);
    expect((script.call('getOverview') as Overview).problems.join('\n')).not.toContain('«Наставники»');
  });
});

describe('a form answer is not proof of identity (verified respondents, or a code by mail)', () => {
  it('questionnaires ask Google for verified addresses: an answer carries the signed-in account, not a typed one', () => {
    const { emulator, form, sheet } = setUp();
    expect(emulator.globals.FormApp.openById(form.id)).toBeDefined();
    expect(
      (
        emulator.globals.FormApp.openById(form.id) as unknown as { getEmailCollectionType(): string }
      ).getEmailCollectionType(),
    ).toBe('VERIFIED');
    emulator.submitForm(form.id, mentorAnswer(), 'smirnova@school.example');
    // Someone signed in as themselves types Smirnova's address and refuses: Google records their own address.
    emulator.submitForm(form.id, refusal(), 'smirnova@school.example', {
      signedInAs: 'intruder@example.com',
    });
    const base = sheet('Наставники');
    expect(base).toHaveLength(1);
    expect(base[0]['ФИО']).toBe('Смирнова Ольга Викторовна');
    expect(sheet('Согласия').filter((r) => r['Решение'] === 'отозвано')).toHaveLength(0);
  });

  it('where Google refuses verified collection, a refusal with someone else’s address changes nothing until the code from the mail comes back', () => {
    const { emulator, form, sheet, run, journal } = setUp({ verifiedUnavailable: true });
    expect(
      (
        emulator.globals.FormApp.openById(form.id) as unknown as { getEmailCollectionType(): string }
      ).getEmailCollectionType(),
    ).toBe('RESPONDER_INPUT');
    // Smirnova's own answer is held too: nothing proves the address yet.
    emulator.submitForm(form.id, mentorAnswer(), 'smirnova@school.example');
    expect(sheet('Наставники')).toHaveLength(0);
    const first = emulator.state.mail.outbox.at(-1)!;
    expect(first.to).toBe('smirnova@school.example');
    const code = /код подтверждения: ([0-9A-F]{10})/.exec(first.body)![1];
    expect(run('consents:confirm', code).message).toMatch(/^Адрес подтверждён, ответ учтён: MR-/);
    expect(sheet('Наставники')[0]['ФИО']).toBe('Смирнова Ольга Викторовна');
    expect(sheet('Согласия').find((r) => r['Решение'] === 'дано')!['Подтверждение личности']).toBe(
      'подтверждено кодом из письма на адрес',
    );

    // An intruder refuses in her name: her data stay, the intruder's typed row is erased, she gets a code.
    const sent = emulator.state.mail.outbox.length;
    emulator.submitForm(form.id, refusal(), 'smirnova@school.example');
    expect(sheet('Наставники')[0]['ФИО']).toBe('Смирнова Ольга Викторовна');
    expect(sheet('Наставники')[0]['Статус']).not.toBe('отказ');
    expect(emulator.state.mail.outbox).toHaveLength(sent + 1);
    expect(journal().at(-1)).toMatch(/^Ответ ждёт подтверждения адреса: Анкета наставника, строка 3/);
    const held = sheet('Ответы: анкета наставника')[1];
    expect(held[title('mentor', 'fullName')]).toBe('');
    // A wrong code does nothing; the right one, once, withdraws her.
    expect(() => run('consents:confirm', '0000000000')).toThrow('Ответа с таким кодом нет');
    const refusalCode = /код подтверждения: ([0-9A-F]{10})/.exec(emulator.state.mail.outbox.at(-1)!.body)![1];
    expect(run('consents:confirm', refusalCode).message).toContain('Отказ от согласия учтён');
    expect(sheet('Наставники')[0]['Статус']).toBe('отказ');
    expect(() => run('consents:confirm', refusalCode)).toThrow('уже подтверждён');
  });
});
