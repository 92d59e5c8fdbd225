import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { CalendarLinks } from '@/components/calendar/calendar-links';
import { ReportErrorLink } from '@/components/error-reports/report-error-link';
import { MeasureArticle } from '@/components/measures/measure-article';
import { MeasureJsonLd } from '@/components/measures/measure-json-ld';
import { MeasureListActions } from '@/components/my-list/measure-list-actions';
import { PageLink } from '@/components/ui/page-link';
import { RelatedMeasures } from '@/components/measures/related-measures';
import { HelpBlock } from '@/components/help/help-block';
import { getPublishedMeasure, getWayInHelper, listRelatedMeasures } from '@/lib/data/measures';
import { hasWeeklyHours } from '@/lib/calendar/plan';
import { measureFeedUrl } from '@/lib/calendar/urls';
import { getUnansweredSince } from '@/lib/data/confirmation';
import { findRenamedMeasureSlug } from '@/lib/data/slug-redirects';
import { localizedHeadline } from '@/lib/i18n/content';
import { getPathname } from '@/lib/i18n/navigation';
import { toLocale } from '@/lib/i18n/routing';
import { LIST_PARAM, listFromSearchParams, serializeList } from '@/lib/my-list/list';
import { catalogueHref, SEARCH_PARAM } from '@/components/catalogue/links';
import { EMPTY_QUERY, parseCarriedSearch } from '@/lib/catalogue/query';
import { absoluteUrl, alternatesFor } from '@/lib/site-urls';

// Rendered per visit: the page reads the visitor's list (?list=) to offer adding or
// removing this measure and keep the rest. The measure and its related ones come from the
// data cache (lib/data, lib/cache.ts), so a visit costs no database work.
// Said outright, because the language slot beside it (app/[locale]/@languages) is built to
// be static and would otherwise make Next.js try to cache this page too.
export const dynamic = 'force-dynamic';

// Metadata and page ask for the same measure: one query per render.
const getMeasure = cache((slug: string) => getPublishedMeasure(slug));

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/tiltak/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  // A visitor's list or search makes a private address: search engines get the plain page (canonical).
  const query = await searchParams;
  const withList = listFromSearchParams(query).length > 0 || parseCarriedSearch(query[SEARCH_PARAM]) !== null;
  const measure = await getMeasure(slug);
  if (!measure) return {};
  const text = localizedHeadline(measure, toLocale(locale));
  return {
    title: text.name.text,
    description: text.summary.text,
    alternates: alternatesFor(toLocale(locale), { pathname: '/tiltak/[slug]', params: { slug } }),
    ...(withList && { robots: { index: false } }),
  };
}

export default async function MeasurePage({ params, searchParams }: PageProps<'/[locale]/tiltak/[slug]'>) {
  const { locale: localeParam, slug } = await params;
  const query = await searchParams;
  const list = listFromSearchParams(query);
  // The search the visitor came from (result cards carry it): the way back keeps its filters and page.
  const search = parseCarriedSearch(query[SEARCH_PARAM]);
  const locale = toLocale(localeParam);
  setRequestLocale(locale);
  const measure = await getMeasure(slug);
  if (!measure) {
    // A renamed measure: old links move permanently to its current slug.
    const renamed = await findRenamedMeasureSlug(slug);
    if (renamed) permanentRedirect(getPathname({ locale, href: { pathname: '/tiltak/[slug]', params: { slug: renamed } } }));
    notFound();
  }
  const [t, related, helper, unansweredSince, format] = await Promise.all([
    getTranslations('Measure'),
    listRelatedMeasures({ slug: measure.slug, kind: measure.kind, categories: measure.categories }),
    getWayInHelper(),
    getUnansweredSince(measure.slug),
    getFormatter(),
  ]);
  const providerHref = { pathname: '/tilbydere/[slug]', params: { slug: measure.provider.slug } } as const;
  // Only ever a catalogue address of this site, rebuilt from the validated search: never an open redirect.
  const back = catalogueHref(locale, { ...(search ?? EMPTY_QUERY), list: [...list] });
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
              <a href={back}>← {search ? t('backToSearch') : t('backToList')}</a>
            </p>
            <MeasureListActions locale={locale} slug={measure.slug} list={list} search={search} />
            {unansweredSince && (
              <p className="rounded border-2 border-warn-800 bg-warn-50 p-3 font-semibold text-warn-800">
                {t('unansweredSince', { date: format.dateTime(new Date(`${unansweredSince}T12:00:00Z`), { dateStyle: 'long', timeZone: 'Europe/Oslo' }) })}
              </p>
            )}
          </>
        }
        provider={<PageLink href={list.length > 0 ? { ...providerHref, query: { [LIST_PARAM]: serializeList(list) } } : providerHref}>{measure.provider.name}</PageLink>}
        helper={helper}
        hoursExtra={hasWeeklyHours(measure) && <CalendarLinks feed={measureFeedUrl(measure.slug, locale)} kind="measure" level={3} />}
      />
      <ReportErrorLink slug={measure.slug} />
      <RelatedMeasures items={related} list={list} />
      <HelpBlock />
    </div>
  );
}
