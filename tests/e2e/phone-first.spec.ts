import { expect, test, type Locator, type Page } from '@playwright/test';
import en from '../../messages/en.json';
import nb from '../../messages/nb.json';
import nn from '../../messages/nn.json';
import { openCatalogue, resultCards, resultCount, statusRegion } from './helpers/catalogue';

// The catalogue on a phone: the first screen shows the count and the first result, the
// filters wait behind one "Filtrer" (which works without JavaScript), the chosen ones show
// as chips, and every choice is a target big enough for a thumb. On a laptop the filters
// stand open beside the results.

const form = (page: Page) => page.getByRole('search');
const filterSummary = (page: Page) => form(page).locator('summary');
const firstResultName = (page: Page) => resultCards(page).first().getByRole('heading', { level: 3 });

async function expectInViewport(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what} is rendered`).not.toBeNull();
  expect(box!.y, `${what} starts on the first screen`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} ends on the first screen (${viewport.height} px)`).toBeLessThanOrEqual(viewport.height);
  expect(box!.x + box!.width, `${what} fits the width`).toBeLessThanOrEqual(viewport.width);
}

test.describe('at 360 × 740 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const [name, params] of [
    ['the catalogue', ''],
    ['a search with two filters', 'q=tur&district=arna&weekend=1'],
  ] as const) {
    test(`${name}: the result count and the first result's name show without scrolling`, async ({ page }) => {
      await openCatalogue(page, params);
      expect(await resultCount(page)).toBeGreaterThan(0);
      await expect(filterSummary(page)).toBeVisible();
      await expectInViewport(page, statusRegion(page), 'the result count');
      await expectInViewport(page, firstResultName(page), "the first result's name");
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }

  test('without JavaScript: open "Filtrer", tick a district and a toggle, submit; the summary counts them', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await openCatalogue(page);
    const arna = page.getByRole('group', { name: 'Bydel' }).getByRole('checkbox', { name: 'Arna' });
    // Closed: the filters take no room until asked for; the words field stays in view.
    await expect(arna).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Søk etter tiltak' })).toBeVisible();
    await expect(filterSummary(page)).toHaveText('Filtrer');
    await filterSummary(page).click();
    await arna.check();
    await page.getByRole('checkbox', { name: nb.Catalogue.toggle.weekend }).check();
    await page.getByRole('button', { name: 'Vis treff' }).click();
    const url = new URL(page.url());
    expect(url.searchParams.getAll('district')).toEqual(['arna']);
    expect(url.searchParams.get('weekend')).toBe('1');
    await expect(filterSummary(page)).toHaveText('Filtrer 2 valgt');
    // Closed again after the search, so the results lead; the choices are kept in the form.
    await expect(arna).toBeHidden();
    await expect(page.locator('input[name="district"][value="arna"]')).toBeChecked();
    await expect(page.getByRole('link', { name: 'Fjern filter: Arna' })).toBeVisible();
    await context.close();
  });
});

test('at 1280 px the filters stand open beside the results, with no disclosure to open', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openCatalogue(page);
  await expect(filterSummary(page)).toBeHidden();
  const arna = page.getByRole('group', { name: 'Bydel' }).getByRole('checkbox', { name: 'Arna' });
  await expect(arna).toBeVisible();
  const filters = (await form(page).boundingBox())!;
  const results = (await firstResultName(page).boundingBox())!;
  expect(filters.x + filters.width, 'filters left of the results').toBeLessThanOrEqual(results.x);
  expect(filters.y, 'filters beside the results, not above them').toBeLessThan(results.y + results.height);
  expect(filters.y + filters.height).toBeGreaterThan(results.y);
  // One form, one set of controls: nothing rendered twice for the two layouts.
  await expect(page.locator('input[name="district"][value="arna"]')).toHaveCount(1);
  await arna.check();
  await page.getByRole('button', { name: 'Vis treff' }).click();
  await expect(page.getByRole('link', { name: 'Fjern filter: Arna' })).toBeVisible();
  expect(new URL(page.url()).searchParams.getAll('district')).toEqual(['arna']);
});

