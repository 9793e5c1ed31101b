import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardDataOf, Emulator } from '../../emulator';
import type { ActionResponseData, CardData } from '../../emulator/cards';
import { setHtmlFileSource } from '../../emulator/html';
import { loadScript } from '../../emulator/runtime';
import { allQuestions, formDefinitions } from '../../src/domain/forms/definitions';
import { createGasPorts } from '../../src/gas/ports';
import { openDatabase } from '../../src/services/db/database';
import { readFormRecords } from '../../src/services/forms/registry';
import { SCHOOL } from '../integration/fixture';
import { MENTEES, MENTORS, appendApprovedPairs } from '../integration/year-fixture';
import { rowsOf } from './built';

/**
 * The built add-on as it runs on Google for the teachers' cards: scopes enforced from the manifest, the curator's
 * programme set up in their spreadsheet (shared with nobody else), and the project deployed as a web app
 * executing as the curator. A teacher's execution has no open spreadsheet and runs as the teacher.
 */
export const CURATOR = 'curator@school.example';
export const PLAN_URL = 'https://docs.google.com/document/d/plan-pr1/edit';
export const EXEC_URL = 'https://script.google.com/macros/s/AKfycb-emulated/exec';
const DIST = join(__dirname, '..', '..', 'dist');
const CODE = join(DIST, 'Code.js');

export function cardProgramme(now = new Date(2022, 9, 3, 10, 0)) {
  const emulator = new Emulator(undefined, { enforceScopes: true });
  emulator.setNow(now);
  const ss = emulator.openNewSpreadsheet('Наставничество 2022/2023');
  // The long texts are in dist/TemplateTexts.html, read on demand as Apps Script reads a project's HTML files.
  setHtmlFileSource(emulator.ctx, (name) => {
    const file = join(DIST, `${name}.html`);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  });
  const script = loadScript(emulator, existsSync(CODE) ? readFileSync(CODE, 'utf8') : '');
  const session = emulator.state.session;
  const as = (email: string) => {
    session.activeUser = email;
    session.effectiveUser = email;
    // Gmail and Calendar have no open spreadsheet; the curator works in theirs.
    emulator.state.activeSpreadsheetId = email === CURATOR ? ss.getId() : null;
  };
  as(CURATOR);
  script.call('saveSetup', SCHOOL);
  emulator.deployWebApp(EXEC_URL, CURATOR);
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
    MENTEES.map(([fullName, email]) => ({
      fullName,
      email,
      status: 'в паре',
      consentPd: consent,
      requests: 'Работа с родителями',
    })),
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
  const homepage = (email: string) => {
    as(email);
    return cardDataOf<CardData>(script.call('onTeacherHomepage', {}));
  };
  const act = (fn: string, e: unknown) => cardDataOf<ActionResponseData>(script.call(fn, e));
  const meetings = () => emulator.unchecked(() => rowsOf(ss.getSheetByName('Встречи')!));
  const overview = () => {
    as(CURATOR);
    return JSON.stringify(script.call('getOverview'));
  };
  /** The curator launches a survey (its mentors' and mentees' forms); `answeredBy` answer their form (scales 7). */
  const survey = (key: 'impactBefore' | 'satisfaction', answeredBy: string[] = []) => {
    as(CURATOR);
    script.call('runAction', `form:${key}`, key === 'satisfaction' ? 'named' : '');
    const records = emulator.unchecked(() => readFormRecords(createGasPorts()));
    const forms = { mentor: records[`${key}Mentor`]!, mentee: records[`${key}Mentee`]! };
    for (const email of answeredBy) {
      const role = MENTORS.some(([, e]) => e === email) ? 'mentor' : 'mentee';
      const def = formDefinitions()[`${key}${role === 'mentor' ? 'Mentor' : 'Mentee'}`];
      const answers: Record<string, string> = {};
      for (const q of allQuestions(def)) if (q.kind === 'scale') answers[q.title] = '7';
      emulator.submitForm(forms[role].formId, answers, email);
    }
    const url = (f: { shortUrl: string; publishedUrl: string }) => f.shortUrl || f.publishedUrl;
    return { mentor: url(forms.mentor), mentee: url(forms.mentee) };
  };
  return { emulator, script, ss, as, homepage, act, meetings, overview, survey };
}

/** The event of «Внести встречу» on the card's form (commonEventObject.formInputs, as Google sends it). */
export function meetingEvent(token: string, fields: Record<string, string>, dateMs: number | null) {
  const formInputs: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) formInputs[k] = { stringInputs: { value: [v] } };
  if (dateMs !== null) formInputs.date = { dateInput: { msSinceEpoch: String(dateMs) } };
  return { commonEventObject: { parameters: { token }, formInputs } };
}

export const GOOD = {
  topic: 'Планирование урока',
  format: 'очно',
  durationMin: '45',
  result: 'Составили карту урока',
};
/** 5 October 2022 as a date picker sends it (the day's midnight UTC). */
export const OCT_5 = Date.UTC(2022, 9, 5);

export const allText = (card: unknown) => JSON.stringify(card);
export const ALL_NAMES = [...MENTORS, ...MENTEES].map(([name]) => name);
