import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import { ActionResponseImpl } from './action-response';
import { dataOf, type NavigationStep } from './data';

/** ActionResponseBuilder: build() fails on an empty response ("if the constructed ActionResponse isn't valid"). */
export class ActionResponseBuilderImpl {
  private notification: string | null = null;
  private navigation: NavigationStep[] = [];
  private openLink: string | null = null;

  constructor(private readonly ctx: EmulatorContext) {}

  setNotification(notification: unknown): this {
    this.notification = dataOf<string>(notification, 'Notification');
    return this;
  }

  setNavigation(navigation: unknown): this {
    this.navigation = dataOf<NavigationStep[]>(navigation, 'Navigation');
    return this;
  }

  setOpenLink(link: unknown): this {
    this.openLink = dataOf<string>(link, 'OpenLink');
    return this;
  }

  build(): GoogleAppsScript.Card_Service.ActionResponse {
    if (this.notification === null && !this.navigation.length && this.openLink === null) {
      throw gasError('Invalid ActionResponse: set a notification, a navigation or a link');
    }
    const data = { notification: this.notification, navigation: this.navigation, openLink: this.openLink };
    return this.ctx.wrap(new ActionResponseImpl(data), 'ActionResponse');
  }
}
