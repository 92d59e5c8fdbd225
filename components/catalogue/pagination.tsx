import { getTranslations } from 'next-intl/server';
import { PAGE_SIZE, type CatalogueQuery } from '@/lib/catalogue/query';
import type { Locale } from '@/lib/i18n/routing';
import { catalogueHref } from './links';

export async function Pagination({ query, total, locale }: { query: CatalogueQuery; total: number; locale: Locale }) {
  const t = await getTranslations('Catalogue');
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return null;
  const page = Math.min(query.page, pages);
  const link = 'inline-flex min-h-11 items-center rounded border border-brand-700 px-3';
  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <a rel="prev" className={link} href={catalogueHref(locale, { ...query, page: page - 1 })}>← {t('previous')}</a>
      ) : (
        <span />
      )}
      <span>{t('pageOf', { page, pages })}</span>
      {page < pages ? (
        <a rel="next" className={link} href={catalogueHref(locale, { ...query, page: page + 1 })}>{t('next')} →</a>
      ) : (
        <span />
      )}
    </nav>
  );
}
