/**
 * Session and protection users: an e-mail address behind the User interface.
 */
import { gasError } from '../core/errors';

type GUser = GoogleAppsScript.Base.User;

export function emailOf(u: unknown): string {
  if (typeof u === 'string') return u;
  if (u && typeof (u as GUser).getEmail === 'function') return (u as GUser).getEmail();
  throw gasError('Invalid argument: user');
}

export class UserImpl {
  constructor(private readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
  toString(): string {
    return this._email;
  }
}
