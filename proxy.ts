import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isAdminPath } from './lib/auth/paths';
import { refuseMalformedAction } from './lib/http/action-request';
import { secureCookiesFromEnv, sessionCookieName, sessionPolicyFromEnv } from './lib/auth/settings';
import { env } from './lib/env';
import { routing } from './lib/i18n/routing';

const intl = createMiddleware(routing);

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
  if (decoded === null || decoded.includes('%')) {
    return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  // Server action posts Next.js would fail on with a 500 (lib/http/action-request.ts).
  const refused = await refuseMalformedAction(request);
  if (refused) return refused;
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
  // Next.js reads this at build time, so it must be written out here. The public pages
  // everyone shares (lib/i18n/cached-routes.ts) are rewritten by next.config.ts without the
  // proxy; tests/unit/cached-routes.test.ts checks that this list and that one agree.
  matcher: [
    // Everything but API routes, Next's own files, files with an extension and those pages.
    '/((?!api|_next|_vercel|.*\\..*|(?:nn|en)?$|(?:nn/)?tiltak(?:/[a-z0-9-]+)?$|en/measures(?:/[a-z0-9-]+)?$|(?:nn/)?tilbydere(?:/[a-z0-9-]+)?$|en/providers(?:/[a-z0-9-]+)?$|nyheter$|nn/nyheiter$|en/news$|tilgjengelighet$|nn/tilgjengelegheit$|en/accessibility$|for-parorende$|nn/for-parorande$|en/for-relatives$).*)',
    // Server action posts to any page, the cached ones included, for refuseMalformedAction.
    // Requests with an Origin too: a matcher cannot see an empty Next-Action header.
    { source: '/((?!api|_next).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/((?!api|_next).*)', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
    { source: '/((?!api|_next).*)', has: [{ type: 'header', key: 'origin' }] },
  ],
};
