/**
 * A continuing mentor's invitation to the next year that nobody knows went out (the execution stopped right
 * after the send): the next workbook's curator sees it under «Письмо под вопросом», and «Отправить повторно»
 * really sends it — nothing else in the next workbook would ever send it again.
 */
import { encodeFields } from '../../src/domain/text/action-input';
import { mentorAnswers } from '../bundle/built';
import { CURATOR, INTRUDER, setUpSchool, type Attack } from './harness';

const MENTORS = [
  ['Смирнова Ольга Викторовна', 'smirnova@school.example'],
  ['Кузнецов Пётр Ильич', 'kuznetsov@school.example'],
] as const;
const NEXT_NAME = 'Наставничество 2023/2024 — МБОУ МУК № 4 г. Кирова';
const invitations = (a: Attack) =>
  a.emulator.outbox.filter((m) => /приглашение продолжить/.test(m.subject)).map((m) => m.to);

function closeStoppedAfterFirstInvitation(): { a: Attack; nextId: string } {
  const a = setUpSchool();
  a.run('form:mentor');
  const form = Object.values(a.emulator.state.forms).find((f) => f.title === 'Анкета наставника')!;
  for (const [name, email] of MENTORS) a.emulator.submitForm(form.id, mentorAnswers(name), email);
  a.emulator.setNow(new Date(2023, 4, 30, 10, 0));
  const input = encodeFields({ continuing: MENTORS.map((m) => m[1]).join('\n') });
  const before = a.emulator.outbox.length;
  a.emulator.stopExecutionAfter('MailApp.sendEmail', () => a.emulator.outbox.length === before + 1);
  expect(a.failure(() => a.run('year:close', input))).not.toBeNull();
  a.as(CURATOR);
  let last = a.run('year:close', input);
  for (let i = 0; last.more && i < 10; i++) last = a.run('year:close', input);
  expect(last.message).toBe('Учебный год закрыт.');
  const next = Object.values(a.emulator.state.spreadsheets).find((s) => s.name === NEXT_NAME)!;
  return { a, nextId: next.id };
}

describe('10.14 × 10.2 an uncertain invitation to the next year', () => {
  it('is not sent twice by the close, and «Отправить повторно» in the next workbook sends it once', () => {
    const { a, nextId } = closeStoppedAfterFirstInvitation();
    expect(invitations(a).sort()).toEqual([MENTORS[1][1], MENTORS[0][1]].sort());
    // The next workbook's Рассылки: Smirnova's letter is «отправляется», Kuznetsov's «отправлено».
    a.emulator.state.activeSpreadsheetId = nextId;
    const mailings = a.db().mailings.load().rows;
    const uncertain = mailings.filter((m) => m.state === 'отправляется');
    expect(uncertain.map((m) => m.email)).toEqual([MENTORS[0][1]]);
    const resent = a.run('mail:uncertain:resend', uncertain[0].id);
    // It goes out now, once: the next day's daily check sends no third.
    a.emulator.setNow(new Date(2023, 4, 31, 8, 0));
    a.emulator.runDueClockTriggers();
    a.as(CURATOR);
    expect({
      message: resent.message,
      sent: invitations(a).filter((to) => to === MENTORS[0][1]).length,
    }).toEqual({
      message: 'Письмо отправлено повторно.',
      sent: 2,
    });
    const after = a
      .db()
      .mailings.load()
      .rows.filter((m) => m.email === MENTORS[0][1]);
    expect(after.map((m) => m.state)).toEqual(['отправлено']);
  });

  it('cannot be forged: a teacher who is no curator is refused, and a letter no longer uncertain is neither re-sent nor re-marked', () => {
    const { a, nextId } = closeStoppedAfterFirstInvitation();
    a.emulator.state.activeSpreadsheetId = nextId;
    const rows = () =>
      a
        .db()
        .mailings.load()
        .rows.map((m) => [m.id, m.email, m.state]);
    const [uncertain, sent] = ['отправляется', 'отправлено'].map(
      (state) =>
        a
          .db()
          .mailings.load()
          .rows.find((m) => m.state === state)!.id,
    );
    const before = { rows: rows(), outbox: a.emulator.outbox.length };
    a.as(INTRUDER);
    expect(a.failure(() => a.run('mail:uncertain:resend', uncertain))).toMatch(/куратор/);
    a.as(CURATOR);
    for (const action of ['mail:uncertain:resend', 'mail:uncertain:sent'])
      for (const id of [sent, 'ML-нет-такого', `${uncertain}\n${sent}`])
        expect(a.failure(() => a.run(action, id))).toMatch(/Письмо уже не под вопросом/);
    expect({ rows: rows(), outbox: a.emulator.outbox.length }).toEqual(before);
  });
});
