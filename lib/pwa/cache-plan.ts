// What the service worker (lib/pwa/sw.ts) keeps for offline use, and what it never
// touches. Pure and free of browser APIs, so the rules are unit-tested
// (tests/unit/pwa-cache-plan.test.ts) and bundled into the worker as they are.
//
// The addresses come from the one routing table, so a renamed page stays covered.
import { isAdminPath } from '@/lib/auth/paths';
import { defaultLocale, locales, routing, type Locale } from '@/lib/i18n/routing';

/** Every cache of the worker starts with this, then the deployment's version. */
export const CACHE_PREFIX = 'ettervern';

/** The page kinds kept for reading offline; anything else gets the offline page. */
export type PageKind = 'detail' | 'list' | 'start';
export type CacheKind = PageKind | 'static' | 'precache';

/** How many of each are kept. Measure pages weigh 40–120 kB, so 30 stay within a few MB. */
export const CACHE_LIMITS: Record<PageKind | 'static', number> = { detail: 30, list: 5, start: 6, static: 120 };
/** A single page heavier than this is not kept (a bound on the cache's size, not a norm). */
export const MAX_PAGE_BYTES = 400 * 1024;
/** Kept pages are dropped after this long unused; hours change, so old copies help less. */
export const PAGE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The prefix of this deployment's caches: `ettervern-<version>`. */
export function cachePrefix(version: string): string {
  return `${CACHE_PREFIX}-${version}`;
}

export function cacheName(version: string, kind: CacheKind): string {
  return `${cachePrefix(version)}-${kind}`;
}

/** Whether a cache belongs to this deployment; on activation every other one is deleted. */
export function isCurrentCache(name: string, version: string): boolean {
  return name.startsWith(`${cachePrefix(version)}-`);
}

const SLUG = '[a-z0-9-]+';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A route's paths in every language: Bokmål with and without its /nb prefix. */
function routePattern(paths: (locale: Locale) => string): RegExp {
  const alternatives = locales.flatMap((locale) => {
    const path = paths(locale);
    const prefixes = locale === defaultLocale ? ['', `/${locale}`] : [`/${locale}`];
    return prefixes.map((prefix) => (path === '/' ? escape(prefix || '/') : escape(prefix + path)));
  });
  return new RegExp(`^(?:${alternatives.join('|')})/?$`.replaceAll(escape('[slug]'), SLUG));
}

const PATTERNS: [PageKind, RegExp][] = [
  ['detail', routePattern((l) => routing.pathnames['/tiltak/[slug]'][l])],
  ['list', routePattern((l) => routing.pathnames['/min-liste'][l])],
  ['start', routePattern(() => '/')],
  ['start', routePattern((l) => routing.pathnames['/for-parorende'][l])],
];

/** Which kind of kept page a path is, or null. */
export function pageKind(pathname: string): PageKind | null {
  return PATTERNS.find(([, pattern]) => pattern.test(pathname))?.[0] ?? null;
}

/**
 * Addresses the worker leaves entirely to the network: the staff area, every API
 * (the sign-in's included) and the worker's own files. Non-GET requests never reach a
 * route (lib/pwa/sw.ts registers GET routes only).
 */
export function isOffLimits(pathname: string): boolean {
  return isAdminPath(pathname) || /^\/(?:api|serwist)(?:\/|$)/.test(pathname);
}

/** The language of an address: its prefix, else Bokmål. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return locales.find((locale) => locale === first) ?? defaultLocale;
}

/** The offline page of a language, as visitors address it. */
export function offlinePath(locale: Locale): string {
  const path = routing.pathnames['/uten-nett'][locale];
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/**
 * A kept page as it is shown offline: marked on its root element, which reveals the notice
 * every page carries (components/offline/offline-notice.tsx) saying when it was saved and
 * that hours may have changed. Only an attribute: the page's scripts, and so its CSP
 * hashes, stay as they were.
 */
export function markServedOffline(html: string): string {
  return html.replace(/<html(?=[\s>])/i, '<html data-offline=""');
}
