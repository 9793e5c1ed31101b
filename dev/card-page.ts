/**
 * The desk's drawing of a Workspace add-on card (`/card?as=<email>`): the plain data the emulated CardService
 * built, as HTML. Every value enters escaped; links open in a new tab; a button that calls a script function
 * posts the card's form, and the desk runs that function as the card's user, as Gmail's side panel does.
 */
import type { ActionData, ActionResponseData, CardData, WidgetData } from '../emulator/cards';
import { cardDataOf } from '../emulator';
import { esc } from './desk-page';
import type { Workbook } from './workbook';

const TOKEN_FIELD = '_token';
const ACTION_FIELD = '_action';

/** The cards each user has open, the homepage first (Google's card stack in the side panel). */
const stacks = new Map<string, CardData[]>();

/** Every button that calls a script function, in the order drawn: a pressed button sends its index. */
function actionsOf(card: CardData): ActionData[] {
  const out: ActionData[] = [];
  const visit = (w: WidgetData) => {
    if (w.kind === 'button' && w.onClick) out.push(w.onClick);
    if (w.kind === 'buttons') w.buttons.forEach(visit);
  };
  for (const s of card.sections) s.widgets.forEach(visit);
  return out;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function widget(w: WidgetData, next: () => number): string {
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
      if (w.openLink) return `<a class="btn" href="${esc(w.openLink)}" target="_blank">${esc(w.text)}</a>`;
      return w.onClick
        ? `<button type="submit" name="${ACTION_FIELD}" value="${next()}">${esc(w.text)}</button>`
        : `<button type="button" disabled>${esc(w.text)}</button>`;
    case 'buttons':
      return `<div>${w.buttons.map((b) => widget(b, next)).join(' ')}</div>`;
    case 'textInput': {
      const name = esc(w.fieldName);
      const field = w.multiline
        ? `<textarea name="${name}" rows="3">${esc(w.value)}</textarea>`
        : `<input name="${name}" value="${esc(w.value)}">`;
      return `<label>${esc(w.title)}${field}</label>`;
    }
    case 'datePicker':
      return `<label>${esc(w.title)}<input type="date" name="${esc(w.fieldName)}" value="${w.valueMs === null ? '' : isoDay(w.valueMs)}"></label>`;
    case 'selection': {
      const options = w.items.map(
        (i) => `<option value="${esc(i.value)}"${i.selected ? ' selected' : ''}>${esc(i.text)}</option>`,
      );
      return `<label>${esc(w.title)}<select name="${esc(w.fieldName)}">${options.join('')}</select></label>`;
    }
  }
}

