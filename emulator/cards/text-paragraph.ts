import type { WidgetData } from './data';

/** TextParagraph: a text widget (Google renders a small HTML subset; here the text is kept as given). */
export class TextParagraphImpl {
  private text = '';

  setText(text: string): this {
    this.text = String(text);
    return this;
  }

  _data(): WidgetData {
    return { kind: 'text', text: this.text };
  }
}
