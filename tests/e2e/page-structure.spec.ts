import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

// What axe alone does not check: one h1 and no skipped heading levels, the page's language
// and its other-language addresses, accessible names on every control (with the filters
// open), reflow at 320 px and at 200% zoom without cut-off text, reduced motion honoured,
// and contrast under the pointer and of the focus ring.

const LOCALES = {
  nb: { prefix: '', tiltak: 'tiltak', tilbydere: 'tilbydere', nyheter: 'nyheter', tilgjengelighet: 'tilgjengelighet', parorende: 'for-parorende' },
  nn: { prefix: '/nn', tiltak: 'tiltak', tilbydere: 'tilbydere', nyheter: 'nyheiter', tilgjengelighet: 'tilgjengelegheit', parorende: 'for-parorande' },
  en: { prefix: '/en', tiltak: 'measures', tilbydere: 'providers', nyheter: 'news', tilgjengelighet: 'accessibility', parorende: 'for-relatives' },
} as const;

type Paths = (typeof LOCALES)[keyof typeof LOCALES];
const PAGE_TYPES: Record<string, { path: (p: Paths) => string; status?: number; alternates?: boolean }> = {
  home: { path: (p) => p.prefix || '/' },
  catalogue: { path: (p) => `${p.prefix}/${p.tiltak}` },
  'filtered catalogue': { path: (p) => `${p.prefix}/${p.tiltak}?kind=activity&evening=1&district=arna` },
  'catalogue with no results': { path: (p) => `${p.prefix}/${p.tiltak}?relatives=1&youth=1` },
  'measure page': { path: (p) => `${p.prefix}/${p.tiltak}/fritid-med-bistand` },
  'provider list': { path: (p) => `${p.prefix}/${p.tilbydere}` },
  'provider page': { path: (p) => `${p.prefix}/${p.tilbydere}/alf-as` },
  news: { path: (p) => `${p.prefix}/${p.nyheter}` },
  'accessibility statement': { path: (p) => `${p.prefix}/${p.tilgjengelighet}` },
  'page for relatives': { path: (p) => `${p.prefix}/${p.parorende}` },
  'page not found': { path: (p) => `${p.prefix}/finnes-ikke-${p.tiltak}`, status: 404, alternates: false },
};

async function openFilters(page: Page) {
  await page.locator('form[role="search"] details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

async function runAxe(page: Page, rules: string[], context: string | string[] = 'body') {
  // Evaluated, not added as a <script>: the page's CSP blocks inline scripts it does not list.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ rules, context }) => {
      const run = (window as unknown as { axe: typeof axe }).axe.run;
      const result = await run(context as never, { runOnly: { type: 'rule', values: rules } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { rules, context },
  );
}

for (const [locale, paths] of Object.entries(LOCALES)) {
  for (const [name, type] of Object.entries(PAGE_TYPES)) {
    test(`${locale} ${name}: one h1, no skipped levels, lang, hreflang, axe clean`, async ({ page }) => {
      const response = await page.goto(type.path(paths));
      expect(response?.status()).toBe(type.status ?? 200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels.filter((l) => l === 1), `headings ${levels.join(' ')}`).toHaveLength(1);
      expect(levels[0], 'the first heading is the h1').toBe(1);
      levels.forEach((level, i) => expect(level, `heading ${i + 1} of ${levels.join(' ')}`).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
      if (type.alternates !== false) {
        const hreflangs = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')));
        expect(hreflangs.sort()).toEqual(['en', 'nb', 'nn', 'x-default']);
      }
      await openFilters(page);
      // All of WCAG 2.1 A/AA that axe checks, names of controls and contrast included.
      await expectNoAxeViolations(page);
    });
  }
}

test('the accessibility statement is linked from every footer and listed in the sitemap', async ({ page, request }) => {
  const names = { nb: 'Tilgjengelighetserklæring', nn: 'Tilgjengelegheitserklæring', en: 'Accessibility statement' };
  for (const [locale, paths] of Object.entries(LOCALES)) {
    await page.goto(`${paths.prefix}/${paths.tiltak}/fritid-med-bistand`);
    await page.getByRole('contentinfo').getByRole('link', { name: names[locale as keyof typeof names] }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.prefix}/${paths.tilgjengelighet}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(names[locale as keyof typeof names]);
  }
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const paths of Object.values(LOCALES)) expect(xml).toContain(`${paths.prefix}/${paths.tilgjengelighet}</loc>`);
});

test('dates are written in the language of the page', async ({ page }) => {
  const expected = { nb: '22. november 2026', nn: '22. november 2026', en: 'November 22, 2026' };
  for (const [locale, paths] of Object.entries(LOCALES)) {
    await page.goto(`${paths.prefix}/${paths.tilgjengelighet}`);
    await expect(page.locator('main time[datetime="2026-11-22"]')).toHaveText(expected[locale as keyof typeof expected]);
  }
});

test('the admin area is in the language of its address too', async ({ page }) => {
  for (const [locale, paths] of Object.entries(LOCALES)) {
    await page.goto(`${paths.prefix}/admin/logg-inn`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('h1')).toHaveCount(1);
  }
});

/** Text cut off by its box, and how far the page scrolls sideways. */
async function reflowProblems(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clipped = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const s = getComputedStyle(el);
        const hides = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
        // sr-only text is meant to be clipped; only visible boxes count. A line-clamped teaser
        // ends in an ellipsis and its full text is one link away (the home page's news).
        if (!hides || el.clientWidth <= 1 || s.position === 'absolute' || !el.textContent?.trim()) return false;
        if (s.getPropertyValue('-webkit-line-clamp') !== 'none' && s.getPropertyValue('-webkit-line-clamp') !== '') return false;
        return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      })
      .map((el) => `<${el.tagName.toLowerCase()}> ${el.textContent!.trim().slice(0, 40)}`);
    return { sideways: root.scrollWidth - root.clientWidth, clipped };
  });
}

