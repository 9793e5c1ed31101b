/**
 * Where a card's server function finds its programme and its user: the spreadsheet setup fixed in the script
 * properties (a card in Gmail or Calendar has no open spreadsheet) and the signed-in Google account.
 */
import { isCurator } from '../services/access/assert-curator';
import { UserFacingError } from '../services/errors';
import type { Ports } from '../services/ports';
import { buildCuratorCard } from '../services/teacher-card/curator-card';
import { renderActionResponse, renderCuratorCard, renderMessageCard, renderTeacherCard } from './cards';
import { createGasPorts } from './ports';
import { askRelay } from './relay-client';
import { activateSpreadsheetById } from './schedule';

/** The programme's spreadsheet, when this user may open it (a curator); a teacher may not. */
function openProgrammeAsUser(): Ports | null {
  const ports = createGasPorts();
  const id = ports.page.boundSpreadsheetId();
  return id && activateSpreadsheetById(id) ? ports : null;
}

/**
 * The homepage: a curator (who may open the programme's spreadsheet) gets the curator's card; everyone else
 * their own teacher's card, read through the relay (the web app running as the curator), since a teacher
 * cannot open the spreadsheet.
 */
export function homepageCard(email: string): GoogleAppsScript.Card_Service.Card {
  if (!email) return renderTeacherCard({ kind: 'signedOut' });
  const ports = openProgrammeAsUser();
  if (ports && isCurator(ports)) {
    return renderCuratorCard(buildCuratorCard(ports), SpreadsheetApp.getActiveSpreadsheet().getUrl());
  }
  const answer = askRelay({ op: 'card' });
  return answer.ok ? renderTeacherCard(answer.view) : renderMessageCard(answer.message);
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
