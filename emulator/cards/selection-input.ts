import { gasError } from '../core/errors';
import type { WidgetData } from './data';

export const SELECTION_INPUT_TYPES = ['CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH'] as const;

/** SelectionInput: check boxes, radio buttons or a drop-down; the picked values come back as stringInputs. */
export class SelectionInputImpl {
  private fieldName = '';
  private title = '';
  private type = '';
  private readonly items: { text: string; value: string; selected: boolean }[] = [];

  setFieldName(name: string): this {
    this.fieldName = String(name);
    return this;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  setType(type: string): this {
    if (!(SELECTION_INPUT_TYPES as readonly string[]).includes(type))
      throw gasError('Invalid argument: type');
    this.type = type;
    return this;
  }

  addItem(text: unknown, value: unknown, selected: boolean): this {
    this.items.push({ text: String(text), value: String(value), selected: !!selected });
    return this;
  }

  _data(): WidgetData {
    if (!this.fieldName) throw gasError('Invalid argument: a SelectionInput needs a field name');
    return {
      kind: 'selection',
      fieldName: this.fieldName,
      title: this.title,
      type: this.type || 'CHECK_BOX',
      items: this.items.map((i) => ({ ...i })),
    };
  }
}
