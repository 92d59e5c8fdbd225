import { expect, test } from '@playwright/test';
import nb from '../../messages/nb.json';
import { useOwnClientAddress } from './helpers/admin';
import { resultCount, statusRegion } from './helpers/catalogue';
import { currentStop, describe as stopName, recordUnfocusedLook, tabTo, walkWholePage } from './helpers/keyboard';

// The way someone without a mouse uses the site: Tab, Shift+Tab, Enter and Space (and
// typing into a search field), from the home page through a search with filters to a
// measure and into another language, always seeing where focus is.

test('keyboard only: home → search → filters → results → measure → another language', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await recordUnfocusedLook(page);

  // The skip link is the first stop, and it moves focus to the main content.
  const [skip] = await tabTo(page, () => true);
  expect(skip!.name).toBe('Hopp til hovedinnhold');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  const [afterSkip] = await tabTo(page, () => true);
  expect(afterSkip!.inMain, `${stopName(afterSkip!)} is the first stop after the skip link`).toBe(true);

  // Search from the home page.
  if (afterSkip!.id !== 'home-q') await tabTo(page, (s) => s.id === 'home-q');
  await page.keyboard.type('fritid');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/tiltak\?q=fritid$/, { timeout: 20_000 });
  const countBefore = await resultCount(page);
  await recordUnfocusedLook(page);

  // A "when" toggle with Space; on a wide screen the filters stand open beside the results.
  await tabTo(page, (s) => s.type === 'checkbox' && s.name === nb.Catalogue.toggle.evening);
  await page.keyboard.press('Space');
  await expect(page.locator('input[name="evening"]')).toBeChecked();
  const toKind = await tabTo(page, (s) => s.type === 'checkbox' && s.name === 'Aktivitetstilbud');
  await page.keyboard.press('Space');
  await expect(page.locator('input[name="kind"][value="activity"]')).toBeChecked();
  // Shift+Tab goes back one stop: nothing traps focus going backwards either.
  await page.keyboard.press('Shift+Tab');
  expect((await currentStop(page))?.key).toBe(toKind.at(-2)?.key);
  await tabTo(page, (s) => s.tag === 'button' && s.name === 'Vis treff');
  await page.keyboard.press('Enter');
  await page.waitForURL(/evening=1/, { timeout: 20_000 });
  await expect(page).toHaveURL(/kind=activity/);
  // The result count sits in a status region (read out when it changes) and tells the new result.
  await expect(statusRegion(page)).toHaveCount(1);
  await expect(statusRegion(page)).toContainText('fritid');
  expect(await resultCount(page)).toBeGreaterThan(0);
  expect(await resultCount(page)).toBeLessThanOrEqual(countBefore);

  // Into the first result, then its page in English.
  await recordUnfocusedLook(page);
  await tabTo(page, (s) => s.tag === 'a' && s.name === 'Fritid med bistand' && s.inMain);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/tiltak\/fritid-med-bistand/, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fritid med bistand');
  await recordUnfocusedLook(page);
  await tabTo(page, (s) => s.tag === 'a' && s.name === 'English');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/en\/measures\/fritid-med-bistand/, { timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

const WHOLE_PAGES = {
  home: '/',
  'catalogue, filters open': '/tiltak?district=arna',
  'measure page': '/tiltak/fritid-med-bistand',
  'provider page': '/tilbydere/alf-as',
  news: '/nyheter',
  'accessibility statement': '/tilgjengelighet',
  'sign-in form': '/admin/logg-inn',
};

for (const [name, path] of Object.entries(WHOLE_PAGES)) {
  test(`every Tab stop on the ${name} shows focus, and focus leaves the page at the end`, async ({ page }) => {
    await page.goto(path);
    const stops = await walkWholePage(page);
    expect(stops[0]?.name).toBe('Hopp til hovedinnhold');
    expect(stops.length).toBeGreaterThan(3);
  });
}

// The catalogue (filters chosen, so chips and the list link are there too) and a measure
// page on the smallest phones and a laptop: every stop visible, no trap.
const NARROW_AND_WIDE = {
  catalogue: '/tiltak?district=arna&weekend=1&list=fritid-med-bistand',
  'measure page': '/tiltak/fritid-med-bistand?list=fritid-med-bistand&search=district%3Darna',
};
for (const width of [320, 360, 1280]) {
  for (const [name, path] of Object.entries(NARROW_AND_WIDE)) {
    test(`every Tab stop on the ${name} shows focus at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(path);
      const stops = await walkWholePage(page);
      expect(stops[0]?.name).toBe('Hopp til hovedinnhold');
      expect(stops.map((s) => s.name)).toContain('Min liste (1)');
      if (name === 'catalogue') {
        // On a phone the filters are one stop ("Filtrer") until opened; beside the results, all there.
        const summaries = stops.filter((s) => s.tag === 'summary');
        expect(summaries).toHaveLength(width < 1024 ? 1 : 0);
        expect(stops.some((s) => s.type === 'checkbox')).toBe(width >= 1024);
      }
    });
  }
}

test('keyboard only on a phone: open "Filtrer" with Enter, tick with Space, submit', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/tiltak');
  await recordUnfocusedLook(page);
  await tabTo(page, (s) => s.tag === 'summary' && s.name.startsWith('Filtrer'));
  await page.keyboard.press('Enter');
  await expect(page.locator('form[role="search"] details')).toHaveJSProperty('open', true);
  await recordUnfocusedLook(page);
  await tabTo(page, (s) => s.type === 'checkbox' && s.name === 'Arna');
  await page.keyboard.press('Space');
  await tabTo(page, (s) => s.tag === 'button' && s.name === 'Vis treff');
  await page.keyboard.press('Enter');
  await page.waitForURL(/district=arna/, { timeout: 20_000 });
  await tabTo(page, (s) => s.tag === 'a' && s.name === 'Fjern filter: Arna');
});

test('the language links keep the search and filters, also without JavaScript', async ({ browser, request }) => {
  // The server puts the query in the links, so they work without JavaScript.
  const html = await (await request.get('/tiltak?q=arbeid&district=arna&district=fana&evening=1')).text();
  expect(html).toContain('href="/en/measures?q=arbeid&amp;district=arna&amp;district=fana&amp;evening=1"');
  expect(html).toContain('href="/nn/tiltak?q=arbeid&amp;district=arna&amp;district=fana&amp;evening=1"');
  // The plain catalogue: the same page in the other languages, not an internal path.
  const plain = await (await request.get('/tiltak')).text();
  expect(plain).toContain('href="/en/measures"');
  expect(plain).not.toMatch(/href="[^"]*(alle-tiltak|\/sok)/);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/measures?evening=1&kind=work');
  await page.getByRole('link', { name: 'Bokmål' }).click();
  // The same search (in the catalogue's canonical parameter order).
  await expect(page).toHaveURL(/\/tiltak\?(evening=1&kind=work|kind=work&evening=1)$/);
  await expect(page.locator('input[name="evening"]')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await context.close();
});

test('on a cached page the links get the query once the page runs its script', async ({ page, request }) => {
  const html = await (await request.get('/tilbydere?from=test')).text();
  expect(html).toContain('href="/en/providers"');
  await page.goto('/tilbydere?from=test');
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/providers?from=test');
});

test('a failed sign-in moves focus to the error summary, whose links lead to the fields', async ({ page }) => {
  await useOwnClientAddress(page);
  await page.goto('/admin/logg-inn');
  await recordUnfocusedLook(page);
  await tabTo(page, (s) => s.id === 'f-email');
  await page.keyboard.type('not-an-address');
  await tabTo(page, (s) => s.tag === 'button' && s.name === 'Logg inn');
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading') });
  await expect(summary).toBeFocused({ timeout: 15_000 });
  await recordUnfocusedLook(page);
  const [first] = await tabTo(page, () => true);
  expect(first!.inMain && first!.tag === 'a' && first!.href.startsWith('#')).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(first!.href.slice(1));
});
