import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isAdminPath } from './lib/auth/paths';
import { refuseMalformedAction } from './lib/http/action-request';
import { parseCatalogueQuery, toSearchParams } from './lib/catalogue/query';
import { secureCookiesFromEnv, sessionCookieName, sessionPolicyFromEnv } from './lib/auth/settings';
import { env } from './lib/env';
import { defaultLocale, locales, routing } from './lib/i18n/routing';
import { LIST_PARAM } from './lib/my-list/list';

const intl = createMiddleware(routing);

// The catalogue's URL in each language. Searches with only valid parameters are served by
// the cached app/[locale]/sok page (see there); others by app/[locale]/tiltak, per request.
const catalogueLocales = new Map<string, string>(
  locales.map((locale) => [`${locale === defaultLocale ? '' : `/${locale}`}${routing.pathnames['/tiltak'][locale]}`, locale]),
);
// A measure's page with the visitor's list (?list=…) is served by its per-request twin,
// app/[locale]/tiltak-i-liste, so that the plain page can stay cached.
const measurePages = locales.map((locale) => ({
  locale,
  pattern: new RegExp(`^${locale === defaultLocale ? '' : `/${locale}`}${routing.pathnames['/tiltak/[slug]'][locale].replace('[slug]', '([^/]+)')}$`),
}));
// Routes only this proxy's rewrites lead to. Asked for directly, /sok/… would be a second
// address for every search, and a way to fill the page cache with searches nobody made.
const INTERNAL_ROUTE = new RegExp(`^(?:/(?:${locales.join('|')}))?/(?:sok|tiltak-i-liste)(?:/|$)`);
const secure = secureCookiesFromEnv(env);
const sessionCookie = sessionCookieName(secure);
const idleSeconds = sessionPolicyFromEnv(env).idleSeconds;

// Language routing for every page. On admin pages it also keeps the session cookie alive
// as long as the session is in use (the guard slides the session's expiry in the database;
// pages cannot set cookies themselves). It never decides who may see what: every admin
// page and action checks the session and role itself.
export default async function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding would otherwise fail later with a 500.
  // So would an encoded "%" (%25): the language rewrite passes the path on decoded, and
  // Next.js then fails to decode it again. No page of this site has a "%" in its address.
  let decoded: string | null = null;
  try {
    decoded = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    // Left null: not valid percent-encoding.
  }
  if (decoded === null || decoded.includes('%') || INTERNAL_ROUTE.test(decoded)) {
    return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  // Server action posts Next.js would fail on with a 500 (lib/http/action-request.ts).
  const refused = await refuseMalformedAction(request);
  if (refused) return refused;
  const catalogueLocale = catalogueLocales.get(request.nextUrl.pathname);
  if (catalogueLocale && request.method === 'GET') {
    const { query, problems } = parseCatalogueQuery(request.nextUrl.searchParams);
    if (problems.length === 0) {
      const search = toSearchParams(query).toString();
      const path = `/${catalogueLocale}/sok${search ? `/${encodeURIComponent(search)}` : ''}`;
      return NextResponse.rewrite(new URL(path, request.url));
    }
  }
  if (request.nextUrl.searchParams.has(LIST_PARAM)) {
    for (const { locale, pattern } of measurePages) {
      const slug = pattern.exec(request.nextUrl.pathname)?.[1];
      if (slug) return NextResponse.rewrite(new URL(`/${locale}/tiltak-i-liste/${slug}${request.nextUrl.search}`, request.url));
    }
  }
  const response = intl(request);
  const token = request.cookies.get(sessionCookie)?.value;
  // Only on page loads: a prefetch still in flight at sign-out must not bring the cookie back.
  const pageLoad = request.method === 'GET' && request.headers.get('sec-fetch-dest') === 'document';
  if (token && pageLoad && isAdminPath(request.nextUrl.pathname)) {
    response.cookies.set(sessionCookie, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      maxAge: idleSeconds,
    });
  }
  return response;
}

export const config = {
  // Next.js reads this at build time, so it must be written out here. The cached public
  // pages (lib/i18n/cached-routes.ts) are rewritten by next.config.ts without the proxy;
  // tests/unit/cached-routes.test.ts checks that this list and that one agree.
  matcher: [
    // Everything but API routes, Next's own files, files with an extension and the cached pages.
    '/((?!api|_next|_vercel|.*\\..*|(?:nn|en)?$|(?:nn/)?tiltak(?:/[a-z0-9-]+)?$|en/measures(?:/[a-z0-9-]+)?$|(?:nn/)?tilbydere(?:/[a-z0-9-]+)?$|en/providers(?:/[a-z0-9-]+)?$|nyheter$|nn/nyheiter$|en/news$|tilgjengelighet$|nn/tilgjengelegheit$|en/accessibility$).*)',
    // Server action posts to any page, the cached ones included, for refuseMalformedAction.
    // Requests with an Origin too: a matcher cannot see an empty Next-Action header.
    { source: '/((?!api|_next).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/((?!api|_next).*)', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
    { source: '/((?!api|_next).*)', has: [{ type: 'header', key: 'origin' }] },
    // A measure's page with a visitor's list (?list=…) is served by its per-request twin.
    { source: '/:path((?:nn/)?tiltak/[a-z0-9-]+|en/measures/[a-z0-9-]+)', has: [{ type: 'query', key: 'list' }] },
    // The catalogue with any of its parameters (CATALOGUE_PARAMS in lib/catalogue/query.ts).
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'q' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'district' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'age' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'gender' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'kind' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'category' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'criteria' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'sobriety' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'sort' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'page' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'list' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'evening' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'weekend' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'open_now' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'tonight' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'relatives' }] },
    { source: '/:path(tiltak|nn/tiltak|en/measures)', has: [{ type: 'query', key: 'youth' }] },
  ],
};
