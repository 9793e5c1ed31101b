import {
  CURATOR,
  GOOD,
  OCT_5,
  PLAN_URL,
  ALL_NAMES,
  allText,
  cardProgramme,
  meetingEvent,
} from './card-programme';

/**
 * The Google Workspace add-on face through the built bundle, as on Google: the card runs as the teacher, who
 * cannot open the programme's spreadsheet, and reads and writes through the relay (the web app executing as the
 * curator). A teacher sees only their own pair; a mentor records a meeting from the card exactly once, and the
 * curator's sidebar counts it.
 */
describe('the teacher card (Workspace add-on) through the built bundle', () => {
  it('a teacher cannot open the programme spreadsheet themselves: only the relay reads it', () => {
    const p = cardProgramme();
    p.as('smirnova@school.example');
    const id = p.ss.getId();
    expect(() => p.emulator.globals.SpreadsheetApp.openById(id)).toThrow(/openById/);
    expect(p.homepage('smirnova@school.example').header?.subtitle).toBe(
      'Смирнова Ольга Викторовна, наставник',
    );
  });

  it('shows a mentor their own mentee, plan, next planned meeting and consents, and nobody else', () => {
    const p = cardProgramme();
    const card = p.homepage('smirnova@school.example');
    const text = allText(card);
    expect(text).toContain('Алексеева Анна Дмитриевна');
    expect(text).toContain(PLAN_URL);
    expect(text).toContain('Следующая встреча по плану');
    expect(text).toContain(
      'до 20.10.2022: Знакомство, выявление затруднений, согласование индивидуального плана',
    );
    expect(text).toContain('Отметить встречу');
    expect(text).toContain('дано 10.09.2022');
    for (const other of ALL_NAMES.filter((n) => !/Смирнова|Алексеева/.test(n)))
      expect(text).not.toContain(other);
  });

  it('the next planned meeting moves on once this month has a meeting', () => {
    const p = cardProgramme();
    p.as('smirnova@school.example');
    p.act('onCardRecordMeeting', meetingEvent('t1', GOOD, OCT_5));
    const text = allText(p.homepage('smirnova@school.example'));
    expect(text).toMatch(/до 20\.11\.2022: \S/);
    expect(text).not.toContain('до 20.10.2022');
  });

  it('lists only the surveys launched, for the teacher, and not answered by them', () => {
    const p = cardProgramme();
    expect(allText(p.homepage('smirnova@school.example'))).toContain('Сейчас анкет для вас нет');
    const before = p.survey('impactBefore', ['smirnova@school.example']);
    const satisfaction = p.survey('satisfaction');
    const mentor = allText(p.homepage('smirnova@school.example'));
    expect(mentor).toContain(satisfaction.mentor);
    expect(mentor).not.toContain(before.mentor);
    expect(mentor).not.toContain(satisfaction.mentee);
    expect(allText(p.homepage('kuznetsov@school.example'))).toContain(before.mentor);
    const mentee = allText(p.homepage('alekseeva@school.example'));
    expect(mentee).toContain(before.mentee);
    expect(mentee).toContain(satisfaction.mentee);
    expect(mentee).not.toContain(satisfaction.mentor);
  });

  it('shows a mentee in a group only their mentor (not the other mentee), without the meeting button', () => {
    const p = cardProgramme();
    const text = allText(p.homepage('orlova@school.example'));
    expect(text).toContain('Васильева Татьяна Николаевна');
    expect(text).not.toContain('Павлова');
    expect(text).not.toContain('Отметить встречу');
    expect(text).toContain('Индивидуальный план ещё не подготовлен.');
  });

  it('tells someone outside the pairs, and someone not signed in, only that, in Russian', () => {
    const p = cardProgramme();
    const outsider = allText(p.homepage('stranger@school.example'));
    expect(outsider).toContain('не входите в утверждённую наставническую пару');
    for (const name of ALL_NAMES) expect(outsider).not.toContain(name);
    expect(allText(p.homepage(''))).toContain('Войдите в Google');
  });

  it('a mentor records a meeting from the card: validated as the form, one row however often sent, counted by the curator', () => {
    const p = cardProgramme();
    p.as('smirnova@school.example');
    const opened = p.act('onCardOpenMeetingForm', {});
    const form = opened.navigation.find((s) => s.op === 'push');
    const token = /"token":"(\w+)"/.exec(JSON.stringify(form))![1];
    expect(JSON.stringify(form)).toContain('Длительность, минут');
    const blank = p.act('onCardRecordMeeting', meetingEvent(token, { ...GOOD, topic: ' ' }, OCT_5));
    expect(blank.notification).toContain('Заполните поле «Тема встречи»');
    const bad = p.act('onCardRecordMeeting', meetingEvent(token, { ...GOOD, durationMin: 'сорок' }, OCT_5));
    expect(bad.notification).toContain('не целое');
    expect(p.meetings()).toHaveLength(0);
    expect(p.overview()).not.toContain('встречались 1 из 3');
    p.as('smirnova@school.example');
    const done = p.act('onCardRecordMeeting', meetingEvent(token, GOOD, OCT_5));
    expect(done.notification).toBe('Встреча внесена в журнал встреч.');
    expect(allText(done.navigation)).toContain('Встреч отмечено: 1. Последняя — 05.10.2022');
    const again = p.act(
      'onCardRecordMeeting',
      meetingEvent(token, { ...GOOD, topic: 'Уточнённая тема' }, OCT_5),
    );
    expect(again.notification).toBe('Сведения о встрече обновлены.');
    const rows = p.meetings();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ 'Код пары': 'PR-1', Тема: 'Уточнённая тема' });
    expect((rows[0]['Дата'] as Date).getDate()).toBe(5);
    expect(p.overview()).toContain('Проведена 1 встреча; встречались 1 из 3 пар/групп');
  });

  it('does not let a mentee record a meeting for a pair', () => {
    const p = cardProgramme();
    p.as('alekseeva@school.example');
    const r = p.act('onCardRecordMeeting', meetingEvent('123', GOOD, OCT_5));
    expect(r.notification).toContain('не принадлежит наставнику');
    expect(p.meetings()).toHaveLength(0);
  });

  it('shows the curator the current step and what is open, from the sidebar overview', () => {
    const p = cardProgramme();
    const card = p.homepage(CURATOR);
    const overview = JSON.parse(p.overview()) as { currentStep: string };
    expect(card.header?.subtitle).toBe('МБОУ МУК № 4 г. Кирова, 2022/2023 учебный год');
    expect(card.sections.map((s) => s.header)).toEqual(['Текущий шаг', 'Не выполнено', 'Действия']);
    const current = card.sections[0].widgets[0];
    expect(current.kind === 'decorated' && current.topLabel.startsWith(`${overview.currentStep},`)).toBe(
      true,
    );
    expect(allText(card.sections[2])).toContain(p.ss.getUrl());
  });
});
