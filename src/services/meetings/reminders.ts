import {
  DEFAULT_GAP_WEEKS,
  meetingsByPair,
  pairsToRemind,
  reminderText,
  type QuietPair,
} from '../../domain/meetings';
import { openDatabase } from '../db/database';
import { logAction } from '../db/journal';
import { openSentLog } from '../mail/sent';
import type { Ports } from '../ports';
import { readRegistry, writeRegistry } from '../setup/registry';
import { readSettings } from '../setup/settings';
import { loadProgrammePairs } from './pairs';
import { workbookTriggers } from '../setup/workbook-triggers';

/** The top-level function the daily time-driven trigger calls (src/server.ts). */
export const DAILY_HANDLER = 'onDailyCheck';
/** Hour of the day the trigger runs at, in the script's time zone. */
const DAILY_HOUR = 7;

const GAP_KEY = 'meetings.gapWeeks';
const LAST_CHECK_KEY = 'meetings.checkedAt';
const WEEK_MS = 7 * 86400000;
/** A daily trigger drifts by up to an hour or so: «a week since the last check» tolerates that. */
const DRIFT_MS = 2 * 3600000;

export interface ReminderResult {
  ran: boolean;
  quiet: QuietPair[];
  sent: boolean;
  message: string;
}

/** Makes sure the daily check runs (idempotent): called when the meeting form is created or checked by hand. */
export function scheduleWeeklyCheck(ports: Ports): boolean {
  return workbookTriggers(ports).ensureDailyTrigger(DAILY_HANDLER, DAILY_HOUR);
}

/**
 * The daily trigger's work. It runs the meetings check once a week (the trigger itself is daily, as an Editor
 * add-on may not be more frequent than hourly and need not be): a week after the last check, or at once the
 * first time. `force` runs it now (the curator's button).
 */
export function runWeeklyMeetingCheck(ports: Ports, force = false): ReminderResult {
  return ports.lock.withDocumentLock(() => {
    const reg = readRegistry(ports, 'meetings.');
    const now = ports.runtime.now();
    const last = Date.parse(reg[LAST_CHECK_KEY] ?? '');
    if (!force && Number.isFinite(last) && now.getTime() - last < WEEK_MS - DRIFT_MS)
      return {
        ran: false,
        quiet: [],
        sent: false,
        message: 'Еженедельная проверка уже выполнялась на этой неделе.',
      };
    const weeks = gapWeeks(reg[GAP_KEY]);
    const result = remindAboutQuietPairs(ports, weeks, now);
    writeRegistry(ports, [
      {
        key: GAP_KEY,
        label: 'Встречи: напоминать кураторам, если пара не встречалась столько недель',
        value: String(weeks),
      },
      { key: LAST_CHECK_KEY, label: 'Встречи: последняя еженедельная проверка', value: now.toISOString() },
    ]);
    return result;
  });
}

function gapWeeks(text: string | undefined): number {
  const n = Number(String(text ?? '').trim());
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : DEFAULT_GAP_WEEKS;
}

/**
 * One letter to the curators listing the pairs quiet for `weeks` weeks that were not reminded about in that
 * period. Each pair is marked in Рассылки right after the send. Without enough quota nothing is sent or
 * marked, and the next check tries again.
 */
function remindAboutQuietPairs(ports: Ports, weeks: number, now: Date): ReminderResult {
  const settings = readSettings(ports);
  const { active } = loadProgrammePairs(ports);
  const stats = meetingsByPair(openDatabase(ports).meetings.load().rows);
  const log = openSentLog(ports);
  const reminded = new Map<string, Date>();
  for (const row of log.table.rows) {
    if (!row.code?.startsWith('reminder:') || !row.sentAt) continue;
    const pairId = row.pairId ?? '';
    const prev = reminded.get(pairId);
    if (!prev || row.sentAt > prev) reminded.set(pairId, row.sentAt);
  }
  const start = new Date(settings.academicYearStart, 9, 1);
  const quiet = pairsToRemind(active, stats, reminded, now, weeks, start);
  if (!quiet.length)
    return { ran: true, quiet, sent: false, message: 'Все пары/группы встречаются регулярно.' };
  const curators = settings.curators;
  if (!curators.length)
    return { ran: true, quiet, sent: false, message: 'Не указаны кураторы: напоминание некому отправить.' };
  if (ports.mail.remainingQuota() < curators.length)
    return {
      ran: true,
      quiet,
      sent: false,
      message: 'Дневной лимит писем исчерпан: напоминание уйдёт при следующей проверке.',
    };
  const letter = reminderText(quiet, weeks);
  const to = curators.join(',');
  const day = now.toISOString().slice(0, 10);
  log.send(
    quiet.map((q) => ({
      campaign: 'Напоминание: пара без встреч',
      code: `reminder:${q.pair.id}:${day}`,
      email: to,
      pairId: q.pair.id,
    })),
    { to, subject: letter.subject, body: letter.body, attachmentIds: [] },
  );
  log.close();
  logAction(ports, 'Напоминание кураторам о парах без встреч', quiet.map((q) => q.pair.id).join(', '));
  return {
    ran: true,
    quiet,
    sent: true,
    message: `Кураторам отправлено напоминание о ${quiet.length} парах/группах без встреч.`,
  };
}
