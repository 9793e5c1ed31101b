/**
 * CacheService: script, user and document caches that live only in memory (a cache need not survive a
 * restart, in Apps Script either), expiring by the emulated clock. Documented limits: keys up to 250
 * characters, values up to 100 KB, expiration 1..21600 s (default 600 s), at most 1,000 entries per cache.
 */
import { gasError } from '../core/errors';
import { hasContainingDocument, type EmulatorContext } from '../core/context';

const CACHE_KEY_MAX_CHARS = 250;
const CACHE_VALUE_MAX_BYTES = 100 * 1024;
const CACHE_DEFAULT_EXPIRATION_S = 600;
const CACHE_MAX_EXPIRATION_S = 21600;
const CACHE_MAX_ENTRIES = 1000;

type Scope = 'script' | 'user' | 'document';
interface Entry {
  value: string;
  expiresAt: number;
}

const caches = new WeakMap<EmulatorContext, Record<Scope, Map<string, Entry>>>();

function cacheFor(ctx: EmulatorContext, scope: Scope): Map<string, Entry> {
  let all = caches.get(ctx);
  if (!all) {
    all = { script: new Map(), user: new Map(), document: new Map() };
    caches.set(ctx, all);
  }
  return all[scope];
}

function checkKey(key: unknown): string {
  if (key === null || key === undefined) throw gasError('Invalid argument: key');
  const k = String(key);
  if (k.length > CACHE_KEY_MAX_CHARS) {
    throw gasError(`Argument too large: key (${k.length} characters; a cache key may have at most 250)`);
  }
  return k;
}

function checkValue(value: unknown): string {
  if (value === null || value === undefined) throw gasError('Invalid argument: value');
  const v = String(value);
  const size = Buffer.byteLength(v, 'utf8');
  if (size > CACHE_VALUE_MAX_BYTES) {
    throw gasError(`Argument too large: value (${size} bytes; a cache value may hold at most 100 KB)`);
  }
  return v;
}

function checkExpiration(seconds: unknown): number {
  if (seconds === undefined) return CACHE_DEFAULT_EXPIRATION_S;
  const s = Number(seconds);
  if (!Number.isFinite(s) || s < 1) throw gasError('Invalid argument: expirationInSeconds');
  // The documented maximum: a longer expiration is accepted but the value still leaves after 6 hours.
  return Math.min(Math.floor(s), CACHE_MAX_EXPIRATION_S);
}

class CacheImpl {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly scope: Scope,
  ) {}

  private live(): Map<string, Entry> {
    const map = cacheFor(this.ctx, this.scope);
    const now = this.ctx.now().getTime();
    for (const [k, e] of map) if (e.expiresAt <= now) map.delete(k);
    return map;
  }

  private store(map: Map<string, Entry>, key: string, value: string, seconds: number): void {
    map.delete(key); // re-insert so eviction order is by last write
    map.set(key, { value, expiresAt: this.ctx.now().getTime() + seconds * 1000 });
    while (map.size > CACHE_MAX_ENTRIES) map.delete(map.keys().next().value as string);
  }

  get(key: string): string | null {
    return this.live().get(checkKey(key))?.value ?? null;
  }

  getAll(keys: string[]): Record<string, string> {
    if (!Array.isArray(keys)) throw gasError('Invalid argument: keys');
    const map = this.live();
    const out: Record<string, string> = {};
    for (const key of keys) {
      const e = map.get(checkKey(key));
      if (e) out[String(key)] = e.value;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = checkKey(key);
    const v = checkValue(value);
    const s = checkExpiration(expirationInSeconds);
    this.store(this.live(), k, v, s);
  }

  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    if (!values || typeof values !== 'object') throw gasError('Invalid argument: values');
    const s = checkExpiration(expirationInSeconds);
    const checked = Object.entries(values).map(([k, v]) => [checkKey(k), checkValue(v)] as const);
    const map = this.live();
    for (const [k, v] of checked) this.store(map, k, v, s);
  }

  remove(key: string): void {
    this.live().delete(checkKey(key));
  }

  removeAll(keys: string[]): void {
    if (!Array.isArray(keys)) throw gasError('Invalid argument: keys');
    const map = this.live();
    for (const key of keys) map.delete(checkKey(key));
  }
}

class CacheServiceImpl {
  constructor(private readonly ctx: EmulatorContext) {}

  private open(scope: Scope): GoogleAppsScript.Cache.Cache {
    return this.ctx.wrap<GoogleAppsScript.Cache.Cache>(new CacheImpl(this.ctx, scope), 'Cache');
  }

  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return this.open('script');
  }

  getUserCache(): GoogleAppsScript.Cache.Cache {
    return this.open('user');
  }

  /**
   * "If this method is called outside of the context of a containing document (such as from a standalone script
   * or web app), this method returns null" (https://developers.google.com/apps-script/reference/cache/cache-service).
   * An add-on is a standalone project: its time-driven triggers and its web app have no containing document.
   */
  getDocumentCache(): GoogleAppsScript.Cache.Cache | null {
    return hasContainingDocument(this.ctx) ? this.open('document') : null;
  }
}

export function createCacheService(ctx: EmulatorContext): GoogleAppsScript.Cache.CacheService {
  return ctx.wrap<GoogleAppsScript.Cache.CacheService>(new CacheServiceImpl(ctx), 'CacheService');
}
