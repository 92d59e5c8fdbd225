// The account page's two-step sign-in, once it is on: new backup codes (shown once, the new
// ones work at sign-in) and turning it off (not for admins). Accounts: tests/e2e/helpers/admin.ts.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { E2E_PASSWORD, E2E_USERS, signIn, useOwnClientAddress } from './helpers/admin';
import { expectNoAxeViolations } from './helpers/axe';

// Signing in hashes passwords (scrypt) on a small, busy machine: allow for it.
const expect = baseExpect.configure({ timeout: 15_000 });

const errorSummary = (page: Page) => page.getByRole('alert', { name: /^Skjemaet har/ });

async function submitCredentials(page: Page, email: string) {
  await page.goto('/admin/logg-inn');
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
}

test.describe('two-step sign-in on the account page', () => {
  test('an editor makes new backup codes, signs in with one, then turns two-step sign-in off', async ({ page }) => {
    // Three sign-ins and five forms on a small, busy machine.
    test.setTimeout(240_000);
    const user = E2E_USERS.editorTotp;
    await signIn(page, user);
    await page.goto('/admin/konto');
    await expect(page.getByText('Tostegspålogging er på.')).toBeVisible();
    await expectNoAxeViolations(page);

    // New backup codes: the password is checked, then the codes are shown this once.
    const codes = page.getByRole('region', { name: 'Nye reservekoder' });
    await codes.getByLabel('Passord').fill('not the right password');
    await codes.getByRole('button', { name: 'Lag nye reservekoder' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page)).toContainText('Passordet stemmer ikke.');
    await codes.getByLabel('Passord').fill(E2E_PASSWORD);
    await codes.getByRole('button', { name: 'Lag nye reservekoder' }).click();
    await expect(page.getByText('Her er de nye reservekodene.')).toBeVisible();
    const list = page.getByTestId('new-backup-codes').getByRole('listitem');
    await expect(list).toHaveCount(10);
    const newCode = (await list.first().textContent())!.trim();
    expect(newCode).toMatch(/^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/);
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByTestId('new-backup-codes')).toHaveCount(0);

    // The old backup code no longer works; a new one does.
    await page.getByRole('button', { name: 'Logg ut' }).first().click();
    await useOwnClientAddress(page);
    await submitCredentials(page, user.email);
    await page.getByLabel('Kode').fill('e2eaa-bbbbb');
    await page.getByRole('button', { name: 'Bekreft', exact: true }).click();
    await expect(errorSummary(page)).toContainText('Koden stemmer ikke');
    await page.getByLabel('Kode').fill(newCode);
    await page.getByRole('button', { name: 'Bekreft', exact: true }).click();
    await expect(page).toHaveURL(/\/admin$/);

    // Turning it off needs the password too.
    await page.goto('/admin/konto');
    const off = page.getByRole('region', { name: 'Slå av tostegspålogging' });
    await off.getByLabel('Passord').fill('not the right password');
    await off.getByRole('button', { name: 'Slå av tostegspålogging' }).click();
    await expect(errorSummary(page)).toContainText('Passordet stemmer ikke.');
    await off.getByLabel('Passord').fill(E2E_PASSWORD);
    await off.getByRole('button', { name: 'Slå av tostegspålogging' }).click();
    await expect(page.getByText('Tostegspålogging er slått av.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Slå på tostegspålogging' })).toBeVisible();

    // The password alone signs in now.
    await page.getByRole('button', { name: 'Logg ut' }).first().click();
    await useOwnClientAddress(page);
    await submitCredentials(page, user.email);
    await expect(page).toHaveURL(/\/admin$/);
  });

  test('an admin cannot turn two-step sign-in off', async ({ page }) => {
    // The admin's TOTP codes are shared with other tests: signing in may wait for a fresh one.
    test.setTimeout(90_000);
    await signIn(page, E2E_USERS.admin);
    await page.goto('/admin/konto');
    const off = page.getByRole('region', { name: 'Slå av tostegspålogging' });
    await expect(off).toContainText('Som administrator må du ha tostegspålogging på.');
    await expect(off.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Nye reservekoder' }).getByRole('button', { name: 'Lag nye reservekoder' })).toBeVisible();
  });
});
