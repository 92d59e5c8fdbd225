import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewsCard } from '@/components/news/news-card';
import { listLatestNews } from '@/lib/data/news';
import { toLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/site-urls';

// Rendered on the first visit and then cached, like the other public pages.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]/nyheter'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'News' });
  return { title: t('title'), description: t('intro'), alternates: alternatesFor(locale, '/nyheter') };
}

export default async function NewsPage({ params }: PageProps<'/[locale]/nyheter'>) {
  setRequestLocale(toLocale((await params).locale));
  const [t, news] = await Promise.all([getTranslations('News'), listLatestNews()]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </header>
      {news.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="max-w-3xl divide-y divide-brand-100">
          {news.map((item) => (
            <li key={item.slug} className="py-5 first:pt-0">
              <NewsCard item={item} heading="h2" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
