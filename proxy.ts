import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isAdminPath } from './lib/auth/paths';
import { secureCookiesFromEnv, sessionCookieName, sessionPolicyFromEnv } from './lib/auth/settings';
import { env } from './lib/env';
import { defaultLocale, locales, routing } from './lib/i18n/routing';

const intl = createMiddleware(routing);

// The catalogue's own URL in each language, without search parameters, is served by the
// cached app/[locale]/alle-tiltak page: the same page, rendered once a minute, not per visit.
const plainCatalogue = new Map<string, string>(
  locales.map((locale) => [`${locale === defaultLocale ? '' : `/${locale}`}${routing.pathnames['/tiltak'][locale]}`, locale]),
);
const secure = secureCookiesFromEnv(env);
const sessionCookie = sessionCookieName(secure);
const idleSeconds = sessionPolicyFromEnv(env).idleSeconds;

// Language routing for every page. On admin pages it also keeps the session cookie alive
// as long as the session is in use (the guard slides the session's expiry in the database;
// pages cannot set cookies themselves). It never decides who may see what: every admin
// page and action checks the session and role itself.
export default function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding would otherwise fail later with a 500.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const catalogueLocale = request.nextUrl.search === '' ? plainCatalogue.get(request.nextUrl.pathname) : undefined;
  if (catalogueLocale) return NextResponse.rewrite(new URL(`/${catalogueLocale}/alle-tiltak`, request.url));
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
  // Everything but API routes, Next's own files and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
