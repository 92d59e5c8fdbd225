// @ts-check
// Next.js's `cacheHandler` (next.config.ts) when REDIS_URL is set: the cache of rendered
// pages and route responses (ISR) and of fetch data, kept in Redis so that every instance
// serves the same entries and drops them together. See ./redis.mjs for how an outage is met.
import { cacheFailed, decode, encode, entryKey, markTags, sharedCache, tagStates, tagVerdict } from './redis.mjs';

const TAGS_HEADER = 'x-next-cache-tags';
/** Upper bound on how long Redis keeps an entry nobody asks for. */
const MAX_TTL_SECONDS = 30 * 24 * 3600;

/**
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} NextCacheHandler
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue
 * @typedef {{ lastModified: number, tags: string[], value: CacheHandlerValue['value'], cacheControl?: CacheHandlerValue['cacheControl'] }} Stored
 */

/** The tags of a stored value: a page's and a route's travel in a response header. @param {any} value @param {any} ctx */
function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === 'string' ? header.split(',') : Array.isArray(header) ? header : [];
  return [...fromHeader, ...(Array.isArray(ctx?.tags) ? ctx.tags : [])];
}

/** Seconds Redis keeps an entry: until Next.js would no longer serve it. @param {any} value @param {any} ctx */
function ttlOf(value, ctx) {
  const expire = ctx?.cacheControl?.expire;
  const revalidate = ctx?.cacheControl?.revalidate ?? value?.revalidate ?? ctx?.revalidate;
  const seconds = typeof expire === 'number' ? expire : typeof revalidate === 'number' ? revalidate * 2 : MAX_TTL_SECONDS;
  return Math.max(1, Math.min(Math.ceil(seconds), MAX_TTL_SECONDS));
}

export default class RedisIncrementalCache {
  /** @param {unknown} _context */
  constructor(_context) {}

  /** @param {string} key @param {any} ctx @returns {Promise<CacheHandlerValue | null>} */
  async get(key, ctx) {
    const cache = await sharedCache();
    if (!cache) return null;
    try {
      const raw = await cache.client.get(entryKey(cache, 'isr', key));
      if (!raw) return null;
      const stored = /** @type {Stored} */ (decode(/** @type {Buffer} */ (raw)));
      // A tag revalidated on any instance since the entry was made (a publish) means a miss
      // here, so the next visitor anywhere gets the page rendered afresh.
      const tags = [...stored.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
      if (tagVerdict(await tagStates(cache, tags), stored.lastModified)) return null;
      return { lastModified: stored.lastModified, value: stored.value, cacheControl: stored.cacheControl };
    } catch (error) {
      cacheFailed('reading a page', error);
      return null;
    }
  }

  /** @param {string} key @param {any} value @param {any} ctx */
  async set(key, value, ctx) {
    const cache = await sharedCache();
    if (!cache) return;
    try {
      /** @type {Stored} */
      const stored = { lastModified: Date.now(), tags: tagsOf(value, ctx), value, cacheControl: ctx?.cacheControl };
      await cache.client.set(entryKey(cache, 'isr', key), encode(stored), { expiration: { type: 'EX', value: ttlOf(value, ctx) } });
    } catch (error) {
      cacheFailed('storing a page', error);
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await markTags(typeof tags === 'string' ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}
