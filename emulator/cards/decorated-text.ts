import { gasError } from '../core/errors';
import { dataOf, type WidgetData } from './data';

/** DecoratedText: a text with a label above and below; `setText` is required (build fails without it). */
export class DecoratedTextImpl {
  private topLabel = '';
  private text = '';
  private bottomLabel = '';
  private wrap = false;
  private openLink: string | null = null;

  setTopLabel(text: string): this {
    this.topLabel = String(text);
    return this;
  }

  setText(text: string): this {
    this.text = String(text);
    return this;
  }

  setBottomLabel(text: string): this {
    this.bottomLabel = String(text);
    return this;
  }

  setWrapText(wrap: boolean): this {
    this.wrap = !!wrap;
    return this;
  }

  setOpenLink(link: unknown): this {
    this.openLink = dataOf<string>(link, 'OpenLink');
    return this;
  }

  _data(): WidgetData {
    if (!this.text) throw gasError('Invalid argument: DecoratedText needs a text');
    const base = { kind: 'decorated' as const, topLabel: this.topLabel, text: this.text };
    return {
      ...base,
      bottomLabel: this.bottomLabel,
      wrap: this.wrap,
      ...(this.openLink ? { openLink: this.openLink } : {}),
    };
  }
}
