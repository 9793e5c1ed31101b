import { dataOf, type ButtonData, type WidgetData } from './data';

/** ButtonSet: buttons shown in a row. */
export class ButtonSetImpl {
  private readonly buttons: ButtonData[] = [];

  addButton(button: unknown): this {
    this.buttons.push(dataOf<ButtonData>(button, 'Button'));
    return this;
  }

  _data(): WidgetData {
    return { kind: 'buttons', buttons: this.buttons.map((b) => ({ ...b })) };
  }
}
