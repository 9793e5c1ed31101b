import { cardDataOf } from '../../emulator';
import type { ActionResponseData, CardData } from '../../emulator/cards';
import { createGasPorts } from '../../src/gas/ports';
import { openDatabase } from '../../src/services/db/database';
import { SCHOOL } from '../integration/fixture';
import { MENTEES, MENTORS, appendApprovedPairs } from '../integration/year-fixture';
import { bootBuilt, rowsOf } from './built';

/**
 * The Google Workspace add-on face through the built bundle: a teacher's homepage card shows only their own
 * pair, a mentor records a meeting from it exactly once, and the curator's sidebar counts it.
 */
const CURATOR = 'curator@school.example';
const PLAN_URL = 'https://docs.google.com/document/d/plan-pr1/edit';

function programme() {
  const addOn = bootBuilt();
  const { emulator, script } = addOn;
  emulator.state.session.activeUser = CURATOR;
  script.call('saveSetup', SCHOOL);
  // The people and pairs of stages 2–5, written into the bases as the curator's earlier steps leave them.
  emulator.install(globalThis);
  const db = openDatabase(createGasPorts());
  const consent = new Date(2022, 8, 10);
  const mentors = db.mentors.append(
    MENTORS.map(([fullName, email]) => ({
      fullName,
      email,
      status: 'в паре',
      consentPd: consent,
      consentMentor: consent,
    })),
  );
  const mentees = db.mentees.append(
    MENTEES.map(([fullName, email]) => ({ fullName, email, status: 'в паре', consentPd: consent })),
  );
  appendApprovedPairs(db, mentors, mentees, { approvedAt: new Date(2022, 8, 14) });
  db.documents.append([
    {
      type: 'Индивидуальный план',
      date: new Date(2022, 8, 20),
      kind: 'plan',
      subjectId: 'PR-1',
      docUrl: PLAN_URL,
    },
  ]);
  const as = (email: string) => {
    emulator.state.session.activeUser = email;
  };
  const homepage = (email: string) => {
    as(email);
    return cardDataOf<CardData>(script.call('onTeacherHomepage', {}));
  };
  const act = (fn: string, e: unknown) => cardDataOf<ActionResponseData>(script.call(fn, e));
  const meetings = () => rowsOf(addOn.ss.getSheetByName('Встречи')!);
  return { ...addOn, as, homepage, act, meetings };
}

const ALL_NAMES = [...MENTORS, ...MENTEES].map(([name]) => name);
const allText = (card: unknown) => JSON.stringify(card);

function meetingEvent(token: string, fields: Record<string, string | null>, dateMs: number | null) {
  const formInputs: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields))
    if (v !== null) formInputs[k] = { stringInputs: { value: [v] } };
  if (dateMs !== null) formInputs.date = { dateInput: { msSinceEpoch: String(dateMs) } };
  return { commonEventObject: { parameters: { token }, formInputs } };
}

const GOOD = {
  topic: 'Планирование урока',
  format: 'очно',
  durationMin: '45',
  result: 'Составили карту урока',
};
const OCT_5 = Date.UTC(2022, 9, 5);

describe('the teacher card (Workspace add-on) through the built bundle', () => {
  it('shows a mentor their own mentee, plan and consents, and nobody else', () => {
    const p = programme();
    const card = p.homepage('smirnova@school.example');
    expect(card.header?.subtitle).toBe('Смирнова Ольга Викторовна, наставник');
    const text = allText(card);
    expect(text).toContain('Алексеева Анна Дмитриевна');
    expect(text).toContain(PLAN_URL);
    expect(text).toContain('Отметить встречу');
    expect(text).toContain('Отозвать согласие');
    expect(text).toContain('дано 10.09.2022');
    for (const other of ALL_NAMES.filter((n) => !/Смирнова|Алексеева/.test(n)))
      expect(text).not.toContain(other);
  });

  it('shows a mentee in a group only their mentor (not the other mentee), without the meeting button', () => {
    const p = programme();
    const text = allText(p.homepage('orlova@school.example'));
    expect(text).toContain('Васильева Татьяна Николаевна');
    expect(text).not.toContain('Павлова');
    expect(text).not.toContain('Отметить встречу');
    expect(text).toContain('Индивидуальный план ещё не подготовлен.');
  });

  it('tells someone outside the pairs, and someone not signed in, only that, in Russian', () => {
    const p = programme();
    const outsider = allText(p.homepage('stranger@school.example'));
    expect(outsider).toContain('не входите в утверждённую наставническую пару');
    for (const name of ALL_NAMES) expect(outsider).not.toContain(name);
    expect(allText(p.homepage(''))).toContain('Войдите в Google');
  });

  it('offers a mentor the meeting form, but a teacher cannot write into the protected Встречи: nothing is added', () => {
    // A Workspace add-on runs as the teacher, and setup protects Встречи (personal data) for the curators only,
    // so the card's write is refused as Google would refuse it; the README says what is needed (a relay that
    // runs as the curator). The recording itself is proven in tests/integration/teacher-card.test.ts.
    const p = programme();
    p.as('smirnova@school.example');
    const opened = p.act('onCardOpenMeetingForm', {});
    const form = opened.navigation.find((s) => s.op === 'push');
    const token = JSON.stringify(form).match(/"token":"(\w+)"/);
    expect(token).not.toBeNull();
    expect(JSON.stringify(form)).toContain('Длительность, минут');
    const blank = p.act('onCardRecordMeeting', meetingEvent(token![1], { ...GOOD, topic: ' ' }, OCT_5));
    expect(blank.notification).toContain('Заполните поле «Тема встречи»');
    const refused = p.act('onCardRecordMeeting', meetingEvent(token![1], GOOD, OCT_5));
    expect(refused.notification).toContain('Не удалось выполнить действие');
    expect(p.meetings()).toHaveLength(0);
  });

  it('does not let a mentee record a meeting for a pair', () => {
    const p = programme();
    p.as('alekseeva@school.example');
    const r = p.act('onCardRecordMeeting', meetingEvent('123', GOOD, OCT_5));
    expect(r.notification).toContain('не принадлежит наставнику');
    expect(p.meetings()).toHaveLength(0);
  });
  it('shows the curator the current step and what is open, from the sidebar overview', () => {
    const p = programme();
    const card = p.homepage(CURATOR);
    const overview = p.script.call('getOverview') as { currentStep: string };
    expect(card.header?.subtitle).toBe('МБОУ МУК № 4 г. Кирова, 2022/2023 учебный год');
    expect(card.sections.map((s) => s.header)).toEqual(['Текущий шаг', 'Не выполнено', 'Действия']);
    const current = card.sections[0].widgets[0];
    expect(current).toMatchObject({ kind: 'decorated' });
    expect(current.kind === 'decorated' && current.topLabel.startsWith(`${overview.currentStep},`)).toBe(
      true,
    );
    expect(allText(card.sections[2])).toContain(p.ss.getUrl());
  });
});
