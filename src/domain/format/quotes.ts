/**
 * Quotation marks in Russian official texts: «ёлочки» outside, „лапки“ inside («Школа „Успех“»). Text that
 * reaches a document from a sheet or a form may carry its own quotes — a school name typed as Школа "Успех",
 * a request written with «…» — so every place that quotes such text goes through `quoted`, never through a
 * hand-written «${…}».
 */

/** A pair of straight or typographic double quotes holding no quote of its kind: an innermost pair. */
const PAIRED = /"([^"]*)"|«([^«»]*)»|“([^“”]*)”/g;

/** The text's own quotation marks turned into the inner kind „…“ (pairs only; a stray mark stays). */
function innerQuotes(text: string): string {
  return text.replace(PAIRED, (_, a?: string, b?: string, c?: string) => `„${a ?? b ?? c ?? ''}“`);
}

/** «…» whose marks open and close each other at the ends: «А «Б» В» yes, «А» и «Б» no. */
function wholeGuillemets(text: string): boolean {
  if (!text.startsWith('«') || !text.endsWith('»')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') depth++;
    else if (text[i] === '»') depth--;
    if (depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

/** The text without the quotes that wrap all of it, if they do: "Успех" → Успех; «А» и «Б» stays. */
function unwrapped(text: string): string {
  if (wholeGuillemets(text)) return text.slice(1, -1);
  const m = /^(?:"([^"]*)"|“([^“”]*)”|„([^„“]*)“)$/.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : text;
}

/** «text», with the quotes inside it made „…“: `quoted('Школа "Успех"')` → «Школа „Успех“». */
export function quoted(text: string): string {
  return `«${innerQuotes(unwrapped(text.trim()))}»`;
}
