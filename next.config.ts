import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { cachedPageRewrites } from './lib/i18n/cached-routes';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const production = process.env.NODE_ENV === 'production';

// Single sign-on without JavaScript submits a form that redirects to the identity provider,
// which form-action must allow. Read at build time: set OIDC_* when building too.
function oidcOrigin(): string | null {
  const url = process.env.OIDC_DISCOVERY_URL || process.env.OIDC_ISSUER;
  if (!url || !process.env.OIDC_CLIENT_ID) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

// Next.js's App Router streams its page data in inline <script> tags, so script-src needs
// 'unsafe-inline' unless every page gets a per-request nonce, which would make every page
// dynamic (the public pages are cached). Everything else is locked to this origin.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${production ? '' : ' ws:'}`,
  "frame-ancestors 'none'",
  `form-action 'self'${oidcOrigin() ? ` ${oidcOrigin()}` : ''}`,
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel work on one machine keep separate builds (NEXT_DIST_DIR=.next-e2e).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // PGlite loads its WebAssembly and data files from its own package directory at run
  // time; bundling it would break those paths.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg'],
  // Cached pages (detail, provider, news, home, and one per distinct search: see
  // app/[locale]/sok) are kept in memory only, in an LRU of this many bytes. On disk the
  // number of distinct searches would make the cache grow without bound; after a restart
  // each page is simply rendered again on its first visit.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // A cached page says what is open now and marks today, so it must not be served
  // arbitrarily old: one rendered more than this many seconds ago is rendered afresh before
  // it is sent, instead of sent stale and refreshed afterwards (which after a quiet night
  // would show yesterday's "open now"). A CDN gets the same bound: s-maxage is the page's
  // revalidate time, stale-while-revalidate the rest up to this.
  expireTime: 120,
  experimental: { isrFlushToDisk: false },
  // The cached public pages reach their app route by these rewrites, without proxy.ts.
  async rewrites() {
    return { beforeFiles: cachedPageRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    const noIndex = [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }];
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
          ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
        ],
      },
      // The staff area and the sign-in API are never indexed.
      { source: '/admin', headers: noIndex },
      { source: '/admin/:path*', headers: noIndex },
      { source: '/:locale(nb|nn|en)/admin', headers: noIndex },
      { source: '/:locale(nb|nn|en)/admin/:path*', headers: noIndex },
      { source: '/api/auth/:path*', headers: noIndex },
    ];
  },
};

export default withNextIntl(nextConfig);
