// Sign-in against real databases: Better Auth's configuration (passwords, cookies, rate
// limits, two-step sign-in, password reset, sign-up refused) and the session rules the
// guard enforces (roles, idle and absolute time-outs, bans, 2FA for admins).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeSignature } from 'better-auth/crypto';
import { createAuth, type Auth } from '@/lib/auth';
import { createStaffUser } from '@/lib/auth/create-user';
import { resolveActor } from '@/lib/auth/session';
import { resolveAuthSecret, sessionPolicyFromEnv } from '@/lib/auth/settings';
import { getAccountSecurity } from '@/lib/data/admin-account';
import { seedDemoData } from '@/lib/db/seed';
import type { Env } from '@/lib/env';
import { CLIENT_IP_HEADER } from '@/lib/http/client-ip';
import { keyedHash } from '@/lib/http/rate-limit';
import { keyFromUri, totp } from '../e2e/helpers/totp';
import { TEST_ORIGIN, testSettings } from '../helpers/auth';
import { databaseKinds, type TestDatabase } from '../helpers/db';

const ORIGIN = TEST_ORIGIN;
const PASSWORD = 'correct horse battery staple';

function post(auth: Auth, endpoint: string, body: unknown, headers: Record<string, string> = {}) {
  return auth.handler(
    new Request(`${ORIGIN}/api/auth${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, [CLIENT_IP_HEADER]: '192.0.2.1', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

/** The cookie pairs a response sets (ignoring ones it deletes), as a Cookie header. */
function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .filter((cookie) => !/max-age=0/i.test(cookie))
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

describe.each(databaseKinds)('sign-in on $kind', ({ create }) => {
  let db: TestDatabase;
  let auth: Auth;
  const settings = testSettings();
  const policy = settings.session;
  let providerSlug: string;

  const signIn = async (email: string, password = PASSWORD, ip = '192.0.2.1') =>
    post(auth, '/sign-in/email', { email, password }, { [CLIENT_IP_HEADER]: ip });
  const sessionHeaders = async (email: string) => {
    const response = await signIn(email, PASSWORD, `198.51.100.${Math.floor(Math.random() * 250)}`);
    expect(response.status).toBe(200);
    return new Headers({ cookie: cookiesOf(response) });
  };

  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    auth = createAuth(db.prisma, settings);
    providerSlug = (await db.prisma.provider.findFirstOrThrow({ orderBy: { slug: 'asc' } })).slug;
    for (const [email, role] of [
      ['editor@example.org', 'editor'],
      ['admin@example.org', 'admin'],
      ['idle@example.org', 'editor'],
      ['absolute@example.org', 'editor'],
      ['banned@example.org', 'editor'],
      ['totp@example.org', 'editor'],
      ['reset@example.org', 'editor'],
      ['limited@example.org', 'editor'],
    ] as const) {
      await createStaffUser(db.prisma, settings, { email, name: email.split('@')[0]!, role, password: PASSWORD });
    }
    await createStaffUser(db.prisma, settings, {
      email: 'provider@example.org',
      name: 'Provider',
      role: 'provider',
      providerSlug,
      password: PASSWORD,
    });
  });
  afterAll(() => db?.close());

  it('stores Better Auth scrypt hashes, never the password, and refuses duplicates and unknown providers', async () => {
    const account = await db.prisma.account.findFirstOrThrow({
      where: { user: { email: 'editor@example.org' }, providerId: 'credential' },
    });
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(account.password).not.toContain(PASSWORD);
    await expect(
      createStaffUser(db.prisma, settings, { email: 'EDITOR@example.org', name: 'x', role: 'editor', password: PASSWORD }),
    ).rejects.toThrow(/already exists/);
    await expect(
      createStaffUser(db.prisma, settings, { email: 'p2@example.org', name: 'x', role: 'provider', providerSlug: 'nope', password: PASSWORD }),
    ).rejects.toThrow(/No provider/);
  });

  it('signs in with an HttpOnly, SameSite=Lax session cookie kept in the database', async () => {
    const response = await signIn('editor@example.org');
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ettervern.session_token='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(new RegExp(`Max-Age=${policy.idleSeconds}`));
    expect(cookie).not.toMatch(/Secure/);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'editor@example.org' } });
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBeGreaterThan(0);
  });

  it('sets Secure cookies with the __Secure- prefix when configured for production', async () => {
    const secureAuth = createAuth(db.prisma, testSettings({ secureCookies: true }));
    const response = await post(secureAuth, '/sign-in/email', { email: 'editor@example.org', password: PASSWORD }, { [CLIENT_IP_HEADER]: '192.0.2.77' });
    const cookie = response.headers.getSetCookie().find((c) => c.includes('session_token='))!;
    expect(cookie).toMatch(/^__Secure-ettervern\.session_token=/);
    expect(cookie).toMatch(/; Secure/i);
  });

  it('answers a wrong password and an unknown address with the same message', async () => {
    const wrongPassword = await signIn('editor@example.org', 'not the right password', '192.0.2.10');
    const unknownEmail = await signIn('nobody@example.org', 'not the right password', '192.0.2.11');
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownEmail.json());
  });

  it('limits sign-in attempts per address in the database, across instances', async () => {
    // An account of its own: its per-account count (five failures, so not slowed yet) is
    // not shared with other tests.
    const other = createAuth(db.prisma, settings); // a second server instance
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const instance = i % 2 ? other : auth;
      const response = await post(instance, '/sign-in/email', { email: 'limited@example.org', password: 'wrong wrong wrong' }, { [CLIENT_IP_HEADER]: '203.0.113.5' });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await signIn('limited@example.org', PASSWORD, '203.0.113.5')).status).toBe(429);
    expect((await signIn('limited@example.org', PASSWORD, '203.0.113.6')).status).toBe(200);
    // One counter for that address, stored under a keyed hash: the table holds no address.
    const hashed = `auth:${keyedHash(settings.secret, 'auth-client', '203.0.113.5')}|/sign-in/email`;
    expect(await db.prisma.rateLimit.count({ where: { key: hashed } })).toBe(1);
    expect(await db.prisma.rateLimit.count({ where: { key: { contains: '203.0.113' } } })).toBe(0);
  });

  it('refuses sign-up: accounts are made by admins only', async () => {
    const response = await post(auth, '/sign-up/email', { email: 'new@example.org', password: PASSWORD, name: 'New' });
    expect(response.ok).toBe(false);
    expect(await db.prisma.user.count({ where: { email: 'new@example.org' } })).toBe(0);
  });

  it('turns a session into an actor with its role and provider, and nobody without one', async () => {
    expect(await resolveActor(auth, new Headers(), policy)).toBeNull();
    expect(await resolveActor(auth, new Headers({ cookie: 'ettervern.session_token=forged.value' }), policy)).toBeNull();
    const editor = await resolveActor(auth, await sessionHeaders('editor@example.org'), policy);
    expect(editor?.actor).toMatchObject({ email: 'editor@example.org', role: 'editor', providerId: null });
    expect(editor?.needsTwoFactorSetup).toBe(false);
    const provider = await resolveActor(auth, await sessionHeaders('provider@example.org'), policy);
    const expected = await db.prisma.provider.findUniqueOrThrow({ where: { slug: providerSlug } });
    expect(provider?.actor).toMatchObject({ role: 'provider', providerId: expected.id });
    const admin = await resolveActor(auth, await sessionHeaders('admin@example.org'), policy);
    expect(admin?.actor.role).toBe('admin');
    expect(admin?.needsTwoFactorSetup).toBe(true);
  });

  it('has only our three roles: the database refuses any other', async () => {
    await expect(
      db.prisma.user.update({ where: { email: 'editor@example.org' }, data: { role: 'user' } }),
    ).rejects.toThrow();
  });

  it('ends an idle session, and slides the expiry of one in use', async () => {
    const headers = await sessionHeaders('idle@example.org');
    const session = await db.prisma.session.findFirstOrThrow({ where: { user: { email: 'idle@example.org' } } });
    // In use: a request after updateAge pushes the expiry forward.
    const later = new Date(Date.now() + (policy.updateAgeSeconds + 5) * 1000);
    expect(await resolveActor(auth, headers, policy, later)).not.toBeNull();
    const slid = await db.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(slid.expiresAt.getTime()).toBeGreaterThan(session.expiresAt.getTime());
    // Idle past the time-out: refused and deleted.
    await db.prisma.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveActor(auth, headers, policy)).toBeNull();
    expect(await db.prisma.session.findUnique({ where: { id: session.id } })).toBeNull();
  });

  it('ends a session at the absolute time-out however active, and never slides past it', async () => {
    const headers = await sessionHeaders('absolute@example.org');
    const session = await db.prisma.session.findFirstOrThrow({ where: { user: { email: 'absolute@example.org' } } });
    const nearEnd = new Date(session.createdAt.getTime() + policy.absoluteSeconds * 1000 - 60_000);
    await db.prisma.session.update({ where: { id: session.id }, data: { expiresAt: new Date(nearEnd.getTime() + 1000) } });
    expect(await resolveActor(auth, headers, policy, nearEnd)).not.toBeNull();
    const capped = await db.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(capped.expiresAt.getTime()).toBeLessThanOrEqual(session.createdAt.getTime() + policy.absoluteSeconds * 1000);
    // Signed in longer ago than the absolute time-out: refused and deleted.
    await db.prisma.session.update({
      where: { id: session.id },
      data: { createdAt: new Date(Date.now() - policy.absoluteSeconds * 1000 - 1000) },
    });
    expect(await resolveActor(auth, headers, policy)).toBeNull();
    expect(await db.prisma.session.findUnique({ where: { id: session.id } })).toBeNull();
  });

  it('refuses a banned user', async () => {
    const headers = await sessionHeaders('banned@example.org');
    await db.prisma.user.update({ where: { email: 'banned@example.org' }, data: { banned: true } });
    expect(await resolveActor(auth, headers, policy)).toBeNull();
  });

  it('sets up TOTP, then asks for a code at sign-in and accepts the right one only', async () => {
    const headers = await sessionHeaders('totp@example.org');
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'totp@example.org' } });
    const setup = await auth.api.enableTwoFactor({ body: { password: PASSWORD }, headers });
    if (setup.method !== 'totp') throw new Error('expected a TOTP setup');
    // The account page shows the same link again from the database.
    const pending = await getAccountSecurity(user.id, settings.secret, db.prisma);
    expect(pending.pendingSetup?.uri).toBe(setup.totpURI);
    expect(pending.pendingSetup?.backupCodes).toEqual(setup.backupCodes);
    const key = keyFromUri(setup.totpURI);
    await expect(auth.api.verifyTOTP({ body: { code: '000000' === totp(key) ? '111111' : '000000' }, headers })).rejects.toThrow();
    const verified = await auth.api.verifyTOTP({ body: { code: totp(key) }, headers, asResponse: true });
    expect(verified.status).toBe(200);
    expect((await getAccountSecurity(user.id, settings.secret, db.prisma)).twoFactorEnabled).toBe(true);

    const first = await signIn('totp@example.org', PASSWORD, '192.0.2.50');
    expect(await first.json()).toMatchObject({ twoFactorRedirect: true });
    expect(first.headers.getSetCookie().some((c) => c.startsWith('ettervern.session_token=') && !/max-age=0/i.test(c))).toBe(false);
    const challenge = { cookie: cookiesOf(first), [CLIENT_IP_HEADER]: '192.0.2.50' };
    const wrong = await post(auth, '/two-factor/verify-totp', { code: totp(key, Date.now() - 10 * 60_000) }, challenge);
    expect(wrong.status).toBe(401);
    // (The next step's code: the current one was just used to confirm the setup.)
    const code = totp(key, Date.now() + 30_000);
    const right = await post(auth, '/two-factor/verify-totp', { code }, challenge);
    expect(right.status).toBe(200);
    const resolved = await resolveActor(auth, new Headers({ cookie: cookiesOf(right) }), policy);
    expect(resolved?.actor.email).toBe('totp@example.org');

    // A code works once: the same one again, still within its time, is refused.
    const again = await signIn('totp@example.org', PASSWORD, '192.0.2.51');
    const replay = await post(auth, '/two-factor/verify-totp', { code }, { cookie: cookiesOf(again), [CLIENT_IP_HEADER]: '192.0.2.51' });
    expect(replay.status).toBe(401);
  });

  it('resets a password with the link from the log (no mail server), ending old sessions', async () => {
    const before = await sessionHeaders('reset@example.org');
    const log = vi.spyOn(console, 'info').mockImplementation(() => {});
    try {
      const request = await post(auth, '/request-password-reset', { email: 'reset@example.org', redirectTo: '/admin/tilbakestill-passord' });
      expect(request.status).toBe(200);
      await vi.waitFor(() => expect(log).toHaveBeenCalled());
      const line = String(log.mock.calls.flat().join(' '));
      const url = line.match(/https?:\/\/\S+/)?.[0];
      expect(url).toContain('/api/auth/reset-password/');
      const token = new URL(url!).pathname.split('/').pop()!;
      const unknown = await post(auth, '/request-password-reset', { email: 'nobody@example.org', redirectTo: '/admin/tilbakestill-passord' });
      expect(unknown.status).toBe(request.status);
      const reset = await post(auth, '/reset-password', { token, newPassword: 'a brand new long password' });
      expect(reset.status).toBe(200);
    } finally {
      log.mockRestore();
    }
    expect(await resolveActor(auth, before, policy)).toBeNull();
    expect((await signIn('reset@example.org', 'a brand new long password', '192.0.2.60')).status).toBe(200);
  });

  it("keeps Better Auth's own admin endpoints for admins with two-step sign-in", async () => {
    const listUsers = (headers: Headers) =>
      auth.handler(new Request(`${ORIGIN}/api/auth/admin/list-users`, { headers }));
    expect((await listUsers(new Headers())).status).toBe(401);
    expect((await listUsers(await sessionHeaders('editor@example.org'))).status).toBe(403);
    expect((await listUsers(await sessionHeaders('admin@example.org'))).status).toBe(403);
    await db.prisma.user.update({ where: { email: 'admin@example.org' }, data: { twoFactorEnabled: true } });
    try {
      // (A direct session: with 2FA on, a password alone would only start the code step.)
      const admin = await db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.org' } });
      const ctx = await auth.$context;
      const session = await ctx.internalAdapter.createSession(admin.id);
      const signed = await makeSignature(session.token, settings.secret);
      const cookie = `ettervern.session_token=${encodeURIComponent(`${session.token}.${signed}`)}`;
      expect((await listUsers(new Headers({ cookie }))).status).toBe(200);
    } finally {
      await db.prisma.user.update({ where: { email: 'admin@example.org' }, data: { twoFactorEnabled: false } });
    }
  });
});

describe('sign-in settings from the environment', () => {
  const base = {
    PGLITE_DATA_DIR: '.data/pglite',
    SITE_URL: 'http://localhost:3000',
    AUTH_IDLE_MINUTES: 480,
    AUTH_ABSOLUTE_HOURS: 12,
  } as Env;

  it('requires AUTH_SECRET in production with a database server, with a clear message', () => {
    expect(() =>
      resolveAuthSecret({ ...base, NODE_ENV: 'production', DATABASE_URL: 'postgres://x@localhost/db' }),
    ).toThrow(/AUTH_SECRET is not set/);
  });

  it('otherwise keeps a random secret beside the embedded data directory, the same on every start', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'auth-secret-'));
    const env = { ...base, NODE_ENV: 'development', PGLITE_DATA_DIR: path.join(dir, 'pglite') } as Env;
    const first = resolveAuthSecret(env);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret(env)).toBe(first);
    expect(readFileSync(path.join(dir, 'pglite.auth-secret'), 'utf8')).toBe(first);
  });

  it('derives idle and absolute time-outs, never letting idle exceed absolute', () => {
    expect(sessionPolicyFromEnv(base)).toEqual({ idleSeconds: 28_800, updateAgeSeconds: 300, absoluteSeconds: 43_200 });
    expect(sessionPolicyFromEnv({ ...base, AUTH_IDLE_MINUTES: 1 }).updateAgeSeconds).toBe(6);
    expect(sessionPolicyFromEnv({ ...base, AUTH_IDLE_MINUTES: 2000 }).idleSeconds).toBe(43_200);
  });
});
