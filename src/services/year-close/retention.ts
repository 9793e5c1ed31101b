import { EXPIRED, PENDING } from '../../domain/consents/labels';
import { formatDate } from '../../domain/format/ru';
import { isDate } from '../../domain/format/values';
import { consentTermEnd, consentTermOver, holdExpired, HOLD_DAYS } from '../../domain/retention';
import { isConfigured, type Settings } from '../../domain/settings';
import { openDatabase } from '../db/database';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';
import { onDemand } from '../on-demand/load';
import { UserFacingError } from '../errors';

/** When the daily check erased the year's personal data because the consents' term was over. */
const TERM_ERASED_KEY = 'retention.termErasedAt';

/**
 * The daily check's part of the retention rules: a held answer nobody confirmed within HOLD_DAYS is erased
 * and its code made void; once the consents' term (31 August of the year's end) is over, the year's personal
 * data is deleted, as the consent text promises, even if no curator closed the year — after the act of
 * destruction (destruction.ts), and followed by its log export. Returns Russian lines
 * for the journal (empty when nothing was due).
 */
export function applyRetention(ports: Ports): string[] {
  const settings = readSettings(ports);
  if (!isConfigured(settings)) return [];
  return ports.lock.withDocumentLock(() => {
    const lines: string[] = [];
    const expired = expireHeldAnswers(ports);
    if (expired)
      lines.push(
        `Ответы с неподтверждённых адресов, не подтверждённые за ${HOLD_DAYS} дней, удалены: ${expired}.`,
      );
    const now = ports.runtime.now();
    if (consentTermOver(settings.academicYearStart, now) && !ports.records.get(TERM_ERASED_KEY)) {
      const termEnd = consentTermEnd(settings.academicYearStart);
      // The act first, as at the year's close: without it nothing is deleted; the next day's check tries again.
      let act: string[];
      try {
        act = onDemand().makeDestructionAct(ports, settings, [], { kind: 'termOver', termEnd });
      } catch (e) {
        if (!(e instanceof UserFacingError)) throw e;
        logAction(ports, 'Истёк срок согласий: данные не удалены', e.message);
        return [...lines, e.message];
      }
      const report = onDemand().erasePersonalData(ports);
      ports.records.set(TERM_ERASED_KEY, now.toISOString());
      lines.push(
        `Срок согласий истёк ${formatDate(termEnd)}: персональные данные учебного года удалены.`,
        ...act,
        ...onDemand().erasureLines(report),
        ...logExport(ports, settings),
      );
      logAction(ports, 'Истёк срок согласий на обработку персональных данных', lines.join(' '));
    }
    return lines;
  });
}

/** The act's log export; the data are gone already, so a failure is told, not thrown. */
function logExport(ports: Ports, settings: Settings): string[] {
  try {
    return onDemand().makeDestructionLog(ports, settings);
  } catch (e) {
    return [`Выгрузка из журнала к акту об уничтожении не сформирована: ${(e as Error).message}`];
  }
}

/** Held answers past their term: the answer's content is blanked, the record keeps only that it expired. */
function expireHeldAnswers(ports: Ports): number {
  const table = openDatabase(ports).consents.loadIfExists();
  if (!table) return 0;
  const now = ports.runtime.now();
  const due = table.rows.filter((r) => r.state === PENDING && holdExpired(isDate(r.at) ? r.at : null, now));
  for (const held of due) {
    const [sheetId, row] = String(held.response ?? '')
      .split(':')
      .map(Number);
    if (Number.isInteger(sheetId) && Number.isInteger(row) && row > 1)
      ports.responses.blankRows(sheetId, [row], 2);
    table.update(held.id, { state: EXPIRED, code: '', email: '' });
  }
  table.save();
  if (due.length)
    logAction(
      ports,
      'Истёк срок подтверждения ответов',
      `Не подтверждены за ${HOLD_DAYS} дней, ответы удалены: ${due.map((r) => r.id).join(', ')}.`,
    );
  return due.length;
}
