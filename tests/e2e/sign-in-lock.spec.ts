// The per-account sign-in lock, as a person sees it without JavaScript: failed passwords from
// ever-new addresses lock the account, the form says so in the page's language, and even the
// right password is refused. An admin then sees "Låst til …" on the person's page and lifts it.
import { expect, test, type Page } from '@playwright/test';
import { E2E_PASSWORD, E2E_USERS, signIn, useOwnClientAddress } from './helpers/admin';

const MAX_FAILURES = 10; // AUTH_ACCOUNT_MAX_FAILURES's default
const errorSummary = (page: Page) => page.getByRole('alert', { name: /^Skjemaet har/ });

async function submit(page: Page, email: string, password: string) {
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await page.waitForLoadState('load');
}

test('without JavaScript: too many failures lock the account, with a localized message; an admin unlocks it', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const user = E2E_USERS.locked;
  for (let i = 1; i <= MAX_FAILURES; i++) {
    // A new address for each attempt: the per-address limit never answers first.
    await useOwnClientAddress(page);
    await page.goto('/admin/logg-inn');
    await submit(page, user.email, `wrong password ${i}`);
    await expect(errorSummary(page)).toContainText('Feil e-postadresse eller passord.');
    // Past half the limit each attempt must wait longer: 1, 2, 4, 8 seconds.
    const free = Math.ceil(MAX_FAILURES / 2);
    if (i > free && i < MAX_FAILURES) await page.waitForTimeout(2 ** (i - free - 1) * 1000 + 300);
  }
  await useOwnClientAddress(page);
  await page.goto('/admin/logg-inn');
  await submit(page, user.email, E2E_PASSWORD);
  await expect(errorSummary(page)).toContainText('Innlogging med denne e-postadressen er sperret i 15 minutter.');
  await expect(page).toHaveURL(/\/admin\/logg-inn$/);

  await page.goto('/en/admin/logg-inn');
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Sign-in with this email address is locked for 15 minutes.');
  await context.close();

  const adminPage = await browser.newPage();
  await signIn(adminPage, E2E_USERS.admin);
  await adminPage.goto('/admin/brukere');
  await adminPage.getByRole('link', { name: user.name }).click();
  const lock = adminPage.getByRole('region', { name: 'Innlogging' });
  await expect(lock).toContainText(/Låst til \d\d[:.]\d\d/);
  await lock.getByRole('button', { name: 'Lås opp' }).click();
  await expect(lock).toContainText('Kontoen er låst opp.');
  await adminPage.close();

  const again = await browser.newPage();
  await signIn(again, user);
  await again.close();
});
