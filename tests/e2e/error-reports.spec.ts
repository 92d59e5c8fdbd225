import { expect, test, type Page } from '@playwright/test';
import { E2E_USERS, signIn, useOwnClientAddress } from './helpers/admin';
import { expectNoAxeViolations } from './helpers/axe';

// "Meld feil": a visitor reports an error from a measure's page, with and without
// JavaScript; an editor sees it on the dashboard and the reports page and marks it handled.

/** The form token must be at least 3 s old before a report is accepted (a bot check). */
const TOKEN_MIN_AGE_MS = 3_000;

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function waitForTokenAge(page: Page, loadedAt: number) {
  const left = loadedAt + TOKEN_MIN_AGE_MS + 500 - Date.now();
  if (left > 0) await page.waitForTimeout(left);
}

/** Sends a valid report on the Bokmål page of this measure; returns its message. */
async function sendReport(page: Page, slug: string, label: string): Promise<string> {
  await page.goto(`/tiltak/${slug}/meld-feil`);
  const loadedAt = Date.now();
  const message = unique(label);
  await page.getByLabel('Beskriv feilen').fill(message);
  await waitForTokenAge(page, loadedAt);
  await page.getByRole('button', { name: 'Send melding' }).click();
  await expect(page.getByRole('heading', { name: 'Takk for meldingen' })).toBeVisible();
  return message;
}

test.describe('reporting an error', () => {
  test.beforeEach(async ({ page }) => {
    // Reports are limited per client address; every test gets its own.
    await useOwnClientAddress(page);
  });

  test('from a measure page: errors first, then thanks', async ({ page }) => {
    // Two axe runs, three form posts and the token's minimum age: more than 30 s on a busy machine.
    test.slow();
    await page.goto('/tiltak/fritid-med-bistand');
    await page.getByRole('link', { name: 'Meld feil i denne oppføringen' }).click();
    // The form page is rendered per visit (fresh token): allow for a busy machine.
    await expect(page).toHaveURL(/\/tiltak\/fritid-med-bistand\/meld-feil$/, { timeout: 15_000 });
    const loadedAt = Date.now();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Meld feil: /);
    await expectNoAxeViolations(page);

    // Nothing described: the summary takes focus, lists the problem and links to the field.
    await page.getByLabel('Navn', { exact: true }).fill('Ola Nordmann');
    await page.getByLabel('Telefon eller e-post').fill('ola@example.org');
    await page.getByRole('button', { name: 'Send melding' }).click();
    // (Next's route announcer is an alert too: pick the summary by its name.)
    const summary = page.getByRole('alert', { name: 'Det er én feil i skjemaet' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Beskriv feilen: Skriv hva som er feil.' })).toHaveAttribute('href', '#f-message');
    const message = page.getByLabel('Beskriv feilen');
    await expect(message).toHaveAttribute('aria-invalid', 'true');
    await expect(message).toHaveAccessibleDescription(/Skriv hva som er feil\./);
    await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Ola Nordmann');
    await expect(page.getByLabel('Telefon eller e-post')).toHaveValue('ola@example.org');
    await expectNoAxeViolations(page);

    // Too short: said so, with the number.
    await message.fill('Feil');
    await page.getByRole('button', { name: 'Send melding' }).click();
    await expect(summary).toContainText('Skriv minst 10 tegn.');
    await expect(message).toHaveValue('Feil');

    await message.fill(unique('Telefonnummeret er feil'));
    await waitForTokenAge(page, loadedAt);
    await page.getByRole('button', { name: 'Send melding' }).click();
    await expect(page).toHaveURL(/\/tiltak\/fritid-med-bistand\/meld-feil\?sendt=1$/, { timeout: 15_000 });
    await expect(page.getByRole('status')).toContainText('Takk for meldingen');
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });

  test('unknown measures have no form', async ({ page }) => {
    expect((await page.goto('/tiltak/finnes-ikke/meld-feil'))?.status()).toBe(404);
    expect((await page.goto('/en/measures/Not_A_Slug/report-error'))?.status()).toBe(404);
  });
});

test.describe('reporting an error without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('in English: a plain form post, errors and thanks', async ({ page }) => {
    await useOwnClientAddress(page);
    await page.goto('/en/measures/tidlig-ute');
    await page.getByRole('link', { name: 'Report an error in this listing' }).click();
    await expect(page).toHaveURL(/\/en\/measures\/tidlig-ute\/report-error$/);
    const loadedAt = Date.now();

    await page.getByLabel('Phone or email').fill('55 00 00 00');
    await page.getByRole('button', { name: 'Send report' }).click();
    const summary = page.getByRole('alert', { name: 'There is one problem with the form' });
    await expect(summary).toContainText('Describe the error: Write what is wrong.');
    await expect(page.getByLabel('Describe the error')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Phone or email')).toHaveValue('55 00 00 00');

    await page.getByLabel('Describe the error').fill(unique('The address is out of date'));
    await waitForTokenAge(page, loadedAt);
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page).toHaveURL(/\/en\/measures\/tidlig-ute\/report-error\?sendt=1$/);
    await expect(page.getByRole('status')).toContainText('Thank you for your report');
  });

  /** A new report, and an editor signed in on the reports page; returns its message. */
  async function reportAndOpenList(page: Page, label: string): Promise<string> {
    await useOwnClientAddress(page);
    const message = await sendReport(page, 'tidlig-ute', label);
    await signIn(page, E2E_USERS.editor);
    await page.goto('/admin/meldinger');
    return message;
  }

  test('the editors mark a report handled with a plain form post', async ({ page }) => {
    test.slow();
    const message = await reportAndOpenList(page, 'Uten skript');
    const report = page.getByRole('article').filter({ hasText: message });
    await report.getByRole('button', { name: /^Merk som behandlet/ }).click();
    await expect(page.getByRole('status')).toContainText('Meldingen er merket som behandlet.');
    await expect(page.getByRole('article').filter({ hasText: message })).toHaveCount(0);
  });

  test('the editors delete a report with a plain form post, once they tick the confirmation', async ({ page }) => {
    test.slow();
    const message = await reportAndOpenList(page, 'Slettes uten skript');
    const report = page.getByRole('article').filter({ hasText: message });
    // A <details> disclosure: opens without JavaScript.
    await report.locator('summary').click();
    await report.getByRole('button', { name: /^Slett\s*:/ }).click();
    await expect(page.getByRole('status')).toContainText('Meldingen ble ikke slettet');
    const confirm = page.getByRole('article').filter({ hasText: message }).getByRole('checkbox', { name: /^Ja, slett meldingen/ });
    await expect(confirm).toHaveAttribute('aria-invalid', 'true');
    await expect(confirm).toHaveAccessibleDescription('Kryss av for å bekrefte at meldingen skal slettes.');

    await confirm.check();
    await page.getByRole('article').filter({ hasText: message }).getByRole('button', { name: /^Slett\s*:/ }).click();
    await expect(page.getByRole('status')).toContainText('Meldingen er slettet.');
    await expect(page.getByRole('article').filter({ hasText: message })).toHaveCount(0);
  });
});

