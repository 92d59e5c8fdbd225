import { expect, test, type Page } from '@playwright/test';
import { openCatalogue, resultCards, resultCount, statusRegion } from './helpers/catalogue';

// Never losing the thread: while a list is being built, "Min liste (n)" is in the header of
// every page and the header's links keep the list; from a measure's page, "Tilbake til
// søket" returns to the very search (filters and page) it was found in. All without
// JavaScript, on pages served from the page cache too.

const LIST = 'fritid-med-bistand,tidlig-ute';
const header = (page: Page) => page.getByRole('banner');
const listLink = (page: Page) => header(page).getByRole('link', { name: /^Min liste \(\d+\)$/ });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue and a measure page show "Min liste (2)" in the header, and its links keep the list', async ({ page }) => {
    for (const path of [`/tiltak?district=arna&list=${LIST}`, `/tiltak/dagsverket?list=${LIST}`]) {
      await page.goto(path);
      await expect(listLink(page)).toHaveText('Min liste (2)');
      await expect(listLink(page)).toHaveAttribute('href', `/min-liste?list=${encodeURIComponent(LIST)}`);
      for (const name of ['Alle tiltak', 'Tilbydere', 'Nyheter', 'Ettervern Bergen']) {
        expect(await header(page).getByRole('link', { name, exact: true }).getAttribute('href'), name).toContain(`list=${encodeURIComponent(LIST)}`);
      }
    }
    // The measure page's link to its provider keeps the list too.
    const providerLinks = await page.getByRole('main').locator('a[href*="/tilbydere/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(providerLinks.length).toBeGreaterThan(0);
    expect(providerLinks.some((href) => href!.includes(`list=${encodeURIComponent(LIST)}`))).toBe(true);
    // So do its links to similar measures.
    const related = page.getByRole('region', { name: 'Lignende tilbud' }).getByRole('link');
    expect(await related.count()).toBeGreaterThan(0);
    for (const href of await related.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toContain(`list=${encodeURIComponent(LIST)}`);
    }
    await listLink(page).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Min liste' })).toBeVisible();
    await expect(listLink(page)).toHaveAttribute('aria-current', 'page');
  });

  test('pages from the page cache (home, a provider, news) show "Min liste (2)" too, and their links keep the list', async ({ page }) => {
    const kept = `list=${encodeURIComponent(LIST)}`;
    for (const path of [`/?list=${LIST}`, `/tilbydere/alf-as?list=${LIST}`, `/nyheter?list=${LIST}`, `/en/news?list=${LIST}`]) {
      await page.goto(path);
      const english = path.startsWith('/en');
      const link = english ? header(page).getByRole('link', { name: /^My list \(\d+\)$/ }) : listLink(page);
      await expect(link, path).toHaveText(english ? 'My list (2)' : 'Min liste (2)');
      await expect(link, path).toHaveAttribute('href', `${english ? '/en/my-list' : '/min-liste'}?${kept}`);
      for (const name of english ? ['All offers', 'Providers', 'News', 'Ettervern Bergen'] : ['Alle tiltak', 'Tilbydere', 'Nyheter', 'Ettervern Bergen']) {
        expect(await header(page).getByRole('link', { name, exact: true }).getAttribute('href'), `${path}: ${name}`).toContain(kept);
      }
      // The language links keep it too.
      for (const href of await header(page).locator('a[hreflang]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        expect(href, path).toContain(kept);
      }
    }
    // A provider's page: its links to its measures keep the list.
    await page.goto(`/tilbydere/alf-as?list=${LIST}`);
    const measures = page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link');
    expect(await measures.count()).toBeGreaterThan(0);
    for (const href of await measures.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/tiltak\/[a-z0-9-]+\?list=fritid-med-bistand%2Ctidlig-ute$/);
    }
    // The same cached page without a list: no list link, plain links.
    await page.goto('/tilbydere/alf-as');
    await expect(listLink(page)).toHaveCount(0);
    await expect(header(page).getByRole('link', { name: 'Tilbydere', exact: true })).toHaveAttribute('href', '/tilbydere');
    await expect(measures.first()).toHaveAttribute('href', /^\/tiltak\/[a-z0-9-]+$/);
  });

  test('no list, no list link; header links are the plain pages', async ({ page }) => {
    await page.goto('/tiltak?district=arna');
    await expect(listLink(page)).toHaveCount(0);
    await expect(header(page).getByRole('link', { name: 'Tilbydere', exact: true })).toHaveAttribute('href', '/tilbydere');
  });

  test('"Tilbake til søket" returns to the search with its filters and page', async ({ page }) => {
    // Page 2 of a search with filters and another order: everything must come back.
    const search = '/tiltak?kind=activity&kind=low_threshold_centre&kind=work&sort=updated&page=2';
    await openCatalogue(page, search.split('?')[1]!);
    const count = await resultCount(page);
    expect(count, 'the search has a second page').toBeGreaterThan(20);
    const first = resultCards(page).first().getByRole('heading', { level: 3 }).getByRole('link');
    const name = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await page.getByRole('link', { name: 'Tilbake til søket' }).click();
    await expect(page).toHaveURL(search);
    await expect(statusRegion(page)).toContainText(`${count} treff`);
    await expect(page.getByRole('checkbox', { name: 'Aktivitetstilbud' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Sorter etter' })).toHaveValue('updated');
    await expect(page.getByText('Side 2 av')).toBeVisible();
    await expect(resultCards(page).getByRole('heading', { name, exact: true })).toBeVisible();
  });

  test('the way back keeps a list changed on the measure page, and the search through that change', async ({ page }) => {
    await openCatalogue(page, 'district=arna&weekend=1');
    const first = resultCards(page).first().getByRole('heading', { level: 3 }).getByRole('link');
    await first.click();
    await page.getByRole('link', { name: 'Legg til i Min liste' }).click();
    await expect(listLink(page)).toHaveText('Min liste (1)');
    await page.getByRole('link', { name: 'Tilbake til søket' }).click();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/tiltak');
    expect(url.searchParams.get('district')).toBe('arna');
    expect(url.searchParams.get('weekend')).toBe('1');
    expect(url.searchParams.get('list')).not.toBeNull();
    await expect(listLink(page)).toHaveText('Min liste (1)');
  });
});

test('the way back is only ever a catalogue address of this site', async ({ page }) => {
  for (const [carried, expected] of [
    ['https://evil.example/', '/tiltak?list=dagsverket'],
    ['//evil.example/tiltak', '/tiltak?list=dagsverket'],
    ['district=mars&age=abc', '/tiltak?list=dagsverket'],
    // The list is the page's own, never one smuggled into the search.
    ['district=arna&list=zz&x=%0d%0a', '/tiltak?district=arna&list=dagsverket'],
  ] as const) {
    await page.goto(`/tiltak/dagsverket?list=dagsverket&search=${encodeURIComponent(carried)}`);
    const back = page.getByRole('main').getByRole('link', { name: /^← Tilbake til/ });
    await expect(back, carried).toHaveAttribute('href', expected);
  }
});

test('with JavaScript, cached pages show "Min liste (n)" too, and their header links keep the list', async ({ page }) => {
  for (const path of [`/?list=${LIST}`, `/tilbydere?list=${LIST}`]) {
    await page.goto(path);
    await expect(listLink(page)).toHaveText('Min liste (2)');
    await expect(header(page).getByRole('link', { name: 'Alle tiltak', exact: true })).toHaveAttribute('href', `/tiltak?list=${encodeURIComponent(LIST)}`);
  }
  // A provider's page: its links to its measures keep the list.
  await page.goto(`/tilbydere/alf-as?list=${LIST}`);
  await expect(page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link').first()).toHaveAttribute('href', /\/tiltak\/[a-z0-9-]+\?list=fritid-med-bistand%2Ctidlig-ute$/);
  await page.goto('/');
  await expect(header(page).getByRole('link', { name: 'Alle tiltak', exact: true })).toBeVisible();
  await expect(listLink(page)).toHaveCount(0);
});
