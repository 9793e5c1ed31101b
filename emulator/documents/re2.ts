/**
 * DocumentApp's search patterns (Body/Text/Paragraph… replaceText and findText) are strings in RE2 syntax
 * (https://github.com/google/re2/wiki/Syntax): the reference says the methods use "Google's RE2 regular
 * expression library, which limits the supported syntax". The emulator runs them as JavaScript regexes, which
 * accept more (look-around, backreferences, possessive quantifiers, identity escapes like `\e`) and read some
 * RE2 syntax differently (`\A`, `\z`, `\a`, `(?P<name>…)`, `\x{…}`). So a pattern is checked and translated
 * here first: what RE2 refuses is refused with RE2's own error text («invalid or unsupported Perl syntax:
 * `(?<`», «invalid escape sequence: `\1`», «bad repetition operator: `*+`»), what RE2 accepts and JavaScript
 * cannot express exactly throws NotEmulatedError. The message Apps Script wraps RE2's error in was not found in
 * the reference; the conformance kit (conformance/assertions.ts) checks on a real account that such a
 * pattern is refused.
 */
import { gasError, NotEmulatedError } from '../core/errors';

function refuse(what: string, arg: string): never {
  throw gasError(`Invalid regular expression: ${what}: \`${arg}\``);
}

/** Escapes RE2 gives the same meaning as JavaScript does (without the `u` flag). */
const SAME_ESCAPES = new Set(['f', 't', 'n', 'r', 'v', 'd', 'D', 's', 'S', 'w', 'W', 'b', 'B']);
/** RE2 escapes JavaScript cannot express without changing other meanings. */
const UNEMULATED_ESCAPES: Record<string, string> = {
  p: 'Unicode classes (\\p)',
  P: 'Unicode classes (\\P)',
  Q: 'literal text (\\Q…\\E)',
  E: 'literal text (\\Q…\\E)',
  C: 'any byte (\\C)',
};
/** RE2's largest repetition count. */
const MAX_REPEAT = 1000;

interface Scan {
  source: string;
  /** Whether the last thing emitted was a repetition operator (then `lastOp`), and made lazy by `?`. */
  afterRepeat: boolean;
  lazy: boolean;
  lastOp: string;
}

/** A backslash escape at `i` (the backslash), outside or inside a class; returns its JS text and length. */
function escape(pattern: string, i: number, inClass: boolean): { js: string; length: number } {
  const c = pattern[i + 1];
  if (c === undefined) refuse('trailing \\', '\\');
  if (/[1-9]/.test(c)) {
    if (/[0-7]/.test(pattern[i + 2] ?? '')) throw new NotEmulatedError('RE2 octal escapes (\\12)');
    refuse('invalid escape sequence', `\\${c}`);
  }
  if (c === '0') {
    if (/[0-7]/.test(pattern[i + 2] ?? '')) throw new NotEmulatedError('RE2 octal escapes (\\012)');
    return { js: '\\0', length: 2 };
  }
  if (c === 'x') {
    if (pattern[i + 2] === '{') {
      const close = pattern.indexOf('}', i + 3);
      const hex = close < 0 ? '' : pattern.slice(i + 3, close);
      if (!/^[0-9A-Fa-f]{1,6}$/.test(hex))
        refuse('invalid escape sequence', pattern.slice(i, close + 1 || undefined));
      const code = parseInt(hex, 16);
      if (code > 0xffff) throw new NotEmulatedError('RE2 \\x{…} above U+FFFF');
      return { js: `\\u${code.toString(16).padStart(4, '0')}`, length: close - i + 1 };
    }
    if (!/^[0-9A-Fa-f]{2}$/.test(pattern.slice(i + 2, i + 4))) refuse('invalid escape sequence', `\\x`);
    return { js: pattern.slice(i, i + 4), length: 4 };
  }
  if (c === 'a') return { js: '\\x07', length: 2 };
  if (!inClass && c === 'A') return { js: '(?<![\\s\\S])', length: 2 };
  if (!inClass && c === 'z') return { js: '(?![\\s\\S])', length: 2 };
  if (c in UNEMULATED_ESCAPES) throw new NotEmulatedError(`RE2 ${UNEMULATED_ESCAPES[c]}`);
  if (SAME_ESCAPES.has(c)) return { js: `\\${c}`, length: 2 };
  // Any other letter or digit is not an RE2 escape (\e, \h, \G, \Z, \k, \u …); punctuation stands for itself.
  if (/[A-Za-z0-9_]/.test(c)) refuse('invalid escape sequence', `\\${c}`);
  return { js: `\\${c}`, length: 2 };
}

