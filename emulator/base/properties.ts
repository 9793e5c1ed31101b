/**
 * PropertiesService: script, user and document stores kept in ctx.state.properties, with the documented
 * quotas: 9 KB per value and 500 KB per store.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';

const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

type StoreName = 'script' | 'user' | 'document';

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function storeSize(store: Record<string, string>): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += bytes(k) + bytes(v);
  return n;
}

function checkKey(key: unknown): string {
  if (key === null || key === undefined || String(key) === '') throw gasError('Invalid argument: key');
  return String(key);
}

function checkValue(key: string, value: unknown): string {
  if (value === null || value === undefined) throw gasError('Invalid argument: value');
  const text = String(value);
  const size = bytes(text);
  if (size > PROPERTY_VALUE_LIMIT_BYTES) {
    throw gasError(
      `Argument too large: value (property "${key}" is ${size} bytes; a property value may hold at most 9 KB)`,
    );
  }
  return text;
}

function checkStore(store: Record<string, string>): void {
  const size = storeSize(store);
  if (size > PROPERTY_STORE_LIMIT_BYTES) {
    throw gasError(
      `You have exceeded the property storage quota. Please remove some properties and try again. (${size} bytes; a property store may hold at most 500 KB)`,
    );
  }
}

class PropertiesImpl {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly name: StoreName,
  ) {}

  private get store(): Record<string, string> {
    return this.ctx.state.properties[this.name];
  }

  private set store(value: Record<string, string>) {
    this.ctx.state.properties[this.name] = value;
  }

  getProperty(key: string): string | null {
    const k = checkKey(key);
    return Object.prototype.hasOwnProperty.call(this.store, k) ? this.store[k] : null;
  }

  getProperties(): Record<string, string> {
    return { ...this.store };
  }

  getKeys(): string[] {
    return Object.keys(this.store);
  }

  setProperty(key: string, value: string): this {
    const k = checkKey(key);
    const next = { ...this.store, [k]: checkValue(k, value) };
    checkStore(next);
    this.store = next;
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (!properties || typeof properties !== 'object') throw gasError('Invalid argument: properties');
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this.store };
    for (const [key, value] of Object.entries(properties)) {
      const k = checkKey(key);
      next[k] = checkValue(k, value);
    }
    checkStore(next);
    this.store = next;
    return this;
  }

  deleteProperty(key: string): this {
    const k = checkKey(key);
    const next = { ...this.store };
    delete next[k];
    this.store = next;
    return this;
  }

  deleteAllProperties(): this {
    this.store = {};
    return this;
  }
}

class PropertiesServiceImpl {
  constructor(private readonly ctx: EmulatorContext) {}

  private open(name: StoreName): GoogleAppsScript.Properties.Properties {
    return this.ctx.wrap<GoogleAppsScript.Properties.Properties>(
      new PropertiesImpl(this.ctx, name),
      'Properties',
    );
  }

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this.open('script');
  }

  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return this.open('user');
  }

  /** The add-on always runs inside its spreadsheet, so there is always a document store. */
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return this.open('document');
  }
}

export function createPropertiesService(ctx: EmulatorContext): GoogleAppsScript.Properties.PropertiesService {
  return ctx.wrap<GoogleAppsScript.Properties.PropertiesService>(
    new PropertiesServiceImpl(ctx),
    'PropertiesService',
  );
}
