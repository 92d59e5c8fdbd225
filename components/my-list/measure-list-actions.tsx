import { getTranslations } from 'next-intl/server';
import { catalogueHref, measureHrefWithList, myListHref } from '@/components/catalogue/links';
import { EMPTY_QUERY, type CatalogueQuery } from '@/lib/catalogue/query';
import type { Locale } from '@/lib/i18n/routing';
import { hasItem, MAX_LIST_LENGTH, withItem, withoutItem } from '@/lib/my-list/list';

/**
 * "Add to / remove from my list" on a measure's page: a plain link to the same page with
 * the list changed (the list the page was opened with, ?list=, or a new one), keeping the
 * search the page was opened from.
 */
export async function MeasureListActions({ locale, slug, list, search }: { locale: Locale; slug: string; list: readonly string[]; search?: CatalogueQuery | null }) {
  const t = await getTranslations('MyList');
  const inList = hasItem(list, slug);
  const full = !inList && list.length >= MAX_LIST_LENGTH;
  const button = 'inline-flex min-h-11 items-center rounded border border-brand-700 px-3 font-semibold no-underline';
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden">
      {inList && <p>{t('inList')}</p>}
      {full ? (
        <p className="text-muted">{t('full', { max: MAX_LIST_LENGTH })}</p>
      ) : (
        <a href={measureHrefWithList(locale, slug, inList ? withoutItem(list, slug) : withItem(list, slug), search)} className={button}>
          <span aria-hidden="true" className="mr-2">{inList ? '✓' : '+'}</span>
          {inList ? t('remove') : t('add')}
        </a>
      )}
      {list.length > 0 && (
        <>
          <a href={myListHref(locale, list)}>{t('openListCount', { count: list.length })}</a>
          <a href={catalogueHref(locale, { ...EMPTY_QUERY, list: [...list] })}>{t('findMore')}</a>
        </>
      )}
    </div>
  );
}
