import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HelpBlock } from '@/components/help/help-block';
import { HomeSearch } from '@/components/home/home-search';
import { QuickLinks } from '@/components/home/quick-links';
import { NewsCard } from '@/components/news/news-card';
import { PageLink } from '@/components/ui/page-link';
import { countPublishedMeasures } from '@/lib/data/measures';
import { listLatestNews } from '@/lib/data/news';
import { toLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/site-urls';

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  return { alternates: alternatesFor(toLocale((await params).locale), '/') };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const [t, count, news] = await Promise.all([getTranslations('Home'), countPublishedMeasures(), listLatestNews(3)]);

  return (
    <div className="space-y-10">
      <section className="space-y-5">
        <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t('title')}</h1>
        <p className="max-w-2xl text-lg">{t('intro')}</p>
        <HomeSearch locale={locale} />
        <p>
          <PageLink href="/tiltak" className="inline-block rounded bg-brand-700 px-4 py-3 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white">
            {t('browseAll', { count })}
          </PageLink>
        </p>
      </section>
      <HelpBlock />
      <QuickLinks locale={locale} />
      <section aria-labelledby="relatives-heading" className="space-y-2 rounded-lg border border-brand-100 p-4">
        <h2 id="relatives-heading" className="text-2xl font-bold text-brand-900">{t('relativesHeading')}</h2>
        <p>{t('relativesText')}</p>
        <p>
          <PageLink href="/for-parorende" className="font-semibold">{t('relativesLink')}</PageLink>
        </p>
      </section>
      <section aria-labelledby="news-heading" className="space-y-4">
        <h2 id="news-heading" className="text-2xl font-bold text-brand-900">{t('latestNews')}</h2>
        {news.length === 0 ? (
          <p>{t('noNews')}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-3">
            {news.map((item) => (
              <li key={item.slug} className="rounded-lg border border-brand-100 p-4">
                <NewsCard item={item} heading="h3" teaser />
              </li>
            ))}
          </ul>
        )}
        <p>
          <PageLink href="/nyheter">{t('allNews')}</PageLink>
        </p>
      </section>
    </div>
  );
}
