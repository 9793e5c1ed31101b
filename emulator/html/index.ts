/**
 * HtmlService: HtmlOutput and HtmlTemplate. Templates are compiled as Apps Script does: `<? code ?>`
 * standard scriptlets, `<?= expr ?>` printing scriptlets with contextual escaping (HTML text and attributes
 * are entity-escaped; inside <script> the value is printed as a JavaScript literal), `<?!= expr ?>`
 * force-printing scriptlets (raw). Template variables are the properties set on the template object.
 * HTML files come from a source set with setHtmlFileSource (npm start and the bundle test point it at dist/).
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import { newBlob } from '../base/blob';

const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

/** Meta tags HtmlOutput.addMetaTag accepts (the others are refused by Apps Script). */
const ALLOWED_META_TAGS = ['apple-mobile-web-app-capable', 'mobile-web-app-capable', 'viewport'];

export type HtmlFileSource = (name: string) => string | null;

const fileSources = new WeakMap<EmulatorContext, HtmlFileSource>();

/** Where createHtmlOutputFromFile / createTemplateFromFile read files; the source gets the name without ".html". */
export function setHtmlFileSource(ctx: EmulatorContext, source: HtmlFileSource): void {
  fileSources.set(ctx, source);
}

function readHtmlFile(ctx: EmulatorContext, name: string): string {
  const base = String(name).replace(/\.html$/i, '');
  const text = fileSources.get(ctx)?.(base) ?? null;
  if (text === null || text === undefined) throw gasError(`No HTML file named ${name} was found.`);
  return text;
}

function blobText(source: unknown): string {
  if (typeof source === 'string') return source;
  const s = source as { getBlob?: () => { getDataAsString(): string } };
  if (s && typeof s.getBlob === 'function') return s.getBlob().getDataAsString();
  if (source === undefined || source === null) return '';
  return String(source);
}

// ---------------------------------------------------------------------------------------------------------
// Escaping

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

function printable(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function escapeHtml(value: unknown): string {
  return printable(value).replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);
}

function escapeAttribute(value: unknown): string {
  return printable(value).replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c]);
}

