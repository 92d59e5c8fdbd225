import type { Metadata } from 'next';
import { toSearchParams, withoutPosition, type CatalogueQuery } from '@/lib/catalogue/query';
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

/** The parameter of a measure's page that names the search it was opened from. */
export const SEARCH_PARAM = 'search';

/**
 * A measure's page, with what it needs to lead back: the visitor's list (so the page can
 * offer to add or remove the measure and keep the rest; `null` leaves it out, an empty list
 * is kept so the page knows there is one) and the search it was found in (so "Tilbake til
 * søket" returns to those filters and that page, also without JavaScript).
 */
function measurePageHref(locale: Locale, slug: string, list: readonly string[] | null, search?: CatalogueQuery | null): string {
  const path = getPathname({ locale, href: { pathname: '/tiltak/[slug]', params: { slug } } });
  const params = new URLSearchParams();
  if (list !== null) params.set(LIST_PARAM, serializeList(list));
  // The search in its canonical form, without the list, which travels in its own parameter,
  // and without a device's position, which stays on the catalogue's page.
  const searched = search ? toSearchParams({ ...withoutPosition(search), list: undefined }).toString() : '';
  if (searched) params.set(SEARCH_PARAM, searched);
  return params.size > 0 ? `${path}?${params}` : path;
}

/** A measure's page; with a list the link carries it, and with a search the way back to it. */
export function measureHref(locale: Locale, slug: string, list: readonly string[], search?: CatalogueQuery | null): string {
  return measurePageHref(locale, slug, list.length > 0 ? list : null, search);
}

/** A measure's page that knows the list even when it is empty (after removing the last one). */
export function measureHrefWithList(locale: Locale, slug: string, list: readonly string[], search?: CatalogueQuery | null): string {
  return measurePageHref(locale, slug, list, search);
}

/** The list page showing this list. */
export function myListHref(locale: Locale, list: readonly string[]): string {
  const path = getPathname({ locale, href: '/min-liste' });
  return list.length > 0 ? `${path}?${new URLSearchParams({ [LIST_PARAM]: serializeList(list) })}` : path;
}
