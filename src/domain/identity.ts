/**
 * Whose identity token it is: the checks Google's guide asks of a backend after the tokeninfo endpoint has
 * verified the signature (https://developers.google.com/identity/sign-in/web/backend-auth): the issuer is
 * Google, the audience is our own OAuth client (a token issued to another app is not for us), it has not
 * expired, and the e-mail is verified. Tokeninfo returns every claim as a string.
 */
const ISSUERS = ['accounts.google.com', 'https://accounts.google.com'];

export function verifiedEmailOf(
  claims: Record<string, unknown> | null,
  audience: string | null,
  now: Date,
): string | null {
  if (!claims || !audience) return null;
  if (!ISSUERS.includes(String(claims.iss))) return null;
  if (String(claims.aud) !== audience) return null;
  if (!(Number(claims.exp) * 1000 > now.getTime())) return null;
  if (String(claims.email_verified) !== 'true') return null;
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  return email || null;
}
