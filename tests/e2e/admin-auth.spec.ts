// The admin area's sign-in, sessions, roles and defences, in a real browser against the
// production build. Accounts: tests/e2e/helpers/admin.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { E2E_PASSWORD, E2E_USERS, enterTotpCode, signIn, useOwnClientAddress } from './helpers/admin';
import { expectNoAxeViolations } from './helpers/axe';
import { PUBLIC_ACTIONS, serverActions } from './helpers/requests';
import { keyFromUri, totp } from './helpers/totp';

// Signing in hashes passwords (scrypt) on a small, busy machine: allow for it.
const expect = baseExpect.configure({ timeout: 15_000 });
const SESSION_COOKIE = /ettervern\.session_token$/;

/** The form's error summary (Next also has an alert: its route announcer). */
const errorSummary = (page: Page) => page.getByRole('alert', { name: /^Skjemaet har/ });

async function submitCredentials(page: Page, email: string, password: string) {
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord').fill(password);
  // Wait for the answer, so the next attempt does not overlap this one.
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/logg-inn'));
  const button = page.getByRole('button', { name: 'Logg inn', exact: true });
  await button.click();
  await answered;
  // React resets the form when the answer is applied: wait for that too.
  await expect(page.locator('button[aria-disabled="true"]')).toHaveCount(0);
}

