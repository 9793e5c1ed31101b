import { cardDataOf } from '../../emulator';
import type { CardData } from '../../emulator/cards';
import type { ActionResult } from '../../src/api/types';
import { rowsOf } from './built';
import { CURATOR, cardProgramme } from './card-programme';

/**
 * The built add-on as the teachers' cards run on Google (card-programme.ts: scopes enforced, the spreadsheet
 * shared with nobody but the curator, the web app deployed as the curator, PR-1 Смирнова–Алексеева, PR-2
 * Кузнецов–Захаров, group PR-3 Васильева–Павлова, Орлова), with the Calendar paths.
 */
export { CURATOR };

export function calendarProgramme(now = new Date(2022, 9, 3, 9, 0)) {
  const p = cardProgramme(now);
  const { emulator, script, ss, as } = p;
  /** The user opens the event in Google Calendar: the contextual card the add-on returns. */
  const open = (email: string, eventId: string) => {
    as(email);
    const { runFunction, event } = emulator.openCalendarEvent(eventId);
    return { event, card: cardDataOf<CardData>(script.call(runFunction, event)) };
  };
  const run = (id: string, input = '') => {
    as(CURATOR);
    return script.call('runAction', id, input) as ActionResult;
  };
  const sheet = (name: string) => emulator.unchecked(() => rowsOf(ss.getSheetByName(name)!));
  return { ...p, open, run, sheet };
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
