import type { TemplateDeclaration } from '../domain/documents/template';

/**
 * Texts that only setup, form building and document generation read, in the built add-on. The build
 * (scripts/template-texts.mjs) keeps them out of Code.js, which Apps Script parses on every execution, and
 * writes them into TemplateTexts.html, which Apps Script reads only when asked: here, the first time an
 * execution needs one. In Code.js the declarations' `blocks`, `fields`, `lists`, `flags`, `templateName` and
 * `fileTitle`, and the cold literals the build lists, are getters that call these functions; the TypeScript
 * sources (tests, emulator, `npm start`'s server) never do.
 */
const FILE = 'TemplateTexts';

type Lazy = Pick<TemplateDeclaration, 'blocks' | 'fields' | 'lists' | 'flags' | 'templateName' | 'fileTitle'>;

interface Asset {
  templates: Record<string, Lazy>;
  strings: string[];
  /** petrovich's rule set (names' declension). */
  petrovich: Record<string, unknown>;
}

let asset: Asset | null = null;

function read(): Asset {
  asset ??= JSON.parse(HtmlService.createHtmlOutputFromFile(FILE).getContent()) as Asset;
  return asset;
}

function stale(what: string): Error {
  return new Error(`В файле ${FILE}.html нет текста «${what}»: соберите и загрузите надстройку заново.`);
}

/** @public (called from the declarations compiled for Code.js, see scripts/template-texts.mjs) */
export function templateText<K extends keyof Lazy>(kind: string, property: K): Lazy[K] {
  const declared = read().templates[kind];
  if (!declared) throw stale(kind);
  return declared[property];
}

/** @public (called from the data files compiled for Code.js, see scripts/template-texts.mjs) */
export function coldText(key: number): string {
  const text = read().strings[key];
  if (text === undefined) throw stale(String(key));
  return text;
}

/** @public (called from petrovich compiled for Code.js, see scripts/template-texts.mjs) */
export function petrovichRules(): Record<string, unknown> {
  return read().petrovich;
}
