import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MeasureFacts } from '@/components/measures/measure-facts';
import { MeasureLocations } from '@/components/measures/measure-locations';
import { OpeningHours } from '@/components/measures/opening-hours';
import { getPublishedMeasure } from '@/lib/data/measures';
import { toLocale } from '@/lib/i18n/routing';
import { Link } from '@/lib/i18n/navigation';

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tiltak/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const measure = await getPublishedMeasure(slug);
  if (!measure) return {};
  return { title: measure.name, description: measure.summary };
}

export default async function MeasurePage({ params }: PageProps<'/[locale]/tiltak/[slug]'>) {
  const { locale, slug } = await params;
  setRequestLocale(toLocale(locale));
  const measure = await getPublishedMeasure(slug);
  if (!measure) notFound();
  const t = await getTranslations('Measure');

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href="/tiltak">← {t('backToList')}</Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{measure.name}</h1>
        <p className="text-lg">{measure.summary}</p>
        <p className="text-muted">
          {t('provider')}: {measure.provider.name}
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
        {t('lastVerified')}: {measure.lastVerifiedAt ?? t('neverVerified')}
      </p>
    </article>
  );
}
