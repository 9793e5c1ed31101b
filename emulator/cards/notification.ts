import { gasError } from '../core/errors';

/** Notification: the short message shown at the bottom of the add-on after an action. */
export class NotificationImpl {
  private text = '';

  setText(text: string): this {
    this.text = String(text);
    return this;
  }

  _data(): string {
    if (!this.text) throw gasError('Invalid argument: a Notification needs a text');
    return this.text;
  }
}