const REFLOW_PAGES = ['/', '/tiltak?district=arna', '/tiltak/fritid-med-bistand', '/tilbydere', '/tilbydere/alf-as', '/nyheter', '/tilgjengelighet', '/for-parorende', '/admin/logg-inn', '/finnes-ikke'];

for (const [name, size] of [['320 px', { width: 320, height: 640 }], ['200% zoom (640 CSS px)', { width: 640, height: 400 }]] as const) {
  test(`at ${name} nothing scrolls sideways and no text is cut off`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: size, deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const path of REFLOW_PAGES) {
      await page.goto(path);
      await openFilters(page);
      const { sideways, clipped } = await reflowProblems(page);
      expect(sideways, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      expect(clipped, `${path} cuts off text`).toEqual([]);
    }
    await context.close();
  });
}

test('prefers-reduced-motion: no animation, transition or smooth scrolling anywhere', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of ['/', '/tiltak?district=arna', '/tiltak/fritid-med-bistand', '/admin/logg-inn']) {
    await page.goto(path);
    const moving = await page.evaluate(() => {
      const seconds = (list: string) => Math.max(...list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));
      const out: string[] = [];
      if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') out.push('html: smooth scrolling');
      for (const el of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          const long = Math.max(seconds(s.transitionDuration) + seconds(s.transitionDelay), seconds(s.animationDuration) + seconds(s.animationDelay));
          if (long > 0.001 && (s.transitionProperty !== 'none' || s.animationName !== 'none')) out.push(`<${el.tagName.toLowerCase()}${pseudo ?? ''}>`);
          if (s.scrollBehavior === 'smooth') out.push(`<${el.tagName.toLowerCase()}> smooth scrolling`);
        }
      }
      return out.slice(0, 10);
    });
    expect(moving, path).toEqual([]);
  }
});

test('links and buttons keep AA contrast under the pointer (the focus ring: see keyboard-a11y.spec.ts)', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/', '/tiltak?district=arna', '/tilgjengelighet']) {
    await page.goto(path);
    const targets = page.locator('header a, main a, main button, main summary, footer a');
    const count = Math.min(await targets.count(), 16);
    for (let i = 0; i < count; i++) {
      const target = targets.nth(i);
      if (!(await target.isVisible())) continue;
      await target.hover();
      const selector = await target.evaluate((el) => {
        el.setAttribute('data-contrast-check', '');
        return '[data-contrast-check]';
      });
      const label = await target.textContent();
      expect(await runAxe(page, ['color-contrast'], selector), `${path}: ${label} under the pointer`).toEqual([]);
      await target.evaluate((el) => el.removeAttribute('data-contrast-check'));
    }
  }
});
