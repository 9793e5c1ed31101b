/**
 * Where a card's server function finds its programme and its user: the spreadsheet setup fixed in the script
 * properties (a card in Gmail or Calendar has no open spreadsheet) and the signed-in Google account.
 */
import { isCurator } from '../services/access/assert-curator';
import { UserFacingError } from '../services/errors';
import type { Ports } from '../services/ports';
import { buildTeacherCard } from '../services/teacher-card/build-teacher-card';
import { buildCuratorCard } from '../services/teacher-card/curator-card';
import type { TeacherCardView } from '../services/teacher-card/view';
import { renderActionResponse, renderCuratorCard, renderMessageCard, renderTeacherCard } from './cards';
import { createGasPorts } from './ports';
import { activateSpreadsheetById } from './schedule';

function openProgramme(): Ports | null {
  const ports = createGasPorts();
  const id = ports.page.boundSpreadsheetId();
  return id && activateSpreadsheetById(id) ? ports : null;
}

function teacherCardFor(email: string, ports: Ports | null): TeacherCardView {
  if (!email) return { kind: 'signedOut' };
  return ports ? buildTeacherCard(ports, email) : { kind: 'notSetUp' };
}

/** The homepage: a curator's card for the curators (current step, what is open), else the teacher's own card. */
export function homepageCard(email: string): GoogleAppsScript.Card_Service.Card {
  const ports = email ? openProgramme() : null;
  if (ports && isCurator(ports)) {
    return renderCuratorCard(buildCuratorCard(ports), SpreadsheetApp.getActiveSpreadsheet().getUrl());
  }
  return renderTeacherCard(teacherCardFor(email, ports));
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
