// Brute force against sign-in, whatever the headers say (issue 14): the per-account lock
// (slow-down, lock, one mail to the holder, admin unlock, two-step codes too), per-address
// limits keyed by the address server.ts resolves from the socket, and rate-limit rows that
// hold no address and expire. Requests go through Better Auth's handler, as the JSON API
// and the no-JS form do; the address comes from resolveClientIp, as in server.ts. The lock
// mail goes over STARTTLS to a real SMTP server in this process.
import { symmetricEncrypt } from 'better-auth/crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInLockedUntil } from '@/lib/data/admin-users';
import { unlockSignIn } from '@/lib/services/users';
import { createAuth, type Auth } from '@/lib/auth';
import { accountKey } from '@/lib/auth/account-lock';
import { createStaffUser } from '@/lib/auth/create-user';
import { base32 } from '@/lib/auth/totp';
import { CLIENT_IP_HEADER, resolveClientIp } from '@/lib/http/client-ip';
import { pruneRateLimits } from '@/lib/http/rate-limit';
import { totp } from '../e2e/helpers/totp';
import { TEST_ORIGIN, testSettings } from '../helpers/auth';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

const PASSWORD = 'correct horse battery staple';
const TOTP_SECRET = 'brute-force-test-totp-secret-0123';
const TOTP_KEY = base32(new TextEncoder().encode(TOTP_SECRET));
const TRUSTED_PROXY = '10.0.0.9';

/** The lock mail is sent without being awaited: wait for it to arrive, within bounds. */
const ARRIVAL = { timeout: 10_000, interval: 50 };

