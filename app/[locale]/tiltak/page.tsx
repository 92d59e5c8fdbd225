import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CatalogueView } from '@/components/catalogue/catalogue-view';
import { catalogueAlternates } from '@/components/catalogue/links';
import { parseCatalogueQuery } from '@/lib/catalogue/query';
import { toLocale } from '@/lib/i18n/routing';

// The catalogue: its whole state is in its search parameters (lib/catalogue/query.ts).
// Rendered per visit; the search itself is answered from the data cache when the same
// search was made recently (lib/data/catalogue.ts), from the database otherwise.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/tiltak'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Catalogue' });
  const { query } = parseCatalogueQuery(await searchParams);
  return { title: t('title'), alternates: catalogueAlternates(locale, query) };
}

export default async function CataloguePage({ params, searchParams }: PageProps<'/[locale]/tiltak'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const { query, problems } = parseCatalogueQuery(await searchParams);
  return <CatalogueView locale={locale} query={query} problems={problems} />;
}
