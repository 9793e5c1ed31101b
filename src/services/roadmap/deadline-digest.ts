import { buildDigest, digestDue, type DigestStep } from '../../domain/roadmap/digest';
import { isConfigured } from '../../domain/settings';
import { openDatabase } from '../db/database';
import { logAction } from '../db/journal';
import { openSentLog } from '../mail/sent';
import type { Ports } from '../ports';
import { buildOverview } from '../overview/build-overview';
import { readSettings } from '../setup/settings';

const CAMPAIGN = 'Сводка сроков дорожной карты';

export type DigestOutcome = 'sent' | 'nothing-due' | 'already-sent-today' | 'not-configured' | 'no-quota';

/**
 * The curators' deadline digest (issue 7): steps overdue or due within two weeks, by e-mail, at most once a
 * day. Run by the daily trigger; the Рассылки register remembers the day it went out.
 */
export function sendDeadlineDigest(ports: Ports): DigestOutcome {
  const settings = readSettings(ports);
  if (!isConfigured(settings)) return 'not-configured';
  return ports.lock.withDocumentLock(() => {
    const today = ports.runtime.now();
    const log = openSentLog(ports);
    const sent = log.table.rows.flatMap((r) => (r.campaign === CAMPAIGN && r.sentAt ? [r.sentAt] : []));
    const last = sent.length ? new Date(Math.max(...sent.map((d) => d.getTime()))) : null;
    if (!digestDue(last, today)) return 'already-sent-today';

    const due = new Map(
      (openDatabase(ports).roadmap.loadIfExists()?.rows ?? []).flatMap((r) =>
        r.dueTo ? [[r.id, r.dueTo] as const] : [],
      ),
    );
    const steps: DigestStep[] = buildOverview(ports)
      .stages.flatMap((s) => s.steps)
      .filter((s) => due.has(s.code))
      .map((s) => ({
        code: s.code,
        title: s.title,
        dueTo: due.get(s.code)!,
        done: s.status === 'done',
        next: s.next,
      }));
    const digest = buildDigest(steps, today, settings.schoolShort);
    if (!digest) return 'nothing-due';
    if (ports.mail.remainingQuota() < settings.curators.length) return 'no-quota';
    const to = settings.curators.join(',');
    log.send(
      { campaign: CAMPAIGN, code: `digest:${today.toISOString().slice(0, 10)}`, email: to },
      { to, subject: digest.subject, body: digest.body, attachmentIds: [] },
    );
    log.close();
    logAction(
      ports,
      'Сводка сроков отправлена кураторам',
      `просрочено ${digest.overdue.length}, скоро ${digest.dueSoon.length}`,
    );
    return 'sent';
  });
}
