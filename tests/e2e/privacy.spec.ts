import { expect, test, type Page } from '@playwright/test';

// Visitors are often in a vulnerable situation: nothing they look at may be told to
// anyone else. No request leaves the site, no cookie is set, nothing third-party is loaded.

test.describe('privacy', () => {
  async function visitEverything(page: Page) {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page.goto('/tiltak?q=trening&evening=1');
    await page.waitForLoadState('networkidle');
    await page.goto('/tiltak');
    await page.locator('main article h3 a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    for (const path of ['/tilbydere', '/tilbydere/alf-as', '/nyheter', '/tilgjengelighet', '/min-liste?list=dagsverket']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // And the same in the other languages, with a client-side hop through the header.
    await page.goto('/en/measures');
    await page.getByRole('link', { name: 'Nynorsk' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await page.waitForLoadState('networkidle');
  }

  test('every request goes to the site itself', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    const elsewhere: string[] = [];
    // Every request the pages make is intercepted: the site's own go on, anything else is
    // stopped before it leaves the browser, and recorded.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    });
    await visitEverything(page);
    expect(requests.length).toBeGreaterThan(5);
    expect(elsewhere).toEqual([]);
  });

  test('no cookies, and no Set-Cookie header on any response', async ({ page, context }) => {
    const setCookies: string[] = [];
    page.on('response', async (res) => {
      const header = await res.headerValue('set-cookie');
      if (header) setCookies.push(`${res.url()}: ${header}`);
    });
    await visitEverything(page);
    expect(setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  test('no browser storage is written', async ({ page }) => {
    await visitEverything(page);
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    expect(storage).toEqual({ local: 0, session: 0 });
  });

  for (const path of ['/', '/tiltak', '/tiltak/fritid-med-bistand']) {
    test(`${path}: scripts, styles and fonts are all the site's own`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const resources = await page.evaluate(() => {
        const urls: string[] = [];
        for (const el of document.querySelectorAll<HTMLScriptElement>('script[src]')) urls.push(el.src);
        for (const el of document.querySelectorAll<HTMLLinkElement>('link[href]')) {
          if (el.rel !== 'alternate' && el.rel !== 'canonical') urls.push(el.href);
        }
        for (const el of document.querySelectorAll<HTMLIFrameElement | HTMLImageElement>('iframe[src], img[src]')) urls.push(el.src);
        // Fonts and imports declared in the style sheets.
        for (const sheet of document.styleSheets) {
          if (sheet.href) urls.push(sheet.href);
          for (const rule of sheet.cssRules) {
            const text = rule.cssText;
            if (!/^@(font-face|import)/.test(text)) continue;
            for (const m of text.matchAll(/url\("?([^")]+)"?\)/g)) urls.push(new URL(m[1]!, sheet.href ?? location.href).href);
          }
        }
        for (const entry of performance.getEntriesByType('resource')) urls.push(entry.name);
        return urls;
      });
      expect(resources.length).toBeGreaterThan(0);
      expect(resources.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
      // The self-hosted font really is in use, so the check above covered it.
      expect(resources.some((url) => url.endsWith('.woff2'))).toBe(true);
    });
  }
});
