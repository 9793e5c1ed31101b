import { signIdentityClaims } from '../../emulator/net/identity';
import { EXEC_URL, GOOD, cardProgramme } from './card-programme';

/**
 * The relay (doPost of the web app, executing as the curator) trusts nothing but a Google identity token issued
 * to this add-on: forged, expired, foreign and unverified tokens record nothing and all get the same Russian
 * message; a verified teacher writes only for their own pair.
 */
const REFUSED = 'Google не подтвердил вашу учётную запись, поэтому ничего не сделано.';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

function relay() {
  const p = cardProgramme();
  p.as('smirnova@school.example');
  const ownToken = p.emulator.globals.ScriptApp.getIdentityToken()!;
  const claims = JSON.parse(Buffer.from(ownToken.split('.')[1], 'base64url').toString()) as Record<
    string,
    unknown
  >;
  const post = (
    idToken: unknown,
    request: unknown = {
      op: 'recordMeeting',
      meeting: { ...GOOD, date: '2022-10-05' },
      origin: { kind: 'card', token: 't1' },
    },
  ) => {
    const r = p.emulator.globals.UrlFetchApp.fetch(EXEC_URL, {
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify({ idToken, request }),
    });
    return JSON.parse(r.getContentText()) as { ok: boolean; message?: string; recorded?: string };
  };
  const sign = (over: Record<string, unknown>) => signIdentityClaims(p.emulator.ctx, { ...claims, ...over });
  return { ...p, ownToken, claims, post, sign };
}

describe('the card relay checks the teacher identity token before anything', () => {
  it('the token names the effective user, for this project, verified, for an hour', () => {
    const r = relay();
    expect(r.claims).toMatchObject({
      iss: 'https://accounts.google.com',
      email: 'smirnova@school.example',
      email_verified: true,
    });
    expect(r.claims.aud).toMatch(/\.apps\.googleusercontent\.com$/);
    expect(Number(r.claims.exp) - Number(r.claims.iat)).toBe(3600);
  });

  it('a genuine token records the meeting once', () => {
    const r = relay();
    expect(r.post(r.ownToken)).toMatchObject({ ok: true, recorded: 'added' });
    expect(r.post(r.ownToken)).toMatchObject({ ok: true, recorded: 'updated' });
    expect(r.meetings()).toHaveLength(1);
  });

  it('forged, expired, foreign, unverified or missing tokens record nothing and get one message', () => {
    const r = relay();
    const [head, , sig] = r.ownToken.split('.');
    const now = Math.floor(r.emulator.ctx.now().getTime() / 1000);
    const bad = {
      'another teacher’s e-mail under this signature': `${head}.${b64({ ...r.claims, email: 'kuznetsov@school.example' })}.${sig}`,
      'made up entirely': `${head}.${b64(r.claims)}.c2lnbmF0dXJl`,
      expired: r.sign({ iat: now - 7200, exp: now - 3600 }),
      'issued to another app': r.sign({ aud: '999-other.apps.googleusercontent.com' }),
      'another issuer': r.sign({ iss: 'https://evil.example' }),
      'e-mail not verified': r.sign({ email_verified: false }),
      'no e-mail': r.sign({ email: undefined }),
      empty: '',
      'not text': 42,
    };
    for (const [why, token] of Object.entries(bad)) {
      const answer = r.post(token);
      const expected = typeof token === 'string' ? REFUSED : 'Карточка прислала неполный запрос.';
      expect({ why, ok: answer.ok, starts: answer.message?.startsWith(expected) }).toEqual({
        why,
        ok: false,
        starts: true,
      });
    }
    expect(r.meetings()).toHaveLength(0);
  });

  it('a token expires with the clock: an hour later the same token is refused', () => {
    const r = relay();
    r.emulator.ctx.advance(3601 * 1000);
    expect(r.post(r.ownToken).message).toContain(REFUSED);
    expect(r.meetings()).toHaveLength(0);
  });

  it('a verified mentor records only into their own pair, and reads only their own card', () => {
    const r = relay();
    const other = r.post(r.ownToken, {
      op: 'recordMeeting',
      meeting: { ...GOOD, date: '2022-10-05', mentee: 'Захаров' },
      origin: { kind: 'card', token: 't2' },
    });
    // Naming another pair's mentee does not move the meeting there: the pair is found by the token's e-mail.
    expect(other.ok).toBe(true);
    expect(r.meetings().map((m) => m['Код пары'])).toEqual(['PR-1']);
    const card = JSON.stringify(r.post(r.ownToken, { op: 'card', email: 'kuznetsov@school.example' }));
    expect(card).toContain('Смирнова');
    expect(card).not.toContain('Кузнецов');
  });

  it('without the web app deployed, or without the openid scope, the card says so in Russian', () => {
    const r = relay();
    r.emulator.state.webAppUrl = null;
    expect(JSON.stringify(r.homepage('smirnova@school.example'))).toContain('не развернул веб-приложение');
    r.emulator.deployWebApp(EXEC_URL, 'curator@school.example');
    r.emulator.ctx.grantedScopes = (r.emulator.ctx.grantedScopes ?? []).filter((s) => s !== 'openid');
    expect(r.emulator.globals.ScriptApp.getIdentityToken()).toBeNull();
    expect(JSON.stringify(r.homepage('smirnova@school.example'))).toContain(REFUSED);
  });

  it('any other address is not emulated: the emulator has no network', () => {
    const r = relay();
    expect(() => r.emulator.globals.UrlFetchApp.fetch('https://example.com/')).toThrow(/not emulated/);
  });
});
