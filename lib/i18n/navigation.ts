import { redirect as nextRedirect } from 'next/navigation';
import { defaultLocale, routing, type AppPathname, type Locale } from './routing';

type Query = Record<string, string | readonly string[]>;

/** A page of the site: its route template, with the template's params and a query. */
export type PageHref = AppPathname | { pathname: AppPathname; params?: Record<string, string>; query?: Query };

/**
 * A page's path in a language: the template's localized form with the params filled in,
 * the locale prefix where there is one (none for Bokmål), and the query. The same as
 * next-intl's getPathname for this routing; written out here because importing next-intl's
 * navigation on the server puts its client-side Link in every page's scripts, used or not.
 * A path outside the routing table (the admin area) is the same in every language.
 */
export function getPathname({ locale, href }: { locale: Locale; href: PageHref }): string {
  const { pathname, params = {}, query = {} } = typeof href === 'string' ? { pathname: href } : href;
  const localized: string | Record<Locale, string> | undefined = (routing.pathnames as Record<string, string | Record<Locale, string>>)[pathname];
  const template = localized === undefined ? pathname : typeof localized === 'string' ? localized : localized[locale];
  const path = template.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const prefixed = locale === defaultLocale ? path : path === '/' ? `/${locale}` : `/${locale}${path}`;
  const search = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => [value].flat().map((v) => [key, v]))).toString();
  return search ? `${prefixed}?${search}` : prefixed;
}

/** next/navigation's redirect to a page in a language. */
export function redirect(target: { locale: Locale; href: PageHref }): never {
  return nextRedirect(getPathname(target));
}

/**
 * The localized page an app path stands for, from its segments after the locale:
 * ['tiltak', 'x'] is { pathname: '/tiltak/[slug]', params: { slug: 'x' } }. Undefined for
 * a path that is no localized page (the admin area, an unknown address).
 */
export function pageOf(segments: readonly string[]): { pathname: AppPathname; params: Record<string, string> } | undefined {
  for (const pathname of Object.keys(routing.pathnames) as AppPathname[]) {
    const parts = pathname.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = parts.every((part, i) => {
      const param = /^\[(\w+)\]$/.exec(part)?.[1];
      if (param) params[param] = segments[i]!;
      return param !== undefined || part === segments[i];
    });
    if (matches) return { pathname, params };
  }
  return undefined;
}
