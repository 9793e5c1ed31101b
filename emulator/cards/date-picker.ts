import { gasError } from '../core/errors';
import type { WidgetData } from './data';
import { FormInputImpl } from './form-input';

/** DatePicker: its value comes back as `dateInput.msSinceEpoch` (UTC midnight of the picked day). */
export class DatePickerImpl extends FormInputImpl {
  private valueMs: number | null = null;

  setValueInMsSinceEpoch(ms: number | string): this {
    const n = Number(ms);
    if (!Number.isFinite(n)) throw gasError('Invalid argument: valueMsEpoch');
    this.valueMs = n;
    return this;
  }

  _data(): WidgetData {
    const fieldName = this._requiredFieldName('DatePicker');
    return { kind: 'datePicker', fieldName, title: this.title, valueMs: this.valueMs };
  }
}
