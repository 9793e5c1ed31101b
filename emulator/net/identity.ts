/**
 * Google's side of OpenID Connect identity tokens, for ScriptApp.getIdentityToken() and the tokeninfo endpoint.
 * A token is a JWT for the effective user: iss https://accounts.google.com, aud (and azp) the script project's
 * OAuth client id, sub, iat, exp an hour later, and email and email_verified only when the userinfo.email scope
 * is granted (https://developers.google.com/apps-script/guides/services/cloud-run). The emulated Google signs
 * with a secret only it holds (HS256 here; Google uses RS256 and publishes its certificates): nobody outside the
 * emulator can make a token the emulated tokeninfo endpoint accepts.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EmulatorContext } from '../core/context';

export const TOKENINFO_URL = 'https://oauth2.googleapis.com/tokeninfo';
const ISSUER = 'https://accounts.google.com';
const LIFETIME_S = 3600;
const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

const b64 = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** The project's OAuth client and Google's signing secret, made once per emulated account and kept in its state. */
function issuer(ctx: EmulatorContext): { clientId: string; secret: string } {
  ctx.state.identity ??= {
    clientId: `${100000000000 + ctx.newNumber()}-emulated.apps.googleusercontent.com`,
    secret: randomBytes(32).toString('base64url'),
  };
  return ctx.state.identity;
}

function sign(ctx: EmulatorContext, body: string): string {
  return createHmac('sha256', issuer(ctx).secret).update(body).digest('base64url');
}

/** A signed JWT with exactly these claims (tests forge expired or foreign ones with it). */
export function signIdentityClaims(ctx: EmulatorContext, claims: Record<string, unknown>): string {
  const body = `${b64(JSON.stringify({ alg: 'HS256', kid: 'emulator', typ: 'JWT' }))}.${b64(JSON.stringify(claims))}`;
  return `${body}.${sign(ctx, body)}`;
}

/** ScriptApp.getIdentityToken(): the effective user's token, or null without the openid scope. */
export function identityTokenFor(ctx: EmulatorContext): string | null {
  const granted = ctx.grantedScopes;
  if (granted && !granted.includes('openid')) return null;
  const email = ctx.state.session.effectiveUser;
  const { clientId } = issuer(ctx);
  const iat = Math.floor(ctx.now().getTime() / 1000);
  const claims: Record<string, unknown> = {
    iss: ISSUER,
    azp: clientId,
    aud: clientId,
    sub: createHash('sha256').update(`sub:${email}`).digest('hex').slice(0, 21).replace(/[a-f]/g, '7'),
    iat,
    exp: iat + LIFETIME_S,
  };
  if (!granted || granted.includes(EMAIL_SCOPE)) Object.assign(claims, { email, email_verified: true });
  return signIdentityClaims(ctx, claims);
}

/**
 * The tokeninfo endpoint for `?id_token=`: 200 with the token's claims (numbers and booleans as strings, as
 * Google returns them) when the signature is Google's and the token has not expired; else 400 invalid_token.
 * Audience, issuer and the e-mail are left for the caller to check, as Google's guide says.
 */
export function tokenInfo(ctx: EmulatorContext, idToken: string): { code: number; body: string } {
  const invalid = {
    code: 400,
    body: JSON.stringify({ error: 'invalid_token', error_description: 'Invalid Value' }),
  };
  const parts = idToken.split('.');
  if (parts.length !== 3) return invalid;
  const expected = Buffer.from(sign(ctx, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return invalid;
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return invalid;
  }
  if (!(Number(claims.exp) * 1000 > ctx.now().getTime())) return invalid;
  const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...claims, alg: header.alg, kid: header.kid, typ: header.typ }))
    out[k] = String(v);
  return { code: 200, body: JSON.stringify(out) };
}
