import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MeasureCard } from '@/components/measures/measure-card';
import { listPublishedMeasures } from '@/lib/data/measures';
import { toLocale } from '@/lib/i18n/routing';

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]/tiltak'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: 'MeasureList' });
  return { title: t('title') };
}

export default async function MeasureListPage({ params }: PageProps<'/[locale]/tiltak'>) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const [t, measures] = await Promise.all([getTranslations('MeasureList'), listPublishedMeasures()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p>{t('count', { count: measures.length })}</p>
      {measures.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {measures.map((m) => (
            <li key={m.slug}>
              <MeasureCard measure={m} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
