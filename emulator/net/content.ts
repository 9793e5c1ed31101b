/**
 * ContentService: the text a web app's doGet/doPost returns (TextOutput), e.g. JSON for a script calling it with
 * UrlFetchApp. Only what the add-on uses: createTextOutput, setContent/append/getContent, set/getMimeType.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';

const MimeType = {
  ATOM: 'ATOM',
  CSV: 'CSV',
  ICAL: 'ICAL',
  JAVASCRIPT: 'JAVASCRIPT',
  JSON: 'JSON',
  RSS: 'RSS',
  TEXT: 'TEXT',
  VCARD: 'VCARD',
  XML: 'XML',
} as const;

/** The Content-Type Google serves each MimeType with. */
export const CONTENT_TYPES: Record<string, string> = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
};

class TextOutputImpl {
  constructor(
    private content: string,
    private mimeType: string = MimeType.TEXT,
  ) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): this {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }

  getMimeType(): string {
    return this.mimeType;
  }

  setMimeType(mimeType: string): this {
    if (!(mimeType in CONTENT_TYPES)) throw gasError('Invalid argument: mimeType');
    this.mimeType = mimeType;
    return this;
  }
}

class ContentServiceImpl {
  MimeType = MimeType;

  constructor(private readonly ctx: EmulatorContext) {}

  createTextOutput(content = ''): GoogleAppsScript.Content.TextOutput {
    return this.ctx.wrap<GoogleAppsScript.Content.TextOutput>(
      new TextOutputImpl(String(content)),
      'TextOutput',
    );
  }
}

export function createContentService(ctx: EmulatorContext): GoogleAppsScript.Content.ContentService {
  return ctx.wrap<GoogleAppsScript.Content.ContentService>(new ContentServiceImpl(ctx), 'ContentService');
}
