import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CatalogueView } from '@/components/catalogue/catalogue-view';
import { catalogueAlternates } from '@/components/catalogue/links';
import { resultSummary } from '@/components/catalogue/result-summary';
import { hasFilters, parseCatalogueQuery } from '@/lib/catalogue/query';
import { searchCatalogue } from '@/lib/data/catalogue';
import { toLocale } from '@/lib/i18n/routing';

// The catalogue: its whole state is in its search parameters (lib/catalogue/query.ts).
// Rendered per visit; the search itself is answered from the data cache when the same
// search was made recently (lib/data/catalogue.ts), from the database otherwise.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/tiltak'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Catalogue' });
  const { query } = parseCatalogueQuery(await searchParams);
  // After a search, the title starts with its count: the first thing a screen reader says
  // on the new page, with or without JavaScript. The same cached search as the page's.
  if (!query.q && !hasFilters(query)) return { title: t('title'), alternates: catalogueAlternates(locale, query) };
  const result = await searchCatalogue(query);
  const summary = resultSummary(t, result, query.q);
  return { title: t('pageTitle', { summary, title: t('title') }), alternates: catalogueAlternates(locale, query) };
}

export default async function CataloguePage({ params, searchParams }: PageProps<'/[locale]/tiltak'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const { query, problems } = parseCatalogueQuery(await searchParams);
  return <CatalogueView locale={locale} query={query} problems={problems} />;
}
