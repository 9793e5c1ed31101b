/**
 * What the database layer costs on the emulator, in service calls (what matters in Apps Script, where each
 * call is a round trip) and in Node milliseconds.
 */
import { openDatabase } from '../src/services/db/database';
import { buildOverview } from '../src/services/overview/build-overview';
import { configuredWorkbook } from '../tests/integration/fixture';

export interface DatabaseResult {
  case: string;
  rows: number;
  ms: number;
  calls: number;
  getValues: number;
  setValues: number;
}

function measure(
  name: string,
  rows: number,
  prepare: (wb: ReturnType<typeof configuredWorkbook>) => () => void,
): DatabaseResult {
  const wb = configuredWorkbook();
  const act = prepare(wb);
  wb.emulator.calls.reset();
  const started = performance.now();
  act();
  const ms = performance.now() - started;
  const calls = wb.emulator.calls;
  return {
    case: name,
    rows,
    ms: Math.round(ms * 10) / 10,
    calls: calls.total(),
    getValues: calls.get('Range.getValues'),
    setValues: calls.get('Range.setValues'),
  };
}

const person = (i: number) => ({
  fullName: `Учитель Номер ${i}`,
  email: `t${i}@school.example`,
  status: 'в базе',
  consentPd: new Date(2022, 8, 10),
  experienceYears: i % 30,
});

export function runDatabaseBench(): DatabaseResult[] {
  const results: DatabaseResult[] = [];
  for (const n of [100, 1000, 5000]) {
    const fill = (wb: ReturnType<typeof configuredWorkbook>) =>
      openDatabase(wb.ports).mentees.append(Array.from({ length: n }, (_, i) => person(i)));
    results.push(
      measure('read table', n, (wb) => (fill(wb), () => void openDatabase(wb.ports).mentees.load())),
    );
    results.push(
      measure('read + update all + write', n, (wb) => {
        fill(wb);
        return () => {
          const t = openDatabase(wb.ports).mentees.load();
          for (const r of t.rows) t.update(r.id, { status: 'отобран' });
          t.save();
        };
      }),
    );
    results.push(measure('append rows', n, (wb) => () => void fill(wb)));
    results.push(measure('sidebar overview', n, (wb) => (fill(wb), () => void buildOverview(wb.ports))));
  }
  return results;
}
