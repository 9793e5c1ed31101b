/**
 * CardService: the builders of a Google Workspace add-on's cards. Each builder keeps plain data (see data.ts):
 * tests assert it, the desk draws it. Methods the add-on does not use throw NotEmulatedError (see core/proxy).
 */
import type { EmulatorContext } from '../core/context';
import { ActionImpl } from './action';
import { ActionResponseBuilderImpl } from './action-response-builder';
import { ButtonSetImpl } from './button-set';
import { CardBuilderImpl } from './card-builder';
import { CardHeaderImpl } from './card-header';
import { CardSectionImpl } from './card-section';
import { DatePickerImpl } from './date-picker';
import { DecoratedTextImpl } from './decorated-text';
import { NavigationImpl } from './navigation';
import { NotificationImpl } from './notification';
import { OpenLinkImpl } from './open-link';
import { SELECTION_INPUT_TYPES, SelectionInputImpl } from './selection-input';
import { TextButtonImpl } from './text-button';
import { TextInputImpl } from './text-input';
import { TextParagraphImpl } from './text-paragraph';

export type { ActionData, ActionResponseData, CardData, WidgetData } from './data';

class CardServiceImpl {
  readonly SelectionInputType = Object.fromEntries(SELECTION_INPUT_TYPES.map((t) => [t, t]));

  constructor(private readonly ctx: EmulatorContext) {}

  private make<T>(impl: object, typeName: string): T {
    return this.ctx.wrap<T>(impl, typeName);
  }

  newCardBuilder() {
    return this.make(new CardBuilderImpl(this.ctx), 'CardBuilder');
  }
  newCardHeader() {
    return this.make(new CardHeaderImpl(), 'CardHeader');
  }
  newCardSection() {
    return this.make(new CardSectionImpl(), 'CardSection');
  }
  newTextParagraph() {
    return this.make(new TextParagraphImpl(), 'TextParagraph');
  }
  newDecoratedText() {
    return this.make(new DecoratedTextImpl(), 'DecoratedText');
  }
  newTextButton() {
    return this.make(new TextButtonImpl(), 'TextButton');
  }
  newButtonSet() {
    return this.make(new ButtonSetImpl(), 'ButtonSet');
  }
  newOpenLink() {
    return this.make(new OpenLinkImpl(), 'OpenLink');
  }
  newAction() {
    return this.make(new ActionImpl(), 'Action');
  }
  newNavigation() {
    return this.make(new NavigationImpl(), 'Navigation');
  }
  newNotification() {
    return this.make(new NotificationImpl(), 'Notification');
  }
  newActionResponseBuilder() {
    return this.make(new ActionResponseBuilderImpl(this.ctx), 'ActionResponseBuilder');
  }
  newTextInput() {
    return this.make(new TextInputImpl(), 'TextInput');
  }
  newDatePicker() {
    return this.make(new DatePickerImpl(), 'DatePicker');
  }
  newSelectionInput() {
    return this.make(new SelectionInputImpl(), 'SelectionInput');
  }
}

export function createCardService(ctx: EmulatorContext): GoogleAppsScript.Card_Service.CardService {
  return ctx.wrap<GoogleAppsScript.Card_Service.CardService>(new CardServiceImpl(ctx), 'CardService');
}

/** The plain data of a built Card or ActionResponse that a script returned (for tests and the desk). */
export function cardDataOf<T = import('./data').CardData>(built: unknown): T {
  const d = (built as { _data?: () => T } | null)?._data;
  if (typeof d !== 'function') throw new TypeError('Not an emulated Card or ActionResponse');
  return d.call(built);
}
