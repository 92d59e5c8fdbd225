import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { catalogueHref } from '@/components/catalogue/links';
import { HelpBlock } from '@/components/help/help-block';
import { MeasureList } from '@/components/measures/measure-list';
import { EMPTY_QUERY } from '@/lib/catalogue/query';
import { listRelativesMeasures } from '@/lib/data/relatives';
import { toLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/site-urls';

// For relatives (pårørende): what the plans promise them, their offers, and where to get
// help now. The same for everyone, so kept whole in the page cache like the home page.
export const revalidate = 300;

/** What the plans say relatives can expect, in the order a worried relative asks. */
const RIGHTS = ['guidance', 'followUp', 'informed'] as const;

export async function generateMetadata({ params }: PageProps<'/[locale]/for-parorende'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Relatives' });
  return { title: t('title'), description: t('intro'), alternates: alternatesFor(locale, '/for-parorende') };
}

export default async function RelativesPage({ params }: PageProps<'/[locale]/for-parorende'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const [t, offers] = await Promise.all([getTranslations('Relatives'), listRelativesMeasures()]);
  return (
    <div className="max-w-4xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
        <ul className="list-disc space-y-2 pl-6">
          {RIGHTS.map((key) => (
            <li key={key}>{t(`rights.${key}`)}</li>
          ))}
        </ul>
      </header>
      <section aria-labelledby="offers-heading" className="space-y-4">
        <h2 id="offers-heading" className="text-2xl font-bold text-brand-900">{t('offersHeading')}</h2>
        {offers.length === 0 ? <p>{t('noOffers')}</p> : <MeasureList items={offers} />}
        {offers.some((m) => m.planned) && <p className="text-sm text-muted">{t('plannedNote')}</p>}
        <p>
          <a href={catalogueHref(locale, { ...EMPTY_QUERY, toggles: ['relatives'] })}>{t('searchAll')}</a>
        </p>
      </section>
      <HelpBlock />
    </div>
  );
}
