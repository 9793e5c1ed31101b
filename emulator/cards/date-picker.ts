import { gasError } from '../core/errors';
import type { WidgetData } from './data';

/** DatePicker: its value comes back as `dateInput.msSinceEpoch` (UTC midnight of the picked day). */
export class DatePickerImpl {
  private fieldName = '';
  private title = '';
  private valueMs: number | null = null;

  setFieldName(name: string): this {
    this.fieldName = String(name);
    return this;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  setValueInMsSinceEpoch(ms: number | string): this {
    const n = Number(ms);
    if (!Number.isFinite(n)) throw gasError('Invalid argument: valueMsEpoch');
    this.valueMs = n;
    return this;
  }

  _data(): WidgetData {
    if (!this.fieldName) throw gasError('Invalid argument: a DatePicker needs a field name');
    return { kind: 'datePicker', fieldName: this.fieldName, title: this.title, valueMs: this.valueMs };
  }
}
