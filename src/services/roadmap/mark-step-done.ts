import { openDatabase } from '../db/database';
import { UserFacingError } from '../errors';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';

/**
 * Marks a step that no data can prove (a teachers' council, news on the site) as done, with the curator's
 * evidence: the same manual override a curator can set in Дорожная карта, from the sidebar.
 */
export function markStepDone(ports: Ports, code: string, evidence: string): string {
  return ports.lock.withDocumentLock(() => {
    const roadmap = openDatabase(ports).roadmap.load();
    const step = roadmap.find(code);
    if (!step)
      throw new UserFacingError(`В дорожной карте нет мероприятия ${code}. Выполните «Настроить программу».`);
    roadmap.update(code, { override: 'выполнено', evidence: evidence.trim() });
    roadmap.save();
    logAction(ports, 'Мероприятие отмечено выполненным', `${code}: ${evidence.trim()}`);
    return `Мероприятие ${code} отмечено выполненным.`;
  });
}
