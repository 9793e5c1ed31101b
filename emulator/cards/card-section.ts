import { gasError } from '../core/errors';
import { dataOf, type SectionData, type WidgetData } from './data';

/** CardSection: a header and widgets; a section without widgets is invalid when the card is built. */
export class CardSectionImpl {
  private header = '';
  private readonly widgets: WidgetData[] = [];

  setHeader(header: string): this {
    this.header = String(header);
    return this;
  }

  addWidget(widget: unknown): this {
    this.widgets.push(dataOf<WidgetData>(widget, 'Widget'));
    return this;
  }

  _data(): SectionData {
    if (!this.widgets.length) throw gasError('Invalid argument: a CardSection needs at least one widget');
    return { header: this.header, widgets: this.widgets.map((w) => ({ ...w })) };
  }
}
