import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { MeasureDetail } from '@/lib/data/measures';
import { localizedMeasure } from '@/lib/i18n/content';
import { toLocale } from '@/lib/i18n/routing';
import { MeasureFacts } from './measure-facts';
import { MeasureLocations } from './measure-locations';
import { OpeningHours } from './opening-hours';
import { PlannedBadge } from './planned-badge';
import { FallbackNote, langFor } from './translated';

/**
 * The body of a measure's page: "how to get started" first, then hours, description,
 * facts and contact. Shared by the public page and the editors' preview of drafts.
 */
export async function MeasureArticle({
  measure,
  top,
  provider,
}: {
  measure: MeasureDetail;
  /** Above the heading: the public page's back link and structured data. */
  top?: ReactNode;
  /** The provider's name, linked where the public page can link it. */
  provider?: ReactNode;
}) {
  const [t, tFacts, format, locale] = await Promise.all([getTranslations('Measure'), getTranslations('Facts'), getFormatter(), getLocale().then(toLocale)]);
  const text = localizedMeasure(measure, locale);
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        {top}
        <h1 className="text-3xl font-bold text-brand-900" lang={langFor(text.name, locale)}>{text.name.text}<PlannedBadge planned={measure.planned} lang={locale} /></h1>
        <p className="text-lg" lang={langFor(text.summary, locale)}>{text.summary.text}</p>
        <FallbackNote texts={[text.name, text.summary]} locale={locale} />
        <p className="text-muted">
          {t('provider')}: {provider ?? measure.provider.name}
        </p>
      </header>

      {/* First, and always: when the plans do not say how to start, the page says so. */}
      <section aria-labelledby="start-heading" className="rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
        <h2 id="start-heading" className="text-xl font-bold text-brand-900">{t('howToStart')}</h2>
        {text.howToStart ? (
          <>
            <FallbackNote texts={[text.howToStart]} locale={locale} className="mt-1" />
            <p className="mt-2 whitespace-pre-line" lang={langFor(text.howToStart, locale)}>{text.howToStart.text}</p>
          </>
        ) : (
          <p className="mt-2 text-muted">{tFacts('unknown')}</p>
        )}
      </section>

      <section aria-labelledby="hours-heading" className="space-y-2">
        <h2 id="hours-heading" className="text-xl font-bold text-brand-900">{t('openingHours')}</h2>
        <OpeningHours {...measure} />
      </section>

      {text.description && (
        <section aria-labelledby="about-heading" className="space-y-2">
          <h2 id="about-heading" className="text-xl font-bold text-brand-900">{t('about')}</h2>
          <FallbackNote texts={[text.description]} locale={locale} />
          <p className="whitespace-pre-line" lang={langFor(text.description, locale)}>{text.description.text}</p>
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
  );
}
