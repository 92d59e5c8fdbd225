import { createNavigation } from 'next-intl/navigation';
import { describe, expect, it } from 'vitest';
import { getPathname, pageOf, type PageHref } from '@/lib/i18n/navigation';
import { locales, routing, type AppPathname } from '@/lib/i18n/routing';

// lib/i18n/navigation.ts computes localized paths itself (next-intl's navigation would
// add its client runtime to every page); they must be exactly next-intl's.
const nextIntl = createNavigation(routing).getPathname;

const templates = Object.keys(routing.pathnames) as AppPathname[];
const hrefs: PageHref[] = [
  ...templates.map((pathname) => ({ pathname, params: { slug: 'arna-aktiv', token: 'a.b' } })),
  { pathname: '/tiltak', query: { q: 'a b&c=d', district: ['arna', 'fana'], evening: '1' } },
  { pathname: '/tiltak/[slug]/meld-feil', params: { slug: 'x' }, query: { sendt: '1' } },
  { pathname: '/min-liste', query: { list: 'a,b' } },
  '/',
  '/nyheter',
];

describe('getPathname', () => {
  it.each(locales)('gives next-intl’s path for every page in %s', (locale) => {
    for (const href of hrefs) {
      const ours = getPathname({ locale, href });
      // next-intl wants only the params a template has.
      const theirs = nextIntl({ locale, href: typeof href === 'string' || href.pathname.includes('[') ? href : { ...href, params: undefined } } as never);
      expect(ours, JSON.stringify(href)).toBe(theirs);
    }
  });

  it('leaves a path outside the routing table as it is, with the locale prefix', () => {
    expect(getPathname({ locale: 'nb', href: '/admin/logg-inn' as AppPathname })).toBe('/admin/logg-inn');
    expect(getPathname({ locale: 'en', href: '/admin/logg-inn' as AppPathname })).toBe('/en/admin/logg-inn');
  });
});

describe('pageOf', () => {
  it('finds the template and params behind app path segments', () => {
    expect(pageOf([])).toEqual({ pathname: '/', params: {} });
    expect(pageOf(['tiltak'])).toEqual({ pathname: '/tiltak', params: {} });
    expect(pageOf(['tiltak', 'arna-aktiv'])).toEqual({ pathname: '/tiltak/[slug]', params: { slug: 'arna-aktiv' } });
    expect(pageOf(['tiltak', 'arna-aktiv', 'meld-feil'])).toEqual({ pathname: '/tiltak/[slug]/meld-feil', params: { slug: 'arna-aktiv' } });
    expect(pageOf(['tilbydere', 'alf-as'])).toEqual({ pathname: '/tilbydere/[slug]', params: { slug: 'alf-as' } });
  });

  it('finds nothing for addresses that are no localized page', () => {
    expect(pageOf(['admin', 'logg-inn'])).toBeUndefined();
    expect(pageOf(['tiltak', 'x', 'y'])).toBeUndefined();
    expect(pageOf(['finnes-ikke'])).toBeUndefined();
  });
});
