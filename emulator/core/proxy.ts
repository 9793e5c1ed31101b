import type { CallCounter } from './calls';
import { NotEmulatedError } from './errors';

// Properties that JavaScript itself probes (await, console.log, JSON.stringify, jest matchers): answering them
// with a throwing function would break ordinary code, so they fall through as undefined.
const PASS_THROUGH = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  'nodeType',
  '$$typeof',
  'inspect',
]);

/**
 * Wraps an emulated object so that (1) every method call is counted as `${typeName}.${method}` and
 * (2) any Apps Script method the class does not implement throws NotEmulatedError instead of being
 * silently undefined. Internal code works on the raw target; only objects handed to scripts are wrapped.
 */
export function emulated<T>(
  target: object,
  typeName: string,
  calls: CallCounter,
  authorize: (member: string) => void = () => undefined,
  /** Runs after each call that returned (the emulator's stand-in for Google stopping an execution there). */
  after: (member: string, args: unknown[]) => void = () => undefined,
): T {
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || PASS_THROUGH.has(prop) || prop.startsWith('_')) {
        return Reflect.get(obj, prop, receiver);
      }
      const value = Reflect.get(obj, prop, receiver);
      if (value === undefined) {
        if (/^[a-z]/.test(prop)) {
          return () => {
            throw new NotEmulatedError(`${typeName}.${prop}`);
          };
        }
        return undefined; // enums and constants that the class does not carry
      }
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        authorize(`${typeName}.${prop}`);
        calls.record(`${typeName}.${prop}`);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        after(`${typeName}.${prop}`, args);
        return result === obj ? proxy : result; // chaining (`return this`) keeps the wrapper
      };
    },
  }) as T;
  return proxy;
}
