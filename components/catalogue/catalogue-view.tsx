import { getTranslations } from 'next-intl/server';
import { CardListLink } from '@/components/my-list/card-list-link';
import { ListSummary } from '@/components/my-list/list-summary';
import { EMPTY_QUERY, PAGE_SIZE, type CatalogueQuery, type QueryProblem } from '@/lib/catalogue/query';
import { searchCatalogue, type CatalogueItem } from '@/lib/data/catalogue';
import { localizedHeadline } from '@/lib/i18n/content';
import type { Locale } from '@/lib/i18n/routing';
import { ActiveFilterLinks } from './active-filter-links';
import { catalogueHref, cataloguePath } from './links';
import { FocusResults } from './focus-results';
import { Pagination } from './pagination';
import { Relaxations } from './relaxations';
import { resultSummary } from './result-summary';
import { QueryNotice } from './query-notice';
import { ResultCard } from './result-card';
import { SearchForm } from './search-form';
import { HelpBlock } from '@/components/help/help-block';
import { CalendarLinks } from '@/components/calendar/calendar-links';
import { searchFeedUrl } from '@/lib/calendar/urls';

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
  const summary = resultSummary(t, result, query.q);
  const exact = result.items.filter((i) => i.match === 'exact');
  const possible = result.items.filter((i) => i.match === 'possible');
  const cards = (items: CatalogueItem[]) => (
    <ul className="grid gap-4 xl:grid-cols-2">
      {items.map((item) => (
        <li key={item.id}>
          <ResultCard
            item={item}
            locale={locale}
            now={now}
            list={query.list ?? []}
            search={query}
            unknownForSearch={item.match === 'possible' ? item.unknown : undefined}
            actions={<CardListLink locale={locale} query={query} slug={item.slug} name={localizedHeadline(item, locale).name.text} />}
          />
        </li>
      ))}
    </ul>
  );

  return (
    // Phone first: title, words field and the closed "Filtrer" take little height, so the
    // count and the first result show on the first screen; from lg the filters stand beside.
    <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)] lg:gap-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t('title')}</h1>
        <SearchForm query={query} action={cataloguePath(locale)} />
      </div>
      <section aria-labelledby="results-heading" className="space-y-4">
        <QueryNotice problems={problems} />
        <ListSummary locale={locale} list={query.list ?? []} />
        <div role="status">
          <h2 id="results-heading" tabIndex={-1} className="text-xl font-semibold">{summary}</h2>
        </div>
        <FocusResults targetId="results-heading" />
        {result.total === 0 ? (
          <div className="space-y-3">
            <p>{t('noResults')}</p>
            <Relaxations query={query} locale={locale} relaxations={result.relaxations} heading={t('noResultsHelp')} />
            <p>
              {t('noResultsSearch')} <a href={catalogueHref(locale, { ...EMPTY_QUERY, list: query.list })}>{t('seeAll')}</a>
            </p>
          </div>
        ) : (
          <ActiveFilterLinks query={query} locale={locale} heading={t('activeFilters')} />
        )}
        {exact.length > 0 &&
          (result.possibleTotal > 0 ? (
            <section aria-labelledby="exact-heading" className="space-y-4">
              <h2 id="exact-heading" className="text-lg font-semibold">{t('exactHeading', { count: result.exactTotal })}</h2>
              {cards(exact)}
            </section>
          ) : (
            cards(exact)
          ))}
        {possible.length > 0 && (
          <section aria-labelledby="possible-heading" className="space-y-4">
            <div>
              <h2 id="possible-heading" className="text-lg font-semibold">{t('possibleHeading', { count: result.possibleTotal })}</h2>
              <p className="text-muted">{t('possibleIntro')}</p>
            </div>
            {cards(possible)}
          </section>
        )}
        <Pagination query={query} total={result.total} locale={locale} />
        {result.total > 0 && <CalendarLinks feed={searchFeedUrl(query, locale)} kind="search" />}
        <HelpBlock />
      </section>
    </div>
  );
}
