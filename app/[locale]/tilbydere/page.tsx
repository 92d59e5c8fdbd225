import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProviderList } from '@/components/providers/provider-list';
import { listProviders } from '@/lib/data/providers';
import { toLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/site-urls';

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]/tilbydere'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Providers' });
  return { title: t('title'), description: t('intro'), alternates: alternatesFor(locale, '/tilbydere') };
}

export default async function ProvidersPage({ params }: PageProps<'/[locale]/tilbydere'>) {
  setRequestLocale(toLocale((await params).locale));
  const [t, providers] = await Promise.all([getTranslations('Providers'), listProviders()]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </header>
      {providers.length === 0 ? <p>{t('empty')}</p> : <ProviderList providers={providers} />}
    </div>
  );
}
