/// <reference lib="webworker" />
// The service worker: the installed app's offline reading (README, "Installable app and
// offline use"). Bundled with Serwist when the site is built (app/serwist/[path]/route.ts)
// and served from the site itself as /serwist/sw.js.
//
// Only GET requests for the site's own public pages and static files ever reach a route
// here: the staff area, the APIs and every form post or server action go straight to the
// network, untouched. Online, pages always come from the network; the copies are only read
// when the network fails.
import type { PrecacheEntry, RouteMatchCallbackOptions, SerwistGlobalConfig, SerwistPlugin } from 'serwist';
import { CacheableResponsePlugin, CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist } from 'serwist';
import { locales } from '@/lib/i18n/routing';
import {
  CACHE_LIMITS,
  cacheName,
  isCurrentCache,
  isOffLimits,
  localeOfPath,
  markServedOffline,
  MAX_PAGE_BYTES,
  offlinePath,
  PAGE_MAX_AGE_SECONDS,
  pageKind,
  type PageKind,
} from './cache-plan';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;
/** The deployment's build id, written in when the worker is built (lib/pwa/version.ts). */
declare const __CACHE_VERSION__: string;
const VERSION = __CACHE_VERSION__;

/** Kept only whole, successful and small enough: a bound on what the phone stores. */
const keepIfSmall: SerwistPlugin = {
  async cacheWillUpdate({ response }) {
    if (response.status !== 200) return null;
    const size = (await response.clone().blob()).size;
    return size <= MAX_PAGE_BYTES ? response : null;
  },
};

async function asServedOffline(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const headers = new Headers(response.headers);
  // The body is read decoded and changed: its old length and encoding no longer apply.
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(markServedOffline(await response.text()), { status: response.status, statusText: response.statusText, headers });
}

/** A copy read because the network failed says so (the page's offline notice). */
const markOffline: SerwistPlugin = {
  async cachedResponseWillBeUsed({ cachedResponse }) {
    return cachedResponse ? asServedOffline(cachedResponse) : cachedResponse;
  },
};

/** One copy per page, whichever list or search it was opened with (?list=, ?search=). */
const withoutQuery: SerwistPlugin = {
  async cacheKeyWillBeUsed({ request }) {
    const url = new URL(request.url);
    return `${url.origin}${url.pathname}`;
  },
};

const isPage = (kind: PageKind) => ({ request, url, sameOrigin }: RouteMatchCallbackOptions) =>
  sameOrigin && request.mode === 'navigate' && !isOffLimits(url.pathname) && pageKind(url.pathname) === kind;

/** The offline page of the address's language, saved when the worker installed. */
async function offlinePage(pathname: string): Promise<Response | undefined> {
  const page = await serwist.matchPrecache(offlinePath(localeOfPath(pathname)));
  return page && asServedOffline(page);
}

/** A page that cannot be fetched and was not kept: the offline page. */
const offlineFallback: SerwistPlugin = {
  async handlerDidError({ request }) {
    return request.mode === 'navigate' ? offlinePage(new URL(request.url).pathname) : undefined;
  },
};

// Pages vary on Next.js's own request headers (RSC and the like), which a navigation never
// sends; a kept copy is the page whatever they say.
const matchOptions: CacheQueryOptions = { ignoreVary: true };

const pagePlugins = (kind: PageKind) => [
  new CacheableResponsePlugin({ statuses: [200] }),
  keepIfSmall,
  new ExpirationPlugin({ maxEntries: CACHE_LIMITS[kind], maxAgeSeconds: PAGE_MAX_AGE_SECONDS, maxAgeFrom: 'last-used' }),
  markOffline,
];

/**
 * "Min liste" opened offline at another address than the one saved (say from the app's
 * menu, without ?list=): the list last seen in that language, else the offline page.
 */
const lastListOrOfflinePage: SerwistPlugin = {
  async handlerDidError({ request }) {
    const { pathname } = new URL(request.url);
    const cache = await caches.open(cacheName(VERSION, 'list'));
    const saved = (await cache.keys()).filter((key) => new URL(key.url).pathname === pathname);
    const last = saved.length > 0 ? await cache.match(saved[saved.length - 1]!) : undefined;
    return last ? asServedOffline(last) : offlinePage(pathname);
  },
};

const serwist = new Serwist({
  // Style sheets and fonts (listed when the worker is built), and each language's offline page.
  precacheEntries: [...(self.__SW_MANIFEST ?? []), ...locales.map((locale) => ({ url: offlinePath(locale), revision: VERSION }))],
  // A new deployment takes over at once, and its activation below clears the old copies.
  skipWaiting: true,
  clientsClaim: true,
  // Named here: Serwist's own precache name would not carry the version.
  precacheOptions: { cacheName: cacheName(VERSION, 'precache') },
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: isPage('detail'),
      handler: new NetworkFirst({ cacheName: cacheName(VERSION, 'detail'), matchOptions, plugins: [withoutQuery, ...pagePlugins('detail'), offlineFallback] }),
    },
    {
      matcher: isPage('list'),
      handler: new NetworkFirst({ cacheName: cacheName(VERSION, 'list'), matchOptions, plugins: [...pagePlugins('list'), lastListOrOfflinePage] }),
    },
    {
      matcher: isPage('start'),
      handler: new NetworkFirst({ cacheName: cacheName(VERSION, 'start'), matchOptions, plugins: [withoutQuery, ...pagePlugins('start'), offlineFallback] }),
    },
    // Any other page: the network, or offline the offline page.
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === 'navigate' && !isOffLimits(url.pathname),
      handler: new NetworkOnly({ plugins: [offlineFallback] }),
    },
    // Next.js's own files have a content hash in their name: a copy is never out of date.
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: cacheName(VERSION, 'static'),
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: CACHE_LIMITS.static })],
      }),
    },
  ],
});

// Nothing of an earlier deployment survives its replacement: its pages may show facts,
// addresses or a data model that no longer hold.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((name) => !isCurrentCache(name, VERSION)).map((name) => caches.delete(name)))),
  );
});

serwist.addEventListeners();
