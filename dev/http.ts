/** The desk's HTTP plumbing: JSON and form bodies in, pages and JSON out, with the same safe headers. */
import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY = 10 * 1024 * 1024;

// Pages run only what the desk itself serves: no CDN, no web fonts, no calls out.
const CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; " +
  "base-uri 'self'; form-action 'self'";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Errors thrown by the script come from its own vm realm: not `instanceof Error` here, so read the fields. */
export function errorMessage(error: unknown): string {
  const e = error as { message?: unknown; name?: unknown } | null;
  if (e && typeof e === 'object' && typeof e.message === 'string')
    return e.message || String(e.name ?? 'Error');
  return String(error);
}

export function errorName(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name ? name : 'Error';
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (!text.trim()) return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Тело запроса — не JSON.');
  }
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        fail(new HttpError(413, 'Слишком большой запрос.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CSP,
  };
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, headers('text/html; charset=utf-8'));
  res.end(html);
}

export function sendJson(res: ServerResponse, status: number, data: unknown): void {
  res.writeHead(status, headers('application/json; charset=utf-8'));
  res.end(JSON.stringify(data));
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { ...headers('text/plain; charset=utf-8'), Location: location });
  res.end();
}
