import { SETTING_DEFS, settingsFromText, settingsToText, type Settings } from '../../domain/settings';
import { openDatabase } from '../db/database';
import type { Ports } from '../ports';
import { readCurators } from '../access/curators';

/**
 * Reads the programme settings from Настройки (one read). Missing sheet or rows give the defaults. The curators
 * come from setup's own record: the sheet's «Кураторы» row is only a copy for people to read.
 */
export function readSettings(ports: Ports): Settings {
  const table = openDatabase(ports).settings.loadIfExists();
  // Rows a curator added beside the settings are read too and ignored by settingsFromText.
  const text: Record<string, string> = {};
  for (const row of table?.rows ?? []) text[row.id] = row.value ?? '';
  return { ...settingsFromText(text, ports.runtime.now()), curators: readCurators(ports) };
}

/** Writes the settings into Настройки: one read, one write; unknown rows added by a curator are kept. */
export function writeSettings(ports: Ports, settings: Settings): void {
  const table = openDatabase(ports).settings.load();
  const text = settingsToText(settings);
  for (const def of SETTING_DEFS) {
    const existing = table.find(def.key);
    // An optional setting the form did not carry (the setup dialog does not show it) keeps the sheet's value.
    if (existing && !def.required && settings[def.key] === undefined) continue;
    if (existing) table.update(def.key, { label: def.label, value: text[def.key] });
    else table.insert({ id: def.key, label: def.label, value: text[def.key] });
  }
  table.save();
}
