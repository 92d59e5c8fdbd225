import { expect, test, type Page } from '@playwright/test';
import en from '../../messages/en.json';
import nb from '../../messages/nb.json';
import nn from '../../messages/nn.json';
import { measures, newsItems, newsTranslations, providers } from '../../prisma/seed-data';
import { expectNoAxeViolations } from './helpers/axe';

// Provider, news and home pages, structured data, sitemap and robots.txt, on the seeded
// demo catalogue (every seeded measure is published).
const messages = { nb, nn, en };
// SITE_URL's default, which follows the port: the e2e server sets no SITE_URL.
const SITE = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const alf = providers.find((p) => p.slug === 'alf-as')!;
const alfMeasures = measures.filter((m) => m.providerSlug === 'alf-as').map((m) => m.name);

async function expectOneH1(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

test.describe('provider pages', () => {
  test('the index lists providers with counts, and a provider page lists its measures', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: nb.Layout.mainNavigation }).getByRole('link', { name: 'Tilbydere' }).click();
    await expect(page).toHaveURL(/\/tilbydere$/);
    await expectOneH1(page, 'Tilbydere');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: alf.name, exact: true }) });
    await expect(card).toContainText(`${alfMeasures.length} tiltak`);

    await card.getByRole('link', { name: alf.name, exact: true }).click();
    await expect(page).toHaveURL(/\/tilbydere\/alf-as$/);
    await expectOneH1(page, alf.name);
    await expect(page.getByText(`Type tilbyder: ${nb.Enums.ProviderType.PRIVATE}`)).toBeVisible();
    await expect(page.getByText(alf.description)).toBeVisible();
    // The plans give no contact details: each says so.
    await expect(page.locator('dd', { hasText: 'Ikke oppgitt' })).toHaveCount(3);
    const names = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(names.sort()).toEqual([...alfMeasures].sort());

    await page.getByRole('link', { name: 'Dagsverket', exact: true }).click();
    await expect(page).toHaveURL(/\/tiltak\/dagsverket$/);
    await page.locator('header').getByRole('link', { name: alf.name }).last().click();
    await expect(page).toHaveURL(/\/tilbydere\/alf-as$/);
  });

  test('English has its own paths and labels', async ({ page }) => {
    await page.goto('/en/providers/alf-as');
    await expectOneH1(page, alf.name);
    await expect(page.getByText(`Type of provider: ${en.Enums.ProviderType.PRIVATE}`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Dagsverket', exact: true })).toHaveAttribute('href', '/en/measures/dagsverket');
    await page.getByRole('link', { name: /All providers/ }).click();
    await expect(page).toHaveURL(/\/en\/providers$/);
  });

  test('an unknown provider gives a 404 page', async ({ page }) => {
    expect((await page.goto('/tilbydere/finnes-ikke'))?.status()).toBe(404);
    await expectOneH1(page, nb.NotFound.title);
    expect((await page.goto('/en/providers/does-not-exist'))?.status()).toBe(404);
    await expectOneH1(page, en.NotFound.title);
  });
});

