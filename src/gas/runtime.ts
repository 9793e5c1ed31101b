import type { LockPort, RuntimePort } from '../services/ports';
import { UserFacingError } from '../services/db/errors';

export const gasRuntime: RuntimePort = {
  now: () => new Date(),
  newUuid: () => Utilities.getUuid(),
  userEmail: () => Session.getActiveUser().getEmail(),
};

/** How long an action waits for another curator's action on the same spreadsheet to finish. */
const LOCK_WAIT_MS = 30000;

export const gasLock: LockPort = {
  withDocumentLock<T>(fn: () => T): T {
    const lock = LockService.getDocumentLock();
    if (!lock) throw new Error('Надстройка работает только в открытой таблице.');
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      throw new UserFacingError(
        'Таблица занята другим действием (другой куратор или обработка анкет). Повторите через минуту.',
      );
    }
    try {
      return fn();
    } finally {
      lock.releaseLock();
    }
  },
};
