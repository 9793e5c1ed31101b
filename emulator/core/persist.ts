import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EmulatorState } from './state';

// Dates survive JSON as {"$date": iso}: the replacer sees the original value via `this[key]`. Compact, not
// indented: npm start writes the whole account after every call, and indentation nearly doubles it.
export function serializeState(state: EmulatorState): string {
  return JSON.stringify(state, function (this: Record<string, unknown>, key: string, value: unknown) {
    const original = this[key];
    return original instanceof Date ? { $date: original.toISOString() } : value;
  });
}

export function deserializeState(text: string): EmulatorState {
  const state = JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && '$date' in value && Object.keys(value).length === 1) {
      return new Date((value as { $date: string }).$date);
    }
    return value;
  }) as EmulatorState;
  if (state.version !== 1) throw new Error(`Unsupported workbook file version: ${String(state.version)}`);
  return state;
}

export function saveStateToFile(state: EmulatorState, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, serializeState(state));
}

export function loadStateFromFile(file: string): EmulatorState {
  return deserializeState(readFileSync(file, 'utf8'));
}
