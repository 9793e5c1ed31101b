import { dataOf, type CardData, type NavigationStep } from './data';

/** Navigation: the card-stack steps an action response asks for, in order. */
export class NavigationImpl {
  private readonly steps: NavigationStep[] = [];

  pushCard(card: unknown): this {
    this.steps.push({ op: 'push', card: dataOf<CardData>(card, 'Card') });
    return this;
  }

  updateCard(card: unknown): this {
    this.steps.push({ op: 'update', card: dataOf<CardData>(card, 'Card') });
    return this;
  }

  popCard(): this {
    this.steps.push({ op: 'pop' });
    return this;
  }

  popToRoot(): this {
    this.steps.push({ op: 'popToRoot' });
    return this;
  }

  _data(): NavigationStep[] {
    return this.steps.map((s) => ({ ...s }));
  }
}
