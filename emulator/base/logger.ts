/** Logger: log / getLog / clear, kept in memory per emulator (not persisted, as in Apps Script). */
import type { EmulatorContext } from '../core/context';

const logs = new WeakMap<EmulatorContext, string[]>();

function lines(ctx: EmulatorContext): string[] {
  let l = logs.get(ctx);
  if (!l) {
    l = [];
    logs.set(ctx, l);
  }
  return l;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return String(value);
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
    return String(value);
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

class LoggerImpl {
  constructor(private readonly ctx: EmulatorContext) {}

  /** log(data) or log(format, ...values) with %s placeholders, as Apps Script's Logger does. */
  log(data: unknown, ...values: unknown[]): this {
    let message = show(data);
    if (values.length > 0 && typeof data === 'string') {
      let i = 0;
      message = data.replace(/%s|%d|%%/g, (m) =>
        m === '%%' ? '%' : i < values.length ? show(values[i++]) : m,
      );
    }
    lines(this.ctx).push(message);
    return this;
  }

  getLog(): string {
    const l = lines(this.ctx);
    return l.length ? `${l.join('\n')}\n` : '';
  }

  clear(): void {
    lines(this.ctx).length = 0;
  }
}

export function createLogger(ctx: EmulatorContext): GoogleAppsScript.Base.Logger {
  return ctx.wrap<GoogleAppsScript.Base.Logger>(new LoggerImpl(ctx), 'Logger');
}
