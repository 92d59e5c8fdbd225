// @ts-check
// Next.js's `cacheHandlers.default` and `.remote` (next.config.ts) when REDIS_URL is set: the
// entries of 'use cache' functions and components, kept in Redis with their tags, so that a
// cacheTag revalidated on one instance is out of date on all. It keeps Next.js's own
// semantics (lib/cache-handlers/default in next): an expired tag is a miss, a stale one is
// served once more while a fresh entry is made. See ./redis.mjs for how an outage is met.
import { cacheFailed, decode, encode, entryKey, markTags, sharedCache, tagStates, tagVerdict } from './redis.mjs';

/** Upper bound on how long Redis keeps an entry nobody asks for ('max' is about a year). */
const MAX_TTL_SECONDS = 30 * 24 * 3600;

/**
 * @typedef {import('next/dist/server/lib/cache-handlers/types').CacheHandler} CacheHandler
 * @typedef {import('next/dist/server/lib/cache-handlers/types').CacheEntry} CacheEntry
 * @typedef {Omit<CacheEntry, 'value'> & { value: Buffer }} Stored
 */

/** Sets still being written in this process: a read of the same key waits for them. */
const pending = new Map();

/** @param {ReadableStream<Uint8Array>} stream */
async function bytesOf(stream) {
  const chunks = [];
  for await (const chunk of /** @type {AsyncIterable<Uint8Array>} */ (/** @type {unknown} */ (stream))) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** @param {Buffer} bytes @returns {ReadableStream<Uint8Array>} */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

/** @type {CacheHandler} */
const handler = {
  async get(cacheKey, softTags) {
    await pending.get(cacheKey);
    const cache = await sharedCache();
    if (!cache) return undefined;
    try {
      const raw = await cache.client.get(entryKey(cache, 'use-cache', cacheKey));
      if (!raw) return undefined;
      const stored = /** @type {Stored} */ (decode(/** @type {Buffer} */ (raw)));
      const verdict = tagVerdict(await tagStates(cache, [...stored.tags, ...softTags]), stored.timestamp);
      if (verdict === 'expired') return undefined;
      return { ...stored, revalidate: verdict === 'stale' ? -1 : stored.revalidate, value: streamOf(stored.value) };
    } catch (error) {
      cacheFailed('reading a cached function', error);
      return undefined;
    }
  },

  async set(cacheKey, pendingEntry) {
    /** @type {() => void} */
    let done = () => {};
    pending.set(cacheKey, new Promise((resolve) => (done = () => resolve(undefined))));
    try {
      const entry = await pendingEntry;
      const value = await bytesOf(entry.value);
      // An entry with expire 0 is dynamic: Next.js renders it on every request anyway.
      if (entry.expire === 0) return;
      const cache = await sharedCache();
      if (!cache) return;
      /** @type {Stored} */
      const stored = { tags: entry.tags, stale: entry.stale, timestamp: entry.timestamp, expire: entry.expire, revalidate: entry.revalidate, value };
      const ttl = Math.max(1, Math.min(Math.ceil(entry.expire), MAX_TTL_SECONDS));
      await cache.client.set(entryKey(cache, 'use-cache', cacheKey), encode(stored), { expiration: { type: 'EX', value: ttl } });
    } catch (error) {
      cacheFailed('storing a cached function', error);
    } finally {
      pending.delete(cacheKey);
      done();
    }
  },

  // Nothing is kept in the process between requests: every read asks Redis.
  async refreshTags() {},

  async getExpiration(tags) {
    const cache = await sharedCache();
    if (!cache) return 0;
    try {
      let latest = 0;
      for (const { expired } of (await tagStates(cache, tags)).values()) latest = Math.max(latest, expired ?? 0);
      return latest;
    } catch (error) {
      // get() checks the same tags itself, so an entry is not served on this answer alone.
      cacheFailed('reading tags', error);
      return 0;
    }
  },

  async updateTags(tags, durations) {
    await markTags(tags, durations);
  },
};

export default handler;
