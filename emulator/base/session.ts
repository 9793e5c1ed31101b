/**
 * Session: the active and effective user, the script's time zone and the user's locale, from
 * ctx.state.session.
 */
import { createHash } from 'node:crypto';
import { revealsActiveUser, type EmulatorContext } from '../core/context';

class UserImpl {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

class SessionImpl {
  constructor(private readonly ctx: EmulatorContext) {}

  private user(email: string): GoogleAppsScript.Base.User {
    return this.ctx.wrap<GoogleAppsScript.Base.User>(new UserImpl(email), 'User');
  }

  /**
   * Blank where Google withholds it: "the user's email address is not available in any context that allows a
   * script to run without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger ... or a web
   * app deployed to 'execute as me'" (https://developers.google.com/apps-script/reference/base/session).
   */
  getActiveUser(): GoogleAppsScript.Base.User {
    return this.user(revealsActiveUser(this.ctx.execution) ? this.ctx.state.session.activeUser : '');
  }

  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.user(this.ctx.state.session.effectiveUser);
  }

  getScriptTimeZone(): string {
    return this.ctx.state.session.timeZone;
  }

  getActiveUserLocale(): string {
    return this.ctx.state.session.locale;
  }

  /** Stable per user (and per emulated account), opaque, like Apps Script's rotating key within a month. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`temporary-key:${this.ctx.state.session.activeUser}`)
      .digest('base64url')
      .slice(0, 43);
  }
}

export function createSession(ctx: EmulatorContext): GoogleAppsScript.Base.Session {
  return ctx.wrap<GoogleAppsScript.Base.Session>(new SessionImpl(ctx), 'Session');
}
