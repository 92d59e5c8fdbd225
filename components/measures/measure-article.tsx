import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { MeasureDetail } from '@/lib/data/measures';
import { localizedMeasure } from '@/lib/i18n/content';
import { toLocale } from '@/lib/i18n/routing';
import { unknownFacts } from '@/lib/domain/unknown-facts';
import { nextSteps, wayIn, type WayInHelper } from '@/lib/domain/way-in';
import { MeasureFacts } from './measure-facts';
import { MissingFactsNote } from './missing-facts';
import { NextSteps } from './next-steps';
import { MeasureLocations } from './measure-locations';
import { OpeningHours } from './opening-hours';
import { PlannedBadge } from './planned-badge';
import { FallbackNote, langFor } from './translated';
import { WayInBody } from './way-in';

/**
 * The body of a measure's page: "how to get started" first, then hours, description,
 * facts and contact. Shared by the public page and the editors' preview of drafts.
 */
export async function MeasureArticle({
  measure,
  top,
  provider,
  helper = null,
  hoursExtra = null,
}: {
  measure: MeasureDetail;
  /** Above the heading: the public page's back link and structured data. */
  top?: ReactNode;
  /** The provider's name, linked where the public page can link it. */
  provider?: ReactNode;
  /** Fritid med bistand's contact, the last way in (lib/domain/way-in.ts). */
  helper?: WayInHelper | null;
  /** Under the hours: the public page's calendar links. */
  hoursExtra?: ReactNode;
}) {
  const [t, format, locale] = await Promise.all([getTranslations('Measure'), getFormatter(), getLocale().then(toLocale)]);
  const text = localizedMeasure(measure, locale);
  const own = { contactName: measure.contactName, phone: measure.contactPhone, email: measure.contactEmail, website: measure.website };
  const way = wayIn(text.howToStart, own, measure.provider, helper);
  const place = measure.locations.find((l) => !l.placeholder && (l.name || l.address));
  const steps = nextSteps(wayIn(null, own, measure.provider, helper), {
    dropIn: measure.dropIn,
    hasWeeklyHours: measure.hoursStatus === 'REGULAR' && measure.openingHours.length > 0,
    place: place ? [place.name, place.address].filter(Boolean).join(', ') : null,
    acceptsContactRequests: measure.acceptsContactRequests,
    contactEmail: measure.contactEmail,
  }, helper);
  const missing = unknownFacts(measure);
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

      {/* First, and never empty: the next steps, then the measure's own words, or whom to contact and whose contact it is. */}
      <section aria-labelledby="start-heading" className="rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
        <h2 id="start-heading" className="text-xl font-bold text-brand-900">{t('howToStart')}</h2>
        <NextSteps steps={steps} slug={measure.slug} />
        <WayInBody way={way} locale={locale} providerSlug={measure.provider.slug} />
      </section>

      {/* Unknown hours are named in the note below, with the other missing facts. */}
      {measure.hoursStatus !== 'UNKNOWN' && (
        <section aria-labelledby="hours-heading" className="space-y-2">
          <h2 id="hours-heading" className="text-xl font-bold text-brand-900">{t('openingHours')}</h2>
          <OpeningHours {...measure} />
          {hoursExtra}
        </section>
      )}

      {text.description && (
        <section aria-labelledby="about-heading" className="space-y-2">
          <h2 id="about-heading" className="text-xl font-bold text-brand-900">{t('about')}</h2>
          <FallbackNote texts={[text.description]} locale={locale} />
          <p className="whitespace-pre-line" lang={langFor(text.description, locale)}>{text.description.text}</p>
        </section>
      )}

      <MeasureFacts measure={measure} />
      <MissingFactsNote facts={missing} slug={measure.slug} locale={locale} />
      <MeasureLocations measure={measure} provider={provider} />

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
