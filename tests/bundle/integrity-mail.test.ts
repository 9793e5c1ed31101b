import { CURATOR, setUpSchool, type Attack } from '../attack/harness';
import { SCHOOL } from '../integration/fixture';

/**
 * Issue 10 point 2: a letter is e-mailed exactly once even when Google stops the execution right after
 * sendEmail (before the add-on saved its mark). The resumed batch does not send it again; the curator is told
 * it is uncertain and decides. An interrupted document batch leaves no second PDF.
 */
const MENTORS = ['Смирнова Ольга Викторовна', 'Кузнецов Андрей Петрович', 'Васильева Татьяна Николаевна'];
const MENTEES = ['Алексеева Анна Дмитриевна', 'Захаров Илья Романович', 'Павлова Дарья Андреевна'];

function schoolWithPairs(): Attack {
  const a = setUpSchool({ setup: false });
  a.as(CURATOR);
  a.script.call('saveSetup', { ...SCHOOL, directorEmail: 'director@school.example' });
  const db = a.db();
  const mentors = db.mentors.append(
    MENTORS.map((fullName, i) => ({ fullName, email: `mentor${i}@school.example`, status: 'в паре' })),
  );
  const mentees = db.mentees.append(
    MENTEES.map((fullName, i) => ({ fullName, email: `mentee${i}@school.example`, status: 'в паре' })),
  );
  db.pairs.append(
    mentors.map((m, i) => ({ mentorId: m.id, menteeIds: mentees[i].id, kind: 'пара', status: 'утверждена' })),
  );
  return a;
}

const isPdf = (args: unknown[]) =>
  (args[0] as { mimeType?: string } | undefined)?.mimeType === 'application/pdf';
const liveFiles = (a: Attack, suffix: string) =>
  Object.values(a.emulator.state.drive.files).filter(
    (f) => !(f as { trashed?: boolean }).trashed && String((f as { name?: string }).name).endsWith(suffix),
  );

describe('10.2 a letter is e-mailed exactly once, even when the execution dies', () => {
  it('stopped right after the second sendEmail: resumed, each mentor has one letter (outbox 3, not 4)', () => {
    const a = schoolWithPairs();
    let letters = a.run('documents:letters');
    while (letters.more) letters = a.run('documents:letters');
    a.emulator.stopExecutionAfter('MailApp.sendEmail', () => a.emulator.outbox.length === 2);
    expect(a.failure(() => a.run('documents:sendLetters'))).not.toBeNull();
    expect(a.emulator.outbox).toHaveLength(2);

    const resumed = a.run('documents:sendLetters');
    const perMentor = a.emulator.outbox.map((m) => m.to).sort();
    expect(perMentor).toEqual(['mentor0@school.example', 'mentor1@school.example', 'mentor2@school.example']);
    // The uncertain one is not counted as sent.
    expect(resumed.message).toMatch(/^Отправлено наставникам: 2 из 3\. Не известно, ушло ли письмо/);
    expect(resumed.message).toContain('Кузнецов А.П.');
    // Again: nothing more is sent; the overview shows it and offers the two decisions.
    a.run('documents:sendLetters');
    expect(a.emulator.outbox).toHaveLength(3);
    expect(resumed.overview.problems.join(' ')).toContain('Не известно, ушло ли письмо');
    const actions = resumed.overview.stages[0].steps.find((s) => s.code === '1.1')!.actions.map((x) => x.id);
    expect(actions).toEqual(expect.arrayContaining(['mail:uncertain:resend', 'mail:uncertain:sent']));

    // The curator finds it in Gmail's «Отправленные»: marked sent, the question is gone, still 3 letters.
    const uncertain = a
      .db()
      .documents.load()
      .rows.filter((r) => r.status === 'отправляется');
    expect(uncertain).toHaveLength(1);
    const marked = a.run('mail:uncertain:sent', uncertain[0].id);
    expect(marked.overview.problems.join(' ')).not.toContain('Не известно');
    a.run('documents:sendLetters');
    expect(a.emulator.outbox).toHaveLength(3);
  });

  it('a survey invitation stopped after sendEmail is not sent again; «Отправить повторно» sends it once more', () => {
    const a = schoolWithPairs();
    a.run('form:impactBefore');
    a.emulator.stopExecutionAfter('MailApp.sendEmail', () => a.emulator.outbox.length === 1);
    a.failure(() => a.run('survey:invite:impactBefore'));
    const first = a.emulator.outbox[0].to;
    let r = a.run('survey:invite:impactBefore');
    while (r.more) r = a.run('survey:invite:impactBefore');
    const to = a.emulator.outbox.map((m) => m.to);
    expect(to).toHaveLength(6);
    expect(new Set(to).size).toBe(6);
    const again = a.run('survey:invite:impactBefore').message;
    expect(again).toContain('уже отправлена');
    expect(again).toContain(
      `Не известно, ушло ли письмо: Мониторинг влияния программы: входная самооценка →`,
    );
    const rows = a.db().mailings.load().rows;
    const question = rows.filter((m) => m.state === 'отправляется');
    expect(question.map((m) => m.email)).toEqual([first]);
    // Not in «Отправленные»: the curator asks to send it again; the next run sends that one letter.
    a.run('mail:uncertain:resend', question[0].id);
    a.run('survey:invite:impactBefore');
    expect(a.emulator.outbox.filter((m) => m.to === first)).toHaveLength(2);
    expect(a.emulator.outbox).toHaveLength(7);
  });
});

describe('10.2 an interrupted document batch leaves no second PDF', () => {
  it('stopped right after a PDF was made: resumed, one PDF per letter (3, not 4)', () => {
    const a = schoolWithPairs();
    a.emulator.stopExecutionAfter('Drive.Files.create', isPdf);
    expect(a.failure(() => a.run('documents:letters'))).not.toBeNull();
    let letters = a.run('documents:letters');
    while (letters.more) letters = a.run('documents:letters');
    expect(liveFiles(a, '.pdf')).toHaveLength(3);
    expect(
      a
        .db()
        .documents.load()
        .rows.filter((r) => r.kind === 'letter'),
    ).toHaveLength(3);
  });
});
