import { createGasPorts } from '../../src/gas/ports';
import { openDatabase } from '../../src/services/db/database';
import { readFormRecords } from '../../src/services/forms/registry';
import { Q, builtWithForms, journal, menteeAnswers, mentorAnswers, rowsOf } from './built';

/**
 * Issue 11.12 through the built add-on (dist/Code.js) and its real form-submit trigger: the school runs the
 * satisfaction survey anonymously — its forms collect no e-mail and say how the ranking works without it —
 * the answers count by role, the ranking takes the curator's assessment instead of the mentees' ratings, and
 * the curator's questionnaire accepts only a curator.
 */

const MENTOR = 'mentor@school.example';
const MENTEE = 'mentee@school.example';

function programme() {
  const a = builtWithForms();
  a.emulator.submitForm(a.mentorForm, mentorAnswers('Смирнова Ольга Викторовна'), MENTOR);
  a.emulator.submitForm(
    a.menteeForm,
    menteeAnswers('Алексеева Анна Дмитриевна', { [Q['mentee.category']]: 'первая' }),
    MENTEE,
  );
  // The pair approved at 5.1 (written as the pairs step would; not what this test is about).
  a.emulator.install(globalThis);
  const db = openDatabase(createGasPorts());
  const mentor = db.mentors.load().rows.find((r) => r.email === MENTOR)!;
  const mentee = db.mentees.load().rows.find((r) => r.email === MENTEE)!;
  db.pairs.append([
    { id: 'PR-1', mentorId: mentor.id, menteeIds: mentee.id, kind: 'пара', status: 'утверждена' },
  ]);
  a.emulator.setNow(new Date(2023, 4, 15, 10, 0));
  return a;
}

/** A form's answers by title: every rated item `v`, the other questions as in `over` (by key). */
function answers(key: string, v: number, over: Record<string, string> = {}) {
  const out: Record<string, string> = {};
  for (const [qk, title] of Object.entries(Q)) {
    if (!qk.startsWith(`${key}.`)) continue;
    const k = qk.slice(key.length + 1);
    if (k in over) out[title] = over[k];
    else if (/^(sat|proc|imp|cur)_/.test(k)) out[title] = String(v);
  }
  return out;
}

const formId = (a: ReturnType<typeof programme>, key: string) => {
  a.emulator.install(globalThis);
  return readFormRecords(createGasPorts())[key as keyof ReturnType<typeof readFormRecords>]!.formId;
};

