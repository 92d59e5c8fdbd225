import { getTranslations } from 'next-intl/server';
import { catalogueHref } from '@/components/catalogue/links';
import type { CatalogueQuery } from '@/lib/catalogue/query';
import type { Locale } from '@/lib/i18n/routing';
import { hasItem, MAX_LIST_LENGTH, toggleItem } from '@/lib/my-list/list';

/** Where a card's list link lands: the anchor brings the same card back into view. */
export const cardAnchor = (slug: string) => `liste-${slug}`;

/**
 * A result card's "add to / remove from my list" link: the same catalogue page with the
 * list changed, so it works without JavaScript and every other link keeps the new list.
 */
export async function CardListLink({ locale, query, slug, name }: { locale: Locale; query: CatalogueQuery; slug: string; name: string }) {
  const t = await getTranslations('MyList');
  const list = query.list ?? [];
  const inList = hasItem(list, slug);
  if (!inList && list.length >= MAX_LIST_LENGTH) return <div className="text-sm text-muted">{t('full', { max: MAX_LIST_LENGTH })}</div>;
  const href = `${catalogueHref(locale, { ...query, list: toggleItem(list, slug) })}#${cardAnchor(slug)}`;
  return (
    <div id={cardAnchor(slug)} className="card-action">
      <a href={href}>
        <span aria-hidden="true">{inList ? '✓' : '+'}</span>
        {inList ? t('remove') : t('add')}
        <span className="sr-only"> – {name}</span>
      </a>
    </div>
  );
}
