import { decodeChoices, decodeFields } from '../../domain/text/action-input';
import { UserFacingError } from '../errors';

/**
 * The named fields of a sidebar form, checked on the server: a forged or stale request (a field missing, not a
 * JSON object) gets a Russian message instead of acting on half an input.
 */
export function requireFields<K extends string>(
  input: string,
  required: readonly K[],
): Record<K, string> & Partial<Record<string, string>> {
  const values = decodeFields(input);
  if (!values)
    throw new UserFacingError('Форма заполнена не полностью. Обновите панель и заполните её снова.');
  const missing = required.filter((k) => !(values[k] ?? '').trim());
  if (missing.length) throw new UserFacingError('Заполните все обязательные поля формы.');
  return values as Record<K, string> & Partial<Record<string, string>>;
}

/** One part of a «;»-separated line built from a form: a «;» typed inside a field must not split it. */
export function linePart(value: string | undefined): string {
  return (value ?? '').replace(/\s*[;\t\r\n]+\s*/g, ', ').trim();
}

/** A checklist field's values as the comma-separated list the line formats take. */
export function listPart(value: string | undefined): string {
  return decodeChoices(value ?? '').join(', ');
}
