/**
 * The desk's drawing of a Workspace add-on card (`/card?as=<email>`): the plain data the emulated CardService
 * built, as HTML. Every value enters escaped; links open in a new tab; buttons that call script functions are
 * shown but not wired here.
 */
import type { CardData, WidgetData } from '../emulator/cards';
import { cardDataOf } from '../emulator';
import { esc } from './desk-page';
import type { Workbook } from './workbook';

function widget(w: WidgetData): string {
  switch (w.kind) {
    case 'text':
      return `<p>${esc(w.text)}</p>`;
    case 'decorated': {
      const body = w.openLink
        ? `<a href="${esc(w.openLink)}" target="_blank">${esc(w.text)}</a>`
        : esc(w.text);
      return `<div class="dt"><small>${esc(w.topLabel)}</small><div>${body}</div></div>`;
    }
    case 'button':
      return w.openLink
        ? `<a class="btn" href="${esc(w.openLink)}" target="_blank">${esc(w.text)}</a>`
        : `<button type="button" disabled title="${esc(w.onClick?.functionName ?? '')}">${esc(w.text)}</button>`;
    case 'buttons':
      return `<div>${w.buttons.map(widget).join(' ')}</div>`;
    default:
      return `<p><label>${esc('title' in w ? w.title : '')}</label></p>`;
  }
}

function cardPage(email: string, card: CardData): string {
  const sections = card.sections
    .map(
      (s) =>
        `<section>${s.header ? `<h2>${esc(s.header)}</h2>` : ''}${s.widgets.map(widget).join('')}</section>`,
    )
    .join('');
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Карточка: ${esc(email)}</title>
<style>body{font:14px/1.5 system-ui,Arial,sans-serif;margin:24px;max-width:360px;color:#3c4043}
section{border-top:1px solid #dadce0;padding:8px 0}h1{font-size:16px;margin:0}h2{font-size:13px;color:#5f6368}
.dt small{color:#5f6368}.btn{display:inline-block;margin:2px 0;color:#1a73e8}</style></head>
<body><h1>${esc(card.header?.title ?? '')}</h1><p>${esc(card.header?.subtitle ?? '')}</p>${sections}</body></html>`;
}

/** The Workspace add-on's homepage card as the user in ?as= sees it (the desk's stand-in for Gmail's panel). */
export function teacherCardPage(workbook: Workbook, email: string): string {
  const built = asCardUser(workbook, email, () => workbook.runtime.call('onTeacherHomepage', {}));
  return cardPage(email, cardDataOf<CardData>(built));
}

/** The curator the desk's web app executes as: the owner of the open workbook's spreadsheet. */
export function deskCurator(workbook: Workbook): string {
  const state = workbook.emulator.state;
  const id = state.activeSpreadsheetId;
  return (id && state.spreadsheets[id]?.owner) || state.session.effectiveUser;
}

/**
 * Runs fn as one execution of the Workspace add-on for `email`: it runs as that user (active and effective), in
 * Gmail, where no spreadsheet is open. The curator's own open spreadsheet comes back afterwards.
 */
function asCardUser<T>(workbook: Workbook, email: string, fn: () => T): T {
  const state = workbook.emulator.state;
  const { activeUser, effectiveUser } = state.session;
  const opened = state.activeSpreadsheetId;
  const curator = email === deskCurator(workbook);
  state.session.activeUser = email;
  state.session.effectiveUser = email;
  if (!curator) state.activeSpreadsheetId = null;
  try {
    return workbook.execute(fn);
  } finally {
    state.session.activeUser = activeUser;
    state.session.effectiveUser = effectiveUser;
    state.activeSpreadsheetId = opened;
  }
}
