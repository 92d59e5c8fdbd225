import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { cache } from 'react';
import { ContactRequestForm } from '@/components/contact-requests/contact-request-form';
import { Notice } from '@/components/forms/fields';
import { HelpBlock } from '@/components/help/help-block';
import { PageLink } from '@/components/ui/page-link';
import { submitContactRequestAction } from '@/lib/actions/contact-requests';
import { getAuthSettings } from '@/lib/auth';
import { getContactableMeasure } from '@/lib/data/contact-requests';
import { env } from '@/lib/env';
import { localizedText } from '@/lib/i18n/content';
import { toLocale } from '@/lib/i18n/routing';
import { issueFormToken } from '@/lib/public-forms/form-token';

// Each visit gets a freshly signed form token, so this page is rendered per request.
export const dynamic = 'force-dynamic';

const getMeasure = cache((slug: string) => getContactableMeasure(slug));

export async function generateMetadata({ params }: PageProps<'/[locale]/tiltak/[slug]/kontakt-meg'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const measure = await getMeasure(slug);
  if (!measure) return {};
  const t = await getTranslations({ locale: toLocale(locale), namespace: 'ContactRequest' });
  // A form, not content: nothing for search engines here.
  return { title: t('title', { name: localizedText(measure, 'name', toLocale(locale))!.text }), robots: { index: false, follow: true } };
}

export default async function ContactMePage({ params, searchParams }: PageProps<'/[locale]/tiltak/[slug]/kontakt-meg'>) {
  const { locale, slug } = await params;
  setRequestLocale(toLocale(locale));
  // Only measures that take requests and have someone to receive them have this page.
  const measure = await getMeasure(slug);
  if (!measure) notFound();
  const sent = (await searchParams).sendt === '1';
  const [t, { ContactRequest, Forms }] = await Promise.all([getTranslations('ContactRequest'), getMessages()]);
  const name = localizedText(measure, 'name', toLocale(locale))!.text;

  return (
    <div className="space-y-6">
      <p>
        <PageLink href={{ pathname: '/tiltak/[slug]', params: { slug: measure.slug } }}>← {t('back', { name })}</PageLink>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t('title', { name })}</h1>
      {sent ? (
        <>
          <Notice tone="success">
            <h2 className="text-xl font-bold">{t('thanksTitle')}</h2>
            <p className="mt-1">{t('thanks', { days: env.CONTACT_REQUEST_RETENTION_DAYS })}</p>
            <p className="mt-1">{t('thanksWait')}</p>
          </Notice>
          <HelpBlock />
        </>
      ) : (
        <>
          <p className="max-w-2xl">{t('intro')}</p>
          {/* The client component gets only its own messages, and of the field kit's only the "required" mark and the fallback error. */}
          <NextIntlClientProvider messages={{ ContactRequest, Forms: { required: Forms.required, errors: { invalid: Forms.errors.invalid } } }}>
            <ContactRequestForm
              action={submitContactRequestAction.bind(null, measure.id)}
              token={issueFormToken(getAuthSettings().secret, 'contact-request', measure.id)}
              retentionDays={env.CONTACT_REQUEST_RETENTION_DAYS}
            />
          </NextIntlClientProvider>
        </>
      )}
    </div>
  );
}
