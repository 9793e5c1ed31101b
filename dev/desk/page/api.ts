/** Calls to the desk's server (dev/server.ts): JSON in and out; an error carries the UI the script produced. */
import type { UiEvents } from '../../execution';

/** A failed call: the server's Russian message, and what the script's UI did before it failed. */
class ApiError extends Error {
  constructor(
    message: string,
    readonly ui: UiEvents | undefined,
  ) {
    super(message);
  }
}

export async function api<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: {} };
  if (body !== undefined) {
    init.headers = { 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  const text = await response.text();
  let data: { message?: string; ui?: UiEvents };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    data = { message: text || `HTTP ${response.status}` };
  }
  if (!response.ok) throw new ApiError(data.message || `HTTP ${response.status}`, data.ui);
  return data as T;
}

/** The message of anything thrown, for a notice. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The UI events a failed call brought back, if any. */
export function uiOf(error: unknown): UiEvents | undefined {
  return error instanceof ApiError ? error.ui : undefined;
}