test('chips above the results remove one filter each and keep the rest', async ({ page }) => {
  await openCatalogue(page, 'q=tur&district=arna&district=fana&weekend=1&age=30');
  const chips = page.getByRole('link', { name: /^Fjern filter: / });
  await expect(chips).toHaveText(['Arna ✕', 'Fana ✕', 'Alder: 30 år ✕', `${nb.Catalogue.toggle.weekend} ✕`]);
  // Above the results.
  const chip = (await chips.first().boundingBox())!;
  const count = await resultCount(page);
  if (count > 0) expect(chip.y).toBeLessThan((await firstResultName(page).boundingBox())!.y);
  await page.getByRole('link', { name: 'Fjern filter: Fana' }).click();
  await expect(page).toHaveURL(/\/tiltak\?q=tur&district=arna&age=30&weekend=1$/);
  await expect(chips).toHaveText(['Arna ✕', 'Alder: 30 år ✕', `${nb.Catalogue.toggle.weekend} ✕`]);
  await expect(page.getByRole('searchbox', { name: 'Søk etter tiltak' })).toHaveValue('tur');
});

test('at 320 px every choice, button and link in the form, chips and header is at least 24 × 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openCatalogue(page, 'district=arna&district=fana&evening=1&age=30&list=fritid-med-bistand');
  await filterSummary(page).click();
  const small = await page.evaluate(() => {
    const targets = [
      ...document.querySelectorAll('header a, form[role="search"] input:not([type="hidden"]), form[role="search"] label:has(input), form[role="search"] summary, form[role="search"] button, form[role="search"] select, main ul a.chip, main nav a'),
    ];
    return targets
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
      .map(({ el, box }) => `<${el.tagName.toLowerCase()}> ${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 30)}: ${Math.round(box.width)}×${Math.round(box.height)}`);
  });
  expect(small).toEqual([]);
  // Labels long enough to wrap at this width still give the whole label as the target.
  const wrapped = page.locator('label.choice', { hasText: nb.Catalogue.toggle.evening });
  expect((await wrapped.boundingBox())!.height).toBeGreaterThanOrEqual(44);
});

test.describe('no two choices look alike', () => {
  for (const [locale, path, messages] of [
    ['nb', '/tiltak', nb],
    ['nn', '/nn/tiltak', nn],
    ['en', '/en/measures', en],
  ] as const) {
    test(`${locale}: "tonight" and "some evening" have distinct names, and no choice appears twice`, async ({ page }) => {
      await page.goto(path);
      const { evening, tonight } = messages.Catalogue.toggle;
      expect(evening).not.toBe(tonight);
      expect(evening.startsWith(tonight) || tonight.startsWith(evening)).toBe(false);
      await expect(page.locator('input[name="evening"]')).toHaveAccessibleName(evening);
      await expect(page.locator('input[name="tonight"]')).toHaveAccessibleName(tonight);
      const names = await form(page).locator('input[type="checkbox"], input[type="radio"]').evaluateAll((inputs) =>
        inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
      );
      expect(names.length).toBeGreaterThan(30);
      const repeated = names.filter((n, i) => names.indexOf(n) !== i);
      expect(repeated, 'choices shown twice').toEqual([]);
    });
  }

  test('an old link with the kind "For pårørende" still works, as the one "For pårørende" choice', async ({ page }) => {
    await openCatalogue(page, 'kind=for_relatives');
    await expect(page.getByRole('checkbox', { name: 'For pårørende' })).toBeChecked();
    await expect(page.getByRole('link', { name: /^Fjern filter: / })).toHaveText(['For pårørende ✕']);
    await expect(page.getByText('ble ignorert')).toHaveCount(0);
    await expect(resultCards(page).filter({ hasText: 'Veiledning for pårørende' })).toHaveCount(1);
    await page.getByRole('link', { name: 'Fjern filter: For pårørende' }).click();
    await expect(page).toHaveURL(/\/tiltak$/);
  });
});
