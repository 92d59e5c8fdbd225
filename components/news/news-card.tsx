import { getFormatter, getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/ui/page-link';
import type { NewsListItem } from '@/lib/data/news';

// One news item: on the home page a teaser under an h2 (clamped), on the news page in full.
export async function NewsCard({ item, heading: Heading, teaser = false }: { item: NewsListItem; heading: 'h2' | 'h3'; teaser?: boolean }) {
  const [t, format] = await Promise.all([getTranslations('News'), getFormatter()]);
  return (
    <article className="space-y-2">
      <Heading className={Heading === 'h2' ? 'text-xl font-bold text-brand-900' : 'font-semibold'}>{item.title}</Heading>
      <p className="text-sm text-muted">
        <time dateTime={item.publishedAt}>{format.dateTime(new Date(item.publishedAt), { dateStyle: 'long', timeZone: 'Europe/Oslo' })}</time>
      </p>
      <p className={teaser ? 'line-clamp-4' : 'whitespace-pre-line'}>{item.body}</p>
      {item.measure && (
        <p>
          <PageLink href={{ pathname: '/tiltak/[slug]', params: { slug: item.measure.slug } }}>
            {t('readAboutMeasure', { name: item.measure.name })}
          </PageLink>
        </p>
      )}
    </article>
  );
}