test.describe('news page', () => {
  const newestFirst = [...newsItems].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  for (const [locale, path] of [['nb', '/nyheter'], ['nn', '/nn/nyheiter'], ['en', '/en/news']] as const) {
    test(`${path} lists the news newest first with dates in ${locale}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expectOneH1(page, messages[locale].News.title);
      // Each title in the page's language where the demo data translates it (translations.spec.ts checks the marking).
      const title = (n: (typeof newsItems)[number]) => (locale === 'nb' ? n.title : newsTranslations[n.slug]?.[locale].title ?? n.title);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(newestFirst.map(title));
      const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Oslo' });
      await expect(page.locator('main time')).toHaveText(newestFirst.map((n) => format.format(new Date(`${n.publishedAt}T00:00:00Z`))));
      const linked = newestFirst.find((n) => n.measureSlug === 'dagsverket')!;
      const measurePath = locale === 'en' ? '/en/measures/dagsverket' : locale === 'nn' ? '/nn/tiltak/dagsverket' : '/tiltak/dagsverket';
      await expect(page.getByRole('article').filter({ hasText: linked.title }).getByRole('link')).toHaveAttribute('href', measurePath);
    });
  }
});

test.describe('home page', () => {
  test('quick links open the catalogue with the filter set', async ({ page }) => {
    const links = [
      ['Åpent i kveld', '/tiltak?tonight=1'],
      ['Åpent i helgen', '/tiltak?weekend=1'],
      ['For pårørende', '/tiltak?relatives=1'],
      ['Arbeid og utdanning', '/tiltak?kind=work'],
      ['For unge', '/tiltak?youth=1'],
    ] as const;
    for (const [name, href] of links) {
      await page.goto('/');
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(href);
      await expectOneH1(page, nb.Catalogue.title);
    }
    await page.goto('/en');
    await page.getByRole('link', { name: 'Open at weekends', exact: true }).click();
    await expect(page).toHaveURL('/en/measures?weekend=1');
  });

  test('the search box searches the catalogue, and the news links to all news', async ({ page }) => {
    await page.goto('/nn');
    await page.getByLabel(nn.Home.searchLabel).fill('musikk');
    await page.getByRole('button', { name: nn.Home.searchButton }).click();
    await expect(page).toHaveURL('/nn/tiltak?q=musikk');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(3);
    await page.getByRole('link', { name: 'Alle nyheter' }).click();
    await expect(page).toHaveURL(/\/nyheter$/);
  });
});

test.describe('measure page', () => {
  test('has schema.org JSON-LD, hreflang alternates and related measures', async ({ page }) => {
    await page.goto('/tiltak/dagsverket');
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json!);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Service',
      name: 'Dagsverket',
      url: `${SITE}/tiltak/dagsverket`,
      provider: { '@type': 'Organization', name: alf.name, url: `${SITE}/tilbydere/alf-as` },
      areaServed: { '@type': 'City', name: 'Bergen' },
    });
    // Its hours are demo placeholders: not given to search engines as facts.
    expect(data.hoursAvailable).toBeUndefined();

    for (const [lang, href] of [['nb', '/tiltak/dagsverket'], ['nn', '/nn/tiltak/dagsverket'], ['en', '/en/measures/dagsverket']]) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', `${SITE}${href}`);
    }
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}/tiltak/dagsverket`);

    const related = page.getByRole('region', { name: nb.Measure.related });
    const links = related.getByRole('heading', { level: 3 }).getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.count()).toBeLessThanOrEqual(4);
    expect(await links.allTextContents()).not.toContain('Dagsverket');
    await expect(page.getByText(`${nb.Measure.lastVerified}: ${nb.Measure.neverVerified}`)).toBeVisible();
    // The plans do not say how to start at Dagsverket, and neither it nor its provider gives
    // a contact: the first section names whose contact to use instead.
    await expect(page.locator('article h2').first()).toHaveText(nb.Measure.howToStart);
    await expect(page.getByRole('region', { name: nb.Measure.howToStart })).toContainText('Fritid med bistand hjelper deg i gang');
    await expect(page.locator('main')).not.toContainText(nb.Facts.unknown);
  });
});

