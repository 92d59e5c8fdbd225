import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { MeasureFacts } from '@/components/measures/measure-facts';
import { MeasureJsonLd } from '@/components/measures/measure-json-ld';
import { MeasureLocations } from '@/components/measures/measure-locations';
import { OpeningHours } from '@/components/measures/opening-hours';
import { RelatedMeasures } from '@/components/measures/related-measures';
import { getPublishedMeasure, listRelatedMeasures } from '@/lib/data/measures';
import { findRenamedMeasureSlug } from '@/lib/data/slug-redirects';
import { getPathname, Link } from '@/lib/i18n/navigation';
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
  return {
    title: measure.name,
    description: measure.summary,
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
  const [t, format, related] = await Promise.all([getTranslations('Measure'), getFormatter(), listRelatedMeasures(measure)]);
  const providerHref = { pathname: '/tilbydere/[slug]', params: { slug: measure.provider.slug } } as const;
  const urls = {
    page: absoluteUrl(getPathname({ locale, href: { pathname: '/tiltak/[slug]', params: { slug } } })),
    provider: absoluteUrl(getPathname({ locale, href: providerHref })),
  };

  return (
    <div className="space-y-10">
      <article className="space-y-8">
        <MeasureJsonLd measure={measure} urls={urls} />
        <header className="space-y-2">
          <p>
            <Link href="/tiltak">← {t('backToList')}</Link>
          </p>
          <h1 className="text-3xl font-bold text-brand-900">{measure.name}</h1>
          <p className="text-lg">{measure.summary}</p>
          <p className="text-muted">
            {t('provider')}: <Link href={providerHref}>{measure.provider.name}</Link>
          </p>
        </header>

        {measure.howToStart && (
          <section aria-labelledby="start-heading" className="rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
            <h2 id="start-heading" className="text-xl font-bold text-brand-900">{t('howToStart')}</h2>
            <p className="mt-2 whitespace-pre-line">{measure.howToStart}</p>
          </section>
        )}

        <section aria-labelledby="hours-heading" className="space-y-2">
          <h2 id="hours-heading" className="text-xl font-bold text-brand-900">{t('openingHours')}</h2>
          <OpeningHours {...measure} />
        </section>

        {measure.description && (
          <section aria-labelledby="about-heading" className="space-y-2">
            <h2 id="about-heading" className="text-xl font-bold text-brand-900">{t('about')}</h2>
            <p className="whitespace-pre-line">{measure.description}</p>
          </section>
        )}

        <MeasureFacts measure={measure} />
        <MeasureLocations measure={measure} />

        <p className="text-sm text-muted">
          {t('lastVerified')}:{' '}
          {measure.lastVerifiedAt ? (
            <time dateTime={measure.lastVerifiedAt}>
              {format.dateTime(new Date(`${measure.lastVerifiedAt}T12:00:00Z`), { dateStyle: 'long', timeZone: 'Europe/Oslo' })}
            </time>
          ) : (
            t('neverVerified')
          )}
        </p>
      </article>
      <RelatedMeasures items={related} />
    </div>
  );
}
