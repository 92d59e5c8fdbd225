import { getTranslations } from 'next-intl/server';

type Params = Record<string, string | string[] | undefined>;

/** Previous/next links that keep the other search parameters. */
export async function Pager({ page, total, pageSize, params }: { page: number; total: number; pageSize: number; params: Params }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const t = await getTranslations('AdminEdit');
  const href = (p: number) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (k !== 'page' && k !== 'saved' && k !== 'problem') for (const x of [v].flat()) if (x) search.append(k, x);
    if (p > 1) search.set('page', String(p));
    return `?${search.toString()}`;
  };
  return (
    <nav aria-label={t('common.page', { page, pages })} className="flex items-center gap-4">
      {page > 1 && <a href={href(page - 1)}>{t('common.previous')}</a>}
      <span>{t('common.page', { page, pages })}</span>
      {page < pages && <a href={href(page + 1)}>{t('common.next')}</a>}
    </nav>
  );
}
