import { openDatabase } from '../db/database';
import type { Ports } from '../ports';

/**
 * Technical records the add-on keeps in Настройки beside the programme settings: form ids and links,
 * template document ids, counters. One row per key ('form.mentee.id'), with a Russian label, so a curator sees
 * what each is. Keys are grouped by prefix.
 */
export interface RegistryEntry {
  key: string;
  label: string;
  value: string;
}

/** All entries whose key starts with the prefix, as key → value (one read). */
export function readRegistry(ports: Ports, prefix: string): Record<string, string> {
  const table = openDatabase(ports).settings.loadIfExists();
  const out: Record<string, string> = {};
  for (const row of table?.rows ?? []) {
    if (row.id.startsWith(prefix)) out[row.id] = row.value ?? '';
  }
  return out;
}

/** Inserts or updates entries in one read and one write. */
export function writeRegistry(ports: Ports, entries: readonly RegistryEntry[]): void {
  const table = openDatabase(ports).settings.load();
  for (const e of entries) {
    if (table.find(e.key)) table.update(e.key, { label: e.label, value: e.value });
    else table.insert({ id: e.key, label: e.label, value: e.value });
  }
  table.save();
}
