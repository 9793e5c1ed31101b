import { gasError } from '../core/errors';
import type { WidgetData } from './data';

/** TextInput: a field whose value comes back in the action event's formInputs under its field name. */
export class TextInputImpl {
  private fieldName = '';
  private title = '';
  private value = '';
  private hint = '';
  private multiline = false;

  setFieldName(name: string): this {
    this.fieldName = String(name);
    return this;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

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
    if (!this.fieldName) throw gasError('Invalid argument: a TextInput needs a field name');
    const { fieldName, title, value, hint, multiline } = this;
    return { kind: 'textInput', fieldName, title, value, hint, multiline };
  }
}