/** A JavaScript literal safe to place inside <script>: JSON, with characters that could close the tag escaped. */
function jsLiteral(value: unknown): string {
  const json = value === undefined ? 'undefined' : (JSON.stringify(value) ?? 'null');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeCss(value: unknown): string {
  return printable(value).replace(/[^\w\s#.,%+-]/g, '');
}

/** An unquoted attribute value also ends at whitespace. */
function escapeUnquotedAttribute(value: unknown): string {
  return escapeAttribute(value).replace(/\s/g, (c) => `&#${c.charCodeAt(0)};`);
}

type PrintContext = 'html' | 'attr' | 'uattr' | 'script' | 'style';
const ESCAPERS: Record<PrintContext, (v: unknown) => string> = {
  html: escapeHtml,
  attr: escapeAttribute,
  uattr: escapeUnquotedAttribute,
  script: jsLiteral,
  style: escapeCss,
};

/** Follows the static HTML of a template to know where each printing scriptlet lands. */
class ContextScanner {
  private state: 'text' | 'tag' | 'dq' | 'sq' | 'uq' | 'afterEq' | 'raw' | 'comment' = 'text';
  private rawTag: 'script' | 'style' | null = null;
  private pendingRaw: 'script' | 'style' | null = null;

  feed(text: string): void {
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      const rest = text.slice(i, i + 10).toLowerCase();
      switch (this.state) {
        case 'text':
          if (rest.startsWith('<!--')) {
            this.state = 'comment';
            i += 4;
            continue;
          }
          if (c === '<' && /^<\/?[a-z]/.test(rest)) {
            this.state = 'tag';
            const m = /^<(script|style)[\s>/]/.exec(rest);
            this.pendingRaw = m ? (m[1] as 'script' | 'style') : null;
          }
          break;
        case 'comment':
          if (rest.startsWith('-->')) {
            this.state = 'text';
            i += 3;
            continue;
          }
          break;
        case 'tag':
          if (c === '>') this.closeTag();
          else if (c === '=') this.state = 'afterEq';
          break;
        case 'afterEq':
          if (c === '"') this.state = 'dq';
          else if (c === "'") this.state = 'sq';
          else if (c === '>') this.closeTag();
          else if (!/\s/.test(c)) this.state = 'uq';
          break;
        case 'dq':
          if (c === '"') this.state = 'tag';
          break;
        case 'sq':
          if (c === "'") this.state = 'tag';
          break;
        case 'uq':
          if (/\s/.test(c)) this.state = 'tag';
          else if (c === '>') this.closeTag();
          break;
        case 'raw':
          if (rest.startsWith(`</${this.rawTag}`)) {
            this.state = 'tag';
            this.rawTag = null;
            this.pendingRaw = null;
          }
          break;
      }
      i++;
    }
  }

  private closeTag(): void {
    if (this.pendingRaw) {
      this.state = 'raw';
      this.rawTag = this.pendingRaw;
      this.pendingRaw = null;
    } else {
      this.state = 'text';
    }
  }

  context(): PrintContext {
    if (this.state === 'raw') return this.rawTag === 'style' ? 'style' : 'script';
    if (this.state === 'text' || this.state === 'comment') return 'html';
    return this.state === 'dq' || this.state === 'sq' ? 'attr' : 'uattr';
  }
}

// ---------------------------------------------------------------------------------------------------------
// Template compilation

interface Compiled {
  code: string;
  run: (
    scope: object,
    escapers: Record<PrintContext, (v: unknown) => string>,
    raw: (v: unknown) => string,
  ) => string;
}

const SCRIPTLET = /<\?(!=|=)?([\s\S]*?)\?>/g;

function compileTemplate(source: string): Compiled {
  const scanner = new ContextScanner();
  const lines: string[] = ['var __out = [];', 'with (__scope) {'];
  let last = 0;
  for (const m of source.matchAll(SCRIPTLET)) {
    const text = source.slice(last, m.index);
    if (text) {
      lines.push(`__out.push(${JSON.stringify(text)});`);
      scanner.feed(text);
    }
    const kind = m[1];
    const code = m[2];
    if (kind === '=') lines.push(`__out.push(__esc.${scanner.context()}((${code})));`);
    else if (kind === '!=') lines.push(`__out.push(__raw((${code})));`);
    else lines.push(code);
    last = (m.index ?? 0) + m[0].length;
  }
  const tail = source.slice(last);
  if (tail) lines.push(`__out.push(${JSON.stringify(tail)});`);
  lines.push('}', "return __out.join('');");
  const code = lines.join('\n');
  let fn: Compiled['run'];
  try {
    // The Function constructor builds sloppy-mode code, so `with` is allowed here even inside an ES module.
    fn = new Function('__scope', '__esc', '__raw', code) as Compiled['run'];
  } catch (e) {
    throw gasError(`SyntaxError in template: ${(e as Error).message}`);
  }
  return { code, run: fn };
}

/** The scope scriptlets see: the template variables, then the script's global functions. */
function templateScope(ctx: EmulatorContext, vars: Record<string, unknown>): object {
  return new Proxy(vars, {
    has(target, key) {
      if (typeof key !== 'string' || key.startsWith('__')) return false;
      return key in target || ctx.resolveFunction(key) !== undefined;
    },
    get(target, key) {
      if (key === Symbol.unscopables) return undefined;
      if (typeof key === 'string' && key in target) return target[key];
      return typeof key === 'string' ? ctx.resolveFunction(key) : undefined;
    },
    set(target, key, value) {
      if (typeof key === 'string') target[key] = value;
      return true;
    },
  });
}

// ---------------------------------------------------------------------------------------------------------
// HtmlOutput

class MetaTagImpl {
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}

  getName(): string {
    return this.name;
  }

  getContent(): string {
    return this.content;
  }
}

/** Fields start with "_" so the UI can read them through the wrapper without counting calls. */
export class HtmlOutputImpl {
  _content: string;
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  _sandboxMode: string = SandboxMode.IFRAME;
  _xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  _faviconUrl: string | null = null;
  _metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly ctx: EmulatorContext,
    content = '',
  ) {
    this._content = content;
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: string): this {
    this._content = printable(content);
    return this;
  }

  append(addedContent: string): this {
    this._content += printable(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): this {
    this._content += escapeHtml(addedContent);
    return this;
  }

  clear(): this {
    this._content = '';
    return this;
  }

  getTitle(): string {
    return this._title;
  }

  setTitle(title: string): this {
    this._title = printable(title);
    return this;
  }

  getWidth(): number | null {
    return this._width;
  }

  setWidth(width: number): this {
    const w = Number(width);
    if (!Number.isInteger(w) || w < 0) throw gasError('Invalid argument: width');
    this._width = w;
    return this;
  }

  getHeight(): number | null {
    return this._height;
  }

  setHeight(height: number): this {
    const h = Number(height);
    if (!Number.isInteger(h) || h < 0) throw gasError('Invalid argument: height');
    this._height = h;
    return this;
  }

  setSandboxMode(mode: string): this {
    if (!(String(mode) in SandboxMode)) throw gasError('Invalid argument: mode');
    // Apps Script now always uses IFRAME, whatever is asked.
    this._sandboxMode = SandboxMode.IFRAME;
    return this;
  }

  setXFrameOptionsMode(mode: string): this {
    if (!(String(mode) in XFrameOptionsMode)) throw gasError('Invalid argument: mode');
    this._xFrameOptionsMode = String(mode);
    return this;
  }

  getFaviconUrl(): string | null {
    return this._faviconUrl;
  }

  setFaviconUrl(iconUrl: string): this {
    this._faviconUrl = printable(iconUrl);
    return this;
  }

  addMetaTag(name: string, content: string): this {
    if (!ALLOWED_META_TAGS.includes(String(name))) {
      throw gasError(`Meta tag "${name}" is not allowed. Allowed: ${ALLOWED_META_TAGS.join(', ')}.`);
    }
    this._metaTags.push({ name: String(name), content: printable(content) });
    return this;
  }

  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this._metaTags.map((t) =>
      this.ctx.wrap<GoogleAppsScript.HTML.HtmlOutputMetaTag>(
        new MetaTagImpl(t.name, t.content),
        'HtmlOutputMetaTag',
      ),
    );
  }

  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return wrapTemplate(this.ctx, this._content);
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return newBlob(this.ctx, this._content, 'text/html', this._title ? `${this._title}.html` : undefined);
  }
}

