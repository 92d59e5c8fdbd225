// The public pages everyone shares skip proxy.ts and reach their app route by
// next.config.ts's rewrites (lib/i18n/cached-routes.ts). proxy.ts's matcher has to be
// written out by hand, so this checks, with Next.js's own matching code, that the two
// agree: each such page's address, with any search parameters, skips the proxy and is
// rewritten to the right route, and every other address still goes through the proxy.
// tests/e2e/pages.spec.ts checks the same against the server.
import { readFileSync } from 'node:fs';
import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { CATALOGUE_PARAMS } from '@/lib/catalogue/query';
import { PROXY_FREE_ROUTES, proxyFreeRewrites } from '@/lib/i18n/cached-routes';
import { getPathname } from '@/lib/i18n/navigation';
import { locales, routing, type AppPathname } from '@/lib/i18n/routing';
import { LIST_PARAM } from '@/lib/my-list/list';

const SLUG = 'arna-aktiv';

/** The folder under app/[locale] that serves a route ('' for the home page). */
const appRoute = (route: string) => (route === '/' ? '' : route);

type Request = { url: string; path: string; query: Record<string, string> };
function request(url: string): Request {
  const parsed = new URL(url, 'http://localhost');
  return { url, path: parsed.pathname, query: Object.fromEntries(parsed.searchParams) };
}

// The build's own compiler of proxy matchers (left out of Next.js's type declarations).
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matcher: typeof config.matcher, nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};
const proxyMatches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
function runsProxy({ path, query }: Request): boolean {
  return proxyMatches(path, { headers: {}, cookies: {} } as never, query);
}

/** Where next.config.ts's rewrites send an address, as Next.js matches them; the path itself if none applies. */
function rewritten({ path }: Request): string {
  for (const rule of proxyFreeRewrites()) {
    const params = getPathMatch(rule.source)(path);
    if (!params) continue;
    return rule.destination.replace(':slug', String(params.slug));
  }
  return path;
}

function publicUrl(route: AppPathname, locale: (typeof locales)[number]): string {
  const href = route.includes('[slug]') ? { pathname: route, params: { slug: SLUG } } : route;
  return getPathname({ locale, href: href as never });
}

describe('the shared public pages skip the proxy', () => {
  const cases = PROXY_FREE_ROUTES.flatMap((route) => locales.map((locale) => ({ route, locale, url: publicUrl(route, locale) })));

  it.each(cases)('$url ($locale) is rewritten to app/[locale]$route without the proxy', ({ route, locale, url }) => {
    const req = request(url);
    expect(runsProxy(req)).toBe(false);
    expect(rewritten(req)).toBe(`/${locale}${appRoute(route).replace('[slug]', SLUG)}`);
  });

  // The pages read their own parameters: a search or a visitor's list needs no proxy either.
  it.each(locales)('the catalogue with any of its parameters, and a measure page with a list (%s)', (locale) => {
    for (const param of CATALOGUE_PARAMS) {
      const req = request(`${publicUrl('/tiltak', locale)}?${param}=x&fbclid=abc`);
      expect(runsProxy(req), param).toBe(false);
      expect(rewritten(req), param).toBe(`/${locale}/tiltak`);
    }
    const req = request(`${publicUrl('/tiltak/[slug]', locale)}?${LIST_PARAM}=${SLUG}`);
    expect(runsProxy(req)).toBe(false);
    expect(rewritten(req)).toBe(`/${locale}/tiltak/${SLUG}`);
  });

  it('the pages without per-visit parameters are cached pages, not rendered per request', () => {
    for (const route of PROXY_FREE_ROUTES.filter((r) => r !== '/tiltak' && r !== '/tiltak/[slug]')) {
      const file = `app/[locale]${appRoute(route)}/page.tsx`;
      expect(readFileSync(file, 'utf8'), file).toMatch(/^export const revalidate = \d+;$/m);
    }
  });
});

describe('everything else goes through the proxy', () => {
  const others = (Object.keys(routing.pathnames) as AppPathname[]).filter((route) => !(PROXY_FREE_ROUTES as readonly string[]).includes(route));
  const urls = [
    ...others.flatMap((route) => locales.map((locale) => publicUrl(route, locale))),
    // Default-locale prefixes and addresses in the wrong language are redirected by the proxy.
    '/nb',
    '/nb/tiltak/arna-aktiv',
    '/en/tiltak/arna-aktiv',
    '/nn/measures/arna-aktiv',
    '/en/tilbydere',
    // Not slugs: the proxy answers (a bad encoding is a 404 there).
    '/tiltak/Arna-Aktiv',
    '/tiltak/a%25b',
    '/tiltak/arna-aktiv/meld-feil',
    '/admin',
    '/en/admin/tiltak',
  ];

  it.each(urls)('%s', (url) => {
    expect(runsProxy(request(url))).toBe(true);
  });

  it('leaves API routes and static files alone', () => {
    for (const url of ['/api/v1/measures', '/_next/static/chunks/a.js', '/favicon.svg']) expect(runsProxy(request(url)), url).toBe(false);
  });
});
