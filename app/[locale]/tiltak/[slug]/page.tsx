import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ReportErrorLink } from '@/components/error-reports/report-error-link';
import { MeasureArticle } from '@/components/measures/measure-article';
import { MeasureJsonLd } from '@/components/measures/measure-json-ld';
import { MeasureListActions } from '@/components/my-list/measure-list-actions';
import { PageLink } from '@/components/ui/page-link';
import { RelatedMeasures } from '@/components/measures/related-measures';
import { getPublishedMeasure, listRelatedMeasures } from '@/lib/data/measures';
import { findRenamedMeasureSlug } from '@/lib/data/slug-redirects';
import { localizedHeadline } from '@/lib/i18n/content';
import { getPathname } from '@/lib/i18n/navigation';
import { toLocale } from '@/lib/i18n/routing';
import { absoluteUrl, alternatesFor } from '@/lib/site-urls';

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

// Metadata and page ask for the same measure: one query per render.
const getMeasure = cache((slug: string) => getPublishedMeasure(slug));

export async function generateMetadata({ params }: PageProps<'/[locale]/tiltak/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const measure = await getMeasure(slug);
  if (!measure) return {};
  const text = localizedHeadline(measure, toLocale(locale));
  return {
    title: text.name.text,
    description: text.summary.text,
    alternates: alternatesFor(toLocale(locale), { pathname: '/tiltak/[slug]', params: { slug } }),
  };
}

export default async function MeasurePage({ params }: PageProps<'/[locale]/tiltak/[slug]'>) {
  const { locale: localeParam, slug } = await params;
  const locale = toLocale(localeParam);
  setRequestLocale(locale);
  const measure = await getMeasure(slug);
  if (!measure) {
    // A renamed measure: old links move permanently to its current slug.
    const renamed = await findRenamedMeasureSlug(slug);
    if (renamed) permanentRedirect(getPathname({ locale, href: { pathname: '/tiltak/[slug]', params: { slug: renamed } } }));
    notFound();
  }
  const [t, related] = await Promise.all([getTranslations('Measure'), listRelatedMeasures(measure)]);
  const providerHref = { pathname: '/tilbydere/[slug]', params: { slug: measure.provider.slug } } as const;
  const urls = {
    page: absoluteUrl(getPathname({ locale, href: { pathname: '/tiltak/[slug]', params: { slug } } })),
    provider: absoluteUrl(getPathname({ locale, href: providerHref })),
  };

  return (
    <div className="space-y-10">
      <MeasureArticle
        measure={measure}
        top={
          <>
            <MeasureJsonLd measure={measure} urls={urls} locale={locale} />
            <p>
              <PageLink href="/tiltak">← {t('backToList')}</PageLink>
            </p>
            {/* Min liste: add/remove (list-aware via app/[locale]/tiltak-i-liste). */}
            <MeasureListActions locale={locale} slug={measure.slug} />
          </>
        }
        provider={<PageLink href={providerHref}>{measure.provider.name}</PageLink>}
      />
      <ReportErrorLink slug={measure.slug} />
      <RelatedMeasures items={related} />
    </div>
  );
}