// The cached pages are reached by next.config.ts's rewrites without proxy.ts (see
// lib/i18n/cached-routes.ts); the proxy still takes the addresses it must redirect or
// serve per request. A proxied response carries Next.js's x-middleware-rewrite header.
test.describe('cached pages without the proxy', () => {
  const cached = [
    { path: '/', title: 'Ettervern Bergen', lang: 'nb' },
    { path: '/en', title: 'Ettervern Bergen', lang: 'en' },
    { path: '/tiltak/dagsverket', title: 'Dagsverket · Ettervern Bergen', lang: 'nb' },
    { path: '/nn/tiltak/dagsverket', title: 'Dagsverket · Ettervern Bergen', lang: 'nn' },
    { path: '/en/measures/dagsverket', title: 'Dagsverket · Ettervern Bergen', lang: 'en' },
    { path: '/tilbydere/alf-as', title: `${alf.name} · Ettervern Bergen`, lang: 'nb' },
    { path: '/en/providers', title: 'Providers · Ettervern Bergen', lang: 'en' },
    { path: '/nn/nyheiter', title: 'Nyheiter · Ettervern Bergen', lang: 'nn' },
    { path: '/en/accessibility', title: `${en.Accessibility.title} · Ettervern Bergen`, lang: 'en' },
    { path: '/for-parorende', title: 'For pårørende · Ettervern Bergen', lang: 'nb' },
    { path: '/nn/for-parorande', title: 'For pårørande · Ettervern Bergen', lang: 'nn' },
    { path: '/en/for-relatives', title: 'For relatives · Ettervern Bergen', lang: 'en' },
  ];
  for (const { path, title, lang } of cached) {
    test(`${path} is served in ${lang} without the proxy`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      expect(response.headers()['x-middleware-rewrite']).toBeUndefined();
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain(`<title>${title}</title>`);
    });
  }

  test('a cached page is never served more than two minutes old, by the server or a CDN', async ({ request }) => {
    // s-maxage is the page's revalidate time, which its cached reads bound to two minutes
    // (lib/cache.ts); past that the server renders before it answers.
    expect((await request.get('/tilbydere/alf-as')).headers()['cache-control']).toBe('s-maxage=120');
    expect((await request.get('/')).headers()['cache-control']).toBe('s-maxage=120');
    // The catalogue and measure pages read the visitor's search and list: rendered per
    // visit (from cached data), never kept by a CDN.
    for (const path of ['/tiltak', '/tiltak?evening=1', '/tiltak/dagsverket']) {
      expect((await request.get(path)).headers()['cache-control'], path).toContain('no-store');
    }
  });

  test('an unknown measure is still a 404 in its language', async ({ request }) => {
    const response = await request.get('/en/measures/no-such-measure', { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    // Next.js 16 sends a notFound() page's content in the page data only, not in the HTML
    // (vercel/next.js#62228), so look for the English page there.
    expect(await response.text()).toContain(en.NotFound.title);
  });

  test('the proxy still redirects and serves what cannot be cached', async ({ request }) => {
    const redirects: [string, string][] = [['/nb/tiltak/dagsverket', '/tiltak/dagsverket'], ['/en/tiltak/dagsverket', '/en/measures/dagsverket'], ['/nb', '/']];
    for (const [path, location] of redirects) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeGreaterThanOrEqual(300);
      expect(response.status(), path).toBeLessThan(400);
      expect(new URL(response.headers().location!, SITE).pathname, path).toBe(location);
    }
    // A measure page with a visitor's list reads it itself, without the proxy: the add link becomes a remove link.
    const listed = await request.get('/tiltak/dagsverket?list=dagsverket');
    expect(listed.headers()['x-middleware-rewrite']).toBeUndefined();
    expect(await listed.text()).toContain(nb.MyList.remove);
  });
});

test.describe('sitemap and robots.txt', () => {
  test('the sitemap lists every measure and provider in all three languages', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    const locs = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    for (const m of measures) {
      for (const path of [`/tiltak/${m.slug}`, `/nn/tiltak/${m.slug}`, `/en/measures/${m.slug}`]) {
        expect(locs, path).toContain(`${SITE}${path}`);
      }
    }
    for (const path of ['/', '/nn', '/en', '/nyheter', '/nn/nyheiter', '/en/news', '/tilbydere/alf-as', '/en/providers/alf-as', '/for-parorende', '/nn/for-parorande', '/en/for-relatives']) {
      expect(locs, path).toContain(path === '/' ? `${SITE}/` : `${SITE}${path}`);
    }
    expect(xml).toContain(`hreflang="en" href="${SITE}/en/measures/dagsverket"`);
  });

  test('robots.txt allows all but the staff area and names the sitemap', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/User-Agent: \*/i);
    expect(text).toContain('Allow: /');
    expect(text).toContain('Disallow: /admin');
    expect(text).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});

test.describe('accessibility', () => {
  const paths = ['/', '/tilbydere', '/tilbydere/alf-as', '/nyheter', '/nn/nyheiter', '/en/providers', '/en/news', '/tiltak/dagsverket'];
  for (const width of [360, 1280]) {
    for (const path of paths) {
      test(`axe finds no WCAG 2.1 AA violations on ${path} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expectNoAxeViolations(page);
      });
    }
  }

  test('nothing scrolls sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
