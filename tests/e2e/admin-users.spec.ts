// User management (admins only): the list, creating a user, deactivating; editors refused.
// Accounts: tests/e2e/helpers/admin.ts.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { E2E_USERS, signIn } from './helpers/admin';
import { expectNoAxeViolations } from './helpers/axe';

// Signing in hashes passwords (scrypt) on a small, busy machine: allow for it.
const expect = baseExpect.configure({ timeout: 15_000 });

const errorSummary = (page: Page) => page.getByRole('alert', { name: /^Skjemaet har/ });

test.describe('user management', () => {
  test('an admin lists users, creates an editor (password shown once) and deactivates them', async ({ page }) => {
    // Signing in (a TOTP code other tests may have just used), axe twice and three forms.
    test.setTimeout(90_000);
    await signIn(page, E2E_USERS.admin);
    const nav = page.getByRole('navigation', { name: 'Administrasjon' });
    await nav.getByRole('link', { name: 'Brukere' }).click();
    await expect(page).toHaveURL(/\/admin\/brukere$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brukere');
    const editorRow = page.getByRole('row').filter({ hasText: E2E_USERS.editor.email });
    await expect(editorRow).toContainText('redaktør');
    await expect(editorRow).toContainText('Aktiv');
    await expect(page.getByRole('row').filter({ hasText: E2E_USERS.provider.email })).not.toContainText('–');
    await expectNoAxeViolations(page);

    // Errors: a focused summary at the top, each linked to its field.
    const form = page.getByRole('region', { name: 'Ny bruker' });
    await form.getByLabel('Startpassord').fill('too short');
    await form.getByRole('button', { name: 'Opprett bruker' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page).getByRole('link', { name: 'Skriv inn navnet.' })).toBeVisible();
    await expect(errorSummary(page).getByRole('link', { name: 'Velg en rolle.' })).toBeVisible();
    await expect(errorSummary(page).getByRole('link', { name: 'Passordet må ha minst 12 tegn.' })).toBeVisible();
    await expectNoAxeViolations(page);

    const email = `e2e-new-editor-${Date.now()}@example.org`;
    await form.getByLabel('Navn').fill('Ny Redaktør');
    await form.getByLabel('E-postadresse').fill(email);
    await form.getByLabel('Rolle').selectOption('editor');
    await form.getByLabel('Startpassord').fill('');
    await form.getByRole('button', { name: 'Opprett bruker' }).click();
    await expect(page.getByText(`Ny Redaktør (${email}) er opprettet.`)).toBeVisible();
    await expect(page.getByText(/Startpassordet er: [\w-]{24} /)).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('redaktør');

    // Deactivate on the user's page.
    await row.getByRole('link', { name: 'Ny Redaktør' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny Redaktør');
    await page.getByRole('button', { name: 'Deaktiver bruker' }).click();
    await expect(page.getByText('Kontoen er deaktivert: personen kan ikke logge inn.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Aktiver bruker igjen' })).toBeVisible();
    await page.goto('/admin/brukere');
    await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Deaktivert');
  });

  test('an admin cannot deactivate, delete or demote themselves', async ({ page }) => {
    await signIn(page, E2E_USERS.admin);
    await page.goto('/admin/brukere');
    await page.getByRole('row').filter({ hasText: E2E_USERS.admin.email }).getByRole('link').click();
    await expect(page.getByText('Dette er din egen konto')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Deaktiver bruker' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Slett bruker' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Send lenke for nytt passord' })).toHaveCount(0);
    await page.getByLabel('Rolle', { exact: true }).selectOption('editor');
    await page.getByRole('button', { name: 'Lagre rolle' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page)).toContainText('Du kan ikke deaktivere deg selv eller ta fra deg administratorrollen.');
  });

  test('an admin sends a password-reset link, then deletes the user after confirming', async ({ page }) => {
    // Signing in (a TOTP code other tests may have just used) and two forms: allow for a busy machine.
    test.setTimeout(90_000);
    await signIn(page, E2E_USERS.admin);
    await page.goto('/admin/brukere');
    const email = `e2e-to-delete-${Date.now()}@example.org`;
    const form = page.getByRole('region', { name: 'Ny bruker' });
    await form.getByLabel('Navn').fill('Skal Slettes');
    await form.getByLabel('E-postadresse').fill(email);
    await form.getByLabel('Rolle').selectOption('editor');
    await form.getByRole('button', { name: 'Opprett bruker' }).click();
    await expect(page.getByText(`Skal Slettes (${email}) er opprettet.`)).toBeVisible();
    await page.getByRole('row').filter({ hasText: email }).getByRole('link', { name: 'Skal Slettes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skal Slettes');

    await page.getByRole('button', { name: 'Send lenke for nytt passord' }).click();
    await expect(page.getByText(`En lenke for å velge nytt passord er sendt til ${email}.`)).toBeVisible();
    await expectNoAxeViolations(page);

    // The confirm step: without the box ticked, nothing is deleted.
    const remove = page.getByRole('region', { name: 'Slett bruker' });
    await remove.getByRole('button', { name: 'Slett bruker' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page)).toContainText('Kryss av for å bekrefte at brukeren skal slettes.');
    await expectNoAxeViolations(page);
    await remove.getByLabel('Ja, slett Skal Slettes for godt.').check();
    await remove.getByRole('button', { name: 'Slett bruker' }).click();
    await expect(page).toHaveURL(/\/admin\/brukere\?slettet=1$/);
    await expect(page.getByText('Brukeren er slettet.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(0);
  });

  test('editors and providers are refused, and do not see the menu item', async ({ browser }) => {
    for (const user of [E2E_USERS.editor, E2E_USERS.provider]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, user);
      await expect(page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Brukere' })).toHaveCount(0);
      expect((await page.goto('/admin/brukere'))?.status()).toBe(404);
      await context.close();
    }
  });
});
