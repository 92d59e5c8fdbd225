// The account page's two-step sign-in endpoints against real databases, through Better
// Auth's request handler as the page's actions call them: new backup codes (password
// confirmed, the old codes stop working) and turning two-step sign-in off (password
// confirmed; never for admins, also when the API is called directly).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from '@/lib/auth';
import { createStaffUser } from '@/lib/auth/create-user';
import { getAccountSecurity } from '@/lib/data/admin-account';
import { CLIENT_IP_HEADER } from '@/lib/http/client-ip';
import { totp } from '../e2e/helpers/totp';
import { TEST_ORIGIN, testSettings } from '../helpers/auth';
import { databaseKinds, type TestDatabase } from '../helpers/db';

const PASSWORD = 'a long enough test password';

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .filter((cookie) => !/max-age=0/i.test(cookie))
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

describe.each(databaseKinds)('two-step sign-in on the account page, on $kind', ({ create }) => {
  let db: TestDatabase;
  let auth: Auth;
  const settings = testSettings();
  /** Each request from its own address, so the /two-factor/* rate limit (3 per 10 s) is per test step. */
  let address = 0;

  const post = (endpoint: string, body: unknown, cookie = '') =>
    auth.handler(
      new Request(`${TEST_ORIGIN}/api/auth${endpoint}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, [CLIENT_IP_HEADER]: `203.0.113.${++address}`, cookie },
        body: JSON.stringify(body),
      }),
    );

  /** A user with TOTP on, and a session cookie that has passed the code step. */
  async function withTotp(email: string, role: 'admin' | 'editor') {
    const { id } = await createStaffUser(db.prisma, settings, { email, name: email, role, password: PASSWORD });
    const first = await post('/sign-in/email', { email, password: PASSWORD });
    let cookie = cookiesOf(first);
    const setup = await auth.api.enableTwoFactor({ body: { password: PASSWORD }, headers: new Headers({ cookie }) });
    if (setup.method !== 'totp') throw new Error('expected a TOTP setup');
    const key = new URL(setup.totpURI).searchParams.get('secret')!;
    await auth.api.verifyTOTP({ body: { code: totp(key, Date.now() - 30_000) }, headers: new Headers({ cookie }) });
    const challenge = await post('/sign-in/email', { email, password: PASSWORD });
    const verified = await post('/two-factor/verify-totp', { code: totp(key) }, cookiesOf(challenge));
    expect(verified.status).toBe(200);
    cookie = cookiesOf(verified);
    return { id, email, cookie, backupCodes: setup.backupCodes, key };
  }

  beforeAll(async () => {
    db = await create();
    auth = createAuth(db.prisma, settings);
  });
  afterAll(() => db?.close());

  it('makes new backup codes only with the right password; the old ones stop working, the new ones work once', async () => {
    const user = await withTotp('codes@example.org', 'editor');
    expect((await post('/two-factor/generate-backup-codes', {}, user.cookie)).status).toBe(400);
    expect((await post('/two-factor/generate-backup-codes', { password: 'not the password at all' }, user.cookie)).status).toBe(400);
    const answer = await post('/two-factor/generate-backup-codes', { password: PASSWORD }, user.cookie);
    expect(answer.status).toBe(200);
    const { backupCodes } = (await answer.json()) as { backupCodes: string[] };
    expect(backupCodes).toHaveLength(10);
    expect(backupCodes.some((code) => user.backupCodes.includes(code))).toBe(false);
    // Stored encrypted, never in plain text.
    const row = await db.prisma.twoFactor.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.backupCodes).not.toContain(backupCodes[0]!);

    const signInWithBackupCode = async (code: string) => {
      const challenge = await post('/sign-in/email', { email: user.email, password: PASSWORD });
      return post('/two-factor/verify-backup-code', { code }, cookiesOf(challenge));
    };
    expect((await signInWithBackupCode(user.backupCodes[0]!)).status).toBe(401);
    expect((await signInWithBackupCode(backupCodes[0]!)).status).toBe(200);
    expect((await signInWithBackupCode(backupCodes[0]!)).status).toBe(401);
  });

  it('refuses new backup codes without a session', async () => {
    expect((await post('/two-factor/generate-backup-codes', { password: PASSWORD })).status).toBe(401);
  });

  it('turns two-step sign-in off for an editor with the right password only', async () => {
    const user = await withTotp('off@example.org', 'editor');
    expect((await post('/two-factor/disable', { password: 'not the password at all' }, user.cookie)).status).toBe(400);
    expect((await getAccountSecurity(user.id, settings.secret, db.prisma)).twoFactorEnabled).toBe(true);
    const off = await post('/two-factor/disable', { password: PASSWORD }, user.cookie);
    expect(off.status).toBe(200);
    expect((await getAccountSecurity(user.id, settings.secret, db.prisma)).twoFactorEnabled).toBe(false);
    expect(await db.prisma.twoFactor.count({ where: { userId: user.id } })).toBe(0);
    // The password alone signs in now.
    const signIn = await post('/sign-in/email', { email: user.email, password: PASSWORD });
    expect(await signIn.json()).not.toMatchObject({ twoFactorRedirect: true });
    expect(cookiesOf(signIn)).toMatch(/ettervern\.session_token=/);
  });

  it('never turns two-step sign-in off for an admin, even with the right password through the API', async () => {
    const admin = await withTotp('admin.keeps@example.org', 'admin');
    const refused = await post('/two-factor/disable', { password: PASSWORD }, admin.cookie);
    expect(refused.status).toBe(403);
    expect((await getAccountSecurity(admin.id, settings.secret, db.prisma)).twoFactorEnabled).toBe(true);
    expect(await db.prisma.twoFactor.count({ where: { userId: admin.id } })).toBe(1);
    // New backup codes are fine for admins.
    expect((await post('/two-factor/generate-backup-codes', { password: PASSWORD }, admin.cookie)).status).toBe(200);
  });
});
