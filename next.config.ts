import { randomUUID } from 'node:crypto';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { oidcFormActionOrigin, securityHeaders } from './lib/http/security-headers';
import { proxyFreeRewrites } from './lib/i18n/cached-routes';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const sharedCacheHandlers = {
  cacheHandler: require.resolve('./lib/cache-handler/incremental.mjs'),
  cacheHandlers: {
    default: require.resolve('./lib/cache-handler/use-cache.mjs'),
    remote: require.resolve('./lib/cache-handler/use-cache.mjs'),
  },
} satisfies NextConfig;

const production = process.env.NODE_ENV === 'production';

// The build's id, which also names the offline worker's caches (lib/pwa/version.ts). Chosen
// once in the build's main process: its worker processes inherit the environment, load this
// file again and keep it. (A deployment may set APP_BUILD_ID itself, e.g. to the commit.)
process.env.APP_BUILD_ID ||= randomUUID();

// The server entry (server.ts) replaces the CSP's 'unsafe-inline' with the hashes of each
// page's inline scripts; these are the same headers for `next dev` and a plain `next start`.
const headersForAll = Object.entries(
  securityHeaders({ production, formActionOrigin: oidcFormActionOrigin(process.env), scriptHashes: null, pathname: '/' }),
).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  generateBuildId: async () => process.env.APP_BUILD_ID!,
  // Next.js's proxy would see 127.0.0.1 as "localhost", so every rewrite it makes would look
  // external under `next start -H 127.0.0.1` (and loop). Without the normalisation the proxy
  // sees the URL the server was asked for. (App Router: no /_next/data URLs to normalise.)
  skipProxyUrlNormalize: true,
  // Lets parallel work on one machine keep separate builds (NEXT_DIST_DIR=.next-e2e).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // PGlite loads its WebAssembly and data files from its own package directory at run
  // time; bundling it would break those paths. The VTIMEZONE generator reads its zone files
  // the same way. esbuild bundles the offline worker (app/serwist/[path]/route.ts) with its
  // native binary.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', 'pg-boss', '@touch4it/ical-timezones', 'esbuild'],
  // Cached pages (home, provider, news) are kept in memory only, in an LRU of this many
  // bytes; after a restart each page is simply rendered again on its first visit.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // A cached page says what is open now and marks today, so it must not be served
  // arbitrarily old: one rendered more than this many seconds ago is rendered afresh before
  // it is sent, instead of sent stale and refreshed afterwards (which after a quiet night
  // would show yesterday's "open now"). A CDN gets the same bound: s-maxage is the page's
  // revalidate time, stale-while-revalidate the rest up to this.
  expireTime: 120,
  experimental: {
    isrFlushToDisk: false,
    // 'use cache' with cacheTag and cacheLife for the public reads in lib/data (lib/cache.ts),
    // without Cache Components: those would send each page as a static shell whose
    // per-request parts arrive later and are put in place by inline scripts, and a visitor
    // without JavaScript would see the placeholders. Here every page is rendered whole.
    useCache: true,
  },
  // With REDIS_URL, every instance keeps its cache in one Redis (lib/cache-handler; README,
  // "Several instances"). Read when the server starts, so one build serves either way.
  ...(process.env.REDIS_URL ? sharedCacheHandlers : {}),
  // The public pages everyone shares reach their app route by these rewrites, without proxy.ts.
  async rewrites() {
    return { beforeFiles: proxyFreeRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    const noIndex = [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }];
    return [
      {
        source: '/:path*',
        headers: headersForAll,
      },
      // The open-data API answers CORS '*': other sites may load it (a later entry wins).
      { source: '/api/:api(v1|hsds)/:path*', headers: [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }] },
      { source: '/api/:api(v1|hsds)', headers: [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }] },
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
