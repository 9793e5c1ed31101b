import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import { CardImpl } from './card';
import { dataOf, type SectionData } from './data';

/** "You can't add more than 100 sections to a card" (CardBuilder.addSection in the reference). */
const MAX_SECTIONS = 100;

/** CardBuilder: build() validates ("Error — if the constructed card isn't valid"): at least one section. */
export class CardBuilderImpl {
  private name = '';
  private header: { title: string; subtitle: string } | null = null;
  private readonly sections: SectionData[] = [];

  constructor(private readonly ctx: EmulatorContext) {}

  setName(name: string): this {
    this.name = String(name);
    return this;
  }

  setHeader(header: unknown): this {
    this.header = dataOf<{ title: string; subtitle: string }>(header, 'CardHeader');
    return this;
  }

  addSection(section: unknown): this {
    if (this.sections.length >= MAX_SECTIONS)
      throw gasError(`A card can't have more than ${MAX_SECTIONS} sections`);
    this.sections.push(dataOf<SectionData>(section, 'CardSection'));
    return this;
  }

  build(): GoogleAppsScript.Card_Service.Card {
    if (!this.sections.length) throw gasError('Invalid card: a card needs at least one section');
    const card = new CardImpl({
      name: this.name,
      header: this.header,
      sections: structuredClone(this.sections),
    });
    return this.ctx.wrap(card, 'Card');
  }
}
