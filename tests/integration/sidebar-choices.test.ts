/**
 * The sidebar leads (issue 12): every action that needs people, pairs or documents offers them as choices with
 * names; each step has at most one primary action; actions with nothing to act on are not offered; and the
 * structured inputs the sidebar sends are acted on by the server exactly as typed lines were.
 */
import type { ActionView, Overview } from '../../src/api/types';
import { encodeChoices, encodeFields } from '../../src/domain/text/action-input';
import { openDatabase } from '../../src/services/db/database';
import { buildOverview } from '../../src/services/overview/build-overview';
import { configuredWorkbook, recordSeededConsents } from './fixture';
import { MENTEES, MENTORS, appendApprovedPairs, catalogRunner } from './year-fixture';

function actions(overview: Overview): ActionView[] {
  return overview.stages.flatMap((s) => s.steps).flatMap((s) => s.actions);
}
const stepOf = (overview: Overview, code: string) =>
  overview.stages.flatMap((s) => s.steps).find((s) => s.code === code)!;

/** A workbook with the fixture's people in the bases (consent given), mentors' written consent recorded. */
function withPeople() {
  const wb = configuredWorkbook();
  const db = openDatabase(wb.ports);
  const consent = new Date(2022, 8, 10);
  db.mentors.append(
    MENTORS.map(([fullName, email]) => ({
      fullName,
      email,
      status: 'в базе',
      consentPd: consent,
      consentMentor: consent,
      subjects: 'математика',
    })),
  );
  db.mentees.append(
    MENTEES.map(([fullName, email]) => ({ fullName, email, status: 'в базе', consentPd: consent })),
  );
  recordSeededConsents(wb.ports);
  return { ...wb, db: openDatabase(wb.ports) };
}

/**
 * Inputs that are a typed e-mail, id or «;»-separated line: what a curator must not have to type. A table pasted
 * from Excel or Sheets (labels starting «Вставьте таблицу») is copied, not typed, and has a form beside it.
 */
function typedIdInputs(overview: Overview): string[] {
  return actions(overview)
    .filter((a) => !a.input?.label.startsWith('Вставьте таблицу'))
    .filter(
      (a) =>
        a.input && /почт|ID|;/.test(a.input.label) && ['text', 'email', 'textarea'].includes(a.input.kind),
    )
    .map((a) => a.id);
}

describe('choices instead of typing', () => {
  test('selecting mentors offers the candidates by name; the ticked ones are selected', () => {
    const { ports } = withPeople();
    const choose = actions(buildOverview(ports)).find((a) => a.id === 'select:choose')!;
    expect(choose.input?.kind).toBe('checklist');
    expect(choose.input?.options?.map((o) => o.label)).toEqual([
      'Васильева Т.Н. — математика',
      'Кузнецов А.П. — математика',
      'Смирнова О.В. — математика',
    ]);
    const value = encodeChoices([MENTORS[0][1], MENTORS[2][1]]);
    const result = catalogRunner(ports)('select:choose', value);
    expect(result.message).toContain('Смирнова О.В.');
    expect(result.message).toContain('Васильева Т.Н.');
    expect(result.message).not.toContain('Кузнецов');
    const overview = buildOverview(ports);
    expect(stepOf(overview, '4.1').status).toBe('done');
  });

  test('a meeting is recorded from the form: a pair chosen by name, a date from the picker', () => {
    const { ports, db } = withPeople();
    appendApprovedPairs(db, db.mentors.load().rows, db.mentees.load().rows, {
      approvedAt: new Date(2022, 8, 30),
    });
    const record = actions(buildOverview(ports)).find((a) => a.id === 'meetings:record')!;
    const pairField = record.input?.fields?.find((f) => f.name === 'pair');
    expect(pairField?.options?.map((o) => o.label)).toEqual([
      'Смирнова О.В. → Алексеева А.Д.',
      'Кузнецов А.П. → Захаров И.Р.',
      'Васильева Т.Н. → Павлова Д.А., Орлова В.М.',
    ]);
    const input = encodeFields({ pair: 'PR-3', date: '05.10.2022', topic: 'План; цели', minutes: '45' });
    expect(catalogRunner(ports)('meetings:record', input).message).toMatch(/^Внесена 1 встреча/);
    const [meeting] = openDatabase(ports).meetings.load().rows;
    expect(meeting.pairId).toBe('PR-3');
    expect(meeting.topic).toBe('План, цели');
    expect(meeting.durationMin).toBe(45);
  });

  test('a forged or half-filled form gets a Russian message and records nothing', () => {
    const { ports, db } = withPeople();
    appendApprovedPairs(db, db.mentors.load().rows, db.mentees.load().rows);
    const run = catalogRunner(ports);
    expect(() => run('meetings:record', 'PR-1; 05.10.2022')).toThrow('Форма заполнена не полностью');
    expect(() => run('meetings:record', encodeFields({ pair: 'PR-1' }))).toThrow('обязательные поля');
    expect(openDatabase(ports).meetings.load().rows).toHaveLength(0);
  });

  test('no action of the year asks to type an e-mail, an id or a «;»-separated line', () => {
    const { ports, db } = withPeople();
    expect(typedIdInputs(buildOverview(ports))).toEqual([]);
    appendApprovedPairs(db, db.mentors.load().rows, db.mentees.load().rows);
    expect(typedIdInputs(buildOverview(ports))).toEqual([]);
  });
});

describe('one obvious next action', () => {
  test('each step has at most one primary action, and it is available', () => {
    const { ports } = withPeople();
    for (const step of buildOverview(ports).stages.flatMap((s) => s.steps)) {
      const primary = step.actions.filter((a) => a.primary);
      expect(primary.length).toBeLessThanOrEqual(1);
      for (const a of primary) expect(a.available).toBe(true);
    }
  });

  test('the primary action moves on: create the form, then read its summary', () => {
    const { ports } = withPeople();
    const primaryOf = (code: string) => stepOf(buildOverview(ports), code).actions.find((a) => a.primary)?.id;
    expect(primaryOf('1.3')).toBe('form:prelim');
    catalogRunner(ports)('form:prelim');
    expect(primaryOf('1.3')).toBe('intake:prelimSummary');
  });

  test('the «до» self-assessment is offered at the start of stage 6, before the meetings, not in May', () => {
    const { ports, db } = withPeople();
    appendApprovedPairs(db, db.mentors.load().rows, db.mentees.load().rows);
    const ids = (code: string) => stepOf(buildOverview(ports), code).actions.map((a) => a.id);
    expect(ids('6.1')).toContain('form:impactBefore');
    expect(ids('7.1')).not.toContain('form:impactBefore');
    const primaryOf = (code: string) => stepOf(buildOverview(ports), code).actions.find((a) => a.primary)?.id;
    catalogRunner(ports)('form:meeting');
    expect(primaryOf('6.1')).toBe('form:impactBefore');
    catalogRunner(ports)('form:impactBefore');
    expect(primaryOf('6.1')).toBe('survey:invite:impactBefore');
  });

  test('nothing is offered that has nothing to act on: no sending or regenerating before a document exists', () => {
    const { ports } = withPeople();
    const ids = actions(buildOverview(ports)).map((a) => a.id);
    expect(ids.filter((id) => /sendToDirector|regenerate|pairs:lock|pairs:reject/.test(id))).toEqual([]);
  });
});
