import type { ParsedResponse } from '../../domain/forms/answers';
import { pairOfMentor, parseMeetingLines, type MeetingDraft } from '../../domain/meetings';
import { openDatabase } from '../db/database';
import { UserFacingError } from '../errors';
import { logAction } from '../db/journal';
import type { HandledOutcome, ResponseOrigin } from '../forms/outcome';
import type { Ports } from '../ports';
import { loadProgrammePairs } from './pairs';

/** «Источник» of a meeting from the curator's panel; a form report's is its response row. */
const FROM_PANEL = 'панель куратора';

function formOrigin(origin: ResponseOrigin): string {
  return `отчёт наставника: лист ${origin.sheetId}, строка ${origin.row}`;
}

/**
 * A mentor's meeting report into Встречи. The pair is found by the mentor's e-mail (and the mentee's surname
 * when they have several pairs). The row is keyed by its response row, so a rebuild or an edited response
 * updates the same meeting instead of adding another. Four reads and one write.
 */
export function recordMeetingReport(ports: Ports, r: ParsedResponse, origin: ResponseOrigin): HandledOutcome {
  return recordMeeting(ports, r, formOrigin(origin));
}

/**
 * A parsed meeting report into Встречи under its «Источник» key: a form's response row or a teacher card's
 * submission. The same key updates its row, so a report counts once however often it arrives.
 */
export function recordMeeting(ports: Ports, r: ParsedResponse, key: string): HandledOutcome {
  const missing = r.problems.filter((p) => p.startsWith('В ответе нет') || p.includes('не целое'));
  const v = r.values;
  if (!(v.date instanceof Date)) missing.push('Не указана или не распознана дата встречи.');
  if (missing.length) return { kind: 'invalid', problems: missing };
  const found = pairOfMentor(loadProgrammePairs(ports).active, r.email, String(v.mentee ?? ''));
  if ('problem' in found) return { kind: 'invalid', problems: [found.problem] };
  const draft: MeetingDraft = {
    pairId: found.pair.id,
    date: v.date as Date,
    topic: String(v.topic ?? ''),
    format: (v.format as string | null) ?? null,
    durationMin: (v.durationMin as number | null) ?? null,
    result: String(v.result ?? ''),
    nextStep: String(v.nextStep ?? ''),
  };
  const table = openDatabase(ports).meetings.load();
  const existing = table.findBy('origin', key);
  const row = existing ? table.update(existing.id, { ...draft }) : table.insert({ ...draft, origin: key });
  table.save();
  return { kind: existing ? 'updated' : 'added', recordId: row.id };
}

/** The curator's lines (see MEETING_LINE_FORMAT) into Встречи: all or nothing, under the document lock. */
export function addMeetingsFromText(ports: Ports, text: string): { added: string[] } {
  return ports.lock.withDocumentLock(() => {
    const { active } = loadProgrammePairs(ports);
    if (!active.length)
      throw new UserFacingError('Нет утверждённых пар/групп: сначала утвердите пары (этап 5.1).');
    const { drafts, errors } = parseMeetingLines(text, active);
    if (errors.length) throw new UserFacingError(`Встречи не внесены.\n${errors.join('\n')}`);
    const table = openDatabase(ports).meetings.load();
    const added = drafts.map((d) => table.insert({ ...d, origin: FROM_PANEL }).id);
    table.save();
    logAction(ports, 'Внесены встречи', `${added.length}: ${drafts.map((d) => d.pairId).join(', ')}`);
    return { added };
  });
}
