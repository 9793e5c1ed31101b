import { isEmail, normalizeEmail } from '../../domain/format/values';
import { MENTEES } from '../../domain/schema/sheets';
import { normalizeHeader } from '../../domain/table/columns';
import { parsePastedTable } from '../../domain/text/table-paste';
import { openDatabase } from '../db/database';
import { UserFacingError } from '../errors';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';

/** Columns the curator fills by hand (personal files, methodical work, attestation): never set by forms. */
const CURATOR_COLUMN = MENTEES.columns.find((c) => c.key === 'curatorNotes')!;
const EMAIL_HEADERS = [
  'эл. почта',
  'email',
  'e-mail',
  'почта',
  'адрес электронной почты',
  'электронная почта',
];

export interface ImportResult {
  updated: number;
  unknown: string[];
  invalid: number;
}

/**
 * Adds the curator's information (2.1 item 2) to people already in the bases, matched by e-mail, from a pasted
 * table whose header has an e-mail column and a «Доп. сведения куратора» column (or one other column, taken as
 * the notes). Nothing else in the base is touched.
 */
export function importCuratorNotes(ports: Ports, text: string): ImportResult {
  const rows = parsePastedTable(text);
  if (rows.length < 2)
    throw new UserFacingError(
      'Вставьте таблицу с заголовком: первая строка — названия столбцов, далее данные.',
    );
  const header = rows[0].map(normalizeHeader);
  const emailCol = header.findIndex((h) => EMAIL_HEADERS.includes(h));
  if (emailCol < 0)
    throw new UserFacingError('В таблице нет столбца «Эл. почта»: по нему находятся педагоги в базе.');
  let notesCol = header.indexOf(normalizeHeader(CURATOR_COLUMN.header));
  if (notesCol < 0 && header.length === 2) notesCol = 1 - emailCol;
  if (notesCol < 0) {
    throw new UserFacingError(
      `В таблице нет столбца «${CURATOR_COLUMN.header}». Назовите так столбец со сведениями.`,
    );
  }
  return ports.lock.withDocumentLock(() => {
    const db = openDatabase(ports);
    const tables = [db.mentees.load(), db.mentors.load()];
    const result: ImportResult = { updated: 0, unknown: [], invalid: 0 };
    for (const line of rows.slice(1)) {
      const email = normalizeEmail(line[emailCol] ?? '');
      if (!isEmail(email)) {
        result.invalid++;
        continue;
      }
      let found = false;
      for (const t of tables) {
        const person = t.rows.find((r) => r.email === email);
        if (person) {
          t.update(person.id, { curatorNotes: line[notesCol] ?? '' });
          found = true;
        }
      }
      if (found) result.updated++;
      else result.unknown.push(email);
    }
    tables.forEach((t) => t.save());
    logAction(
      ports,
      'Импорт сведений куратора',
      `обновлено: ${result.updated}, не найдено: ${result.unknown.length}`,
    );
    return result;
  });
}
