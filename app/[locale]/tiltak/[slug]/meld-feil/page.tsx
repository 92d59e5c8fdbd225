import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { cache } from 'react';
import { Notice } from '@/components/forms/fields';
import { ErrorReportForm } from '@/components/error-reports/error-report-form';
import { factListText } from '@/components/measures/missing-facts';
import { PageLink } from '@/components/ui/page-link';
import { submitErrorReportAction } from '@/lib/actions/error-reports';
import { getAuthSettings } from '@/lib/auth';
import { getReportableMeasure } from '@/lib/data/error-reports';
import { issueFormToken } from '@/lib/public-forms/form-token';
import { localizedText } from '@/lib/i18n/content';
import { toLocale } from '@/lib/i18n/routing';
import { parseReportFacts } from '@/lib/validation/error-report';

// Each visit gets a freshly signed form token (it carries the time the form was shown),
// so this page is rendered per request, unlike the cached measure page it belongs to.
export const dynamic = 'force-dynamic';

const getMeasure = cache((slug: string) => getReportableMeasure(slug));

export async function generateMetadata({ params }: PageProps<'/[locale]/tiltak/[slug]/meld-feil'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const measure = await getMeasure(slug);
  if (!measure) return {};
  const t = await getTranslations({ locale: toLocale(locale), namespace: 'ErrorReport' });
  const name = localizedText(measure, 'name', toLocale(locale))!.text;
  // A form, not content: nothing for search engines here.
  return { title: t('title', { name }), robots: { index: false, follow: true } };
}

export default async function ReportErrorPage({ params, searchParams }: PageProps<'/[locale]/tiltak/[slug]/meld-feil'>) {
  const { locale, slug } = await params;
  setRequestLocale(toLocale(locale));
  const measure = await getMeasure(slug);
  if (!measure) notFound();
  const query = await searchParams;
  const sent = query.sendt === '1';
  // Opened from the measure page's note on missing facts: the form asks about those.
  const facts = parseReportFacts(query.mangler);
  const [t, { ErrorReport, Forms }] = await Promise.all([getTranslations('ErrorReport'), getMessages()]);
  const measureHref = { pathname: '/tiltak/[slug]', params: { slug: measure.slug } } as const;
  const name = localizedText(measure, 'name', toLocale(locale))!.text;

  return (
    <div className="space-y-6">
      <p>
        <PageLink href={measureHref}>← {t('back', { name })}</PageLink>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t('title', { name })}</h1>
      {sent ? (
        <Notice tone="success">
          <h2 className="text-xl font-bold">{t('thanksTitle')}</h2>
          <p className="mt-1">{t('thanks')}</p>
        </Notice>
      ) : (
        <>
          <p className="max-w-2xl">
            {facts.length > 0 ? t('aboutFacts', { facts: await factListText(facts, toLocale(locale)) }) : t('intro')}
          </p>
          {/* The form's client component gets only its own messages, and of the shared field
              kit's only the "required" mark and the fallback error (its errors are its own). */}
          <NextIntlClientProvider messages={{ ErrorReport, Forms: { required: Forms.required, errors: { invalid: Forms.errors.invalid } } }}>
            <ErrorReportForm
              action={submitErrorReportAction.bind(null, measure.id)}
              token={issueFormToken(getAuthSettings().secret, 'error-report', measure.id)}
              facts={facts}
            />
          </NextIntlClientProvider>
        </>
      )}
    </div>
  );
}
