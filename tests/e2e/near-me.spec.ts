import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { card, openCatalogue, resultCards, resultTitles } from './helpers/catalogue';

// "Near me, without tracking": sort by distance from a district with the plain form, or
// from the device's position with "Bruk posisjonen min", which sends only a position
// rounded to about 1 km. The demo data has one confirmed address (Brann stadion, for
// Gatelaget Brann); every other one is a placeholder and says its distance is unknown.

const UNKNOWN = 'Avstand ukjent: adressen er ikke bekreftet';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('choose a district in the form and the catalogue sorts by distance from it', async ({ page }) => {
    await openCatalogue(page);
    // No script, no position button: the district choice is the way.
    await expect(page.getByRole('button', { name: 'Bruk posisjonen min' })).toHaveCount(0);
    // A wide screen: the filters stand open beside the results.
    await page.getByRole('combobox', { name: 'Avstand fra' }).selectOption({ label: 'Årstad' });
    await page.getByRole('button', { name: 'Vis treff' }).click();

    const url = new URL(page.url());
    expect(url.searchParams.get('near')).toBe('arstad');
    // The sort select sends its default (by distance, with an origin) as an empty value.
    expect(url.searchParams.get('sort') ?? '').toBe('');
    // The one confirmed address comes first, with its distance; the rest say why they have none.
    expect((await resultTitles(page))[0]).toBe('Gatelaget Brann');
    await expect(card(page, 'Gatelaget Brann').getByText(/^0,\d km fra Årstad$/)).toBeVisible();
    const others = resultCards(page).filter({ hasNot: page.getByRole('heading', { name: 'Gatelaget Brann', exact: true }) });
    expect(await others.count()).toBeGreaterThan(5);
    for (const text of await others.allTextContents()) expect(text).toContain(UNKNOWN);
    // The sort select now offers and shows distance; the choice stays selected.
    await expect(page.getByRole('combobox', { name: 'Sorter etter' })).toHaveValue('');
    await expect(page.getByRole('combobox', { name: 'Sorter etter' }).locator('option:checked')).toHaveText('Avstand');
    await expect(page.getByRole('combobox', { name: 'Avstand fra' })).toHaveValue('arstad');
  });

  test('a precise position typed into the address is ignored, with a notice', async ({ page }) => {
    await openCatalogue(page, 'near=60.3913,5.3221');
    await expect(page.getByText('Noe i lenken var ugyldig og ble ignorert: near.')).toBeVisible();
    await expect(page.getByText(UNKNOWN)).toHaveCount(0);
  });
});

test.describe('with JavaScript', () => {
  test('"Bruk posisjonen min" sends only a position rounded to about 1 km, and sorts by it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['geolocation'], { origin: baseURL });
    // Vågsallmenningen in the centre, to the metre.
    await context.setGeolocation({ latitude: 60.394123, longitude: 5.325987 });
    const sent: string[] = [];
    page.on('request', (request) => sent.push(request.url()));
    await openCatalogue(page);
    await expect(page.getByText('Posisjonen rundes av til omtrent 1 km før den sendes, og lagres ikke.')).toBeVisible();
    sent.length = 0;
    await page.getByRole('button', { name: 'Bruk posisjonen min' }).click();
    await page.waitForURL(/[?&]near=/);

    const url = new URL(page.url());
    expect(url.searchParams.get('near')).toBe('60.39,5.32');
    // Nothing finer than the grid left the browser, in any request.
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(request).not.toMatch(/60\.394|5\.325|5\.326/);
      const near = new URL(request).searchParams.get('near');
      if (near !== null) expect(near, request).toBe('60.39,5.32');
    }
    expect((await resultTitles(page))[0]).toBe('Gatelaget Brann');
    await expect(card(page, 'Gatelaget Brann').getByText(/^Omtrent \d,\d km unna$/)).toBeVisible();
    await expect(resultCards(page).nth(1)).toContainText(UNKNOWN);
    await expect(page.getByRole('combobox', { name: 'Avstand fra' }).locator('option:checked')).toHaveText('Posisjonen min (omtrent)');

    // The position stays on the catalogue: a measure's page is opened without it.
    await card(page, 'Gatelaget Brann').getByRole('heading', { level: 3 }).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gatelaget Brann');
    expect(page.url()).not.toContain('60.39');
  });

  test('a catalogue sorted by distance, with the position button, passes axe', async ({ page, context, baseURL }) => {
    // axe runs as a script in the page, so this check is made with JavaScript on.
    await context.grantPermissions(['geolocation'], { origin: baseURL });
    await openCatalogue(page, 'near=arstad');
    await expect(page.getByRole('button', { name: 'Bruk posisjonen min' })).toBeVisible();
    await expect(page.getByText(UNKNOWN).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the site may ask for the position, and only the site', async ({ page }) => {
    const response = await page.goto('/tiltak');
    expect(response?.headers()['permissions-policy']).toContain('geolocation=(self)');
    expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state)).not.toBe('denied');
  });
});