test('the editors see new reports and mark them handled', async ({ page }) => {
  // Sending a report waits for the form token's minimum age, and signing in hashes a password.
  test.slow();
  await useOwnClientAddress(page);
  const message = await sendReport(page, 'fritid-med-bistand', 'Åpningstidene stemmer ikke');

  await signIn(page, E2E_USERS.editor);
  const section = page.getByRole('region', { name: /Meldinger om feil som venter/ });
  await expect(section).toContainText(message);
  await page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Feilmeldinger' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meldinger om feil');
  await expectNoAxeViolations(page);

  const report = page.getByRole('article').filter({ hasText: message });
  await expect(report.getByRole('heading', { level: 2 })).toHaveText('Fritid med bistand');
  await expect(report).toContainText('ikke oppgitt');
  await report.getByRole('button', { name: /^Merk som behandlet/ }).click();
  await expect(page.getByRole('status')).toContainText('Meldingen er merket som behandlet.');
  await expect(page.getByRole('article').filter({ hasText: message })).toHaveCount(0);

  await page.getByRole('link', { name: 'Behandlet', exact: true }).click();
  const handled = page.getByRole('article').filter({ hasText: message });
  await expect(handled).toContainText('E2E Redaktør');
  await expectNoAxeViolations(page);
  await handled.getByRole('button', { name: /^Åpne igjen/ }).click();
  await expect(page.getByRole('status')).toContainText('Meldingen er åpnet igjen.');
});
