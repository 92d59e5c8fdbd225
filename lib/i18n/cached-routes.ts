// The public pages that are the same for every visitor and served from Next.js's page cache
// (home, the plain catalogue, measure and provider pages, the provider list, news, the
// accessibility statement) skip proxy.ts. Running the proxy costs about as much as serving
// such a page from the cache, so for them the language routing it would do is done by the
// plain rewrites below (next.config.ts), which Next.js applies without starting the proxy;
// proxy.ts's matcher leaves out exactly these addresses (tests/unit/cached-routes.test.ts
// holds the two together). Everything else (a catalogue search, which the proxy turns into
// its cached canonical form; a measure page with a visitor's list; /nb/… and wrongly
// localized addresses; the admin area) still goes through the proxy.
import { defaultLocale, locales, routing, type AppPathname, type Locale } from './routing';

/** Route templates served from the page cache and rewritten without the proxy. */
export const CACHED_ROUTES = ['/', '/tiltak', '/tiltak/[slug]', '/tilbydere', '/tilbydere/[slug]', '/nyheter', '/tilgjengelighet'] as const satisfies readonly AppPathname[];

/**
 * The app route behind /tiltak without search parameters: the cached catalogue with the
 * empty search (app/[locale]/sok). With parameters, the proxy runs instead.
 */
const APP_ROUTE: Partial<Record<(typeof CACHED_ROUTES)[number], string>> = { '/tiltak': '/sok' };

/** What a slug can be (lib/validation/fields.ts's SLUG_PATTERN, loosened to a path-to-regexp class). */
const SLUG_SOURCE = ':slug([a-z0-9-]+)';

/** The Min liste parameter (lib/my-list/list.ts): a measure page with it is rendered per request. */
const LIST_PARAM = 'list';

export interface CachedRewrite {
  source: string;
  destination: string;
  missing?: { type: 'query'; key: string }[];
}

/** The address visitors use for a cached route in a locale, as a path-to-regexp source. */
function publicSource(route: (typeof CACHED_ROUTES)[number], locale: Locale): string {
  const localized: string = route === '/' ? '/' : routing.pathnames[route][locale];
  const prefix = locale === defaultLocale ? '' : `/${locale}`;
  const path = localized.replace('[slug]', SLUG_SOURCE);
  return path === '/' ? prefix || '/' : `${prefix}${path}`;
}

/** The app route behind it: app/[locale]/… with the locale as the first segment. */
function internalDestination(route: (typeof CACHED_ROUTES)[number], locale: Locale): string {
  const path = APP_ROUTE[route] ?? route;
  return `/${locale}${path === '/' ? '' : path.replace('[slug]', ':slug')}`;
}

/**
 * next.config.ts's rewrites for the cached pages. An address that already is its app route
 * (/nn/tiltak/x) needs none: leaving the proxy out is enough.
 */
export function cachedPageRewrites(): CachedRewrite[] {
  return CACHED_ROUTES.flatMap((route) =>
    locales.flatMap((locale) => {
      const source = publicSource(route, locale);
      const destination = internalDestination(route, locale);
      if (source.replace(SLUG_SOURCE, ':slug') === destination) return [];
      // A measure page with a visitor's list goes to the proxy, which serves its per-request twin.
      const missing = route === '/tiltak/[slug]' ? [{ type: 'query' as const, key: LIST_PARAM }] : undefined;
      return [{ source, destination, ...(missing && { missing }) }];
    }),
  );
}
