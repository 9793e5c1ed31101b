/**
 * LockService: document, script and user locks. One emulated execution runs at a time, so "another
 * process holding the lock" is set up explicitly by tests with holdDocumentLockElsewhere / holdLockElsewhere.
 * Waiting for a lock held elsewhere advances the pinned emulated clock by the timeout (it never blocks).
 */
import { gasError } from '../core/errors';
import { hasContainingDocument, type EmulatorContext } from '../core/context';

type LockKind = 'document' | 'script' | 'user';

const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

interface LockState {
  heldHere: boolean;
  heldElsewhere: boolean;
}

const locks = new WeakMap<EmulatorContext, Record<LockKind, LockState>>();

function lockState(ctx: EmulatorContext, kind: LockKind): LockState {
  let all = locks.get(ctx);
  if (!all) {
    all = {
      document: { heldHere: false, heldElsewhere: false },
      script: { heldHere: false, heldElsewhere: false },
      user: { heldHere: false, heldElsewhere: false },
    };
    locks.set(ctx, all);
  }
  return all[kind];
}

function syncContext(ctx: EmulatorContext): void {
  ctx.lockHeld = lockState(ctx, 'document').heldHere;
}

/** Makes "another execution" hold (or release) a lock, so this one must wait for it or give up. */
export function holdLockElsewhere(ctx: EmulatorContext, kind: LockKind, held: boolean): void {
  lockState(ctx, kind).heldElsewhere = held;
}

export function holdDocumentLockElsewhere(ctx: EmulatorContext, held: boolean): void {
  holdLockElsewhere(ctx, 'document', held);
}

/** Ends the current emulated execution: Apps Script releases every lock it still holds. */
export function releaseAllLocks(ctx: EmulatorContext): void {
  for (const kind of ['document', 'script', 'user'] as const) lockState(ctx, kind).heldHere = false;
  syncContext(ctx);
}

function checkTimeout(timeoutInMillis: unknown): number {
  const ms = Number(timeoutInMillis);
  if (!Number.isFinite(ms) || ms < 0) throw gasError('Invalid argument: timeoutInMillis');
  return ms;
}

class LockImpl {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly kind: LockKind,
  ) {}

  private acquire(ms: number): boolean {
    const s = lockState(this.ctx, this.kind);
    if (s.heldHere) return true; // re-entrant within one execution
    if (s.heldElsewhere) {
      if (this.ctx.state.now) this.ctx.advance(ms); // waited in vain for the whole timeout
      return false;
    }
    s.heldHere = true;
    syncContext(this.ctx);
    return true;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(checkTimeout(timeoutInMillis));
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(checkTimeout(timeoutInMillis))) throw gasError(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    return lockState(this.ctx, this.kind).heldHere;
  }

  releaseLock(): void {
    lockState(this.ctx, this.kind).heldHere = false;
    syncContext(this.ctx);
  }
}

class LockServiceImpl {
  constructor(private readonly ctx: EmulatorContext) {}

  private open(kind: LockKind): GoogleAppsScript.Lock.Lock {
    return this.ctx.wrap<GoogleAppsScript.Lock.Lock>(new LockImpl(this.ctx, kind), 'Lock');
  }

  /**
   * "If this method is called outside of the context of a containing document (such as from a standalone script
   * or webapp), null is returned" (https://developers.google.com/apps-script/reference/lock/lock-service): the
   * reference types it Lock|null. An add-on's time-driven triggers and web app have no containing document.
   */
  getDocumentLock(): GoogleAppsScript.Lock.Lock | null {
    return hasContainingDocument(this.ctx) ? this.open('document') : null;
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.open('script');
  }

  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.open('user');
  }
}

export function createLockService(ctx: EmulatorContext): GoogleAppsScript.Lock.LockService {
  return ctx.wrap<GoogleAppsScript.Lock.LockService>(new LockServiceImpl(ctx), 'LockService');
}
