import { gasError } from '../core/errors';
import { dataOf, type ActionData, type ButtonData } from './data';

/** TextButton: a button with a text that either calls an Action or opens a link (exactly one of them). */
export class TextButtonImpl {
  private text = '';
  private onClick: ActionData | null = null;
  private openLink: string | null = null;

  setText(text: string): this {
    this.text = String(text);
    return this;
  }

  setOnClickAction(action: unknown): this {
    this.onClick = dataOf<ActionData>(action, 'Action');
    return this;
  }

  setOpenLink(link: unknown): this {
    this.openLink = dataOf<string>(link, 'OpenLink');
    return this;
  }

  _data(): ButtonData {
    if (!this.text) throw gasError('Invalid argument: a TextButton needs a text');
    if (!this.onClick === !this.openLink)
      throw gasError('Invalid argument: a TextButton needs one click behaviour');
    return {
      kind: 'button',
      text: this.text,
      ...(this.onClick ? { onClick: this.onClick } : {}),
      ...(this.openLink ? { openLink: this.openLink } : {}),
    };
  }
}
