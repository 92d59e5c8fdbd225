import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { PAGE_CACHED_ROUTES } from '@/lib/cache';
import { getPathname, pageOf, type PageHref } from '@/lib/i18n/navigation';
import { locales, type Locale } from '@/lib/i18n/routing';
import { KEEPS_LIST } from '@/lib/my-list/cached-page-list';
import { QueryKeepingLink } from './query-keeping-link';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The page the header is rendered for, and its query where the server may read it. */
export interface CurrentPage {
  page: PageHref;
  query: URLSearchParams;
  queryFromBrowser: boolean;
}

// inline-block with padding: a target at least 24 px high (WCAG 2.2, 2.5.8).
const linkClass = 'inline-block py-1 text-white hover:text-brand-100';

/**
 * Plain links to the same page in the other languages, computed on the server: no script
 * is needed to follow them, and none is sent for them, except on pages served from the
 * page cache (see below). Part of the header's links (header-links.tsx).
 */
export async function LocaleSwitcher({ locale, current }: { locale: Locale; current: CurrentPage }) {
  const t = await getTranslations({ locale, namespace: 'LocaleSwitcher' });
  const { page, query, queryFromBrowser } = current;
  const search = query.size > 0 ? `?${query}` : '';
  const names: Record<Locale, string> = { nb: t('nb'), nn: t('nn'), en: t('en') };
  return (
    <nav aria-label={t('label')}>
      <ul className="flex gap-3 text-sm">
        {locales.map((other) => {
          const name = names[other];
          if (other === locale) {
            return (
              <li key={other}>
                <span aria-current="true" className="inline-block py-1 font-semibold underline decoration-2 underline-offset-4">
                  {name}
                </span>
              </li>
            );
          }
          const props = { href: `${getPathname({ locale: other, href: page })}${search}`, lang: other, hrefLang: other, className: linkClass, children: name };
          return (
            <li key={other}>
              {queryFromBrowser ? (
                // A cached page is the same for every query, so the server cannot put the
                // visitor's in the link; the browser adds it once the page has run its script,
                // and the server layer adds the list before that (cached-page-list.ts).
                <Suspense fallback={<a {...props} {...{ [KEEPS_LIST]: '' }} />}>
                  <QueryKeepingLink {...props} />
                </Suspense>
              ) : (
                <a {...props} />
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * The page behind an app path, with its query where the server reads it: only on the
 * public pages rendered per visit. Elsewhere (pages served from the page cache,
 * PAGE_CACHED_ROUTES in lib/cache.ts; the 404 page of an unknown address, rendered
 * statically; the admin area, which shares that 404 page) reading it would fail or defeat
 * the cache, so the browser adds it (queryFromBrowser).
 */
export async function currentPage(segments: readonly string[], searchParams: SearchParams): Promise<CurrentPage> {
  const page = pageOf(segments);
  if (!page || (PAGE_CACHED_ROUTES as readonly string[]).includes(page.pathname)) {
    // The admin area and unknown addresses have the same path in every language.
    return { page: page ?? (`/${segments.join('/')}` as PageHref), query: new URLSearchParams(), queryFromBrowser: true };
  }
  // Repeated parameters (?district=arna&district=fana) stay repeated.
  const query = new URLSearchParams(
    Object.entries(await searchParams).flatMap(([key, value]) => (value === undefined ? [] : [value].flat().map((v) => [key, v]))),
  );
  return { page, query, queryFromBrowser: false };
}
