// Single sign-on with OpenID Connect, the whole round trip against a local identity
// provider (tests/helpers/oidc-provider.ts) and real databases: sign-in/social → the
// provider's /authorize → Better Auth's callback (code exchange with PKCE, ID token checked
// against the JWKS) → a session. Who may come in (only accounts an admin made, not
// deactivated ones), and when the portal's own TOTP is still asked for (OIDC_TRUSTED_MFA).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from '@/lib/auth';
import { createStaffUser } from '@/lib/auth/create-user';
import { ssoCodeStepPath } from '@/lib/auth/paths';
import { resolveActor } from '@/lib/auth/session';
import { oidcFromEnv } from '@/lib/auth/settings';
import type { Env } from '@/lib/env';
import { CLIENT_IP_HEADER } from '@/lib/http/client-ip';
import { totp } from '../e2e/helpers/totp';
import { TEST_ORIGIN, testSettings } from '../helpers/auth';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { startOidcProvider, type OidcTestProvider } from '../helpers/oidc-provider';

const PASSWORD = 'a long enough test password';
const CLIENT = { clientId: 'ettervern-test', clientSecret: 'client-secret-for-tests' };

function post(auth: Auth, endpoint: string, body: unknown, headers: Record<string, string> = {}) {
  return auth.handler(
    new Request(`${TEST_ORIGIN}/api/auth${endpoint}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: TEST_ORIGIN,
        [CLIENT_IP_HEADER]: `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
        ...headers,
      },
      body: JSON.stringify(body),
    }),
  );
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .filter((cookie) => !/max-age=0/i.test(cookie))
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

const hasSessionCookie = (response: Response) =>
  response.headers.getSetCookie().some((c) => c.startsWith('ettervern.session_token=') && !/max-age=0/i.test(c));

/** The browser's part: start at the portal, follow the provider's redirect back to the callback. */
async function ssoRoundTrip(auth: Auth): Promise<Response> {
  const start = await post(auth, '/sign-in/social', {
    provider: 'oidc',
    callbackURL: '/nn/admin',
    errorCallbackURL: '/nn/admin/logg-inn?feil=sso',
  });
  expect(start.status).toBe(200);
  const { url } = (await start.json()) as { url: string };
  const atProvider = await fetch(url, { redirect: 'manual' });
  expect(atProvider.status).toBe(302);
  const back = atProvider.headers.get('location')!;
  expect(back.startsWith(`${TEST_ORIGIN}/api/auth/callback/oidc?`)).toBe(true);
  return auth.handler(new Request(back, { headers: { cookie: cookiesOf(start), 'user-agent': 'vitest' } }));
}

