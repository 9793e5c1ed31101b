/**
 * Utilities: date formatting (Java SimpleDateFormat patterns, as Apps Script implements them), base64, UUIDs,
 * blobs, and sleep (which advances the emulated clock). Digests, HMACs, signatures, zip and the parsers are
 * not used by the add-on and throw NotEmulatedError (see emulator/README.md).
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../core/context';
import { gasError, NotEmulatedError } from '../core/errors';
import { zoneOffsetMinutes } from '../../src/domain/time/zone';
import { newBlob } from './blob';

const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

// ---------------------------------------------------------------------------------------------------------
// SimpleDateFormat

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function offsetText(minutes: number, colon: boolean, withMinutes = true): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  if (!withMinutes) return `${sign}${hh}`;
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

function formatField(letter: string, count: number, local: Date, offset: number): string {
  const year = local.getUTCFullYear();
  const hour = local.getUTCHours();
  switch (letter) {
    case 'G':
      return year > 0 ? 'AD' : 'BC';
    case 'y':
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    case 'M':
    case 'L': {
      const m = local.getUTCMonth();
      if (count >= 4) return MONTHS[m];
      if (count === 3) return MONTHS[m].slice(0, 3);
      return pad(m + 1, count);
    }
    case 'd':
      return pad(local.getUTCDate(), count);
    case 'D': {
      const start = Date.UTC(year, 0, 1);
      return pad(Math.floor((local.getTime() - start) / 86400000) + 1, count);
    }
    case 'E': {
      const name = WEEKDAYS[local.getUTCDay()];
      return count >= 4 ? name : name.slice(0, 3);
    }
    case 'u':
      return pad(local.getUTCDay() === 0 ? 7 : local.getUTCDay(), count);
    case 'a':
      return hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(hour, count);
    case 'k':
      return pad(hour === 0 ? 24 : hour, count);
    case 'K':
      return pad(hour % 12, count);
    case 'h':
      return pad(hour % 12 === 0 ? 12 : hour % 12, count);
    case 'm':
      return pad(local.getUTCMinutes(), count);
    case 's':
      return pad(local.getUTCSeconds(), count);
    case 'S':
      return pad(local.getUTCMilliseconds(), count);
    case 'Z':
      return offsetText(offset, false);
    case 'X':
      if (offset === 0) return 'Z';
      return count === 1 ? offsetText(offset, false, false) : offsetText(offset, count >= 3);
    case 'z':
      // Java prints zone abbreviations ("MSK") that Intl does not reproduce: refuse rather than guess.
      throw new NotEmulatedError("Utilities.formatDate pattern letter 'z' (time zone name)");
    case 'w':
    case 'W':
    case 'F':
    case 'Y':
      throw new NotEmulatedError(`Utilities.formatDate pattern letter '${letter}'`);
    default:
      throw gasError(`Illegal pattern character '${letter}'`);
  }
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Utilities.formatDate: `pattern` is a Java SimpleDateFormat pattern; month and day names are English. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!isDate(date) || typeof timeZone !== 'string' || typeof pattern !== 'string') {
    const kinds = [date, timeZone, pattern].map((a) =>
      isDate(a) ? 'Date' : typeof a === 'string' ? 'String' : typeof a,
    );
    throw gasError(
      `The parameters (${kinds.join(',')}) don't match the method signature for Utilities.formatDate.`,
    );
  }
  if (Number.isNaN(date.getTime())) throw gasError('Invalid argument: date');
  const offset = zoneOffsetMinutes(date, timeZone);
  const local = new Date(date.getTime() + offset * 60000);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // quoted literal; '' inside it is a quote
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            out += "'";
            j += 2;
            continue;
          }
          break;
        }
        out += pattern[j];
        j++;
      }
      if (j >= pattern.length) throw gasError('Unterminated quote in date format pattern');
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      out += formatField(c, j - i, local, offset);
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Bytes

type ByteInput = string | number[];

function toSigned(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function encodeString(text: string, charset: unknown): Buffer {
  if (charset === undefined || charset === Charset.UTF_8) return Buffer.from(text, 'utf8');
  if (charset === Charset.US_ASCII) return Buffer.from(text.replace(/[^\x00-\x7f]/g, '?'), 'latin1');
  throw gasError(`Invalid argument: charset`);
}

function toBuffer(value: ByteInput, charset?: unknown): Buffer {
  if (typeof value === 'string') return encodeString(value, charset);
  if (Array.isArray(value)) return Buffer.from(value.map((b) => Number(b) & 0xff));
  throw gasError('Invalid argument: value (expected a string or a byte array)');
}

function decodeBase64(encoded: string, webSafe: boolean): number[] {
  const s = String(encoded).replace(/\s+/g, '');
  const valid = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!valid.test(s)) throw gasError('Could not decode string.');
  return toSigned(Buffer.from(s, webSafe ? 'base64url' : 'base64'));
}

class UtilitiesImpl {
  Charset = Charset;

  constructor(private readonly ctx: EmulatorContext) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  getUuid(): string {
    return randomUUID();
  }

  base64Encode(data: ByteInput, charset?: string): string {
    return toBuffer(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: ByteInput, charset?: string): string {
    // Java's URL-safe encoder keeps the '=' padding, and so does Apps Script.
    return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    return decodeBase64(encoded, false);
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return decodeBase64(encoded, true);
  }

  newBlob(data: ByteInput, contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    return newBlob(this.ctx, data, contentType, name);
  }

  /** Does not block: moves the emulated clock when it is pinned (tests); with the real clock it returns at once. */
  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (!Number.isFinite(ms) || ms < 0) throw gasError('Invalid argument: milliseconds');
    if (ms > 300000) throw gasError('Invalid argument: milliseconds (Utilities.sleep allows at most 300000)');
    if (this.ctx.state.now) this.ctx.advance(ms);
  }
}

export function createUtilities(ctx: EmulatorContext): GoogleAppsScript.Utilities.Utilities {
  return ctx.wrap<GoogleAppsScript.Utilities.Utilities>(new UtilitiesImpl(ctx), 'Utilities');
}
