import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardDataOf, Emulator } from '../../emulator';
import type { ActionResponseData, CardData } from '../../emulator/cards';
import { setHtmlFileSource } from '../../emulator/html';
import { loadScript } from '../../emulator/runtime';
import type { ActionResult } from '../../src/api/types';
import { createGasPorts } from '../../src/gas/ports';
import { openDatabase } from '../../src/services/db/database';
import { SCHOOL } from '../integration/fixture';
import { MENTEES, MENTORS, appendApprovedPairs } from '../integration/year-fixture';
import { rowsOf } from './built';

/**
 * The built add-on, with scopes enforced, in a programme whose pairs are approved (PR-1 Смирнова–Алексеева,
 * PR-2 Кузнецов–Захаров, group PR-3 Васильева–Павлова, Орлова), for the Calendar paths.
 */
export const CURATOR = 'curator@school.example';

export function calendarProgramme(now = new Date(2022, 9, 3, 9, 0)) {
  const dist = join(__dirname, '..', '..', 'dist');
  const code = readFileSync(join(dist, 'Code.js'), 'utf8');
  const emulator = new Emulator(undefined, { enforceScopes: true });
  emulator.setNow(now);
  emulator.state.session.activeUser = CURATOR;
  emulator.state.session.effectiveUser = CURATOR;
  const ss = emulator.openNewSpreadsheet('Наставничество');
  // The texts setup reads on demand (dist/TemplateTexts.html), as Apps Script serves the project's HTML files.
  setHtmlFileSource(emulator.ctx, (name) => {
    const file = join(dist, `${name}.html`);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  });
  const script = loadScript(emulator, code);
  script.call('saveSetup', SCHOOL);
  emulator.install(globalThis);
  const db = openDatabase(createGasPorts());
  const consent = new Date(2022, 8, 10);
  const mentors = emulator.unchecked(() =>
    db.mentors.append(
      MENTORS.map(([fullName, email]) => ({ fullName, email, status: 'в паре', consentPd: consent })),
    ),
  );
  const mentees = emulator.unchecked(() =>
    db.mentees.append(
      MENTEES.map(([fullName, email]) => ({ fullName, email, status: 'в паре', consentPd: consent })),
    ),
  );
  emulator.unchecked(() => appendApprovedPairs(db, mentors, mentees, { approvedAt: new Date(2022, 8, 14) }));
  const as = (email: string) => {
    emulator.state.session.activeUser = email;
  };
  /** The user opens the event in Google Calendar: the contextual card the add-on returns. */
  const open = (email: string, eventId: string) => {
    as(email);
    const { runFunction, event } = emulator.openCalendarEvent(eventId);
    return { event, card: cardDataOf<CardData>(script.call(runFunction, event)) };
  };
  const act = (fn: string, e: unknown) => cardDataOf<ActionResponseData>(script.call(fn, e));
  const run = (id: string, input = '') => {
    as(CURATOR);
    return script.call('runAction', id, input) as ActionResult;
  };
  const sheet = (name: string) => emulator.unchecked(() => rowsOf(ss.getSheetByName(name)!));
  return { emulator, script, ss, as, open, act, run, sheet };
}

/** The action event of the contextual card's button: the event object plus the form's inputs. */
export function withInputs(
  event: GoogleAppsScript.Addons.EventObject,
  parameters: Record<string, string>,
  fields: Record<string, string>,
) {
  const formInputs: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) formInputs[k] = { stringInputs: { value: [v] } };
  return { ...event, commonEventObject: { ...event.commonEventObject, parameters, formInputs } };
}
