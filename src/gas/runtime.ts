import type { LockPort, RuntimePort } from '../services/ports';
import { UserFacingError } from '../services/errors';

export const gasRuntime: RuntimePort = {
  now: () => new Date(),
  // Row ids need uniqueness, not a service round trip per row (Utilities.getUuid costs one call each).
  newUuid: randomUuid,
  userEmail: () => Session.getActiveUser().getEmail(),
  effectiveUserEmail: () => Session.getEffectiveUser().getEmail(),
  editors: () =>
    SpreadsheetApp.getActive()
      ?.getEditors()
      .map((u) => u.getEmail()) ?? [],
};

/** How long an action waits for another curator's action on the same spreadsheet to finish. */
const LOCK_WAIT_MS = 30000;

/** Nesting depth of withDocumentLock in this execution: only the outermost call takes and releases the lock. */
let lockDepth = 0;

export const gasLock: LockPort = {
  withDocumentLock<T>(fn: () => T): T {
    if (lockDepth > 0) {
      lockDepth++;
      try {
        return fn();
      } finally {
        lockDepth--;
      }
    }
    // The script lock, for every execution. The document lock exists only where there is a containing document
    // (the sidebar, a form-submit trigger), not in the daily trigger or the web app that relays the teachers'
    // cards, and a document lock and a script lock do not exclude each other: a card's meeting and a form's
    // answer could then load, change and save the same table at once, and one would be lost. Each school
    // deploys its own project (README, «Deploy to a school»), so this lock covers one school's programme.
    const lock = LockService.getScriptLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      throw new UserFacingError(
        'Таблица занята другим действием (другой куратор или обработка анкет). Повторите через минуту.',
      );
    }
    lockDepth = 1;
    try {
      return fn();
    } finally {
      lockDepth = 0;
      lock.releaseLock();
    }
  },
};

/** RFC 4122 version-4 UUID from Math.random (V8's xorshift128+): ample for row ids within one workbook. */
function randomUuid(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(Math.random() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
}
