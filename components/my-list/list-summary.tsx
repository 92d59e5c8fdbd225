import { getTranslations } from 'next-intl/server';
import { myListHref } from '@/components/catalogue/links';
import type { Locale } from '@/lib/i18n/routing';

/** "My list: 3 measures — see, share or print it", shown while a list is being built. */
export async function ListSummary({ locale, list }: { locale: Locale; list: readonly string[] }) {
  if (list.length === 0) return null;
  const t = await getTranslations('MyList');
  return (
    <p className="rounded border border-brand-100 bg-brand-50 p-3">
      {t('summary', { count: list.length })}{' '}
      <a href={myListHref(locale, list)} className="font-semibold">{t('openList')}</a>
    </p>
  );
}
