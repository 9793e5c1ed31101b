/**
 * Pure logic behind the step actions: which inline box an action opens (input form, confirmation),
 * input validation, the batch loop for long jobs, progress text, and what to tell the curator afterwards.
 * No DOM here, so all of it is testable in plain Node.
 */
import type { ActionResult } from '../../src/api/types';
import {
  decodeChoices,
  decodeFields,
  encodeChoices,
  encodeFields,
  isoToRuDate,
} from '../../src/domain/text/action-input';
import { TEXT, linksVM, type ActionInputVM, type ActionVM, type FieldVM, type LinkVM } from './view';

/** The inline box open under an action button. */
export type InlineState =
  | { kind: 'none' }
  | { kind: 'input'; actionId: string; error: string }
  | { kind: 'confirm'; actionId: string; input?: string };

/** What to do after a user's move: show `next`, and if `run` is set, run the action with that input. */
export interface Transition {
  next: InlineState;
  run?: { actionId: string; input?: string };
}

const NONE: InlineState = { kind: 'none' };

/** The action button was pressed: ask for input, ask to confirm, or run straight away. */
export function startAction(action: ActionVM): Transition {
  if (action.input) return { next: { kind: 'input', actionId: action.id, error: '' } };
  if (action.confirm) return { next: { kind: 'confirm', actionId: action.id } };
  return { next: NONE, run: { actionId: action.id } };
}