test.describe('admin sign-in', () => {
  test('anonymous visitors are sent to the sign-in page, in their language', async ({ page }) => {
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/logg-inn$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg inn');
    await page.goto('/admin/konto');
    await expect(page).toHaveURL(/\/admin\/logg-inn$/);
    await page.goto('/en/admin');
    await expect(page).toHaveURL(/\/en\/admin\/logg-inn$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  });

  test('admin pages are never indexed: meta robots and X-Robots-Tag', async ({ page }) => {
    const response = await page.goto('/admin/logg-inn');
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex, nofollow/);
    const en = await page.goto('/en/admin/glemt-passord');
    expect(en?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    // The public pages stay indexable.
    const home = await page.goto('/');
    expect(home?.headers()['x-robots-tag']).toBeUndefined();
  });

  test('security headers, and the public pages still work under the CSP', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const response = await page.goto('/tiltak');
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['strict-transport-security']).toContain('max-age=');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Client navigation (needs Next's inline scripts) works.
    await page.getByRole('link', { name: 'Arna Aktiv', exact: true }).click();
    await expect(page).toHaveURL(/\/tiltak\/[^/]+$/);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  test('signs in and out; after signing out the admin pages are closed again', async ({ page, context }) => {
    await signIn(page, E2E_USERS.editor);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oversikt');
    await expect(page.getByRole('navigation', { name: 'Administrasjon' })).toBeVisible();
    const cookie = (await context.cookies()).find((c) => SESSION_COOKIE.test(c.name))!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    await page.getByRole('button', { name: 'Logg ut' }).first().click();
    await expect(page).toHaveURL(/\/admin\/logg-inn\?utlogget/);
    await expect(page.getByText('Du er logget ut.')).toBeVisible();
    expect((await context.cookies()).some((c) => SESSION_COOKIE.test(c.name))).toBe(false);
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/logg-inn$/);
  });

  test('the same message for a wrong address and a wrong password, in a focused summary', async ({ page }) => {
    await useOwnClientAddress(page);
    await page.goto('/admin/logg-inn');
    await submitCredentials(page, 'nobody@example.org', E2E_PASSWORD);
    const summary = errorSummary(page);
    await expect(summary).toContainText('Feil e-postadresse eller passord.');
    await expect(summary).toBeFocused();
    const unknownAddress = await summary.textContent();
    await submitCredentials(page, E2E_USERS.editor.email, 'not the right password');
    await expect(summary).toContainText('Feil e-postadresse eller passord.');
    expect(await summary.textContent()).toBe(unknownAddress);
    // What was typed stays, except the password.
    await expect(page.getByLabel('E-postadresse')).toHaveValue(E2E_USERS.editor.email);
    await expect(page.getByLabel('Passord')).toHaveValue('');
  });

  test('locks out an address after five failed attempts, until the window has passed', async ({ page }) => {
    test.setTimeout(90_000);
    await useOwnClientAddress(page);
    await page.goto('/admin/logg-inn');
    for (let i = 0; i < 5; i++) {
      await submitCredentials(page, E2E_USERS.addressLimited.email, `wrong password ${i}`);
      await expect(errorSummary(page)).toContainText('Feil e-postadresse eller passord.');
    }
    // Even the right password is refused now.
    await submitCredentials(page, E2E_USERS.addressLimited.email, E2E_PASSWORD);
    await expect(errorSummary(page)).toContainText('For mange forsøk');
    await expect(page).toHaveURL(/\/admin\/logg-inn$/);
    // The test server's window is 20 seconds (playwright.config.ts).
    await page.waitForTimeout(21_000);
    await submitCredentials(page, E2E_USERS.addressLimited.email, E2E_PASSWORD);
    await expect(page).toHaveURL(/\/admin$/);
  });

  test('works without JavaScript, with the errors at the top', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await useOwnClientAddress(page);
    await page.goto('/admin/logg-inn');
    await submitCredentials(page, '', '');
    await expect(errorSummary(page)).toContainText('Skriv inn e-postadressen din.');
    await expect(page.getByLabel('E-postadresse')).toHaveAttribute('aria-invalid', 'true');
    await submitCredentials(page, E2E_USERS.editor.email, E2E_PASSWORD);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oversikt');
    await context.close();
  });

  test('an idle session ends on the server, not just in the browser', async ({ page, context }) => {
    test.setTimeout(150_000);
    await signIn(page, E2E_USERS.idle);
    const cookie = (await context.cookies()).find((c) => SESSION_COOKIE.test(c.name))!;
    // The cookie lasts the idle time-out (one minute on the test server) ...
    expect(cookie.expires * 1000 - Date.now()).toBeLessThanOrEqual(61_000);
    // ... and so does the session: after it, even a kept cookie opens nothing.
    await page.waitForTimeout(65_000);
    await context.addCookies([{ ...cookie, expires: Math.floor(Date.now() / 1000) + 3600 }]);
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/logg-inn$/);
  });

  test('roles: providers and admins without two-step sign-in get only what is theirs', async ({ browser, request }) => {
    // Anonymous: the CSV export refuses.
    expect((await request.get('/api/admin/measures.csv')).status()).toBe(401);

    const asRole = async (user: (typeof E2E_USERS)[keyof typeof E2E_USERS]) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, user);
      return { context, page };
    };

    const editor = await asRole(E2E_USERS.editor);
    expect((await editor.page.request.get('/api/admin/measures.csv')).status()).toBe(200);
    expect((await editor.page.goto('/admin/tilbydere'))?.status()).toBe(200);
    await editor.context.close();

    const provider = await asRole(E2E_USERS.provider);
    await expect(provider.page.getByRole('heading', { level: 1 })).toHaveText('Oversikt');
    const adminNav = provider.page.getByRole('navigation', { name: 'Administrasjon' });
    await expect(adminNav.getByRole('link', { name: 'Tiltak' })).toBeVisible();
    await expect(adminNav.getByRole('link', { name: 'Tilbydere' })).toHaveCount(0);
    expect((await provider.page.request.get('/api/admin/measures.csv')).status()).toBe(403);
    // An editor-only page answers "not found" to a provider.
    expect((await provider.page.goto('/admin/tilbydere'))?.status()).toBe(404);
    await provider.context.close();

    // An admin must turn on two-step sign-in before anything else.
    const admin = await asRole(E2E_USERS.adminWithout2fa);
    await admin.page.goto('/admin');
    await expect(admin.page).toHaveURL(/\/admin\/konto$/);
    await expect(admin.page.getByText('Som administrator må du slå på tostegspålogging')).toBeVisible();
    expect((await admin.page.request.get('/api/admin/measures.csv')).status()).toBe(403);
    await admin.context.close();
  });

  test('every admin server action refuses anonymous callers and accounts it does not serve', async ({ browser, baseURL }) => {
    const distDir = process.env.NEXT_DIST_DIR || '.next';
    const manifest = JSON.parse(
      readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8'),
    ) as { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };
    // As in tests/integration/auth-admin-actions.test.ts: signing in, password reset, and the
    // visitors' forms and providers' answers (guarded by signed tokens instead).
    const publicActions = new Set(PUBLIC_ACTIONS);
    const actions = Object.entries(manifest.node)
      .filter(([, a]) => a.filename.includes('/admin/') || a.filename.startsWith('lib/actions/'))
      .filter(([, a]) => !publicActions.has(a.exportedName));
    expect(actions.length).toBeGreaterThan(2);

    const orphan = await browser.newContext();
    await signIn(await orphan.newPage(), E2E_USERS.orphanProvider);
    const anonymous = await browser.newContext();
    for (const [id, action] of actions) {
      const page = Object.keys(action.workers)[0]!.replace(/^app\/\[locale\]/, '').replace(/\/page$/, '').replace(/\[[^\]]+\]/g, 'x') || '/';
      const call = (context: typeof anonymous) =>
        context.request.post(page, {
          headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Origin: baseURL! },
          data: '["x"]',
          maxRedirects: 0,
        });
      const name = `${action.filename}#${action.exportedName}`;
      const asAnonymous = await call(anonymous);
      expect(asAnonymous.headers()['x-action-redirect'] ?? '', `${name} anonymous`).toMatch(/^\/admin\/logg-inn/);
      const asOrphan = await call(orphan);
      expect(asOrphan.status(), `${name} as a provider without organisation`).toBe(404);
    }
    await orphan.close();
    await anonymous.close();
  });

  test('a signed-in call with arguments of the wrong type gets a 404, never a 500', async ({ browser, baseURL }) => {
    // React only ever sends what a form or a server-side binding holds; a number for an id,
    // or no form at all, is a hand-made call, which lib/actions/safe-action.ts turns away.
    const editor = await browser.newContext();
    await signIn(await editor.newPage(), E2E_USERS.editor);
    const staffActions = serverActions().filter((a) => a.file.startsWith('lib/actions/') && !PUBLIC_ACTIONS.includes(a.name));
    expect(staffActions.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const action of staffActions) {
      for (const args of ['[123,{},{}]', '[{"id":1}]', '[null,null,null]']) {
        const response = await editor.request.post(action.page, {
          headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Origin: baseURL! },
          data: args,
          maxRedirects: 0,
        });
        if (response.status() !== 404) failures.push(`${action.file}#${action.name} ${args}: ${response.status()}`);
      }
    }
    expect(failures).toEqual([]);
    await editor.close();
  });

  test('cross-site form posts are refused: to a server action and to the sign-in API', async ({ page, context, baseURL }) => {
    await signIn(page, E2E_USERS.editor);
    // The sign-out action's id, as a form without JavaScript would send it.
    await page.goto('/admin/konto');
    const actionField = await page
      .locator('form:has(button:has-text("Logg ut")) input[name^="$ACTION_ID_"]')
      .first()
      .getAttribute('name');
    expect(actionField).toBeTruthy();

    const evil = 'https://evil.example';
    const attack = (action: string, fields: Record<string, string>) =>
      `<!doctype html><title>x</title><form method="post" enctype="multipart/form-data" action="${action}">${Object.entries(fields)
        .map(([k, v]) => `<input name="${k}" value="${v}">`)
        .join('')}</form><script>document.forms[0].submit()</script>`;
    await context.route(`${evil}/**`, (route) => {
      const url = new URL(route.request().url());
      const html =
        url.pathname === '/action'
          ? attack(`${baseURL}/admin/konto`, { [actionField!]: '' })
          : attack(`${baseURL}/api/auth/sign-in/email`, { email: E2E_USERS.editor.email, password: E2E_PASSWORD });
      return route.fulfill({ contentType: 'text/html', body: html });
    });

    // A real cross-site form in the browser (SameSite=Lax keeps the cookie back, too) ...
    const toAction = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/admin/konto`) && r.request().method() === 'POST');
    await page.goto(`${evil}/action`);
    expect((await toAction).headers()['x-action-redirect']).toBeUndefined();
    // ... and one that carries the cookie, as an older browser might: Next refuses the
    // foreign Origin before the action runs.
    const withCookie = await context.request.post('/admin/konto', {
      headers: { Origin: evil },
      multipart: { [actionField!]: '' },
      maxRedirects: 0,
    });
    expect(withCookie.status()).toBeGreaterThanOrEqual(400);
    // Still signed in: the sign-out did not happen.
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oversikt');

    const toApi = page.waitForResponse((r) => r.url() === `${baseURL}/api/auth/sign-in/email`);
    await page.goto(`${evil}/api`);
    expect((await toApi).status()).toBeGreaterThanOrEqual(400);
    const json = await context.request.post('/api/auth/sign-in/email', {
      headers: { Origin: evil, 'Content-Type': 'application/json' },
      data: { email: E2E_USERS.editor.email, password: E2E_PASSWORD },
    });
    expect(json.status()).toBe(403);
  });

  test('two-step sign-in: set up with the QR code or key, then sign in with a code', async ({ page }) => {
    const user = E2E_USERS.adminEnrol;
    await signIn(page, user);
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/konto$/);
    await page.getByLabel('Passord').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Slå på tostegspålogging' }).click();
    await expect(page.getByRole('img', { name: 'QR-kode for autentiseringsappen' })).toBeVisible();
    const uri = (await page.getByTestId('totp-uri').textContent())!;
    expect(uri).toMatch(/^otpauth:\/\/totp\/Ettervern%20Bergen:/);
    const key = keyFromUri(uri);
    await expect(page.getByTestId('totp-key')).toHaveText(key.replace(/(.{4})/g, '$1 ').trim());
    await expectNoAxeViolations(page);

    await page.getByLabel('Kode fra appen').fill('000000' === totp(key) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Bekreft og slå på' }).click();
    await expect(errorSummary(page)).toContainText('Koden stemmer ikke');
    await page.getByLabel('Kode fra appen').fill(totp(key));
    await page.getByRole('button', { name: 'Bekreft og slå på' }).click();
    await expect(page.getByText('Tostegspålogging er slått på.')).toBeVisible();
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oversikt');

    // Next time: password, then a code.
    await page.getByRole('button', { name: 'Logg ut' }).first().click();
    await submitCredentials(page, user.email, E2E_PASSWORD);
    await expect(page.getByRole('heading', { name: 'Tostegspålogging' })).toBeVisible();
    await page.getByLabel('Kode').fill(totp(key, Date.now() - 5 * 60_000));
    await page.getByRole('button', { name: 'Bekreft', exact: true }).click();
    await expect(errorSummary(page)).toContainText('Koden stemmer ikke');
    // A code works once: the one that confirmed the setup is refused if still current,
    // so this takes the next valid one.
    await enterTotpCode(page, key);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oversikt');
  });

  test('an admin with two-step sign-in signs in with password and code', async ({ page }) => {
    await signIn(page, E2E_USERS.admin);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oversikt');
  });

  test('axe finds nothing on the sign-in page (also with errors), the dashboard and the account page', async ({ page }) => {
    await useOwnClientAddress(page);
    await page.goto('/admin/logg-inn');
    await expectNoAxeViolations(page);
    await submitCredentials(page, 'not-an-address', '');
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/admin/glemt-passord');
    await expectNoAxeViolations(page);
    await signIn(page, E2E_USERS.editor);
    await expectNoAxeViolations(page);
    await page.goto('/admin/konto');
    await expectNoAxeViolations(page);
  });

  test('password reset: the same answer for any address', async ({ page }) => {
    await useOwnClientAddress(page);
    await page.goto('/admin/logg-inn');
    await page.getByRole('link', { name: 'Glemt passordet?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glemt passord');
    await page.getByLabel('E-postadresse').fill('nobody@example.org');
    await page.getByRole('button', { name: 'Send lenke' }).click();
    await expect(page.getByText('Hvis adressen har en konto hos oss')).toBeVisible();
    await page.goto('/admin/tilbakestill-passord?token=not-a-token');
    await page.getByLabel('Nytt passord').fill('a new password that is long');
    await page.getByLabel('Gjenta passordet').fill('a new password that is long');
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await expect(errorSummary(page)).toContainText('Lenken er ugyldig eller utløpt');
  });
});