function wrapOutput(ctx: EmulatorContext, content: string): GoogleAppsScript.HTML.HtmlOutput {
  return ctx.wrap<GoogleAppsScript.HTML.HtmlOutput>(new HtmlOutputImpl(ctx, content), 'HtmlOutput');
}

// ---------------------------------------------------------------------------------------------------------
// HtmlTemplate

class HtmlTemplateImpl {
  readonly #ctx: EmulatorContext;
  readonly #source: string;
  #compiled: Compiled | null = null;

  constructor(ctx: EmulatorContext, source: string) {
    this.#ctx = ctx;
    this.#source = source;
  }

  #compile(): Compiled {
    this.#compiled ??= compileTemplate(this.#source);
    return this.#compiled;
  }

  /** Runs the scriptlets with the properties set on the template as variables. */
  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const vars: Record<string, unknown> = {};
    for (const key of Object.keys(this)) vars[key] = (this as Record<string, unknown>)[key];
    const html = this.#compile().run(templateScope(this.#ctx, vars), ESCAPERS, printable);
    return wrapOutput(this.#ctx, html);
  }

  getCode(): string {
    return this.#compile().code;
  }

  getCodeWithComments(): string {
    return this.#compile().code;
  }

  getRawContent(): string {
    return this.#source;
  }
}

function wrapTemplate(ctx: EmulatorContext, source: string): GoogleAppsScript.HTML.HtmlTemplate {
  return ctx.wrap<GoogleAppsScript.HTML.HtmlTemplate>(new HtmlTemplateImpl(ctx, source), 'HtmlTemplate');
}

// ---------------------------------------------------------------------------------------------------------

class HtmlServiceImpl {
  SandboxMode = SandboxMode;
  XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly ctx: EmulatorContext) {}

  createHtmlOutput(html?: unknown): GoogleAppsScript.HTML.HtmlOutput {
    return wrapOutput(this.ctx, blobText(html));
  }

  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return wrapOutput(this.ctx, readHtmlFile(this.ctx, filename));
  }

  createTemplate(html: unknown): GoogleAppsScript.HTML.HtmlTemplate {
    return wrapTemplate(this.ctx, blobText(html));
  }

  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return wrapTemplate(this.ctx, readHtmlFile(this.ctx, filename));
  }
}

export function createHtmlService(ctx: EmulatorContext): GoogleAppsScript.HTML.HtmlService {
  return ctx.wrap<GoogleAppsScript.HTML.HtmlService>(new HtmlServiceImpl(ctx), 'HtmlService');
}
