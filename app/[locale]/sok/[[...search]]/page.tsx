import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CatalogueView } from '@/components/catalogue/catalogue-view';
import { catalogueAlternates } from '@/components/catalogue/links';
import { parseCatalogueQuery } from '@/lib/catalogue/query';
import { toLocale } from '@/lib/i18n/routing';

// The catalogue, cached per search. proxy.ts serves every catalogue URL whose parameters
// are all valid (/tiltak, /tiltak?q=trening&evening=1, …) from here, with the canonical
// search string as the path segment: each distinct search is rendered at most once a
// minute (for the "open now" lines) and after each publish, and popular ones (the home
// page's quick links, shared links) cost no database work per visit. The cache lives in
// memory only, bounded by cacheMaxMemorySize in next.config.ts, so no stream of distinct
// searches can fill a disk. URLs with invalid parameters are rendered per request by
// app/[locale]/tiltak, which names what it ignored.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

async function readQuery(params: PageProps<'/[locale]/sok/[[...search]]'>['params']) {
  const { locale, search } = await params;
  const raw = search?.[0] ?? '';
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // Already decoded, or not encoding at all: parsed as it is, problems and all.
  }
  return { locale: toLocale(locale), ...parseCatalogueQuery(new URLSearchParams(text)) };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/sok/[[...search]]'>): Promise<Metadata> {
  const { locale, query } = await readQuery(params);
  const t = await getTranslations({ locale, namespace: 'Catalogue' });
  return { title: t('title'), alternates: catalogueAlternates(locale, query) };
}

export default async function CachedCataloguePage({ params }: PageProps<'/[locale]/sok/[[...search]]'>) {
  const { locale, query, problems } = await readQuery(params);
  setRequestLocale(locale);
  return <CatalogueView locale={locale} query={query} problems={problems} />;
}
