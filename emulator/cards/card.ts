import type { CardData } from './data';

/** Card: what CardBuilder.build() returns; printJson() is the reference's debugging view. */
export class CardImpl {
  constructor(private readonly data: CardData) {}

  printJson(): string {
    return JSON.stringify(this.data, null, 2);
  }

  _data(): CardData {
    return structuredClone(this.data);
  }
}
