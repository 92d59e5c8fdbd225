import { getTranslations } from 'next-intl/server';
import { CardListLink } from '@/components/my-list/card-list-link';
import { ListSummary } from '@/components/my-list/list-summary';
import { EMPTY_QUERY, hasFilters, PAGE_SIZE, type CatalogueQuery, type QueryProblem } from '@/lib/catalogue/query';
import { searchCatalogue } from '@/lib/data/catalogue';
import { localizedHeadline } from '@/lib/i18n/content';
import type { Locale } from '@/lib/i18n/routing';
import { ActiveFilterLinks } from './active-filter-links';
import { catalogueHref, cataloguePath } from './links';
import { Pagination } from './pagination';
import { QueryNotice } from './query-notice';
import { ResultCard } from './result-card';
import { SearchForm } from './search-form';
import { HelpBlock } from '@/components/help/help-block';

/** The catalogue: search form, notices, result count, results and paging for one query. */
export async function CatalogueView({ locale, query: requested, problems }: { locale: Locale; query: CatalogueQuery; problems: QueryProblem[] }) {
  let query = requested;
  const now = new Date();
  const [t, firstTry] = await Promise.all([getTranslations('Catalogue'), searchCatalogue(query, now)]);
  let result = firstTry;
  // A page past the end (an old link, a hand-edited URL) shows the last page instead.
  const lastPage = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  if (query.page > lastPage) {
    problems = [...problems, { param: 'page', kind: 'invalid' }];
    query = { ...query, page: lastPage };
    result = await searchCatalogue(query, now);
  }
  const count = query.q ? t('resultCountFor', { count: result.total, q: query.q }) : t('resultCount', { count: result.total });

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <SearchForm query={query} action={cataloguePath(locale)} />
      </div>
      <section aria-labelledby="results-heading" className="space-y-4">
        <QueryNotice problems={problems} />
        <ListSummary locale={locale} list={query.list ?? []} />
        <p id="results-heading" role="status" className="text-xl font-semibold">{count}</p>
        {result.items.length === 0 ? (
          <div className="space-y-3">
            <p>{t('noResults')}</p>
            {hasFilters(query) && <ActiveFilterLinks query={query} locale={locale} heading={t('noResultsHelp')} />}
            <p>
              {t('noResultsSearch')} <a href={catalogueHref(locale, { ...EMPTY_QUERY, list: query.list })}>{t('seeAll')}</a>
            </p>
          </div>
        ) : (
          <ActiveFilterLinks query={query} locale={locale} heading={t('activeFilters')} />
        )}
        {result.items.length > 0 && (
          <ul className="grid gap-4 xl:grid-cols-2">
            {result.items.map((item) => (
              <li key={item.id}>
                <ResultCard
                  item={item}
                  locale={locale}
                  now={now}
                  list={query.list ?? []}
                  actions={<CardListLink locale={locale} query={query} slug={item.slug} name={localizedHeadline(item, locale).name.text} />}
                />
              </li>
            ))}
          </ul>
        )}
        <Pagination query={query} total={result.total} locale={locale} />
      </section>
      <HelpBlock />
    </div>
  );
}
