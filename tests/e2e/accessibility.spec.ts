import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { openCatalogue, PAGE_SIZE, resultCards } from './helpers/catalogue';

// WCAG 2.1 AA on the catalogue in its main states and on measure pages, on a small phone
// and a laptop; no sideways scrolling on the smallest phones; and a page weight that an
// old phone on a thin data plan can afford.

const PAGES = {
  'the catalogue': '/tiltak',
  'a filtered catalogue': '/tiltak?q=arbeid&district=arna&age=30&kind=work&criteria=free&evening=1&sort=updated',
  'a catalogue with no results': '/tiltak?relatives=1&youth=1',
  'a catalogue with ignored input': `/tiltak?age=abc&foo=bar&q=${'x'.repeat(300)}`,
  'a measure page': '/tiltak/fritid-med-bistand',
  'a measure page with few facts': '/tiltak/tidlig-ute',
};

/** Opens the filters too, so that every field is checked and measured. */
async function openFilters(page: Page) {
  const details = page.locator('form[role="search"] details');
  if (await details.count()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
}

// The smallest phones too, for the catalogue (with chips, the list link and the filters
// open) and a measure page opened from a search; the rest at 360 and 1280 px.
const NARROWEST: Record<string, string> = {
  'a filtered catalogue with a list': '/tiltak?district=arna&weekend=1&age=30&list=fritid-med-bistand',
  'a measure page opened from a search': '/tiltak/fritid-med-bistand?list=fritid-med-bistand&search=district%3Darna%26page%3D1',
};
for (const [name, path] of Object.entries(NARROWEST)) {
  for (const width of [320, 360, 1280]) {
    test(`axe finds no WCAG 2.1 A/AA violations on ${name} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      expect((await page.goto(path))?.status()).toBe(200);
      await expectNoAxeViolations(page);
      await openFilters(page);
      await expectNoAxeViolations(page);
    });
  }
}

for (const width of [360, 1280]) {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`axe finds no WCAG 2.1 A/AA violations on ${name} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await openFilters(page);
      await expectNoAxeViolations(page);
    });
  }
}

for (const [name, path] of Object.entries(PAGES)) {
  test(`no horizontal scrolling at 320 px on ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await openFilters(page);
    const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(0, 3)
        .map((el) => `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').slice(0, 40)}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    expect(scrollWidth, `too wide: ${wide.join(', ')}`).toBeLessThanOrEqual(clientWidth);
  });
}

test("result cards are a list of articles with h3 titles under the results' h2 heading", async ({ page }) => {
  await openCatalogue(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('list').filter({ has: page.locator('article') }).getByRole('listitem')).toHaveCount(PAGE_SIZE);
  await expect(resultCards(page).getByRole('heading', { level: 3 })).toHaveCount(PAGE_SIZE);
  await expect(page.getByRole('search')).toBeVisible();
});

test('a full page of results stays light: under 40 KB of compressed HTML and CSS', async ({ request }) => {
  const response = await request.get('/tiltak?sort=updated');
  expect(response.status()).toBe(200);
  const html = await response.text();
  let bytes = gzipSync(html).length;
  const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  expect(sheets.length).toBeGreaterThan(0);
  for (const href of sheets) bytes += gzipSync(await (await request.get(href)).body()).length;
  expect(bytes).toBeLessThan(40 * 1024);
});
