/**
 * Copying text from a read-only textarea. The async Clipboard API is tried first; inside the Apps Script
 * sandbox iframe it is often refused, so the old way (select the text, execCommand('copy')) is the fallback.
 */

export interface ClipboardEnv {
  /** navigator.clipboard.writeText when the browser has it. */
  writeText?: (text: string) => Promise<void>;
  /** Selects the text on the page and copies the selection; true when the browser says it copied. */
  selectAndCopy: () => boolean;
}

/** True when the text reached the clipboard by either way. */
export async function copyText(text: string, env: ClipboardEnv): Promise<boolean> {
  if (env.writeText) {
    try {
      await env.writeText(text);
      return true;
    } catch {
      // Refused (permissions policy of the sandbox iframe): fall back to the selection.
    }
  }
  try {
    return env.selectAndCopy();
  } catch {
    return false;
  }
}

/** The real browser environment for a textarea holding the text. */
export function browserClipboard(textarea: HTMLTextAreaElement): ClipboardEnv {
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  return {
    writeText:
      clipboard && typeof clipboard.writeText === 'function' ? (t) => clipboard.writeText(t) : undefined,
    selectAndCopy: () => {
      textarea.focus();
      textarea.select();
      const doc = document as Document & { execCommand(command: string): boolean };
      return doc.execCommand('copy');
    },
  };
}
