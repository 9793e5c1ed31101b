/**
 * MailApp: every message lands in ctx.state.mail.outbox. The daily recipient quota is enforced over the
 * last 24 hours of emulated time, counting each address in to, cc and bcc.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { SentMail } from '../core/state';
import { blobBytes } from './blob';

const QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';
const MAX_RECIPIENTS_PER_MESSAGE = 50;
const DAY_MS = 24 * 3600000;

interface MailOptions {
  to?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  cc?: string;
  bcc?: string;
  noReply?: boolean;
  attachments?: unknown[];
  inlineImages?: Record<string, unknown>;
}

const ADDRESS = /^[^\s@,;<>"()[\]]+@[^\s@,;<>"()[\]]+\.[^\s@,;<>"()[\]]+$/;

/** The addresses in a comma-separated list; "Name <a@b.c>" is accepted. Throws on an invalid one. */
function parseRecipients(list: string | undefined): string[] {
  if (list === undefined || list === null) return [];
  const out: string[] = [];
  for (const raw of String(list).split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const angle = /<([^<>]*)>\s*$/.exec(item);
    const address = (angle ? angle[1] : item).trim();
    if (!ADDRESS.test(address)) throw gasError(`Invalid email: ${item}`);
    out.push(address);
  }
  return out;
}

function recipientCount(mail: SentMail): number {
  return [mail.to, mail.cc, mail.bcc].reduce((n, list) => n + parseRecipients(list).length, 0);
}

interface BlobLike {
  getBlob?: () => BlobLike;
  getName?: () => string | null;
  getContentType?: () => string | null;
  getBytes?: () => number[];
}

function describeAttachment(a: unknown): SentMail['attachments'][number] {
  const source = a as BlobLike;
  if (!source || typeof source !== 'object') throw gasError('Invalid argument: attachments');
  // Our own blobs are read without counting calls; other BlobSources (a Drive File ...) give their blob.
  const own = '_data' in source;
  const blob = !own && typeof source.getBlob === 'function' ? source.getBlob() : source;
  if (typeof blob.getBytes !== 'function') throw gasError('Invalid argument: attachments');
  return {
    name: blob.getName?.() ?? 'attachment',
    mimeType: blob.getContentType?.() ?? 'application/octet-stream',
    size: blobBytes(blob as unknown as GoogleAppsScript.Base.Blob).length,
  };
}

class MailAppImpl {
  constructor(private readonly ctx: EmulatorContext) {}

  private recentRecipients(): number {
    const since = this.ctx.now().getTime() - DAY_MS;
    return this.ctx.state.mail.outbox
      .filter((m) => m.sentAt.getTime() > since)
      .reduce((n, m) => n + recipientCount(m), 0);
  }

  getRemainingDailyQuota(): number {
    return Math.max(0, this.ctx.state.mail.dailyQuota - this.recentRecipients());
  }

  sendEmail(...args: unknown[]): void {
    let options: MailOptions;
    if (args.length === 1 && args[0] && typeof args[0] === 'object') {
      options = { ...(args[0] as MailOptions) };
    } else if (args.length === 4 && args.every((a) => typeof a === 'string')) {
      const [to, replyTo, subject, body] = args as string[];
      options = { to, replyTo, subject, body };
    } else if (args.length === 3 || args.length === 4) {
      const [to, subject, body, extra] = args as [string, string, string, MailOptions | undefined];
      options = { ...(extra ?? {}), to, subject, body };
    } else {
      throw gasError("The parameters don't match the method signature for MailApp.sendEmail.");
    }
    this.send(options);
  }

  private send(o: MailOptions): void {
    const to = parseRecipients(o.to);
    const cc = parseRecipients(o.cc);
    const bcc = parseRecipients(o.bcc);
    if (o.replyTo) parseRecipients(o.replyTo);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw gasError('Failed to send email: no recipient');
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw gasError('Limit Exceeded: Email Recipients Per Message.');
    if (count > this.getRemainingDailyQuota()) throw gasError(QUOTA_MESSAGE);
    const mail: SentMail = {
      to: to.join(','),
      cc: cc.join(','),
      bcc: bcc.join(','),
      replyTo: o.replyTo ?? '',
      subject: String(o.subject ?? ''),
      body: String(o.body ?? ''),
      htmlBody: o.htmlBody === undefined ? '' : String(o.htmlBody),
      name: o.name ?? '',
      attachments: (o.attachments ?? []).map(describeAttachment),
      sentAt: this.ctx.now(),
    };
    this.ctx.state.mail.outbox.push(mail);
  }
}

export function createMailApp(ctx: EmulatorContext): GoogleAppsScript.Mail.MailApp {
  return ctx.wrap<GoogleAppsScript.Mail.MailApp>(new MailAppImpl(ctx), 'MailApp');
}
