import 'server-only';
import { createHash } from 'node:crypto';
import { defaultLocale, locales, routing, type Locale } from '@/lib/i18n/routing';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@/lib/db/outage';
import { env } from '@/lib/env';
import type { ParameterIssue, Parsed } from '@/lib/validation/api-query';
import type { Urls } from './v1';

// Responses of the open-data API. Reads are public and the same for everyone, so shared
// caches (a CDN, a reverse proxy) may keep them for five minutes and serve a stale copy
// for ten more while they fetch a fresh one; an edit shows within that time. Each body
// has a strong ETag, so clients that send If-None-Match get a bodyless 304.

export const CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';
const JSON_TYPE = 'application/json; charset=utf-8';
const common = {
  // Open data: any site may read it from a browser (no cookies are involved).
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};

export function jsonResponse(request: Request, body: unknown, contentType = JSON_TYPE): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
  const headers = { ...common, 'Content-Type': contentType, 'Cache-Control': CACHE_CONTROL, ETag: etag, Vary: 'Accept-Encoding' };
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status: 200, headers });
}

function errorResponse(status: number, message: string, issues?: ParameterIssue[], extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { message, ...(issues && { issues }) } }), {
    status,
    headers: { ...common, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...extra },
  });
}

export function badRequest(issues: ParameterIssue[]): Response {
  const names = [...new Set(issues.map((i) => i.parameter))].join(', ');
  return errorResponse(400, `Invalid query parameter${issues.length === 1 ? '' : 's'}: ${names}.`, issues);
}

export const notFound = (what: string) => errorResponse(404, `${what} not found.`);

/** The parsed parameters, or the 400 response naming what is wrong. */
export function parsedOr400<T>(parsed: Parsed<T>): { value: T } | { response: Response } {
  return parsed.ok ? { value: parsed.value } : { response: badRequest(parsed.issues) };
}

/**
 * Runs a handler. A database that cannot be reached is a 503 with Retry-After, so clients
 * wait and try again; anything else unexpected is logged and answered with a plain 500.
 * Neither carries a stack trace or a database message.
 */
export async function guarded(name: string, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      console.warn(`open-data API ${name}: the database is unavailable (${error instanceof Error ? error.message.split('\n')[0] : 'unknown'})`);
      return errorResponse(503, 'The service is temporarily unavailable. Please try again shortly.', undefined, {
        'Retry-After': String(RETRY_AFTER_SECONDS),
      });
    }
    console.error(`open-data API ${name} failed`, error);
    return errorResponse(500, 'Something went wrong on our side. Please try again later.');
  }
}

/** As lib/site-urls.ts's absoluteUrl, which cannot be imported here for the same reason as below. */
const absoluteUrl = (path: string) => new URL(path, env.SITE_URL).toString();

/**
 * A page's address in each language, from the routing table as next-intl's getPathname
 * makes it ('as-needed' prefix). Not getPathname itself: its module needs Next's client
 * navigation, which route handlers called outside Next (the integration tests) lack.
 */
function pages(pathname: '/tiltak/[slug]' | '/tilbydere/[slug]', slug: string): Record<Locale, string> {
  const path = (locale: Locale) =>
    `${locale === defaultLocale ? '' : `/${locale}`}${routing.pathnames[pathname][locale].replace('[slug]', encodeURIComponent(slug))}`;
  return Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(path(locale))])) as Record<Locale, string>;
}

/** Links on this site's address (SITE_URL), for the JSON's `links`. */
export const siteUrls: Urls = {
  measurePage: (slug) => pages('/tiltak/[slug]', slug),
  providerPage: (slug) => pages('/tilbydere/[slug]', slug),
  api: (path) => absoluteUrl(path),
};
