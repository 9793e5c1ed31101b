/**
 * How a sidebar action's structured input travels as the one string google.script.run passes: several
 * choices joined by new lines, several named fields as a JSON object of strings. The sidebar encodes, the
 * server decodes; neither trusts the other's string blindly.
 */

export function encodeChoices(values: readonly string[]): string {
  return values.join('\n');
}

export function decodeChoices(input: string): string[] {
  return input
    .split('\n')
    .map((v) => v.trim())
    .filter(Boolean);
}

export function encodeFields(values: Readonly<Record<string, string>>): string {
  return JSON.stringify(values);
}

/** The named fields of an input, or null when the string is not a JSON object of strings. */
export function decodeFields(input: string): Record<string, string> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof value !== 'string') return null;
    out[name] = value;
  }
  return out;
}

/** '2022-10-25' (a date input's value) → '25.10.2022'; anything else is returned trimmed. */
export function isoToRuDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value.trim();
}