describe('11.12 an anonymous satisfaction survey on the built add-on', () => {
  it('collects no e-mail, counts answers by role, ranks by the curator’s assessment; only a curator answers the curator’s form', () => {
    const a = programme();
    expect(a.run('form:satisfaction', 'anonymous').message).toContain('Опрос анонимный');
    const sat = Object.values(a.emulator.state.forms).filter((f) =>
      f.title.startsWith('Мониторинг удовлетворённости'),
    );
    expect(sat).toHaveLength(2);
    for (const f of sat) {
      expect(f.collectEmail).toBe(false);
      expect(f.description).toContain('рейтинг строится только по именным сведениям');
    }
    // Two anonymous mentee answers (9 and 3) and one mentor answer (8): no e-mail, nobody's name.
    const goals = { goals: 'Достигнуты полностью' };
    a.emulator.submitForm(formId(a, 'satisfactionMentee'), answers('satisfactionMentee', 9, goals), '');
    a.emulator.submitForm(formId(a, 'satisfactionMentee'), answers('satisfactionMentee', 3, goals), '');
    a.emulator.submitForm(formId(a, 'satisfactionMentor'), answers('satisfactionMentor', 8, goals), '');
    // The named self-assessments before and after: the mentee grows from 4 to 7.
    a.run('form:impactBefore');
    a.run('form:impactAfter');
    a.emulator.submitForm(formId(a, 'impactBeforeMentee'), answers('impactBeforeMentee', 4), MENTEE);
    const after = { attested: 'Да', categoryNow: 'высшая', studentResults: 'Улучшились', stay: 'Да' };
    a.emulator.submitForm(formId(a, 'impactAfterMentee'), answers('impactAfterMentee', 7, after), MENTEE);
    // The curator's questionnaire: a teacher's answer is erased, the curator's counts.
    a.run('form:curator');
    const swot = {
      swotStrengths: 'Сильно',
      swotWeaknesses: 'Слабо',
      swotOpportunities: 'Можно',
      swotThreats: 'Риск',
    };
    a.emulator.submitForm(formId(a, 'curator'), answers('curator', 2, swot), MENTEE);
    a.emulator.submitForm(formId(a, 'curator'), answers('curator', 8, swot), 'curator@school.example');
    expect(journal(a.ss, 'Ответ не принят').map((r) => String(r['Подробности']))).toEqual([
      expect.stringContaining('Анкету куратора заполнил не куратор программы: содержимое удалено'),
    ]);

    // Without the curator's assessment the anonymous ranking asks for it.
    const first = a.run('monitoring:compute');
    expect(first.details?.join('\n')).toContain('Заполните «Оценка куратора (1–10)»');
    const monitoring = rowsOf(a.ss.getSheetByName('Мониторинг')!);
    const line = (id: string) => monitoring.find((r) => r['Код'] === id)!;
    // The anonymous answers count by the form's role: the mentees' 9 and 3 → 6, the mentor's 8.
    expect(line('item.sat_overall.mentee')).toMatchObject({ 'Оценок / ответов': 2, Среднее: 6 });
    expect(line('item.sat_overall.mentor')).toMatchObject({ 'Оценок / ответов': 1, Среднее: 8 });
    expect(line('outcome.categoryRaised')['Оценок / ответов']).toBe(1);
    expect(line('curator.cur_model')).toMatchObject({ 'Оценок / ответов': 1, Среднее: 8 });

    // The curator rates the mentor 9: score = 0.5·9 + 0.3·(5 + 3) + 0.2·0 (no meetings) = 6.9.
    const ranking = a.ss.getSheetByName('Рейтинг наставников')!;
    const header = ranking.getRange(1, 1, 1, ranking.getLastColumn()).getValues()[0];
    const scoreCell = ranking.getRange(2, header.indexOf('Оценка куратора (1–10)') + 1);
    // Words in the number column are named to the curator, kept as typed, and not counted.
    scoreCell.setValue('девять');
    const worded = a.run('monitoring:compute');
    expect(worded.details?.join('\n')).toMatch(
      /Оценка куратора для наставника .+ \(«девять»\) не число от 1 до 10/,
    );
    expect(scoreCell.getValue()).toBe('девять');
    scoreCell.setValue(9);
    // A value typed over an answer in the response sheet: not counted, the curator is told where, nothing erased.
    const afterSheet = a.ss.getSheetByName('Ответы: самооценка после программы (наставляемые)')!;
    const afterHeader = afterSheet.getRange(1, 1, 1, afterSheet.getLastColumn()).getValues()[0];
    afterSheet.getRange(2, afterHeader.indexOf(Q['impactAfterMentee.openLessons']) + 1).setValue('много');
    const second = a.run('monitoring:compute');
    expect(second.details).toContain(
      `Лист «Ответы: самооценка после программы (наставляемые)», строка 2: Ответ на вопрос «${Q['impactAfterMentee.openLessons']}» («много») не целое число.`,
    );
    expect(rowsOf(afterSheet)[0][Q['impactAfterMentee.openLessons']]).toBe('много');
    expect(second.details?.join('\n')).toContain('Опрос удовлетворённости анонимный: рейтинг наставников');
    const [row] = rowsOf(ranking);
    expect(row).toMatchObject({
      'Удовлетворённость наставляемых': '',
      'Рост самооценки наставляемых': 3,
      'Оценка куратора (1–10)': 9,
      'Балл (расчёт)': 6.9,
    });
  });
});
