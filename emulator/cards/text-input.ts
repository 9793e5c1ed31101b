import type { WidgetData } from './data';
import { FormInputImpl } from './form-input';

/** TextInput: a field whose value comes back in the action event's formInputs under its field name. */
export class TextInputImpl extends FormInputImpl {
  private value = '';
  private hint = '';
  private multiline = false;

  setValue(value: string): this {
    this.value = String(value);
    return this;
  }

  setHint(hint: string): this {
    this.hint = String(hint);
    return this;
  }

  setMultiline(multiline: boolean): this {
    this.multiline = !!multiline;
    return this;
  }

  _data(): WidgetData {
    const fieldName = this._requiredFieldName('TextInput');
    const { title, value, hint, multiline } = this;
    return { kind: 'textInput', fieldName, title, value, hint, multiline };
  }
}
