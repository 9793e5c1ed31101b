/**
 * Issue 10.11: the public page (doGet) of the built add-on shows only the spreadsheet setup fixed, only after a
 * curator publishes, only the names the curator marked among those who consented, and is cached.
 */
import { createGasPorts } from '../../src/gas/ports';
import { SCHOOL, recordSeededConsents } from '../integration/fixture';
import { MENTORS, MENTEES, appendApprovedPairs } from '../integration/year-fixture';
import { setUpSchool, type Attack } from './harness';

const CLOSED = 'Результаты программы наставничества пока не опубликованы.';

/** Three mentors (Кузнецов without publication consent) and four mentees in approved pairs and a group. */
function school(): Attack {
  const a = setUpSchool();
  const db = a.db();
  const mentors = db.mentors.append(
    MENTORS.map(([fullName, email, publish]) => ({
      fullName,
      email,
      status: 'наставник',
      consentPd: new Date(2022, 8, 10),
      consentPublish: publish,
    })),
  );
  const mentees = db.mentees.append(
    MENTEES.map(([fullName, email]) => ({
      fullName,
      email,
      status: 'в базе',
      consentPd: new Date(2022, 8, 10),
    })),
  );
  appendApprovedPairs(db, mentors, mentees);
  recordSeededConsents(createGasPorts()); // consent is read from Согласия, as the questionnaires record it
  db.ranking.append(
    mentors.map((m, i) => ({ id: m.id, fullName: m.fullName, score: 10 - i, total: 10 - i, rank: i + 1 })),
  );
  return a;
}

/** The page as a visitor gets it: the web app runs with no open document. */
function visit(a: Attack, parameter: Record<string, string> = {}): string {
  const active = a.emulator.state.activeSpreadsheetId;
  a.emulator.state.activeSpreadsheetId = null;
  try {
    return (a.script.call('doGet', { parameter }) as GoogleAppsScript.HTML.HtmlOutput).getContent();
  } finally {
    a.emulator.state.activeSpreadsheetId = active;
  }
}

function mark(a: Attack, names: string[]): void {
  const ranking = a.db().ranking.load();
  for (const r of ranking.rows) ranking.update(r.id, { reward: names.includes(String(r.fullName)) });
  ranking.save();
}

const [SMIRNOVA, KUZNETSOV, VASILIEVA] = MENTORS.map(([name]) => name);

describe('10.11 the public page', () => {
  it('shows nothing until a curator switches publishing on', () => {
    const a = school();
    expect(visit(a)).toContain(CLOSED);
    expect(visit(a)).not.toContain(SCHOOL.schoolShort);
    a.run('publishing:on');
    expect(visit(a)).toContain(SCHOOL.schoolShort);
    a.run('publishing:off');
    expect(visit(a)).toContain(CLOSED);
  });

  it('names only mentors the curator marked who consented: no fallback to every consented mentor', () => {
    const a = school();
    a.run('publishing:on');
    const unmarked = visit(a);
    expect([SMIRNOVA, KUZNETSOV, VASILIEVA].filter((n) => unmarked.includes(n))).toEqual([]);
    mark(a, [SMIRNOVA, KUZNETSOV]); // Кузнецов is marked but gave no publication consent
    a.run('publishing:on'); // publishing again shows the new choice at once
    const page = visit(a);
    expect([SMIRNOVA, KUZNETSOV, VASILIEVA].filter((n) => page.includes(n))).toEqual([SMIRNOVA]);
  });

  it('?s= cannot point the page at another file the deployer can open', () => {
    const a = school();
    a.run('publishing:on');
    // Another workbook of the same deployer: set up, published, of another school.
    const own = a.emulator.state.activeSpreadsheetId!;
    const other = a.emulator.openNewSpreadsheet('Другая таблица');
    a.script.call('saveSetup', { ...SCHOOL, schoolShort: 'Чужая школа' });
    a.run('publishing:on'); // its curator moves the page to it ...
    a.emulator.state.activeSpreadsheetId = own;
    a.run('publishing:on'); // ... and ours moves it back: the page shows one workbook, fixed, not a URL's
    const page = visit(a, { s: other.getId() });
    expect(page).toContain(SCHOOL.schoolShort);
    expect(page).not.toContain('Чужая школа');
  });

  it('says one thing for every failure (1 distinct message)', () => {
    const messages = new Set<string>();
    const a = setUpSchool({ setup: false });
    messages.add(visit(a)); // nothing set up
    const b = school();
    messages.add(visit(b)); // not published
    messages.add(visit(b, { s: 'no-such-file' }));
    b.run('publishing:on');
    b.emulator.state.spreadsheets[b.emulator.state.activeSpreadsheetId!].sheets =
      b.emulator.state.spreadsheets[b.emulator.state.activeSpreadsheetId!].sheets.filter(
        (s) => s.name !== 'Наставники',
      ); // a sheet gone
    messages.add(visit(b));
    expect([...messages].map((m) => m.replace(/<[^>]+>/g, '').trim())).toEqual([CLOSED]);
  });

  it('serves a repeated visit from the script cache, and a withdrawal at once', () => {
    const a = school();
    mark(a, [SMIRNOVA, VASILIEVA]);
    a.run('publishing:on');
    a.emulator.calls.reset();
    const first = visit(a);
    const fresh = a.emulator.calls.sum('Range.getValues');
    a.emulator.calls.reset();
    expect(visit(a)).toBe(first);
    expect({ fresh, cached: a.emulator.calls.sum('Range.getValues') }).toEqual({ fresh, cached: 0 });
    expect(fresh).toBeGreaterThan(0);
    a.run('intake:withdraw', MENTORS[0][1]);
    expect(visit(a)).not.toContain(SMIRNOVA);
  });
});
