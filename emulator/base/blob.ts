/**
 * Base.Blob: bytes + content type + name. Utilities.newBlob, File.getBlob, Document.getAs and MailApp
 * attachments all hand out these. Bytes are kept as a Uint8Array; getBytes() returns Java-style signed bytes
 * (-128..127) as Apps Script does, and setBytes/newBlob accept either signed or unsigned numbers.
 */
import type { EmulatorContext } from '../core/context';
import { NotEmulatedError } from '../core/errors';

const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  xml: 'text/xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type BlobData = string | ArrayLike<number> | Uint8Array;

function toBytes(data: BlobData): Uint8Array {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return new Uint8Array(data);
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = Number(data[i]) & 0xff;
  return out;
}

class BlobImpl {
  /** Raw bytes; read by other emulated services (Drive, Mail) through `blobBytes`. */
  _data: Uint8Array;

  constructor(
    private ctx: EmulatorContext,
    data: BlobData,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this._data = toBytes(data);
  }

  getBytes(): number[] {
    return Array.from(this._data, (b) => (b > 127 ? b - 256 : b));
  }

  setBytes(data: ArrayLike<number>): this {
    this._data = toBytes(data);
    return this;
  }

  getDataAsString(charset = 'UTF-8'): string {
    try {
      return new TextDecoder(charset).decode(this._data);
    } catch {
      throw new NotEmulatedError(`Blob.getDataAsString(${charset})`);
    }
  }

  setDataFromString(text: string, charset = 'UTF-8'): this {
    if (!/^utf-?8$/i.test(charset)) throw new NotEmulatedError(`Blob.setDataFromString(${charset})`);
    this._data = toBytes(String(text));
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }

  setContentTypeFromExtension(): this {
    const ext = /\.([^.]+)$/.exec(this.name ?? '')?.[1]?.toLowerCase();
    const type = ext ? EXTENSION_TYPES[ext] : undefined;
    if (!type) throw new NotEmulatedError(`Blob.setContentTypeFromExtension(${this.name ?? ''})`);
    this.contentType = type;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): this {
    this.name = name;
    return this;
  }

  isGoogleType(): boolean {
    return (this.contentType ?? '').startsWith('application/vnd.google-apps.');
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    return wrapBlob(this.ctx, new BlobImpl(this.ctx, this._data, this.contentType, this.name));
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return this.copyBlob();
  }

  /** Conversion between formats (PNG → PDF, HTML → PDF ...) is not emulated; the same type is a copy. */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType === this.contentType) return this.copyBlob();
    throw new NotEmulatedError(`Blob.getAs(${contentType}) from ${this.contentType ?? 'untyped'}`);
  }
}

function wrapBlob(ctx: EmulatorContext, impl: BlobImpl): GoogleAppsScript.Base.Blob {
  return ctx.wrap<GoogleAppsScript.Base.Blob>(impl, 'Blob');
}

/** A new wrapped Blob from a string (UTF-8) or bytes (signed or unsigned). */
export function newBlob(
  ctx: EmulatorContext,
  data: BlobData,
  contentType?: string | null,
  name?: string | null,
): GoogleAppsScript.Base.Blob {
  return wrapBlob(ctx, new BlobImpl(ctx, data, contentType ?? null, name ?? null));
}

/** The raw bytes of any Blob or BlobSource a script passes in (ours without a call being counted). */
export function blobBytes(blob: GoogleAppsScript.Base.Blob | GoogleAppsScript.Base.BlobSource): Uint8Array {
  const own = (blob as unknown as { _data?: unknown })._data;
  if (own instanceof Uint8Array) return own;
  const b = 'getBytes' in blob ? blob : blob.getBlob();
  return toBytes(b.getBytes());
}