describe.each(databaseKinds)('brute force on $kind', ({ create }) => {
  let db: TestDatabase;
  let auth: Auth;
  let smtp: TestSmtpServer;
  const settings = testSettings();
  const { maxFailures, lockMinutes } = settings.accountLock;
  let clock = Date.parse('2026-12-01T09:00:00Z');
  const tick = (ms: number) => vi.setSystemTime((clock += ms));

  /** A request as server.ts passes it on: the address resolved from the socket peer. */
  function post(path: string, body: unknown, { peer, headers = {}, trusted = [] }: { peer: string; headers?: Record<string, string>; trusted?: string[] }) {
    const incoming = new Headers(headers);
    const ip = resolveClientIp(peer, incoming, { ipHeaders: ['x-forwarded-for'], trustedProxies: trusted });
    const forwarded = new Headers({ ...headers, 'content-type': 'application/json', origin: TEST_ORIGIN });
    if (ip) forwarded.set(CLIENT_IP_HEADER, ip);
    return auth.handler(new Request(`${TEST_ORIGIN}/api/auth${path}`, { method: 'POST', headers: forwarded, body: JSON.stringify(body) }));
  }
  const signIn = (email: string, password: string, peer: string, headers: Record<string, string> = {}, trusted: string[] = []) =>
    post('/sign-in/email', { email, password }, { peer, headers, trusted });
  const cookieOf = (response: Response) =>
    response.headers.getSetCookie().filter((c) => !/max-age=0/i.test(c)).map((c) => c.split(';')[0]).join('; ');
  const randomPeer = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
  const makeUser = (email: string) => createStaffUser(db.prisma, settings, { email, name: email.split('@')[0]!, role: 'editor', password: PASSWORD });

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(clock);
    db = await create();
    smtp = await startSmtpServer();
    auth = createAuth(db.prisma, { ...settings, mail: smtp.mailSettings });
  });
  afterEach(async () => {
    // A late mail must not count in the next test.
    await smtp.settle();
    smtp.messages.length = 0;
  });
  afterAll(async () => {
    vi.useRealTimers();
    await smtp?.stop();
    await db?.close();
  });

  it('stops 300 wrong passwords with rotating X-Forwarded-For after the limit, tells the holder once, and refuses the right password until the lock ends', async () => {
    await makeUser('kari@example.org');
    const statuses: number[] = [];
    const codes = new Set<unknown>();
    for (let i = 0; i < 300; i++) {
      // A minute apart until the lock, so the slow-down never answers first.
      if (i < maxFailures) tick(61_000);
      const response = await signIn('kari@example.org', `wrong password ${i}`, randomPeer(), { 'x-forwarded-for': `203.0.113.${i % 250}` });
      statuses.push(response.status);
      if (response.status === 429) {
        codes.add(((await response.json()) as { code?: string }).code);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, maxFailures)).toEqual(Array(maxFailures).fill(401));
    expect(statuses.slice(maxFailures)).toEqual(Array(300 - maxFailures).fill(429));
    expect([...codes]).toEqual(['ACCOUNT_LOCKED']);

    await vi.waitFor(() => expect(smtp.messages).toHaveLength(1), ARRIVAL);
    const [mail] = smtp.messages;
    expect(mail!.envelopeTo).toEqual(['kari@example.org']);
    expect(mail!.headers.to).toBe('kari@example.org');
    expect(mail!.subject).toMatch(/sperret/i);
    expect(mail!.text).toMatch(/sperret til kl\. \d\d[:.]\d\d/);
    expect(mail!.text).toMatch(/locked until/);
    expect(mail!.html).toContain('<p>');
    expect(`${mail!.text}${mail!.html}${mail!.raw}`).not.toContain('wrong password');

    // The right password, from yet another address, during the lock: refused.
    expect((await signIn('kari@example.org', PASSWORD, randomPeer())).status).toBe(429);
    tick(lockMinutes * 60_000 + 1000);
    expect((await signIn('kari@example.org', PASSWORD, randomPeer())).status).toBe(200);
    // A sign-in clears the count: the next failures start from one again.
    expect(await db.prisma.signInFailure.count()).toBe(0);
    await smtp.settle();
    expect(smtp.messages).toHaveLength(1);
  });

  it('slows down after half the allowed failures, with a growing wait', async () => {
    await makeUser('slow@example.org');
    const free = Math.ceil(maxFailures / 2);
    for (let i = 0; i < free + 1; i++) expect((await signIn('slow@example.org', 'nope nope nope', randomPeer())).status).toBe(401);
    const early = await signIn('slow@example.org', PASSWORD, randomPeer());
    expect(early.status).toBe(429);
    expect(await early.json()).toMatchObject({ code: 'SLOW_DOWN' });
    tick(1000);
    expect((await signIn('slow@example.org', 'nope nope nope', randomPeer())).status).toBe(401);
    tick(1000);
    expect((await signIn('slow@example.org', PASSWORD, randomPeer())).status).toBe(429); // now 2 s
    tick(1000);
    expect((await signIn('slow@example.org', PASSWORD, randomPeer())).status).toBe(200);
  });

  it('answers an unknown address exactly as a known one, and mails nobody for it', async () => {
    await makeUser('known@example.org');
    const run = async (email: string) => {
      const answers: string[] = [];
      for (let i = 0; i < maxFailures + 2; i++) {
        // The clock stands still once locked: nodemailer times the lock mail's connection by Date.
        if (i < maxFailures) tick(61_000);
        const response = await signIn(email, 'nope nope nope', randomPeer());
        answers.push(`${response.status} ${await response.text()} ${response.headers.get('retry-after')}`);
      }
      return answers;
    };
    const known = await run('known@example.org');
    await vi.waitFor(() => expect(smtp.messages).toHaveLength(1), ARRIVAL);
    const unknown = await run('Nobody@Example.org');
    expect(unknown).toEqual(known);
    await smtp.settle();
    expect(smtp.messages.map((m) => m.envelopeTo)).toEqual([['known@example.org']]);
    expect(await db.prisma.signInFailure.count({ where: { key: { contains: 'example' } } })).toBe(0);
  });

  it('lets an admin lift the lock, audited', async () => {
    const target = await makeUser('locked@example.org');
    const admin = await createStaffUser(db.prisma, settings, { email: 'boss@example.org', name: 'Boss', role: 'admin', password: PASSWORD });
    const actor = { id: admin.id, email: admin.email, name: 'Boss', role: 'admin' as const, providerId: null };
    for (let i = 0; i < maxFailures; i++) {
      tick(61_000);
      await signIn('locked@example.org', 'nope nope nope', randomPeer());
    }
    const until = await signInLockedUntil(settings.secret, 'locked@example.org', new Date(), db.prisma);
    expect(until?.getTime()).toBe(clock + lockMinutes * 60_000);
    expect(await unlockSignIn(db.prisma, settings.secret, { ...actor, role: 'editor' }, target.id)).toEqual({ ok: false, error: 'forbidden' });
    expect((await signIn('locked@example.org', PASSWORD, randomPeer())).status).toBe(429);

    expect(await unlockSignIn(db.prisma, settings.secret, actor, target.id)).toEqual({ ok: true, value: { id: target.id } });
    expect(await signInLockedUntil(settings.secret, 'locked@example.org', new Date(), db.prisma)).toBeNull();
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'user', entityId: target.id, action: 'status' } });
    expect(audit).toMatchObject({ userEmail: 'boss@example.org', changes: [{ field: 'lockedUntil', before: until!.toISOString(), after: null }] });
    expect((await signIn('locked@example.org', PASSWORD, randomPeer())).status).toBe(200);
  });

  it('counts wrong two-step codes on the same account, and the right password does not reset them', async () => {
    const user = await makeUser('totp@example.org');
    await db.prisma.twoFactor.create({
      data: {
        id: `tf-${user.id}`,
        userId: user.id,
        secret: await symmetricEncrypt({ key: settings.secret, data: TOTP_SECRET }),
        backupCodes: await symmetricEncrypt({ key: settings.secret, data: JSON.stringify(['aaaaa-bbbbb']) }),
        verified: true,
      },
    });
    await db.prisma.user.update({ where: { id: user.id }, data: { twoFactorEnabled: true } });
    const wrongCode = () => (totp(TOTP_KEY) === '000000' ? '111111' : '000000');
    const statuses: number[] = [];
    // Better Auth allows five codes per pending sign-in; the password is then asked again.
    for (let round = 0; round < 2; round++) {
      tick(61_000);
      const challenge = await signIn('totp@example.org', PASSWORD, randomPeer());
      expect(await challenge.json()).toMatchObject({ twoFactorRedirect: true });
      for (let i = 0; i < maxFailures / 2; i++) {
        tick(61_000);
        const response = await post(
          i % 2 ? '/two-factor/verify-backup-code' : '/two-factor/verify-totp',
          { code: i % 2 ? 'zzzzz-zzzzz' : wrongCode() },
          { peer: randomPeer(), headers: { cookie: cookieOf(challenge) } },
        );
        statuses.push(response.status);
      }
    }
    expect(statuses).toEqual(Array(maxFailures).fill(401));
    await vi.waitFor(() => expect(smtp.messages.map((m) => m.envelopeTo)).toEqual([['totp@example.org']]), ARRIVAL);
    // Locked: the right password and the right code are both refused now.
    const challenge = await signIn('totp@example.org', PASSWORD, randomPeer());
    expect(challenge.status).toBe(429);
    tick(lockMinutes * 60_000 + 1000);
    const again = await signIn('totp@example.org', PASSWORD, randomPeer());
    expect(await again.json()).toMatchObject({ twoFactorRedirect: true });
    const right = await post('/two-factor/verify-totp', { code: totp(TOTP_KEY) }, { peer: randomPeer(), headers: { cookie: cookieOf(again) } });
    expect(right.status).toBe(200);
  });

  it('keeps per-address buckets apart: a two-address header from an untrusted client, an attacker behind a trusted proxy', async () => {
    await makeUser('innocent@example.org');
    await makeUser('colleague@example.org');
    tick(3600_000);
    // An untrusted client sends a two-address header: it counts on its own socket address,
    // so another client sending the same header is not in its bucket.
    const twoAddresses = { 'x-forwarded-for': '192.0.2.200, 10.0.0.9' };
    const fromAttacker = [];
    for (let i = 0; i < 8; i++) fromAttacker.push((await signIn(`x${i}@example.org`, 'nope nope nope', '198.51.100.66', twoAddresses)).status);
    expect(fromAttacker).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    expect((await signIn('colleague@example.org', PASSWORD, '198.51.100.67', twoAddresses)).status).toBe(200);

    // Behind a trusted appending proxy: the attacker hammers the innocent's account, even
    // forging the innocent's address in X-Forwarded-For. The per-address limit stops the
    // attacker before the account is slowed, and the innocent signs in.
    const attacker = { 'x-forwarded-for': '203.0.113.10, 198.51.100.99' };
    const hammer = [];
    for (let i = 0; i < 30; i++) hammer.push((await signIn('innocent@example.org', 'guess guess guess', TRUSTED_PROXY, attacker, [TRUSTED_PROXY])).status);
    expect(hammer.filter((s) => s === 401)).toHaveLength(settings.signInRateLimit.max);
    expect(hammer.slice(settings.signInRateLimit.max).every((s) => s === 429)).toBe(true);
    const innocent = { 'x-forwarded-for': '203.0.113.10' };
    expect((await signIn('innocent@example.org', PASSWORD, TRUSTED_PROXY, innocent, [TRUSTED_PROXY])).status).toBe(200);
  });

  it('stores no address in rate_limit, and the retention job forgets ended windows and old failures', async () => {
    const rows = await db.prisma.rateLimit.findMany({ select: { key: true } });
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).not.toMatch(/\d+\.\d+\.\d+\.\d+|:.*:/);
    await signIn('someone@example.org', 'nope nope nope', randomPeer());
    await pruneRateLimits(db.prisma, new Date(clock));
    // The fresh failure is kept (its window runs), older ones are gone.
    const fresh = accountKey(settings.secret, 'someone@example.org');
    expect(await db.prisma.signInFailure.findMany({ select: { key: true } })).toContainEqual({ key: fresh });
    expect(await db.prisma.signInFailure.count({ where: { expiresAt: { lte: new Date(clock) } } })).toBe(0);
    expect(await db.prisma.rateLimit.count()).toBeGreaterThan(0);
    const later = new Date(clock + lockMinutes * 60_000 + 3600_000);
    await pruneRateLimits(db.prisma, later);
    expect(await db.prisma.rateLimit.count()).toBe(0);
    expect(await db.prisma.signInFailure.count()).toBe(0);
  });
});
