import { toSearchParams, type CatalogueQuery } from '@/lib/catalogue/query';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

/** The catalogue's localized path, for the search form's action. */
export function cataloguePath(locale: Locale): string {
  return getPathname({ locale, href: '/tiltak' });
}

/** A link to the catalogue showing exactly this query. */
export function catalogueHref(locale: Locale, query: CatalogueQuery): string {
  const search = toSearchParams(query).toString();
  return search ? `${cataloguePath(locale)}?${search}` : cataloguePath(locale);
}

export function measureHref(locale: Locale, slug: string): string {
  return getPathname({ locale, href: { pathname: '/tiltak/[slug]', params: { slug } } });
}