/** `(?…` at `i`: a group RE2 knows, translated; everything else refused or not emulated. */
function group(pattern: string, i: number): { js: string; length: number } {
  const rest = pattern.slice(i);
  if (rest.startsWith('(?:')) return { js: '(?:', length: 3 };
  const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
  if (named) return { js: `(?<${named[1]}>`, length: named[0].length };
  if (/^\(\?[imsU-]+[:)]/.test(rest))
    throw new NotEmulatedError('RE2 inline flags other than a leading (?i), (?m) or (?s)');
  const op = /^\(\?(<[=!]?|P=|P>|[=!>#|&(R+\-0-9]?)/.exec(rest)?.[0] ?? '(?';
  if (op.startsWith('(?P')) refuse('invalid named capture group', op);
  return refuse('invalid or unsupported Perl syntax', op);
}

/** `{n}`, `{n,}`, `{n,m}` at `i`, or null when the brace is a literal (as in RE2 and in JavaScript). */
function repeatCount(pattern: string, i: number): string | null {
  const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
  if (!m) return null;
  const counts = [m[1], m[3]].filter((n) => n !== undefined && n !== '').map(Number);
  if (counts.some((n) => n > MAX_REPEAT) || (counts.length === 2 && counts[1] < counts[0]))
    refuse('bad repetition operator', m[0]);
  return m[0];
}

/** A leading inline flag group, `(?i)`, `(?ims)`: it becomes JavaScript flags. */
function leadingFlags(pattern: string): { rest: string; flags: string } {
  const m = /^\(\?([ims]+)\)/.exec(pattern);
  return m ? { rest: pattern.slice(m[0].length), flags: m[1] } : { rest: pattern, flags: '' };
}

/** An RE2 pattern as a JavaScript regex (source and flags), or the error RE2 gives. */
export function re2ToJs(pattern: string): { source: string; flags: string } {
  const { rest, flags } = leadingFlags(String(pattern));
  const scan: Scan = { source: '', afterRepeat: false, lazy: false, lastOp: '' };
  let inClass = false;
  let i = 0;
  while (i < rest.length) {
    const c = rest[i];
    if (c === '\\') {
      const e = escape(rest, i, inClass);
      scan.source += e.js;
      scan.afterRepeat = false;
      i += e.length;
      continue;
    }
    if (inClass) {
      if (rest.startsWith('[:', i) && /^\[:\^?[a-z]+:\]/.test(rest.slice(i)))
        throw new NotEmulatedError('RE2 POSIX classes ([[:alpha:]])');
      if (c === ']') inClass = false;
      scan.source += c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      scan.afterRepeat = false;
      // A ']' right after '[' or '[^' is a literal in RE2, an empty class in JavaScript.
      const open = rest[i + 1] === '^' ? '[^' : '[';
      scan.source += open;
      i += open.length;
      if (rest[i] === ']') {
        scan.source += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && rest[i + 1] === '?') {
      const g = group(rest, i);
      scan.source += g.js;
      scan.afterRepeat = false;
      i += g.length;
      continue;
    }
    const count = c === '{' ? repeatCount(rest, i) : null;
    if (c === '*' || c === '+' || c === '?' || count) {
      const op = count ?? c;
      // A lazy mark right after a repetition is RE2 syntax (*?, +?, ??, {n}?); any other repetition of a
      // repetition is not (a**, a*+ possessive, a*?+).
      if (scan.afterRepeat && c === '?' && !scan.lazy) {
        scan.source += '?';
        scan.lazy = true;
        i++;
        continue;
      }
      if (scan.afterRepeat) refuse('bad repetition operator', `${scan.lastOp}${op}`);
      scan.source += op;
      scan.afterRepeat = true;
      scan.lazy = false;
      scan.lastOp = op;
      i += op.length;
      continue;
    }
    scan.source += c;
    scan.afterRepeat = false;
    i++;
  }
  if (inClass) refuse('missing closing ]', rest);
  return { source: scan.source, flags };
}
