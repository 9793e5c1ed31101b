/**
 * The placeholder language of the document templates (a small subset of Mustache, easy for a curator to edit):
 *
 *   {{school.short}}            a field
 *   {{#pairs}} … {{/pairs}}     a list: the table row (or paragraph) that holds the opening marker is repeated
 *                               once per item; inside it, the item's fields are written bare: {{mentor}}
 *   {{#groups}} … {{/groups}}   a flag: the part is kept when the flag is true (a whole paragraph, or text
 *   {{^groups}} … {{/groups}}   within one paragraph); with ^ when it is false
 *
 * Spaces inside the braces are allowed ({{ school.short }}). Everything here is pure: the Docs adapter applies
 * the plan with replaceText/findText patterns built by the functions below.
 */

export interface FieldSpec {
  name: string;
  /** Russian description, used in messages about a missing value. */
  label: string;
  /** When true, an empty value is allowed and simply prints nothing. */
  optional?: boolean;
}

export interface ListSpec {
  name: string;
  label: string;
  fields: readonly FieldSpec[];
}

export interface FlagSpec {
  name: string;
  label: string;
}

/** What a template may use: its declaration's fields, lists and flags. */
export interface FieldCatalog {
  fields: readonly FieldSpec[];
  lists: readonly ListSpec[];
  flags: readonly FlagSpec[];
}

/** The values for one document. */
export interface TemplateData {
  fields: Record<string, string | null | undefined>;
  lists: Record<string, Record<string, string>[]>;
  flags: Record<string, boolean>;
}

/** What the Docs adapter does to a copy of the template: only what the template actually uses. */
export interface FillPlan {
  fields: Record<string, string>;
  lists: { name: string; itemFields: string[]; items: Record<string, string>[] }[];
  flags: { name: string; value: boolean }[];
}

export type Token =
  | { kind: 'field'; name: string; at: number }
  | { kind: 'open'; name: string; at: number }
  | { kind: 'inverted'; name: string; at: number }
  | { kind: 'close'; name: string; at: number }
  | { kind: 'malformed'; raw: string; at: number };

const TAG = /\{\{([^{}]*)\}\}/g;
const NAME = /^[A-Za-zА-Яа-яЁё][\wА-Яа-яЁё.]*$/;

/** Every tag of the text in order; a `{{` without a proper closing, or a bad name, is 'malformed'. */
export function scanPlaceholders(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    const at = m.index ?? 0;
    pushStray(text.slice(last, at), last, tokens);
    last = at + m[0].length;
    const inner = m[1].trim();
    const sigil = inner[0];
    const name = /^[#^/]/.test(inner) ? inner.slice(1).trim() : inner;
    if (!NAME.test(name)) {
      tokens.push({ kind: 'malformed', raw: m[0], at });
      continue;
    }
    const kind = sigil === '#' ? 'open' : sigil === '^' ? 'inverted' : sigil === '/' ? 'close' : 'field';
    tokens.push({ kind, name, at });
  }
  pushStray(text.slice(last), last, tokens);
  return tokens;
}

function pushStray(chunk: string, offset: number, tokens: Token[]): void {
  const i = chunk.search(/\{\{|\}\}/);
  if (i >= 0) tokens.push({ kind: 'malformed', raw: chunk.slice(i, i + 20).split('\n')[0], at: offset + i });
}

/**
 * Russian problems of a template's text against its catalog, one line each; empty when it can be used.
 * Names every unknown placeholder so that a curator who edited the template can fix it.
 */
