import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FallbackNote, langFor } from '@/components/measures/translated';
import { PageLink } from '@/components/ui/page-link';
import type { NewsListItem } from '@/lib/data/news';
import { localizedNews, localizedText } from '@/lib/i18n/content';
import { toLocale } from '@/lib/i18n/routing';

// One news item: on the home page a teaser under an h2 (clamped), on the news page in full.
// Title and body are in the page's language where translated, else Bokmål marked as such.
export async function NewsCard({ item, heading: Heading, teaser = false }: { item: NewsListItem; heading: 'h2' | 'h3'; teaser?: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations('News'), getFormatter(), getLocale().then(toLocale)]);
  const text = localizedNews(item, locale);
  const measureName = item.measure && localizedText(item.measure, 'name', locale)!;
  return (
    <article className="space-y-2">
      <Heading className={Heading === 'h2' ? 'text-xl font-bold text-brand-900' : 'font-semibold'} lang={langFor(text.title, locale)}>
        {text.title.text}
      </Heading>
      <p className="text-sm text-muted">
        <time dateTime={item.publishedAt}>{format.dateTime(new Date(item.publishedAt), { dateStyle: 'long', timeZone: 'Europe/Oslo' })}</time>
      </p>
      <FallbackNote texts={[text.title, text.body]} locale={locale} />
      <p className={teaser ? 'line-clamp-4' : 'whitespace-pre-line'} lang={langFor(text.body, locale)}>{text.body.text}</p>
      {item.measure && measureName && (
        <p>
          <PageLink href={{ pathname: '/tiltak/[slug]', params: { slug: item.measure.slug } }}>
            {/* The measure's name may be in Bokmål on an nn or en page: marked so it is read as Norwegian. */}
            {t.rich('readAboutMeasure', {
              name: measureName.text,
              measure: (chunks) => <span lang={langFor(measureName, locale)}>{chunks}</span>,
            })}
          </PageLink>
        </p>
      )}
    </article>
  );
}
