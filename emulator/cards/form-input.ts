import { gasError } from '../core/errors';

/**
 * What every input widget of a card shares (TextInput, SelectionInput, DatePicker): the field name its value
 * comes back under in the action event's formInputs, which Google requires, and its title.
 */
export abstract class FormInputImpl {
  protected fieldName = '';
  protected title = '';

  setFieldName(name: string): this {
    this.fieldName = String(name);
    return this;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  /** The field name, or Google's refusal to build the widget without one (underscored: not Apps Script API). */
  protected _requiredFieldName(widget: string): string {
    if (!this.fieldName) throw gasError(`Invalid argument: a ${widget} needs a field name`);
    return this.fieldName;
  }
}
