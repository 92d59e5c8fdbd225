import type { MetadataRoute } from 'next';
import { listPublishedMeasureSlugs } from '@/lib/data/measures';
import { newsLastModified } from '@/lib/data/news';
import { listProviderSlugs } from '@/lib/data/providers';
import { defaultLocale, locales } from '@/lib/i18n/routing';
import { absoluteUrl, localizedPaths, type PageHref } from '@/lib/site-urls';

// Read from the database on each request: never at build time, when there may be none.
export const dynamic = 'force-dynamic';

/** One entry per language, each naming the page in all three (hreflang). */
function entries(href: PageHref, lastModified?: string): MetadataRoute.Sitemap {
  const paths = localizedPaths(href);
  const languages = {
    ...Object.fromEntries(locales.map((l) => [l, absoluteUrl(paths[l])])),
    'x-default': absoluteUrl(paths[defaultLocale]),
  };
  return locales.map((locale) => ({
    url: absoluteUrl(paths[locale]),
    ...(lastModified && { lastModified }),
    alternates: { languages },
  }));
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [measures, providers, newsUpdated] = await Promise.all([
    listPublishedMeasureSlugs(),
    listProviderSlugs(),
    newsLastModified(),
  ]);
  return [
    ...entries('/'),
    ...entries('/tiltak'),
    ...entries('/tilbydere'),
    ...entries('/nyheter', newsUpdated ?? undefined),
    ...entries('/tilgjengelighet'),
    ...entries('/for-parorende'),
    ...measures.flatMap((m) => entries({ pathname: '/tiltak/[slug]', params: { slug: m.slug } }, m.updatedAt)),
    ...providers.flatMap((p) => entries({ pathname: '/tilbydere/[slug]', params: { slug: p.slug } }, p.updatedAt)),
  ];
}
