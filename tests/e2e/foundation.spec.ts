import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

test.describe('the portal on the seeded embedded database', () => {
  test('home page links to the whole catalogue of real measures', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/Ettervern Bergen/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finn arbeid og aktivitet i Bergen');
    const browse = page.getByRole('link', { name: /Se alle \d+ tiltak/ });
    const count = Number((await browse.textContent())!.match(/\d+/)![0]);
    expect(count).toBeGreaterThanOrEqual(25);
    await browse.click();
    await expect(page).toHaveURL(/\/tiltak$/);
    // The catalogue shows them all, 20 to a page, each card titled by an h3.
    await expect(page.getByRole('status')).toHaveText(`${count} treff`);
    await expect(page.locator('main article').getByRole('heading', { level: 3 })).toHaveCount(Math.min(count, 20));
    await expect(page.getByRole('link', { name: 'Arna Aktiv', exact: true })).toBeVisible();
    let seen = await page.locator('main article h3').count();
    for (let n = 2; await page.getByRole('link', { name: /Neste/ }).count(); n++) {
      await page.getByRole('link', { name: /Neste/ }).click();
      await expect(page).toHaveURL(new RegExp(`page=${n}$`));
      seen += await page.locator('main article h3').count();
    }
    expect(seen).toBe(count);
  });

  test('a measure page shows its opening hours with today marked, and its unknowns in one note, never as "Ikke oppgitt"', async ({ page }) => {
    await page.goto('/tiltak');
    // Find a measure whose hours are given: its page has a row for every weekday.
    const links = await page.locator('main article h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    let found = false;
    for (const href of links) {
      await page.goto(href);
      if ((await page.locator('table tr').count()) === 7) {
        found = true;
        break;
      }
    }
    expect(found, 'some seeded measure has weekly opening hours').toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Åpningstider' })).toBeVisible();
    await expect(page.locator('tr[aria-current="date"]')).toHaveCount(1);
    await expect(page.locator('tr[aria-current="date"]')).toContainText('(I dag)');
    // The demo hours are placeholders, and a placeholder always says so.
    await expect(page.getByText('Demodata: åpningstidene er eksempler')).toBeVisible();
    await expect(page.getByText('Ikke oppgitt')).toHaveCount(0);
    expect(await page.getByText(/^Vi mangler opplysninger om /).count()).toBeLessThanOrEqual(1);
  });

  test('unknown and misspelt measures give a localized 404 page', async ({ page }) => {
    const response = await page.goto('/tiltak/finnes-ikke');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
    const en = await page.goto('/en/measures/does-not-exist');
    expect(en?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('English and Nynorsk have their own paths, and the language links keep the page', async ({ page }) => {
    await page.goto('/tiltak');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/measures$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find an offer');
    await page.getByRole('link', { name: 'Nynorsk' }).click();
    await expect(page).toHaveURL(/\/nn\/tiltak$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  });

  test('no cookies are set and nothing is fetched from other hosts', async ({ page, context }) => {
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) foreign.push(req.url());
    });
    await page.goto('/');
    await page.goto('/tiltak');
    await page.locator('main article h3 a').first().click();
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });

  for (const path of ['/', '/tiltak', '/en/measures']) {
    test(`axe finds no WCAG 2.1 AA violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test('axe finds no WCAG 2.1 AA violations on a measure page', async ({ page }) => {
    await page.goto('/tiltak');
    await page.locator('main article h3 a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
