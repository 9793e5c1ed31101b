/**
 * Child-index checks and the raw state behind a view a script passes back in.
 */
import { gasError } from '../core/errors';
import { type Session } from './session';

function indexError(index: number, count: number): Error {
  return gasError(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

export function checkIndex(index: number, count: number): number {
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0 || i >= count) throw indexError(i, count);
  return i;
}

/** The raw state behind a view a script passes back in (a detached copy or an attached element). */
export function internals(arg: unknown): { session: Session; el: unknown } | null {
  if (!arg || typeof arg !== 'object') return null;
  const a = arg as { _session?: Session; _el?: unknown };
  return a._session && a._el ? { session: a._session, el: a._el } : null;
}
