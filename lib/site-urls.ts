// The addresses of a page in every language, for hreflang links, the sitemap and
// structured data, all derived from the one routing table.
import type { Metadata } from 'next';
import { env } from './env';
import { getPathname, type PageHref } from './i18n/navigation';
import { defaultLocale, locales, type Locale } from './i18n/routing';

export type { PageHref };

/** A path on this site as an absolute URL, on SITE_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, env.SITE_URL).toString();
}

/** The page's path in each language, with the locale prefix where it has one. */
export function localizedPaths(href: PageHref): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, getPathname({ locale, href })])) as Record<Locale, string>;
}

/** Metadata alternates: the page's canonical path and its other languages (hreflang). */
export function alternatesFor(locale: Locale, href: PageHref): NonNullable<Metadata['alternates']> {
  const paths = localizedPaths(href);
  return { canonical: paths[locale], languages: { ...paths, 'x-default': paths[defaultLocale] } };
}
