'use client';

import { useParams, useSearchParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { Suspense } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { locales, type Locale } from '@/lib/i18n/routing';

type Href = Parameters<typeof Link>[0]['href'];
type Query = Record<string, string | string[]>;

const linkClass = 'text-white hover:text-brand-100';

/**
 * Plain links to the same page in the other languages, keeping the page's search and
 * filters: works without JavaScript. On pages rendered per request the server knows the
 * query and puts it in the links. The cached catalogue (app/[locale]/sok) carries its
 * search in a route parameter, so its server render has it too. Other cached pages fall
 * back to the links without the query, and the browser fills it in after hydration.
 */
export function LocaleSwitcher({ label, names }: { label: string; names: Record<Locale, string> }) {
  const current = useLocale();
  const routeQuery = cachedSearchQuery(useParams());
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="font-semibold underline decoration-2 underline-offset-4">
                {names[locale]}
              </span>
            ) : (
              <Suspense fallback={<LocaleLink locale={locale} name={names[locale]} query={routeQuery} />}>
                <LocaleLinkWithQuery locale={locale} name={names[locale]} />
              </Suspense>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function toQuery(searchParams: Pick<URLSearchParams, 'keys' | 'getAll'>): Query {
  // Repeated parameters (?district=arna&district=fana) stay repeated. Built as entries, so
  // a parameter named `__proto__` is a key like any other, not the object's prototype.
  return Object.fromEntries(
    [...new Set(searchParams.keys())].map((key) => {
      const values = searchParams.getAll(key);
      return [key, values.length === 1 ? values[0]! : values];
    }),
  );
}

function cachedSearchQuery(params: ReturnType<typeof useParams>): Query | undefined {
  const segment = params.search;
  const raw = Array.isArray(segment) ? segment[0] : segment;
  if (!raw) return undefined;
  try {
    return toQuery(new URLSearchParams(decodeURIComponent(raw)));
  } catch {
    return toQuery(new URLSearchParams(raw));
  }
}

function LocaleLinkWithQuery({ locale, name }: { locale: Locale; name: string }) {
  return <LocaleLink locale={locale} name={name} query={toQuery(useSearchParams())} />;
}

function LocaleLink({ locale, name, query }: { locale: Locale; name: string; query?: Query }) {
  const pathname = usePathname();
  // With localized pathnames, next-intl needs the route template plus its params (less the
  // cached catalogue's internal one).
  const { search: _internal, ...params } = useParams();
  const href = { pathname, params, ...(query && Object.keys(query).length > 0 && { query }) } as unknown as Href;
  return (
    <Link href={href} locale={locale} lang={locale} hrefLang={locale} className={linkClass}>
      {name}
    </Link>
  );
}