export function validateTemplate(text: string, catalog: FieldCatalog): string[] {
  const problems: string[] = [];
  const fields = new Set(catalog.fields.map((f) => f.name));
  const lists = new Map(catalog.lists.map((l) => [l.name, new Set(l.fields.map((f) => f.name))]));
  const flags = new Set(catalog.flags.map((f) => f.name));
  const stack: string[] = [];
  const unknown = new Set<string>();
  for (const t of scanPlaceholders(text)) {
    if (t.kind === 'malformed') {
      problems.push(`Неправильная метка «${t.raw}»: метка пишется так: {{имя}}.`);
      continue;
    }
    if (t.kind === 'field') {
      const inList = stack.find((s) => lists.get(s)?.has(t.name));
      if (!inList && !fields.has(t.name)) {
        const owner = [...lists].find(([, f]) => f.has(t.name))?.[0];
        if (owner)
          problems.push(`Метка {{${t.name}}} допустима только внутри {{#${owner}}} … {{/${owner}}}.`);
        else unknown.add(`{{${t.name}}}`);
      }
      continue;
    }
    if (t.kind === 'open' || t.kind === 'inverted') {
      const isList = lists.has(t.name);
      if (!isList && !flags.has(t.name)) unknown.add(`{{${t.kind === 'open' ? '#' : '^'}${t.name}}}`);
      else if (isList && t.kind === 'inverted')
        problems.push(`Список {{#${t.name}}} нельзя использовать с «^».`);
      else if (isList && stack.some((s) => lists.has(s)))
        problems.push(`Список {{#${t.name}}} нельзя вкладывать в другой список.`);
      stack.push(t.name);
      continue;
    }
    if (stack[stack.length - 1] === t.name) stack.pop();
    else problems.push(`Метка {{/${t.name}}} закрывает раздел, который не был открыт.`);
  }
  for (const open of stack) problems.push(`Раздел {{#${open}}} не закрыт меткой {{/${open}}}.`);
  if (unknown.size) {
    const names = [...unknown].join(', ');
    problems.unshift(
      unknown.size === 1
        ? `В шаблоне неизвестная метка ${names}. Исправьте её или удалите.`
        : `В шаблоне неизвестные метки: ${names}. Исправьте их или удалите.`,
    );
  }
  return problems;
}

/** Names of the top-level fields the text uses (outside list sections), and of its sections. */
function usedNames(text: string, catalog: FieldCatalog): { fields: string[]; sections: string[] } {
  const lists = new Set(catalog.lists.map((l) => l.name));
  const fields = new Set<string>();
  const sections = new Set<string>();
  const stack: string[] = [];
  for (const t of scanPlaceholders(text)) {
    if (t.kind === 'field' && !stack.some((s) => lists.has(s))) fields.add(t.name);
    else if (t.kind === 'open' || t.kind === 'inverted') {
      sections.add(t.name);
      stack.push(t.name);
    } else if (t.kind === 'close' && stack[stack.length - 1] === t.name) stack.pop();
  }
  return { fields: [...fields], sections: [...sections] };
}

/**
 * The fill plan for a template text and the document's data. Throws a Russian message listing every value
 * that is missing (a required field without a value), so that nothing is generated with a hole in it.
 */
export function buildFillPlan(text: string, catalog: FieldCatalog, data: TemplateData): FillPlan {
  const problems = validateTemplate(text, catalog);
  if (problems.length) throw new TemplateError(problems);
  const used = usedNames(text, catalog);
  const missing: string[] = [];
  const fields: Record<string, string> = {};
  for (const name of used.fields) {
    const spec = catalog.fields.find((f) => f.name === name)!;
    const value = (data.fields[name] ?? '').trim();
    if (!value && !spec.optional) missing.push(`${spec.label} ({{${name}}})`);
    fields[name] = value;
  }
  const lists: FillPlan['lists'] = [];
  const flags: FillPlan['flags'] = [];
  for (const name of used.sections) {
    const list = catalog.lists.find((l) => l.name === name);
    if (!list) {
      flags.push({ name, value: !!data.flags[name] });
      continue;
    }
    const items = data.lists[name] ?? [];
    items.forEach((item, i) => {
      for (const f of list.fields) {
        if (!f.optional && !(item[f.name] ?? '').trim())
          missing.push(`${list.label}, строка ${i + 1}: ${f.label} ({{${f.name}}})`);
      }
    });
    lists.push({ name, itemFields: list.fields.map((f) => f.name), items });
  }
  if (missing.length) throw new TemplateError([`Не хватает данных для документа: ${missing.join('; ')}.`]);
  return { fields, lists, flags };
}

/** A template that cannot be used as it is; the message is Russian and lists each problem. */
export class TemplateError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'TemplateError';
  }
}

/**
 * Renders a text with the same language, for short texts built in code (file names, e-mail subjects and
 * bodies) and as the reference semantics of the Docs adapter: a list section repeats its content per item.
 */
