import { gasError } from '../core/errors';

/** CardHeader: the card's title (required) and subtitle. */
export class CardHeaderImpl {
  private title = '';
  private subtitle = '';

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  setSubtitle(subtitle: string): this {
    this.subtitle = String(subtitle);
    return this;
  }

  _data(): { title: string; subtitle: string } {
    if (!this.title) throw gasError('Invalid argument: a CardHeader needs a title');
    return { title: this.title, subtitle: this.subtitle };
  }
}
