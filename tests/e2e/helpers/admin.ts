// Signing in to the admin area in end-to-end tests. The accounts are made before the test
// server starts by tests/e2e/helpers/admin-seed.ts (embedded test database only).
import { expect as baseExpect, type Page } from '@playwright/test';
import { base32 } from '../../../lib/auth/totp';
import { totp } from './totp';

// Signing in hashes passwords (scrypt) on a small, busy machine: allow for it.
const expect = baseExpect.configure({ timeout: 15_000 });

export const E2E_PASSWORD = 'e2e sign-in password for tests';
/** The TOTP secret of the admin account that has two-step sign-in on from the start. */
export const E2E_TOTP_SECRET = 'e2e-totp-secret-0123456789abcdef';
export const E2E_TOTP_KEY = base32(new TextEncoder().encode(E2E_TOTP_SECRET));

export const E2E_USERS = {
  /** An editor; tests share it (sessions are independent). */
  editor: { email: 'e2e-editor@example.org', name: 'E2E Redaktør', role: 'editor' },
  /** An admin with two-step sign-in on (code from E2E_TOTP_KEY). */
  admin: { email: 'e2e-admin@example.org', name: 'E2E Admin', role: 'admin', totp: true },
  /** An admin who has not turned on two-step sign-in yet. */
  adminWithout2fa: { email: 'e2e-admin-no2fa@example.org', name: 'E2E Admin uten 2FA', role: 'admin' },
  /** An admin whose two-step sign-in a test turns on (used by that test only). */
  adminEnrol: { email: 'e2e-admin-enrol@example.org', name: 'E2E Admin Enrol', role: 'admin' },
  /** A provider account, for the first provider by slug. */
  provider: { email: 'e2e-provider@example.org', name: 'E2E Tilbyder', role: 'provider' },
  /** An editor with two-step sign-in on, who makes new backup codes and turns it off (admin-account.spec.ts only). */
  editorTotp: { email: 'e2e-editor-totp@example.org', name: 'E2E Redaktør 2FA', role: 'editor', totp: true },
  /** An editor for the session time-out test only. */
  idle: { email: 'e2e-idle@example.org', name: 'E2E Idle', role: 'editor' },
  /** Signs in from an address after its five failures (admin-auth.spec.ts): failures count on
   * the account too, and would slow down everyone else's sign-in to a shared account. */
  addressLimited: { email: 'e2e-address-limited@example.org', name: 'E2E Adressegrense', role: 'editor' },
  /** Locked by tests/e2e/sign-in-lock.spec.ts after too many failed sign-ins. */
  locked: { email: 'e2e-locked@example.org', name: 'E2E Sperret', role: 'editor' },
  /** The target of attack.spec.ts's brute force, which leaves it limited or locked: no other test signs in with it. */
  attackTarget: { email: 'e2e-attack-target@example.org', name: 'E2E Angrepsmål', role: 'editor' },
  /** An editor who starts a two-step setup, and whose user page admins probe (no-js-forms.spec.ts only). */
  noJsEditor: { email: 'e2e-nojs-editor@example.org', name: 'E2E Uten skript', role: 'editor' },
  /** An editor with two-step sign-in on, for the account forms' probes (no-js-forms.spec.ts only). */
  noJsTotpEditor: { email: 'e2e-nojs-totp@example.org', name: 'E2E Uten skript 2FA', role: 'editor', totp: true },
  /** A provider account whose organisation is gone: no admin page or action serves it. */
  orphanProvider: { email: 'e2e-provider-orphan@example.org', name: 'E2E Uten tilbyder', role: 'provider', orphan: true },
} as const satisfies Record<
  string,
  { email: string; name: string; role: 'admin' | 'editor' | 'provider'; totp?: boolean; orphan?: boolean }
>;

export type E2EUser = (typeof E2E_USERS)[keyof typeof E2E_USERS];

/**
 * Gives the page its own client address, so the per-address sign-in rate limit of one test
 * never locks out another. X-Forwarded-For is believed by server.ts because the test server
 * trusts the loopback proxy (AUTH_TRUSTED_PROXIES in playwright.config.ts).
 */
export async function useOwnClientAddress(page: Page): Promise<string> {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  const address = `10.${octet()}.${octet()}.${octet()}`;
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': address });
  return address;
}

/** Fills in the sign-in form (and the code step, for accounts with two-step sign-in). */
export async function signIn(page: Page, user: E2EUser, password = E2E_PASSWORD): Promise<void> {
  await useOwnClientAddress(page);
  await page.goto('/admin/logg-inn');
  await page.getByLabel('E-postadresse').fill(user.email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  if ('totp' in user && user.totp) await enterTotpCode(page, E2E_TOTP_KEY);
  await expect(page).toHaveURL(/\/admin(\/konto)?$/);
}

/**
 * Enters a code on the code step. Each code works once, so when tests sign in as the same
 * account close together, the next ones use the neighbouring steps' codes (also valid),
 * or wait for a fresh one.
 */
export async function enterTotpCode(page: Page, key: string): Promise<void> {
  const step = 30_000;
  // Current, next and previous step: all accepted; then fresh codes as time moves on.
  for (const [offset, wait] of [[0, 0], [step, 0], [-step, 0], [step, step], [step, step]] as const) {
    if (wait) await page.waitForTimeout(wait);
    await page.getByLabel('Kode').fill(totp(key, Date.now() + offset));
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/logg-inn'));
    await page.getByRole('button', { name: 'Bekreft', exact: true }).click();
    const redirected = Boolean((await answered).headers()['x-action-redirect']);
    if (redirected) {
      await page.waitForURL((url) => !url.pathname.includes('/admin/logg-inn'));
      return;
    }
    await expect(page.locator('button[aria-disabled="true"]')).toHaveCount(0);
  }
  throw new Error('No TOTP code was accepted');
}
