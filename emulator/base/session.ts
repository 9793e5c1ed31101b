/**
 * Session: the active and effective user, the script's time zone and the user's locale, from
 * ctx.state.session.
 */
import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../core/context';

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

  getActiveUser(): GoogleAppsScript.Base.User {
    return this.user(this.ctx.state.session.activeUser);
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