export type Validation = { ok: true; value: string } | { ok: false; error: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Checked = Pick<FieldVM, 'label' | 'options'> & { kind: ActionInputVM['kind']; optional?: boolean };

/** One value of a given kind: required unless optional; dates, numbers and choices must be valid. */
function validateValue(input: Checked, raw: string): Validation {
  const value = input.kind === 'textarea' ? raw.replace(/^\s*\n|\s+$/g, '') : raw.trim();
  if (!value.trim()) return input.optional ? { ok: true, value: '' } : emptyError(input);
  const known = new Set(input.options.map((o) => o.value));
  switch (input.kind) {
    case 'email':
      return EMAIL.test(value) ? { ok: true, value } : { ok: false, error: TEXT.badEmail };
    case 'date': {
      const date = isoToRuDate(value);
      return /^\d{2}\.\d{2}\.\d{4}$/.test(date)
        ? { ok: true, value: date }
        : { ok: false, error: TEXT.badDate(input.label) };
    }
    case 'number':
      return /^\d+([.,]\d+)?$/.test(value)
        ? { ok: true, value }
        : { ok: false, error: TEXT.badNumber(input.label) };
    case 'select':
      return known.has(value) ? { ok: true, value } : { ok: false, error: TEXT.chooseOne(input.label) };
    case 'checklist': {
      const chosen = decodeChoices(value);
      return chosen.length && chosen.every((v) => known.has(v))
        ? { ok: true, value: encodeChoices(chosen) }
        : { ok: false, error: TEXT.chooseSome(input.label) };
    }
    default:
      return { ok: true, value };
  }
}

function emptyError(input: Checked): Validation {
  const error =
    input.kind === 'select'
      ? TEXT.chooseOne(input.label)
      : input.kind === 'checklist'
        ? TEXT.chooseSome(input.label)
        : TEXT.required(input.label);
  return { ok: false, error };
}

/**
 * Every input is required (a field may be optional); single-line values are trimmed; an e-mail must look like
 * one; a choice must be one of the options offered; named fields are checked one by one.
 */
export function validateInput(input: ActionInputVM, raw: string): Validation {
  if (input.kind !== 'fields') return validateValue(input, raw);
  const values = decodeFields(raw) ?? {};
  const clean: Record<string, string> = {};
  for (const field of input.fields) {
    const v = validateValue(field, values[field.name] ?? '');
    if (!v.ok) return v;
    clean[field.name] = v.value;
  }
  return { ok: true, value: encodeFields(clean) };
}

/** What the curator chose, as they read it (option labels, not ids), for the confirmation. */
export function displayInput(input: ActionInputVM | null, value: string): string {
  if (!input) return value;
  const labelOf = (options: readonly { value: string; label: string }[], v: string) =>
    options.find((o) => o.value === v)?.label ?? v;
  const one = (f: Checked, v: string): string =>
    f.kind === 'select'
      ? labelOf(f.options, v)
      : f.kind === 'checklist'
        ? decodeChoices(v)
            .map((c) => labelOf(f.options, c))
            .join(', ')
        : v;
  if (input.kind !== 'fields') return one(input, value);
  const values = decodeFields(value) ?? {};
  return input.fields
    .filter((f) => (values[f.name] ?? '') !== '')
    .map((f) => `${f.label}: ${one(f, values[f.name])}`)
    .join('; ');
}

/** The inline form was submitted: show the error, ask to confirm, or run with the value. */
export function submitInput(action: ActionVM, raw: string): Transition {
  if (!action.input) return startAction({ ...action, input: null });
  const v = validateInput(action.input, raw);
  if (!v.ok) return { next: { kind: 'input', actionId: action.id, error: v.error } };
  if (action.confirm) return { next: { kind: 'confirm', actionId: action.id, input: v.value } };
  return { next: NONE, run: { actionId: action.id, input: v.value } };
}

/** «Да, выполнить» in the confirmation box. */
export function confirmAction(state: InlineState): Transition {
  if (state.kind !== 'confirm') return { next: state };
  return {
    next: NONE,
    run:
      state.input === undefined
        ? { actionId: state.actionId }
        : { actionId: state.actionId, input: state.input },
  };
}

export interface ProgressVM {
  /** False before the server reported any progress: the bar is indeterminate. */
  known: boolean;
  done: number;
  total: number;
  percent: number;
  text: string;
}

/**
 * 'Готово 40 из 120', or with the unit the action counts 'Документ 7 из 14'; done is clamped to 0…total;
 * unknown progress reads 'Выполняется…'.
 */
export function progressVM(progress?: { done: number; total: number } | null, unit: string = ''): ProgressVM {
  const total = progress && Number.isFinite(progress.total) ? Math.max(0, Math.round(progress.total)) : 0;
  if (!progress || total <= 0)
    return { known: false, done: 0, total: 0, percent: 0, text: TEXT.progressUnknown };
  const done = Number.isFinite(progress.done) ? Math.min(total, Math.max(0, Math.round(progress.done))) : 0;
  return {
    known: true,
    done,
    total,
    percent: Math.round((done / total) * 100),
    text: unit ? TEXT.progressUnit(unit, done, total) : TEXT.progressDone(done, total),
  };
}

/** Calls the server's runAction: `(id, input) => call('runAction', id, input)`. */
export type ActionCall = (actionId: string, input?: string) => Promise<ActionResult>;

export interface BatchHooks {
  /** Asked after each call that left more to do: true stops the loop («Остановить»). */
  shouldStop?: () => boolean;
  /** Each successful call's result, in order; `calls` counts calls made so far. */
  onResult?: (result: ActionResult, calls: number) => void;
  /** Safety net against a server that never says it is done. */
  maxCalls?: number;
}

export type BatchOutcome =
  | { status: 'done' | 'stopped'; last: ActionResult; calls: number }
  | { status: 'failed'; error: Error; last: ActionResult | null; calls: number };

export const MAX_CALLS = 500;

function isResult(value: unknown): value is ActionResult {
  if (!value || typeof value !== 'object') return false;
  const r = value as Partial<ActionResult>;
  return !!r.overview && typeof r.overview === 'object' && Array.isArray(r.overview.stages);
}

function toError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * Runs an action and, while the result says `more`, runs it again with the same input. Stops when the
 * server is done, when `shouldStop` says so (after the current call), or on the first error.
 */
export async function runBatches(
  call: ActionCall,
  actionId: string,
  input: string | undefined,
  hooks: BatchHooks = {},
): Promise<BatchOutcome> {
  const max = hooks.maxCalls ?? MAX_CALLS;
  let last: ActionResult | null = null;
  let calls = 0;
  for (;;) {
    let result: unknown;
    calls++;
    try {
      result = await (input === undefined ? call(actionId) : call(actionId, input));
    } catch (e) {
      return { status: 'failed', error: toError(e), last, calls };
    }
    if (!isResult(result)) return { status: 'failed', error: new Error(TEXT.emptyAnswer), last, calls };
    last = result;
    hooks.onResult?.(result, calls);
    if (!result.more) return { status: 'done', last, calls };
    if (hooks.shouldStop?.()) return { status: 'stopped', last, calls };
    if (calls >= max) return { status: 'failed', error: new Error(TEXT.tooManyCalls(max)), last, calls };
  }
}

/** What the sidebar says once a run ends: a notice, or an error with what to do next. */
export interface OutcomeReport {
  notice: string | null;
  error: { title: string; message: string; hint: string } | null;
}

export function outcomeReport(label: string, outcome: BatchOutcome): OutcomeReport {
  const message = outcome.last?.message?.trim() || null;
  const p = outcome.last?.progress ? progressVM(outcome.last.progress) : null;
  if (outcome.status !== 'failed') {
    if (outcome.status === 'done') return { notice: message, error: null };
    const stop = p?.known ? TEXT.stoppedAt(label, p.done, p.total) : TEXT.stopped(label);
    return { notice: message ? `${message} ${stop}` : stop, error: null };
  }
  const hint = p?.known
    ? TEXT.failedPartial(label, p.done, p.total)
    : outcome.last
      ? TEXT.failedAfterSome(label)
      : TEXT.failedRetry(label);
  return {
    notice: message,
    error: { title: TEXT.actionFailed(label), message: outcome.error.message, hint },
  };
}

export interface ResultVM {
  details: string[];
  links: LinkVM[];
  copyText: string;
}

/** The extras of a result below the notice: details, links, text to copy. */
export function resultVM(result: ActionResult | null): ResultVM {
  if (!result) return { details: [], links: [], copyText: '' };
  return {
    details: (result.details ?? []).filter((d) => typeof d === 'string' && d.trim() !== ''),
    links: linksVM(result.links),
    copyText: typeof result.copyText === 'string' && result.copyText.trim() ? result.copyText : '',
  };
}

export function hasExtras(vm: ResultVM): boolean {
  return vm.details.length > 0 || vm.links.length > 0 || vm.copyText !== '';
}
