import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActiveFilterLinks } from '@/components/catalogue/active-filter-links';
import { cataloguePath } from '@/components/catalogue/links';
import { Pagination } from '@/components/catalogue/pagination';
import { ResultCard } from '@/components/catalogue/result-card';
import { SearchForm } from '@/components/catalogue/search-form';
import { hasFilters, parseCatalogueQuery } from '@/lib/catalogue/query';
import { searchCatalogue } from '@/lib/data/catalogue';
import { toLocale } from '@/lib/i18n/routing';

// Every search is its own page: rendered per request, never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/tiltak'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: 'Catalogue' });
  return { title: t('title') };
}

export default async function CataloguePage({ params, searchParams }: PageProps<'/[locale]/tiltak'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const { query, problems } = parseCatalogueQuery(await searchParams);
  const now = new Date();
  const [t, result] = await Promise.all([getTranslations('Catalogue'), searchCatalogue(query, now)]);
  const ignored = [...new Set(problems.filter((p) => p.kind === 'invalid').map((p) => p.param))];
  const count = query.q ? t('resultCountFor', { count: result.total, q: query.q }) : t('resultCount', { count: result.total });

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,22rem)_1fr]">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <SearchForm query={query} action={cataloguePath(locale)} />
      </div>
      <section aria-labelledby="results-heading" className="space-y-4">
        {(ignored.length > 0 || problems.some((p) => p.kind === 'too_long')) && (
          <div className="rounded border border-warn-800/30 bg-warn-50 p-3 text-warn-800">
            {ignored.length > 0 && <p>{t('ignored', { params: ignored.join(', ') })}</p>}
            {problems.some((p) => p.kind === 'too_long') && <p>{t('tooLong')}</p>}
          </div>
        )}
        <p id="results-heading" role="status" className="text-xl font-semibold">{count}</p>
        {result.items.length === 0 ? (
          <div className="space-y-3">
            <p>{t('noResults')}</p>
            {hasFilters(query) && <ActiveFilterLinks query={query} locale={locale} heading={t('noResultsHelp')} />}
            <p>
              {t('noResultsSearch')} <a href={cataloguePath(locale)}>{t('seeAll')}</a>
            </p>
          </div>
        ) : (
          <ActiveFilterLinks query={query} locale={locale} heading={t('activeFilters')} />
        )}
        {result.items.length > 0 && (
          <ul className="grid gap-4 xl:grid-cols-2">
            {result.items.map((item) => (
              <li key={item.id}>
                <ResultCard item={item} locale={locale} now={now} />
              </li>
            ))}
          </ul>
        )}
        <Pagination query={query} total={result.total} locale={locale} />
      </section>
    </div>
  );
}
