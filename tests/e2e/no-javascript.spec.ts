import { expect, test } from '@playwright/test';
import { openCatalogue, resultCards, resultCount, resultTitles, statusRegion } from './helpers/catalogue';

// Old phones, data savers and failed script downloads: the catalogue is a plain GET form
// and plain links, so everything a visitor needs works with JavaScript turned off.
test.use({ javaScriptEnabled: false });

test.describe('without JavaScript', () => {
  test('the page really runs without scripts', async ({ page }) => {
    await openCatalogue(page);
    // Next's runtime sets window.next when its scripts run; here they must not have.
    expect(await page.evaluate(() => 'next' in window).catch(() => false)).toBe(false);
  });

  test('search: type words and press Søk', async ({ page }) => {
    await openCatalogue(page);
    await page.getByRole('searchbox', { name: 'Søk etter tiltak' }).fill('fotball');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=fotball(&|$)/);
    await expect(statusRegion(page)).toHaveText(/^\d+ treff for «fotball»$/);
    expect((await resultTitles(page))[0]).toBe('Gatelaget Brann');
    // The new page's title starts with the count: the first thing a screen reader says.
    await expect(page).toHaveTitle(/^\d+ treff for «fotball» – Finn tiltak/);
  });

  test('filter on a phone: open "Filtrer", tick boxes, fill in the age and submit', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openCatalogue(page);
    const total = await resultCount(page);
    // <details> opens natively, no script needed.
    await page.getByText('Filtrer', { exact: true }).click();
    await page.getByRole('group', { name: 'Når og for hvem' }).getByRole('checkbox', { name: 'Åpent i helgen' }).check();
    await page.getByRole('group', { name: 'Bydel' }).getByRole('checkbox', { name: 'Arna' }).check();
    await page.getByRole('spinbutton', { name: 'Alder' }).fill('20');
    await page.getByRole('button', { name: 'Vis treff' }).click();

    const url = new URL(page.url());
    expect(url.searchParams.get('weekend')).toBe('1');
    expect(url.searchParams.getAll('district')).toEqual(['arna']);
    expect(url.searchParams.get('age')).toBe('20');
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    // DUE (16–23, citywide, open round the clock) is the one measure that fits all three.
    expect(await resultTitles(page)).toContain('DUE – Der Ungdom Er');
    // Kept in the form, folded away again so the results lead.
    await expect(page.locator('input[name="district"][value="arna"]')).toBeChecked();
    await expect(page.getByRole('link', { name: 'Fjern filter: Åpent i helgen' })).toBeVisible();

    // Removing a filter is a plain link too.
    await page.getByRole('link', { name: 'Fjern filter: Alder: 20 år' }).click();
    expect(new URL(page.url()).searchParams.get('age')).toBeNull();
    expect(await resultCount(page)).toBeGreaterThanOrEqual(count);
  });

  test('paging: "Neste side" is a plain link', async ({ page }) => {
    await openCatalogue(page);
    const first = await resultTitles(page);
    await page.getByRole('link', { name: /Neste/ }).click();
    await expect(page).toHaveURL(/page=2/);
    const second = await resultTitles(page);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
  });

  test('open a measure from a result', async ({ page }) => {
    await openCatalogue(page, { q: 'Tidlig Ute' });
    const link = resultCards(page).getByRole('link', { name: 'Tidlig Ute', exact: true });
    await link.click();
    // With the search it was found in, for the way back.
    await expect(page).toHaveURL(/\/tiltak\/tidlig-ute\?search=q%3DTidlig%2BUte$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tidlig Ute');
    // Its hours are not given: no hours section, but always a way in.
    await expect(page.getByRole('heading', { level: 2, name: 'Slik kommer du i gang' })).toBeVisible();
  });
});