describe.each(databaseKinds)('single sign-on on $kind', ({ create }) => {
  let db: TestDatabase;
  let idp: OidcTestProvider;
  let auth: Auth;
  let trustingAuth: Auth;
  const settings = testSettings();
  const policy = settings.session;

  const withOidc = (trustedMfa: boolean) =>
    testSettings({
      oidc: oidcFromEnv({
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: CLIENT.clientId,
        OIDC_CLIENT_SECRET: CLIENT.clientSecret,
        OIDC_PROVIDER_NAME: 'Entra',
        OIDC_TRUSTED_MFA: trustedMfa,
      } as Env),
    });
  const make = (email: string, role: 'admin' | 'editor') =>
    createStaffUser(db.prisma, settings, { email, name: email.split('@')[0]!, role, password: PASSWORD });
  const actorOf = (response: Response, trustSsoMfa = false) =>
    resolveActor(auth, new Headers({ cookie: cookiesOf(response) }), { ...policy, trustSsoMfa });

  beforeAll(async () => {
    db = await create();
    idp = await startOidcProvider(CLIENT);
    auth = createAuth(db.prisma, withOidc(false));
    trustingAuth = createAuth(db.prisma, withOidc(true));
    await make('kari@example.org', 'editor');
    await make('gone@example.org', 'editor');
    await make('boss@example.org', 'admin');
    await make('boss.totp@example.org', 'admin');
  });
  afterAll(async () => {
    await idp?.close();
    await db?.close();
  });

  it('reads its settings from the environment: off unless complete, MFA not trusted by default', () => {
    expect(oidcFromEnv({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: 'x' } as Env)).toBeNull();
    const on = oidcFromEnv({ OIDC_ISSUER: `${idp.issuer}/`, OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y', OIDC_PROVIDER_NAME: 'Entra' } as Env);
    expect(on).toMatchObject({ discoveryUrl: idp.discoveryUrl, trustedMfa: false });
  });

  it('signs in a person an admin made, with PKCE and the client secret, linking the account and keeping the role', async () => {
    idp.signInAs({ sub: 'entra-kari', email: 'kari@example.org', name: 'Kari from Entra', email_verified: true });
    const response = await ssoRoundTrip(auth);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/nn/admin');
    expect(hasSessionCookie(response)).toBe(true);
    const resolved = await actorOf(response);
    expect(resolved?.actor).toMatchObject({ email: 'kari@example.org', role: 'editor' });
    expect(resolved?.needsTwoFactorSetup).toBe(false);

    const token = idp.tokenRequests.at(-1)!;
    expect(token.get('grant_type')).toBe('authorization_code');
    expect(token.get('code_verifier')?.length).toBeGreaterThanOrEqual(43);
    const accounts = await db.prisma.account.findMany({ where: { user: { email: 'kari@example.org' } }, orderBy: { providerId: 'asc' } });
    expect(accounts.map((a) => [a.providerId, a.accountId])).toEqual([
      ['credential', expect.any(String)],
      ['oidc', 'entra-kari'],
    ]);
    // The identity provider's name does not replace the name the admin gave.
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: 'kari@example.org' } })).name).toBe('kari');

    // The second time, the linked account (by subject) is found again.
    const again = await ssoRoundTrip(auth);
    expect((await actorOf(again))?.actor.email).toBe('kari@example.org');
  });

  it('refuses people nobody made an account for: no user, no session, back to the sign-in page', async () => {
    idp.signInAs({ sub: 'entra-stranger', email: 'stranger@example.org', name: 'Stranger', email_verified: true });
    const response = await ssoRoundTrip(auth);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!, TEST_ORIGIN);
    expect(location.pathname).toBe('/nn/admin/logg-inn');
    expect(location.searchParams.get('feil')).toBe('sso');
    expect(location.searchParams.get('error')).toBeTruthy();
    expect(hasSessionCookie(response)).toBe(false);
    expect(await db.prisma.user.count({ where: { email: 'stranger@example.org' } })).toBe(0);
    expect(await db.prisma.account.count({ where: { accountId: 'entra-stranger' } })).toBe(0);
  });

  it('refuses deactivated accounts and forged ID tokens', async () => {
    await db.prisma.user.update({ where: { email: 'gone@example.org' }, data: { banned: true } });
    idp.signInAs({ sub: 'entra-gone', email: 'gone@example.org', name: 'Gone', email_verified: true });
    const banned = await ssoRoundTrip(auth);
    expect(hasSessionCookie(banned)).toBe(false);
    expect(new URL(banned.headers.get('location')!, TEST_ORIGIN).pathname).not.toBe('/nn/admin');
    expect(await db.prisma.session.count({ where: { user: { email: 'gone@example.org' } } })).toBe(0);

    idp.signInAs({ sub: 'entra-kari', email: 'kari@example.org', name: 'Kari', email_verified: true });
    idp.forgeSignatures(true);
    try {
      const forged = await ssoRoundTrip(auth);
      expect(hasSessionCookie(forged)).toBe(false);
      expect(new URL(forged.headers.get('location')!, TEST_ORIGIN).searchParams.get('feil')).toBe('sso');
    } finally {
      idp.forgeSignatures(false);
    }
  });

  it('without OIDC_TRUSTED_MFA, an admin without TOTP must still set it up after single sign-on', async () => {
    idp.signInAs({ sub: 'entra-boss', email: 'boss@example.org', name: 'Boss', email_verified: true });
    const response = await ssoRoundTrip(auth);
    const resolved = await actorOf(response);
    expect(resolved?.actor.role).toBe('admin');
    expect(resolved?.needsTwoFactorSetup).toBe(true);
    // Also when the guard is told to trust SSO: this session was not marked as trusted.
    expect((await actorOf(response, true))?.needsTwoFactorSetup).toBe(true);
  });

  it('with OIDC_TRUSTED_MFA, a single sign-on session counts as two-step sign-in; a password session does not', async () => {
    idp.signInAs({ sub: 'entra-boss', email: 'boss@example.org', name: 'Boss', email_verified: true });
    const response = await ssoRoundTrip(trustingAuth);
    expect(response.headers.get('location')).toBe('/nn/admin');
    expect((await actorOf(response, true))?.needsTwoFactorSetup).toBe(false);
    // Turned off later: the same session needs TOTP again.
    expect((await actorOf(response, false))?.needsTwoFactorSetup).toBe(true);

    const password = await post(trustingAuth, '/sign-in/email', { email: 'boss@example.org', password: PASSWORD });
    expect(password.status).toBe(200);
    expect((await actorOf(password, true))?.needsTwoFactorSetup).toBe(true);

    // Better Auth's own admin endpoints follow the same rule.
    const listUsers = (cookie: string) =>
      trustingAuth.handler(new Request(`${TEST_ORIGIN}/api/auth/admin/list-users`, { headers: { cookie } }));
    expect((await listUsers(cookiesOf(response))).status).toBe(200);
    expect((await listUsers(cookiesOf(password))).status).toBe(403);
  });

  describe('an account with TOTP on', () => {
    let key: string;

    beforeAll(async () => {
      const signedIn = await post(auth, '/sign-in/email', { email: 'boss.totp@example.org', password: PASSWORD });
      const headers = new Headers({ cookie: cookiesOf(signedIn) });
      const setup = await auth.api.enableTwoFactor({ body: { password: PASSWORD }, headers });
      if (setup.method !== 'totp') throw new Error('expected a TOTP setup');
      key = new URL(setup.totpURI).searchParams.get('secret')!;
      await auth.api.verifyTOTP({ body: { code: totp(key, Date.now() - 30_000) }, headers });
      expect((await db.prisma.user.findUniqueOrThrow({ where: { email: 'boss.totp@example.org' } })).twoFactorEnabled).toBe(true);
      idp.signInAs({ sub: 'entra-boss-totp', email: 'boss.totp@example.org', name: 'Boss', email_verified: true });
    });

    it('is asked for the code after single sign-on when MFA is not trusted, and gets a session only with it', async () => {
      const sessionsBefore = await db.prisma.session.count({ where: { user: { email: 'boss.totp@example.org' } } });
      const response = await ssoRoundTrip(auth);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/nn/admin/logg-inn?steg=kode');
      expect(hasSessionCookie(response)).toBe(false);
      expect(await actorOf(response)).toBeNull();
      expect(await db.prisma.session.count({ where: { user: { email: 'boss.totp@example.org' } } })).toBe(sessionsBefore);

      const challenge = { cookie: cookiesOf(response) };
      expect(challenge.cookie).toMatch(/ettervern\.two_factor=/);
      const wrong = await post(auth, '/two-factor/verify-totp', { code: totp(key, Date.now() - 10 * 60_000) }, challenge);
      expect(wrong.status).toBe(401);
      const right = await post(auth, '/two-factor/verify-totp', { code: totp(key, Date.now() + 30_000) }, challenge);
      expect(right.status).toBe(200);
      const resolved = await actorOf(right);
      expect(resolved?.actor.email).toBe('boss.totp@example.org');
      expect(resolved?.needsTwoFactorSetup).toBe(false);
    });

    it('goes straight in after single sign-on when MFA is trusted', async () => {
      const response = await ssoRoundTrip(trustingAuth);
      expect(response.headers.get('location')).toBe('/nn/admin');
      expect((await actorOf(response, true))?.actor.email).toBe('boss.totp@example.org');
    });
  });
});

describe('the code step after single sign-on', () => {
  it('is the sign-in page in the language the sign-in started in', () => {
    expect(ssoCodeStepPath('/admin')).toBe('/admin/logg-inn?steg=kode');
    expect(ssoCodeStepPath('/nn/admin')).toBe('/nn/admin/logg-inn?steg=kode');
    expect(ssoCodeStepPath('http://localhost:3000/en/admin')).toBe('/en/admin/logg-inn?steg=kode');
    expect(ssoCodeStepPath(null)).toBe('/admin/logg-inn?steg=kode');
  });
});
