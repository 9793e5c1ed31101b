/**
 * Ui (SpreadsheetApp.getUi()): menus, the sidebar, dialogs and alerts are recorded in ctx.state.ui so tests
 * and the local runner (npm start) can show and click them.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { UiState } from '../core/state';
import type { HtmlOutputImpl } from './index';

/** In Apps Script createAddonMenu() is titled with the add-on's name. */
export const ADDON_MENU_TITLE = 'Наставник';
const DEFAULT_DIALOG_WIDTH = 600;
const DEFAULT_DIALOG_HEIGHT = 400;

const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

type MenuItem = UiState['menus'][number]['items'][number];
type ButtonName = keyof typeof Button;

const alertAnswers = new WeakMap<EmulatorContext, ButtonName[]>();

/**
 * The buttons the user will press in the next alerts, in order. Without a queued answer an alert is
 * answered with its affirmative button: OK for OK / OK_CANCEL, YES for YES_NO / YES_NO_CANCEL.
 */
export function queueAlertAnswers(ctx: EmulatorContext, ...buttons: ButtonName[]): void {
  alertAnswers.set(ctx, [...(alertAnswers.get(ctx) ?? []), ...buttons]);
}

class MenuImpl {
  _items: MenuItem[] = [];

  constructor(
    private readonly ctx: EmulatorContext,
    readonly _caption: string,
  ) {}

  addItem(caption: string, functionName: string): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string' || functionName === '') {
      throw gasError('Invalid argument: Menu.addItem needs a caption and a function name');
    }
    this._items.push({ caption, functionName });
    return this;
  }

  addSeparator(): this {
    this._items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    const sub = menu as unknown as Partial<MenuImpl>;
    if (!sub || !Array.isArray(sub._items)) throw gasError('Invalid argument: menu');
    const subMenu = sub._items.map((item) =>
      'separator' in item ? item : { caption: item.caption, functionName: item.functionName },
    );
    this._items.push({ caption: sub._caption ?? '', functionName: '', subMenu });
    return this;
  }

  /** Adds the menu to the editor; a menu with the same title is replaced, as re-running onOpen does. */
  addToUi(): void {
    const menus = this.ctx.state.ui.menus;
    const entry = { title: this._caption, items: this._items.map((i) => ({ ...i })) };
    const at = menus.findIndex((m) => m.title === this._caption);
    if (at >= 0) menus[at] = entry;
    else menus.push(entry);
  }
}

function outputImpl(output: unknown, method: string): HtmlOutputImpl {
  const o = output as Partial<HtmlOutputImpl> | null;
  if (!o || typeof o !== 'object' || typeof o._content !== 'string') {
    throw gasError(`The parameters (${typeof output}) don't match the method signature for Ui.${method}.`);
  }
  return o as HtmlOutputImpl;
}

class UiImpl {
  Button = Button;
  ButtonSet = ButtonSet;

  constructor(private readonly ctx: EmulatorContext) {}

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    if (typeof caption !== 'string' || caption === '') throw gasError('Invalid argument: caption');
    return this.ctx.wrap<GoogleAppsScript.Base.Menu>(new MenuImpl(this.ctx, caption), 'Menu');
  }

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return this.ctx.wrap<GoogleAppsScript.Base.Menu>(new MenuImpl(this.ctx, ADDON_MENU_TITLE), 'Menu');
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const o = outputImpl(userInterface, 'showSidebar');
    this.ctx.state.ui.sidebar = { title: o._title, html: o._content };
  }

  private dialog(userInterface: unknown, title: unknown, modal: boolean, method: string): void {
    const o = outputImpl(userInterface, method);
    if (typeof title !== 'string') {
      throw gasError(
        `The parameters don't match the method signature for Ui.${method}: a title is required.`,
      );
    }
    this.ctx.state.ui.dialogs.push({
      title,
      html: o._content,
      modal,
      width: o._width ?? DEFAULT_DIALOG_WIDTH,
      height: o._height ?? DEFAULT_DIALOG_HEIGHT,
    });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog(userInterface, title, true, 'showModalDialog');
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog(userInterface, title, false, 'showModelessDialog');
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(...args: unknown[]): string {
    let title = '';
    let prompt: unknown;
    let buttons: unknown = ButtonSet.OK;
    if (args.length >= 3) [title, prompt, buttons] = args as [string, unknown, unknown];
    else if (args.length === 2) [prompt, buttons] = args;
    else [prompt] = args;
    if (typeof prompt !== 'string') prompt = String(prompt);
    if (!(String(buttons) in ButtonSet)) throw gasError('Invalid argument: buttons');
    this.ctx.state.ui.alerts.push({ title: String(title), prompt: prompt as string });
    const queued = alertAnswers.get(this.ctx)?.shift();
    if (queued) return Button[queued];
    return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
  }
}

export function createUi(ctx: EmulatorContext): GoogleAppsScript.Base.Ui {
  return ctx.wrap<GoogleAppsScript.Base.Ui>(new UiImpl(ctx), 'Ui');
}
