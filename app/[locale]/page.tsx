import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { countPublishedMeasures } from '@/lib/data/measures';
import { listLatestNews } from '@/lib/data/news';
import { Link } from '@/lib/i18n/navigation';
import { toLocale } from '@/lib/i18n/routing';

export const revalidate = 300;

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const [t, format, count, news] = await Promise.all([
    getTranslations('Home'),
    getFormatter(),
    countPublishedMeasures(),
    listLatestNews(3),
  ]);

  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t('title')}</h1>
        <p className="max-w-2xl text-lg">{t('intro')}</p>
        <p>
          <Link href="/tiltak" className="inline-block rounded bg-brand-700 px-4 py-3 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white">
            {t('browseAll', { count })}
          </Link>
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
                <article>
                  <h3 className="font-semibold">{item.title}</h3>
                  <p className="text-sm text-muted">
                    <time dateTime={item.publishedAt}>{format.dateTime(new Date(item.publishedAt), { dateStyle: 'long' })}</time>
                  </p>
                  <p className="mt-2 line-clamp-4">{item.body}</p>
                  {item.measure && (
                    <p className="mt-2">
                      <Link href={{ pathname: '/tiltak/[slug]', params: { slug: item.measure.slug } }}>
                        {t('readAboutMeasure', { name: item.measure.name })}
                      </Link>
                    </p>
                  )}
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
