// The public pages (home, the catalogue, measure and provider pages, the provider list,
// news, the accessibility statement) skip proxy.ts. Running the proxy costs about as much
// as serving a cached page, so for them the language routing it would do is done by the
// plain rewrites below (next.config.ts), which Next.js applies without starting the proxy;
// proxy.ts's matcher leaves out exactly these addresses (tests/unit/cached-routes.test.ts
// holds the two together). The pages read their own search parameters. Everything else
// (/nb/… and wrongly localized addresses, the list page, the admin area) still goes
// through the proxy.
import { defaultLocale, locales, routing, type AppPathname, type Locale } from './routing';

/** Route templates rewritten to their app route without the proxy. */
export const PROXY_FREE_ROUTES = ['/', '/tiltak', '/tiltak/[slug]', '/tilbydere', '/tilbydere/[slug]', '/nyheter', '/tilgjengelighet', '/for-parorende'] as const satisfies readonly AppPathname[];
type ProxyFreeRoute = (typeof PROXY_FREE_ROUTES)[number];

/** What a slug can be (lib/validation/fields.ts's SLUG_PATTERN, loosened to a path-to-regexp class). */
const SLUG_SOURCE = ':slug([a-z0-9-]+)';

export interface ProxyFreeRewrite {
  source: string;
  destination: string;
}

/** The address visitors use for a route in a locale, as a path-to-regexp source. */
function publicSource(route: ProxyFreeRoute, locale: Locale): string {
  const localized: string = route === '/' ? '/' : routing.pathnames[route][locale];
  const prefix = locale === defaultLocale ? '' : `/${locale}`;
  const path = localized.replace('[slug]', SLUG_SOURCE);
  return path === '/' ? prefix || '/' : `${prefix}${path}`;
}

/** The app route behind it: app/[locale]/… with the locale as the first segment. */
function internalDestination(route: ProxyFreeRoute, locale: Locale): string {
  return `/${locale}${route === '/' ? '' : route.replace('[slug]', ':slug')}`;
}

/**
 * next.config.ts's rewrites for these pages. An address that already is its app route
 * (/nn/tiltak/x) needs none: leaving the proxy out is enough.
 */
export function proxyFreeRewrites(): ProxyFreeRewrite[] {
  return PROXY_FREE_ROUTES.flatMap((route) =>
    locales.flatMap((locale) => {
      const source = publicSource(route, locale);
      const destination = internalDestination(route, locale);
      return source.replace(SLUG_SOURCE, ':slug') === destination ? [] : [{ source, destination }];
    }),
  );
}
