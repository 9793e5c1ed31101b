/**
 * Where a card's server function finds its programme and its user: the spreadsheet setup fixed in the script
 * properties (a card in Gmail or Calendar has no open spreadsheet) and the signed-in Google account.
 */
import { UserFacingError } from '../services/errors';
import type { Ports } from '../services/ports';
import { buildTeacherCard } from '../services/teacher-card/build-teacher-card';
import type { TeacherCardView } from '../services/teacher-card/view';
import { renderActionResponse, renderMessageCard } from './cards';
import { createGasPorts } from './ports';
import { activateSpreadsheetById } from './schedule';

function openProgramme(): Ports | null {
  const ports = createGasPorts();
  const id = ports.page.boundSpreadsheetId();
  return id && activateSpreadsheetById(id) ? ports : null;
}

export function teacherCardFor(email: string): TeacherCardView {
  if (!email) return { kind: 'signedOut' };
  const ports = openProgramme();
  return ports ? buildTeacherCard(ports, email) : { kind: 'notSetUp' };
}

/** The programme and the signed-in teacher for a card action; a Russian error when either is missing. */
export function programmeOrFail(): { ports: Ports; email: string } {
  const email = Session.getActiveUser().getEmail();
  if (!email) throw new UserFacingError('Войдите в Google под своей рабочей учётной записью школы.');
  const ports = openProgramme();
  if (!ports) throw new UserFacingError('Программа наставничества в вашей школе ещё не настроена.');
  return { ports, email };
}

const CARD_FAILURE =
  'Не удалось выполнить действие. Повторите попытку; если ошибка повторяется, сообщите куратору.';

/** A homepage card whatever happens: a Russian message instead of an exception. */
export function onCard(fn: () => GoogleAppsScript.Card_Service.Card): GoogleAppsScript.Card_Service.Card {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UserFacingError) return renderMessageCard(e.message);
    console.error(e);
    return renderMessageCard(CARD_FAILURE);
  }
}

/** A card action's answer whatever happens: bad input is told in Russian and nothing is lost. */
export function onCardAction(
  fn: () => GoogleAppsScript.Card_Service.ActionResponse,
): GoogleAppsScript.Card_Service.ActionResponse {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UserFacingError) return renderActionResponse(e.message);
    console.error(e);
    return renderActionResponse(CARD_FAILURE);
  }
}
