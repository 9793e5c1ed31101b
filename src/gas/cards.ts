/**
 * The Google Workspace add-on face: draws the teacher's card (services/teacher-card) with CardService. Every
 * word here is what a teacher reads in Gmail, Calendar or Sheets.
 */
import { FORMATS } from '../domain/forms/topics';
import type { CuratorCardView } from '../services/teacher-card/curator-card';
import type { TeacherCardView } from '../services/teacher-card/view';
import { quoted } from '../domain/format/quotes';

/** The script functions the card's buttons call (top-level functions in server.ts). */
const CARD_HANDLERS = {
  openMeetingForm: 'onCardOpenMeetingForm',
  recordMeeting: 'onCardRecordMeeting',
  withdrawConsent: 'onCardWithdrawConsent',
} as const;

const TITLE = 'Наставник';

export function text(t: string) {
  return CardService.newTextParagraph().setText(t);
}

export function section(header: string) {
  return CardService.newCardSection().setHeader(header);
}

function linkButton(caption: string, url: string) {
  return CardService.newTextButton().setText(caption).setOpenLink(CardService.newOpenLink().setUrl(url));
}

export function actionButton(caption: string, fn: string, parameters: Record<string, string> = {}) {
  const action = CardService.newAction().setFunctionName(fn).setParameters(parameters);
  return CardService.newTextButton().setText(caption).setOnClickAction(action);
}

export function card(subtitle: string, sections: GoogleAppsScript.Card_Service.CardSection[]) {
  const header = CardService.newCardHeader().setTitle(TITLE).setSubtitle(subtitle);
  const builder = CardService.newCardBuilder().setName('teacher').setHeader(header);
  for (const s of sections) builder.addSection(s);
  return builder.build();
}

/** A card with one message (not signed in, not set up, not in a pair, an error). */
export function renderMessageCard(message: string): GoogleAppsScript.Card_Service.Card {
  return card('Программа наставничества', [section('').addWidget(text(message))]);
}

const MESSAGES = {
  signedOut:
    'Войдите в Google под своей рабочей учётной записью школы. Если вы уже вошли, попросите администратора школы разрешить надстройке «Наставник» узнавать ваш адрес эл. почты.',
  notSetUp: 'Программа наставничества в вашей школе ещё не настроена. Обратитесь к куратору программы.',
  notInPair:
    'Вы пока не входите в утверждённую наставническую пару или группу. Когда куратор утвердит пары, здесь появятся ваш наставник или наставляемые, план и встречи.',
} as const;

export function renderTeacherCard(view: TeacherCardView): GoogleAppsScript.Card_Service.Card {
  if (view.kind !== 'teacher') return renderMessageCard(MESSAGES[view.kind]);
  const sections: GoogleAppsScript.Card_Service.CardSection[] = [];
  for (const p of view.pairs) {
    const s = section(view.pairs.length > 1 ? `Пара/группа ${p.pairId}` : 'Моя пара/группа');
    s.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(p.partnersLabel)
        .setText(p.partners.join(', '))
        .setWrapText(true),
    );
    if (p.plan) s.addWidget(linkButton('Открыть индивидуальный план', p.plan.url));
    else s.addWidget(text('Индивидуальный план ещё не подготовлен.'));
    const next = p.nextPlanned;
    if (next)
      s.addWidget(
        CardService.newDecoratedText()
          .setTopLabel('Следующая встреча по плану')
          .setText(`${next.when}: ${next.topic}`)
          .setWrapText(true),
      );
    const last = p.lastMeeting;
    s.addWidget(
      text(
        last
          ? `Встреч отмечено: ${p.meetingsCount}. Последняя — ${last.dateText}${last.topic ? `, ${quoted(last.topic)}` : ''}.` +
              (last.nextStep ? ` Следующий шаг: ${last.nextStep}.` : '')
          : 'Встреч пока не отмечено.',
      ),
    );
    sections.push(s);
  }
  if (view.canRecordMeetings) {
    sections.push(section('').addWidget(actionButton('Отметить встречу', CARD_HANDLERS.openMeetingForm)));
  }
  const surveys = section('Анкеты программы');
  if (view.surveys.length) {
    const buttons = CardService.newButtonSet();
    for (const f of view.surveys) buttons.addButton(linkButton(f.title, f.url));
    surveys.addWidget(buttons);
  } else surveys.addWidget(text('Сейчас анкет для вас нет: все заполнены или ещё не начаты.'));
  sections.push(surveys);
  const consents = section('Мои согласия');
  for (const c of view.consents)
    consents.addWidget(CardService.newDecoratedText().setTopLabel(c.title).setText(c.state));
  consents.addWidget(actionButton('Отозвать согласие', CARD_HANDLERS.withdrawConsent));
  sections.push(consents);
  return card(`${view.fullName}, ${view.roleLabel}`, sections);
}