export function renderText(text: string, data: TemplateData): string {
  const render = (src: string, item: Record<string, string> | null): string => {
    let out = '';
    let i = 0;
    const tags = [...src.matchAll(TAG)];
    for (let k = 0; k < tags.length; k++) {
      const m = tags[k];
      const at = m.index ?? 0;
      out += src.slice(i, at);
      i = at + m[0].length;
      const inner = m[1].trim();
      if (/^[#^]/.test(inner)) {
        const name = inner.slice(1).trim();
        const end = findClose(src, tags, k, name);
        if (end < 0) throw new TemplateError([`Раздел {{#${name}}} не закрыт меткой {{/${name}}}.`]);
        const body = src.slice(i, tags[end].index);
        const list = data.lists[name];
        if (list && inner[0] === '#') out += list.map((it) => render(body, it)).join('');
        else if (!!data.flags[name] === (inner[0] === '#')) out += render(body, item);
        i = (tags[end].index ?? 0) + tags[end][0].length;
        k = end;
        continue;
      }
      const value = item && inner in item ? item[inner] : data.fields[inner];
      out += value ?? m[0];
    }
    return out + src.slice(i);
  };
  return render(text, null);
}

function findClose(src: string, tags: RegExpMatchArray[], from: number, name: string): number {
  let depth = 0;
  for (let k = from + 1; k < tags.length; k++) {
    const inner = tags[k][1].trim();
    const n = inner.slice(1).trim();
    if (/^[#^]/.test(inner) && n === name) depth++;
    if (inner[0] === '/' && n === name) {
      if (depth === 0) return k;
      depth--;
    }
  }
  void src;
  return -1;
}

/** Whether any placeholder syntax is left in a generated text. */
export function hasLeftovers(text: string): boolean {
  return /\{\{|\}\}/.test(text);
}

/** The leftover tags of a generated text, for the error message. */
export function leftoverTags(text: string): string[] {
  return [...new Set(text.match(/\{\{[^{}\n]*\}?\}?/g) ?? [])];
}

// ---------------------------------------------------------------------------------------------------------
// Patterns for Docs' replaceText/findText (RE2 syntax, matched within one paragraph)

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** {{name}} with optional spaces inside the braces. */
function fieldPattern(name: string): string {
  return `\\{\\{\\s*${escapeRe(name)}\\s*\\}\\}`;
}

/** The opening marker of a section: {{#name}} (or {{^name}} when inverted). */
function openPattern(name: string, inverted = false): string {
  return `\\{\\{\\s*${inverted ? '\\^' : '#'}\\s*${escapeRe(name)}\\s*\\}\\}`;
}

/** A list item's field together with a section marker right before or after it ({{#pairs}}{{n}}). */
function fieldWithMarkersPattern(list: string, field: string): string {
  const marker = `(?:\\{\\{\\s*[#/]\\s*${escapeRe(list)}\\s*\\}\\})?`;
  return `${marker}${fieldPattern(field)}${marker}`;
}

/** Whether markers of the list remain in a unit's text once those next to its fields are taken away. */
export function markersLeftAfter(text: string, list: string, fields: readonly string[]): boolean {
  let rest = text;
  for (const f of fields) rest = rest.replace(new RegExp(fieldWithMarkersPattern(list, f), 'g'), '');
  return new RegExp(markersPattern(list)).test(rest);
}

/** Both markers of a section, to strip them: {{#name}}, {{^name}}, {{/name}}. */
export function markersPattern(name: string): string {
  return `\\{\\{\\s*[#^/]\\s*${escapeRe(name)}\\s*\\}\\}`;
}

/**
 * A section inside one paragraph, content included, to delete it. The content may hold fields and other
 * opening tags but no closing tag, so that it never runs over into a neighbouring section (RE2 has no
 * look-ahead to say "up to the first {{/name}}").
 */
export function inlineSectionPattern(name: string, inverted = false): string {
  const content = '(?:[^{]|\\{[^{]|\\{\\{[^/])*?';
  return `${openPattern(name, inverted)}${content}\\{\\{\\s*/\\s*${escapeRe(name)}\\s*\\}\\}`;
}

/** A paragraph that is nothing but one section (whitespace around allowed), to delete the paragraph. */
export function wholeParagraphSectionPattern(name: string, inverted = false): string {
  return `^\\s*${inlineSectionPattern(name, inverted)}\\s*$`;
}
