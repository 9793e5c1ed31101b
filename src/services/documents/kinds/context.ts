import type { DocumentContext } from '../../../domain/documents/data';
import type { Settings } from '../../../domain/settings';

/** The document context every kind's data starts from: the settings, the register's date and number. */
export function documentContext(settings: Settings) {
  return (date: Date, number: string | null): DocumentContext => ({ settings, date, number });
}
