import { getTranslations } from 'next-intl/server';
import { Suspense, type ReactNode } from 'react';
import { myListHref } from '@/components/catalogue/links';
import { getPathname, type PageHref } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { COUNT_SLOT } from '@/lib/my-list/entries';
import { KEEPS_LIST, LIST_COUNT } from '@/lib/my-list/cached-page-list';
import { LIST_PARAM, parseList, serializeList } from '@/lib/my-list/list';
import { ListCountLink } from './list-count-link';
import { currentPage, LocaleSwitcher } from './locale-switcher';
import { QueryKeepingLink } from './query-keeping-link';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// inline-block with padding: each link a target at least 24 px high (WCAG 2.2, 2.5.8).
const navLink = 'inline-block py-1 text-white hover:text-brand-100';

/**
 * The header's links that depend on the address: the site name and main menu, which keep
 * the visitor's list (?list=), "Min liste (n)" while there is one, and the language links.
 * Rendered by the layout's `languages` slot (app/[locale]/@languages), which knows the page
 * and, on the pages rendered per visit (the catalogue, a measure, the list), its query: there
 * all of this is plain HTML. Pages served from the page cache are the same for every query,
 * so there the server layer puts the list into the links' fallbacks when the address has one
 * (lib/my-list/cached-page-list.ts), and the browser renders the same links once it has
 * run the page's script.
 */
export async function HeaderLinks({ locale, segments, searchParams }: { locale: Locale; segments: readonly string[]; searchParams: SearchParams }) {
  const [t, tMeta, current] = await Promise.all([
    getTranslations({ locale, namespace: 'Layout' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    currentPage(segments, searchParams),
  ]);
  const list = parseList(current.query.getAll(LIST_PARAM)).slugs;
  const link = (href: PageHref, className: string, children: ReactNode) => {
    const path = getPathname({ locale, href });
    if (current.queryFromBrowser) {
      return (
        <Suspense fallback={<a href={path} className={className} {...{ [KEEPS_LIST]: '' }}>{children}</a>}>
          <QueryKeepingLink href={path} keep={[LIST_PARAM]} className={className}>{children}</QueryKeepingLink>
        </Suspense>
      );
    }
    const target = list.length > 0 ? `${path}?${new URLSearchParams({ [LIST_PARAM]: serializeList(list) })}` : path;
    return <a href={target} className={className}>{children}</a>;
  };
  const listPath = getPathname({ locale, href: '/min-liste' });
  const countLabel = t('myList', { count: COUNT_SLOT });
  const onListPage = typeof current.page !== 'string' && current.page.pathname === '/min-liste';

  return (
    <>
      {link('/', 'text-lg font-bold text-white no-underline hover:text-brand-100', tMeta('siteName'))}
      <nav aria-label={t('mainNavigation')}>
        <ul className="flex flex-wrap gap-x-4">
          <li>{link('/tiltak', navLink, t('measures'))}</li>
          <li>{link('/tilbydere', navLink, t('providers'))}</li>
          <li>{link('/nyheter', navLink, t('news'))}</li>
          {current.queryFromBrowser ? (
            <Suspense fallback={<li hidden {...{ [LIST_COUNT]: '' }}><a href={listPath} className={`${navLink} font-semibold`}>{countLabel}</a></li>}>
              <ListCountLink path={listPath} label={countLabel} param={LIST_PARAM} className={`${navLink} font-semibold`} />
            </Suspense>
          ) : (
            list.length > 0 && (
              <li>
                <a href={myListHref(locale, list)} aria-current={onListPage ? 'page' : undefined} className={`${navLink} font-semibold`}>
                  {t('myList', { count: list.length })}
                </a>
              </li>
            )
          )}
        </ul>
      </nav>
      <LocaleSwitcher locale={locale} current={current} />
    </>
  );
}
