import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CatalogueView } from '@/components/catalogue/catalogue-view';
import { cataloguePath } from '@/components/catalogue/links';
import { EMPTY_QUERY } from '@/lib/catalogue/query';
import { toLocale } from '@/lib/i18n/routing';

// The catalogue with no search or filters, the most visited page. proxy.ts serves the
// plain catalogue URL (/tiltak, /nn/tiltak, /en/measures) from here, so it is rendered
// once a minute (for the "open now" lines) and after each publish, not per visitor.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]/alle-tiltak'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Catalogue' });
  return { title: t('title'), alternates: { canonical: cataloguePath(locale) } };
}

export default async function AllMeasuresPage({ params }: PageProps<'/[locale]/alle-tiltak'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  return <CatalogueView locale={locale} query={EMPTY_QUERY} problems={[]} />;
}
