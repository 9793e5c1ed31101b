/** What the desk shows for the add-on's Docs and Drive links: the rendered document or the file's bytes. */
import type { ServerResponse } from 'node:http';
import type { EmulatorState } from '../emulator/core/state';
import { messagePage } from './desk-page';
import { redirect, sendHtml } from './http';

export function documentPage(rendered: string, name: string): string {
  if (/^\s*(<!doctype|<html)/i.test(rendered)) return rendered;
  const title = name.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head><body>${rendered}</body></html>`;
}

/** A file of the emulated Drive with its bytes (the PDFs of the documents). */
export function driveFile(state: EmulatorState, id: string, res: ServerResponse): void {
  if (state.documents[id]) return redirect(res, `/doc/${encodeURIComponent(id)}`);
  const file = state.drive.files[id];
  if (!file || file.trashed || file.contentBase64 === undefined)
    return sendHtml(res, 404, messagePage('Файл не найден', `На Диске эмулятора нет файла ${id}.`));
  const type = /^[\w.+-]+\/[\w.+-]+$/.test(file.mimeType) ? file.mimeType : 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
  res.end(Buffer.from(file.contentBase64, 'base64'));
}

/**
 * The local page of a Google Docs or Drive link the add-on hands out: …/document/d/<id>/… → /doc/<id>,
 * drive.google.com/file/d/<id>/… (or ?id=<id>) → /file/<id>.
 */
export function resolveDriveUrl(state: EmulatorState, target: string): string | null {
  let u: URL;
  try {
    u = new URL(target);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:') return null;
  let id: string | null = null;
  if (u.hostname === 'docs.google.com')
    id = /^\/document\/(?:u\/\d+\/)?d\/([^/]+)/.exec(u.pathname)?.[1] ?? null;
  else if (u.hostname === 'drive.google.com')
    id = /^\/file\/(?:u\/\d+\/)?d\/([^/]+)/.exec(u.pathname)?.[1] ?? u.searchParams.get('id');
  if (!id) return null;
  id = decodeURIComponent(id);
  if (state.documents[id] && !state.drive.files[id]?.trashed) return `/doc/${encodeURIComponent(id)}`;
  const file = state.drive.files[id];
  return file && !file.trashed ? `/file/${encodeURIComponent(id)}` : null;
}
