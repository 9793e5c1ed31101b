/**
 * The emulated Google Forms as the desk shows them: the list for the top bar, the published and short links
 * the add-on hands out (which cannot be opened offline) resolved to the desk's /form/:id, and what the
 * add-on wrote to its Журнал during a submission.
 */
import type { Emulator } from '../emulator';
import type { FormState } from '../emulator/core/state';
import { JOURNAL } from '../src/domain/schema/sheets';
import { activeSpreadsheet } from './sheets';

export interface FormEntry {
  id: string;
  title: string;
  responses: number;
  accepting: boolean;
  /** Where the desk shows it. */
  url: string;
}

/** The forms of the emulated Drive that are not in the trash, in the order they were created. */
export function liveForms(emulator: Emulator): FormState[] {
  return Object.values(emulator.state.forms).filter((f) => !emulator.state.drive.files[f.id]?.trashed);
}

export function liveForm(emulator: Emulator, id: string): FormState | null {
  const form = emulator.state.forms[id];
  return form && !emulator.state.drive.files[id]?.trashed ? form : null;
}

export function listForms(emulator: Emulator): FormEntry[] {
  return liveForms(emulator).map((f) => ({
    id: f.id,
    title: f.title,
    responses: f.responses.length,
    accepting: f.acceptingResponses,
    url: `/form/${encodeURIComponent(f.id)}`,
  }));
}

/** The short link FormApp gives a form (Form.shortenFormUrl of its published URL). */
function shortUrlOf(emulator: Emulator, form: FormState): string | null {
  try {
    const f = emulator.globals.FormApp.openById(form.id);
    return f.shortenFormUrl(f.getPublishedUrl());
  } catch {
    return null;
  }
}

/**
 * The form behind a Google Forms link: …/forms/d/e/<id>/viewform (published), …/forms/d/<id>/edit (editor,
 * shown as the teachers see it) or https://forms.gle/<code> (matched against each form's short link).
 */
export function resolveFormUrl(emulator: Emulator, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:') return null;
  if (u.hostname === 'docs.google.com') {
    const m = /^\/forms\/(?:u\/\d+\/)?d\/(?:e\/)?([^/]+)/.exec(u.pathname);
    return m && liveForm(emulator, decodeURIComponent(m[1])) ? decodeURIComponent(m[1]) : null;
  }
  if (u.hostname === 'forms.gle') {
    const wanted = `https://forms.gle${u.pathname.replace(/\/+$/, '')}`;
    const form = liveForms(emulator).find((f) => shortUrlOf(emulator, f) === wanted);
    return form ? form.id : null;
  }
  return null;
}

/** How many rows the Журнал has now. */
export function journalMark(emulator: Emulator): number {
  return activeSpreadsheet(emulator.state)?.sheets.find((s) => s.name === JOURNAL.name)?.values.length ?? 0;
}

/** The Журнал rows added since the mark, as «action — details» (columns by the header row). */
export function journalSince(emulator: Emulator, mark: number): string[] {
  const values = activeSpreadsheet(emulator.state)?.sheets.find((s) => s.name === JOURNAL.name)?.values ?? [];
  const header = (values[0] ?? []).map((h) => String(h ?? ''));
  const headerOf = (key: string) => JOURNAL.columns.find((c) => c.key === key)?.header ?? key;
  const action = header.indexOf(headerOf('action'));
  const details = header.indexOf(headerOf('details'));
  return values.slice(Math.max(mark, 1)).map((row) => {
    if (action < 0) return row.map((v) => String(v ?? '')).join(' · ');
    const d = details >= 0 ? String(row[details] ?? '') : '';
    return d ? `${String(row[action] ?? '')} — ${d}` : String(row[action] ?? '');
  });
}
