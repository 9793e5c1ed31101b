/**
 * One call from the desk into the script, as one Apps Script execution: what the UI gained during it (sidebar,
 * dialogs, alerts, toasts) and google.script.run's rules for what may travel back to the browser.
 */
import type { EmulatorState, UiState } from '../emulator/core/state';

export interface UiEvents {
  menus: UiState['menus'];
  /** Set when the call opened (or re-opened) the sidebar. */
  sidebar: { title: string } | null;
  dialogs: { index: number; title: string; width: number; height: number; modal: boolean }[];
  alerts: UiState['alerts'];
  toasts: UiState['toasts'];
}

interface UiMark {
  sidebar: UiState['sidebar'];
  sidebarHtml: string | null;
  dialogs: number;
  alerts: number;
  toasts: number;
}

export function markUi(state: EmulatorState): UiMark {
  const ui = state.ui;
  return {
    sidebar: ui.sidebar,
    sidebarHtml: ui.sidebar?.html ?? null,
    dialogs: ui.dialogs.length,
    alerts: ui.alerts.length,
    toasts: ui.toasts.length,
  };
}

export function uiSince(state: EmulatorState, mark: UiMark): UiEvents {
  const ui = state.ui;
  const sidebarOpened =
    ui.sidebar !== null && (ui.sidebar !== mark.sidebar || ui.sidebar.html !== mark.sidebarHtml);
  return {
    menus: ui.menus,
    sidebar: sidebarOpened && ui.sidebar ? { title: ui.sidebar.title } : null,
    dialogs: ui.dialogs.slice(mark.dialogs).map((d, i) => ({
      index: mark.dialogs + i,
      title: d.title,
      width: d.width,
      height: d.height,
      modal: d.modal,
    })),
    alerts: ui.alerts.slice(mark.alerts),
    toasts: ui.toasts.slice(mark.toasts),
  };
}

/**
 * google.script.run passes only primitives, arrays and plain objects. Real Apps Script turns a returned Date
 * into null without a word (a classic bug); the desk fails the call instead, naming the path of the value.
 * Returns null when the value may travel, else a message.
 */
export function illegalValue(value: unknown, path = 'result', seen = new Set<object>()): string | null {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return null;
  if (type === 'function') return describe(path, 'функция (function)');
  if (type !== 'object') return describe(path, type);
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') {
    return (
      `${describe(path, 'Date')} Apps Script передаёт Date в браузер как null: верните строку, например ` +
      `date.toISOString(). (google.script.run cannot return a Date.)`
    );
  }
  const obj = value as object;
  if (seen.has(obj)) return describe(path, 'циклическая ссылка (circular reference)');
  seen.add(obj);
  try {
    if (Array.isArray(obj)) {
      for (let i = 0; i < obj.length; i++) {
        const problem = illegalValue(obj[i], `${path}[${i}]`, seen);
        if (problem) return problem;
      }
      return null;
    }
    // Plain objects of any realm: the script runs in its own vm context with its own Object.prototype.
    const proto = Object.getPrototypeOf(obj) as object | null;
    if (tag !== '[object Object]' || (proto !== null && Object.getPrototypeOf(proto) !== null)) {
      const name =
        (proto as { constructor?: { name?: string } } | null)?.constructor?.name || tag.slice(8, -1);
      return describe(path, `объект ${name} (not a plain object)`);
    }
    for (const [key, item] of Object.entries(obj)) {
      const problem = illegalValue(
        item,
        /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`,
        seen,
      );
      if (problem) return problem;
    }
    return null;
  } finally {
    seen.delete(obj);
  }
}

function describe(path: string, what: string): string {
  return `Недопустимое значение для google.script.run: ${what} в ${path}.`;
}
