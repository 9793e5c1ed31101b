import { gasError } from '../core/errors';
import type { WidgetData } from './data';
import { FormInputImpl } from './form-input';

export const SELECTION_INPUT_TYPES = ['CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH'] as const;

/** SelectionInput: check boxes, radio buttons or a drop-down; the picked values come back as stringInputs. */
export class SelectionInputImpl extends FormInputImpl {
  private type = '';
  private readonly items: { text: string; value: string; selected: boolean }[] = [];

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
    return {
      kind: 'selection',
      fieldName: this._requiredFieldName('SelectionInput'),
      title: this.title,
      type: this.type || 'CHECK_BOX',
      items: this.items.map((i) => ({ ...i })),
    };
  }
}
