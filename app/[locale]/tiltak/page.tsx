import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CatalogueView } from '@/components/catalogue/catalogue-view';
import { parseCatalogueQuery } from '@/lib/catalogue/query';
import { toLocale } from '@/lib/i18n/routing';

// Every search is its own page: rendered per request. The catalogue without any search
// parameters is served from a cache instead (see app/[locale]/alle-tiltak and proxy.ts).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/tiltak'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: 'Catalogue' });
  return { title: t('title') };
}

export default async function CataloguePage({ params, searchParams }: PageProps<'/[locale]/tiltak'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const { query, problems } = parseCatalogueQuery(await searchParams);
  return <CatalogueView locale={locale} query={query} problems={problems} />;
}