function cardPage(email: string, card: CardData, token: string, notice = ''): string {
  let n = 0;
  const next = () => n++;
  const sections = card.sections
    .map(
      (s) =>
        `<section>${s.header ? `<h2>${esc(s.header)}</h2>` : ''}${s.widgets.map((w) => widget(w, next)).join('')}</section>`,
    )
    .join('');
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Карточка: ${esc(email)}</title>
<style>body{font:14px/1.5 system-ui,Arial,sans-serif;margin:24px;max-width:360px;color:#3c4043}
section{border-top:1px solid #dadce0;padding:8px 0}h1{font-size:16px;margin:0}h2{font-size:13px;color:#5f6368}
.dt small{color:#5f6368}.btn{display:inline-block;margin:2px 0;color:#1a73e8}
label{display:block;margin:6px 0}label input,label textarea,label select{display:block;width:100%;box-sizing:border-box}
.notice{background:#e8f0fe;padding:8px;white-space:pre-line}</style></head>
<body><h1>${esc(card.header?.title ?? '')}</h1><p>${esc(card.header?.subtitle ?? '')}</p>
${notice ? `<p class="notice" role="status">${esc(notice)}</p>` : ''}
<form method="post" action="/card?as=${encodeURIComponent(email)}"><input type="hidden" name="${TOKEN_FIELD}" value="${esc(token)}">${sections}</form></body></html>`;
}

/**
 * The Workspace add-on's homepage card as the user in ?as= sees it (the desk's stand-in for Gmail's panel), or,
 * with ?event=, the contextual card of that event of their calendar (Calendar's eventOpenTrigger). Below it,
 * the events of their calendar to open (the plan's meetings a curator put there in step 5.2).
 */
export function teacherCardPage(workbook: Workbook, email: string, token: string, eventId = ''): string {
  const built = asCardUser(workbook, email, () => {
    if (!eventId) return workbook.runtime.call('onTeacherHomepage', {});
    const { runFunction, event } = workbook.emulator.openCalendarEvent(eventId);
    return workbook.runtime.call(runFunction, event);
  });
  const card = cardDataOf<CardData>(built);
  stacks.set(email, [card]);
  return cardPage(email, card, token).replace('</body>', `${calendarList(workbook, email)}</body>`);
}

/** The user's calendar events as links to their contextual cards. */
function calendarList(workbook: Workbook, email: string): string {
  const events = workbook.emulator
    .calendarEventsOf(email)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  if (!events.length) return '';
  const link = (e: (typeof events)[number]) =>
    `<li><a href="/card?as=${encodeURIComponent(email)}&amp;event=${encodeURIComponent(e.iCalUid)}">${esc(
      e.start.toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short' }),
    )} — ${esc(e.title)}</a></li>`;
  return `<section><h2>Календарь: открыть событие</h2><ul>${events.map(link).join('')}</ul></section>`;
}

/** The submitted form's inputs as Google sends them (commonEventObject.formInputs); a date as its UTC midnight. */
function formInputsOf(card: CardData, fields: URLSearchParams): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const w of card.sections.flatMap((s) => s.widgets)) {
    if (w.kind !== 'textInput' && w.kind !== 'datePicker' && w.kind !== 'selection') continue;
    const value = fields.get(w.fieldName);
    if (value === null || value === '') continue;
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    inputs[w.fieldName] =
      w.kind === 'datePicker'
        ? day && { dateInput: { msSinceEpoch: String(Date.UTC(+day[1], +day[2] - 1, +day[3])) } }
        : { stringInputs: { value: [value] } };
  }
  return inputs;
}

/** The card as it was sent back: what the user typed stays in its fields. */
function withTyped(card: CardData, fields: URLSearchParams): CardData {
  const widgets = (list: WidgetData[]): WidgetData[] =>
    list.map((w) => {
      const v = 'fieldName' in w ? fields.get(w.fieldName) : null;
      if (v === null) return w;
      if (w.kind === 'textInput') return { ...w, value: v };
      if (w.kind === 'datePicker') return { ...w, valueMs: v ? Date.parse(`${v}T00:00:00Z`) : null };
      if (w.kind === 'selection')
        return { ...w, items: w.items.map((i) => ({ ...i, selected: i.value === v })) };
      return w;
    });
  return { ...card, sections: card.sections.map((s) => ({ ...s, widgets: widgets(s.widgets) })) };
}

/**
 * A pressed button of the card: the script function it names runs as the card's user with the form's inputs,
 * and its answer (a notification, the next card) is drawn. Only a button the desk drew for that user can run.
 */
export function cardActionPage(
  workbook: Workbook,
  email: string,
  fields: URLSearchParams,
  token: string,
): { status: number; html: string } {
  const stack = stacks.get(email);
  const top = stack?.[stack.length - 1];
  const action =
    top && fields.get(TOKEN_FIELD) === token ? actionsOf(top)[Number(fields.get(ACTION_FIELD))] : null;
  if (!stack || !top || !action) {
    const html = teacherCardPage(workbook, email, token);
    return {
      status: 409,
      html: html.replace(
        '<form',
        '<p class="notice" role="status">Карточка устарела: открыта заново.</p><form',
      ),
    };
  }
  const event = {
    commonEventObject: { parameters: action.parameters, formInputs: formInputsOf(top, fields) },
  };
  const response = cardDataOf<ActionResponseData>(
    asCardUser(workbook, email, () => workbook.runtime.call(action.functionName, event)),
  );
  if (!response.navigation.length) stack[stack.length - 1] = withTyped(top, fields);
  for (const step of response.navigation) {
    if (step.op === 'push') stack.push(step.card);
    else if (step.op === 'update') stack[stack.length - 1] = step.card;
    else if (step.op === 'pop') stack.length = Math.max(1, stack.length - 1);
    else stack.length = 1;
  }
  workbook.save();
  return { status: 200, html: cardPage(email, stack[stack.length - 1], token, response.notification ?? '') };
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