/** «Отметить встречу»: the meeting form's questions; `token` makes a re-sent form count once. */
export function renderMeetingFormCard(
  menteeSurnames: string[],
  token: string,
): GoogleAppsScript.Card_Service.Card {
  const s = section('Встреча');
  s.addWidget(CardService.newDatePicker().setFieldName('date').setTitle('Дата встречи'));
  if (menteeSurnames.length > 1) {
    const pick = CardService.newSelectionInput()
      .setType(CardService.SelectionInputType.DROPDOWN)
      .setFieldName('mentee')
      .setTitle('Наставляемый');
    menteeSurnames.forEach((n, i) => pick.addItem(n, n, i === 0));
    s.addWidget(pick);
  }
  s.addWidget(CardService.newTextInput().setFieldName('topic').setTitle('Тема встречи'));
  const format = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setFieldName('format')
    .setTitle('Формат встречи');
  FORMATS.forEach((f, i) => format.addItem(f, f, i === 0));
  s.addWidget(format);
  s.addWidget(CardService.newTextInput().setFieldName('durationMin').setTitle('Длительность, минут'));
  s.addWidget(
    CardService.newTextInput().setFieldName('result').setTitle('Результат встречи').setMultiline(true),
  );
  s.addWidget(
    CardService.newTextInput().setFieldName('nextStep').setTitle('Следующий шаг').setMultiline(true),
  );
  s.addWidget(actionButton('Внести встречу', CARD_HANDLERS.recordMeeting, { token }));
  return card('Отметить встречу', [s]);
}

/** An action's answer: a notification, and the card to show instead of the current one (if any). */
export function renderActionResponse(
  message: string,
  next?: GoogleAppsScript.Card_Service.Card,
  push = false,
): GoogleAppsScript.Card_Service.ActionResponse {
  const response = CardService.newActionResponseBuilder().setNotification(
    CardService.newNotification().setText(message),
  );
  if (next) {
    const nav = CardService.newNavigation();
    response.setNavigation(push ? nav.pushCard(next) : nav.popToRoot().updateCard(next));
  }
  return response.build();
}

/** The values of an action event's form inputs by field name (text, selection or date). */
export function formInputs(e: GoogleAppsScript.Addons.EventObject | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const inputs = (e?.commonEventObject?.formInputs ?? {}) as Record<
    string,
    { stringInputs?: { value?: string[] }; dateInput?: { msSinceEpoch?: number | string } }
  >;
  for (const [name, input] of Object.entries(inputs)) {
    const ms = input.dateInput?.msSinceEpoch;
    // A date picker's value is the picked day's midnight UTC: the same calendar day, taken as a local date.
    if (ms !== undefined) {
      const d = new Date(Number(ms));
      out[name] = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    } else out[name] = (input.stringInputs?.value ?? []).join(', ');
  }
  return out;
}

/** The confirmation before a withdrawal of consent: what it erases, in the teacher's words. */
export function renderWithdrawConfirmCard(): GoogleAppsScript.Card_Service.Card {
  const s = section('Отзыв согласия')
    .addWidget(
      text(
        'Если вы отзовёте согласие на обработку персональных данных, ваши сведения будут удалены из баз программы, листов ответов и форм, а куратор увидит, что ваша пара/группа требует решения. Отменить это нельзя.',
      ),
    )
    .addWidget(
      actionButton('Подтверждаю отзыв согласия', CARD_HANDLERS.withdrawConsent, { confirmed: 'yes' }),
    );
  return card('Отзыв согласия', [s]);
}

/** The curator's card: the current step, what is still open, and the way to the sidebar with the actions. */
export function renderCuratorCard(
  view: CuratorCardView,
  spreadsheetUrl: string,
): GoogleAppsScript.Card_Service.Card {
  const now = section('Текущий шаг');
  if (view.current) {
    const c = view.current;
    now.addWidget(
      CardService.newDecoratedText().setTopLabel(`${c.code}, ${c.due}`).setText(c.title).setWrapText(true),
    );
    now.addWidget(text(c.statusText + (c.next ? `. Дальше: ${c.next}` : '')));
  } else now.addWidget(text('Сейчас по дорожной карте нет текущего шага.'));
  const open = section('Не выполнено');
  for (const s of view.open)
    open.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(s.code)
        .setText(s.next || s.title)
        .setWrapText(true),
    );
  if (!view.open.length) open.addWidget(text('Все шаги до текущего выполнены.'));
  const go = section('Действия')
    .addWidget(text('Действия этапов — в панели таблицы: «Расширения → Наставник → Открыть панель».'))
    .addWidget(linkButton('Открыть таблицу программы', spreadsheetUrl));
  return card(view.programme, [now, open, go]);
}
