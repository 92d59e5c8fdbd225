import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MeasureList } from '@/components/measures/measure-list';
import { FallbackNote, langFor } from '@/components/measures/translated';
import { PageLink } from '@/components/ui/page-link';
import { ProviderContact } from '@/components/providers/provider-contact';
import { getProvider } from '@/lib/data/providers';
import { localizedText } from '@/lib/i18n/content';
import { toLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/site-urls';

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

// Metadata and page ask for the same provider: one query per render.
const getCachedProvider = cache((slug: string) => getProvider(slug));

export async function generateMetadata({ params }: PageProps<'/[locale]/tilbydere/[slug]'>): Promise<Metadata> {
  const { locale: localeParam, slug } = await params;
  const locale = toLocale(localeParam);
  const provider = await getCachedProvider(slug);
  if (!provider) return {};
  const t = await getTranslations({ locale, namespace: 'Providers' });
  return {
    title: provider.name,
    description: localizedText(provider, 'description', locale)?.text ?? t('metaDescription', { name: provider.name }),
    alternates: alternatesFor(locale, { pathname: '/tilbydere/[slug]', params: { slug } }),
  };
}

export default async function ProviderPage({ params }: PageProps<'/[locale]/tilbydere/[slug]'>) {
  const { locale: localeParam, slug } = await params;
  const locale = toLocale(localeParam);
  setRequestLocale(locale);
  const provider = await getCachedProvider(slug);
  if (!provider) notFound();
  const [t, tEnum] = await Promise.all([getTranslations('Providers'), getTranslations('Enums')]);
  const description = localizedText(provider, 'description', locale);

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p>
          <PageLink href="/tilbydere">← {t('backToList')}</PageLink>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{provider.name}</h1>
        <p className="text-muted">
          {t('type')}: {tEnum(`ProviderType.${provider.type}`)}
        </p>
      </header>

      {description && (
        <section aria-labelledby="about-heading" className="space-y-2">
          <h2 id="about-heading" className="text-xl font-bold text-brand-900">{t('about')}</h2>
          <FallbackNote texts={[description]} locale={locale} />
          <p className="max-w-3xl whitespace-pre-line" lang={langFor(description, locale)}>{description.text}</p>
        </section>
      )}

      <ProviderContact provider={provider} />

      <section aria-labelledby="measures-heading" className="space-y-3">
        <h2 id="measures-heading" className="text-xl font-bold text-brand-900">{t('measures', { name: provider.name })}</h2>
        {provider.measures.length === 0 ? (
          <p>{t('noMeasures', { name: provider.name })}</p>
        ) : (
          <MeasureList items={provider.measures} showProvider={false} listFromBrowser />
        )}
      </section>
    </article>
  );
}
