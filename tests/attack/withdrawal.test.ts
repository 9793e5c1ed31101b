/**
 * Issue 10.13: after a withdrawal no sheet of the workbook holds the person's name or e-mail; the Docs and
 * PDFs naming them are trashed, except orders, kept under the stated retention rule; the result says what
 * remains and where; the affected pair shows in 5.1 as needing a decision. Driven through the built add-on.
 */
import type { ActionResult, Overview } from '../../src/api/types';
import { MENTEES, MENTORS } from '../integration/year-fixture';
import { setUpSchool, type Attack } from './harness';
import { appendTwoPairs } from './year-fixture';

const [SMIRNOVA_NAME, SMIRNOVA_EMAIL] = [MENTORS[0][0], MENTORS[0][1]];
/** Her surname in any case, her e-mail: what must not remain anywhere. */
const TRACE = /Смирнов|smirnova@school\.example/i;
/** In a letter she is addressed by first name and patronymic, in any case. */
const NAMED = /Смирнов|Ольг[аиеуой]+ Викторовн/i;

function yearWithDocuments(): Attack {
  const a = setUpSchool();
  const db = a.db();
  const mentors = db.mentors.append(
    MENTORS.map(([fullName, email]) => ({
      fullName,
      email,
      status: 'наставник',
      position: 'учитель математики',
      consentPd: new Date(2022, 8, 10),
      consentMentor: new Date(2022, 8, 10),
    })),
  );
  const mentees = db.mentees.append(
    MENTEES.map(([fullName, email]) => ({
      fullName,
      email,
      status: 'в паре',
      position: 'учитель',
      consentPd: new Date(2022, 8, 10),
    })),
  );
  appendTwoPairs(db, mentors, mentees);
  db.ranking.append(mentors.map((m, i) => ({ id: m.id, fullName: m.fullName, rank: i + 1, reward: true })));
  db.mailings.append([
    {
      campaign: 'Напоминание о встречах',
      code: 'remind:PR-1',
      email: SMIRNOVA_EMAIL,
      personId: mentors[0].id,
      pairId: 'PR-1',
      sentAt: new Date(2022, 8, 14),
    },
  ]);
  db.monitoring.append([
    {
      id: 'pair.PR-1',
      section: 'Пары',
      indicator: 'Удовлетворённость',
      group: `${SMIRNOVA_NAME} — ${MENTEES[0][0]}`,
      n: 2,
      mean: 8,
    },
  ]);
  a.run('documents:orderPairs');
  a.run('documents:plans');
  a.run('documents:letters');
  const register = a.db().documents.load();
  for (const r of register.rows.filter((r) => r.kind === 'letter'))
    register.update(r.id, {
      sentTo: String(r.subject).includes('Смирнов') ? SMIRNOVA_EMAIL : 'x@school.example',
    });
  register.save();
  return a;
}

/** Every cell of every sheet of the workbook that still holds her name or e-mail. */
function tracesInSheets(a: Attack): string[] {
  return a.ss.getSheets().flatMap((sheet) =>
    sheet
      .getDataRange()
      .getValues()
      .flatMap((row, r) =>
        row.flatMap((v, c) => (TRACE.test(String(v)) ? [`${sheet.getName()}!R${r + 1}C${c + 1}`] : [])),
      ),
  );
}

/** Live Docs whose text names her, by file name. */
function liveDocsNaming(a: Attack): string[] {
  const state = a.emulator.state;
  return Object.values(state.documents)
    .filter((d) => !state.drive.files[d.id]?.trashed)
    .filter((d) => NAMED.test(JSON.stringify(d.body)))
    .map((d) => d.name);
}

describe('10.13 withdrawal leaves no name or e-mail behind', () => {
  it('no sheet holds her name or e-mail afterwards (cells: many → 0)', () => {
    const a = yearWithDocuments();
    expect(tracesInSheets(a).length).toBeGreaterThan(5);
    a.run('intake:withdraw', SMIRNOVA_EMAIL);
    expect(tracesInSheets(a)).toEqual([]);
  });

  it('her plan and letter go to the trash; the order stays, and the result says where and why', () => {
    const a = yearWithDocuments();
    expect(liveDocsNaming(a).length).toBe(3); // order approving pairs, her pair's plan, her letter
    const result = a.run('intake:withdraw', SMIRNOVA_EMAIL) as ActionResult;
    const remaining = liveDocsNaming(a);
    expect(remaining).toHaveLength(1);
    expect(remaining[0]).toMatch(/Приказ № 1 об утверждении/);
    const details = (result.details ?? []).join('\n');
    expect(details).toMatch(/В корзину перемещены: .*Индивидуальный план.*Благодарственное письмо/s);
    expect(details).toMatch(/Остаётся:\n.*Приказ.*лист «Документы», строка DC-.*номенклатуры дел/);
    expect(details).toContain('Требуют решения пары/группы (этап 5.1): PR-1');
  });

  it('her pair shows in 5.1 as needing the curator’s decision', () => {
    const a = yearWithDocuments();
    a.run('intake:withdraw', SMIRNOVA_EMAIL);
    const step = (a.script.call('getOverview') as Overview).stages
      .flatMap((s) => s.steps)
      .find((s) => s.code === '5.1')!;
    expect(step.status).not.toBe('done');
    expect(step.statusText).toContain('Требуют решения куратора: 1');
  });
});
