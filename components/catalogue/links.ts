import type { Metadata } from 'next';
import { toSearchParams, type CatalogueQuery } from '@/lib/catalogue/query';
import { getPathname } from '@/lib/i18n/navigation';
import { defaultLocale, locales, type Locale } from '@/lib/i18n/routing';
import { LIST_PARAM, serializeList } from '@/lib/my-list/list';

/** The catalogue's localized path, for the search form's action. */
export function cataloguePath(locale: Locale): string {
  return getPathname({ locale, href: '/tiltak' });
}

/** A link to the catalogue showing exactly this query (its list included). */
export function catalogueHref(locale: Locale, query: CatalogueQuery): string {
  const search = toSearchParams(query).toString();
  return search ? `${cataloguePath(locale)}?${search}` : cataloguePath(locale);
}

/** The same search in each language (hreflang), and this one as canonical. */
export function catalogueAlternates(locale: Locale, query: CatalogueQuery): NonNullable<Metadata['alternates']> {
  const languages = Object.fromEntries(locales.map((l) => [l, catalogueHref(l, query)]));
  return { canonical: languages[locale], languages: { ...languages, 'x-default': languages[defaultLocale] } };
}

const withList = (path: string, list: readonly string[] | null) =>
  list === null ? path : `${path}?${new URLSearchParams({ [LIST_PARAM]: serializeList(list) })}`;

/**
 * A measure's page. With a list the link carries it, so the page can offer to add or
 * remove the measure and keep the rest; without one it is the plain page.
 */
export function measureHref(locale: Locale, slug: string, list: readonly string[]): string {
  const path = getPathname({ locale, href: { pathname: '/tiltak/[slug]', params: { slug } } });
  return withList(path, list.length > 0 ? list : null);
}

/** A measure's page that knows the list even when it is empty (after removing the last one). */
export function measureHrefWithList(locale: Locale, slug: string, list: readonly string[]): string {
  return withList(getPathname({ locale, href: { pathname: '/tiltak/[slug]', params: { slug } } }), list);
}

/** The list page showing this list. */
export function myListHref(locale: Locale, list: readonly string[]): string {
  return withList(getPathname({ locale, href: '/min-liste' }), list.length > 0 ? list : null);
}
