// @ts-check
// The Redis side of the shared cache (see README, "Several instances"): one connection per
// process, the key names, and the tag store that both of Next.js's cache handler kinds read
// and write. Next.js loads the handlers with a plain import at run time, outside the bundle
// and without TypeScript, so these files are JavaScript; REDIS_URL itself is validated with
// the other settings in lib/env.ts when the server starts.
//
// Every read asks Redis; nothing is kept in the process. That is what makes a change
// published on one instance visible on all of them with the very next request.
//
// When Redis is down or slow, the cache is simply not there: a read is a miss (the page is
// rendered from the database), a write is dropped, and no request fails because of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { createClient, RESP_TYPES } from '@redis/client';

/** Time a command may take before the cache gives up on it and renders without it. */
const COMMAND_TIMEOUT_MS = 500;
/** How long the first requests after start wait for the connection (once). */
const CONNECT_WAIT_MS = 1000;

const STATE = Symbol.for('ettervern.shared-cache');

/**
 * @typedef {{ stale?: number, expired?: number }} TagState When a tag was last revalidated:
 *   entries made before `stale` are out of date; `expired` is when they may no longer be served.
 * @typedef {ReturnType<typeof connect>} Connection
 */

function connect() {
  const url = /** @type {string} */ (process.env.REDIS_URL);
  const prefix = keyPrefix();
  const client = createClient({
    url,
    // Fail at once while disconnected, instead of queueing requests until Redis is back.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_WAIT_MS,
      reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 10_000),
    },
    commandOptions: {
      timeout: COMMAND_TIMEOUT_MS,
      // Cache entries are binary (v8 serialisation); tag states are read with .toString().
      typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer },
    },
  });
  /** Tag revalidations Redis could not take; written when it is back (see markTags). */
  const unsaved = new Map();
  let warned = false;
  client.on('error', (/** @type {Error} */ error) => {
    if (warned) return;
    warned = true;
    console.error(`Shared cache: Redis is unreachable (${error.message}); pages are rendered without it until it is back.`);
  });
  client.on('ready', () => {
    if (warned) console.log('Shared cache: Redis is back.');
    warned = false;
    if (unsaved.size) {
      const pending = new Map(unsaved);
      unsaved.clear();
      void writeTags(client, prefix.tags, pending).catch(() => pending.forEach((value, tag) => unsaved.set(tag, value)));
    }
  });
  const connecting = client.connect().catch(() => undefined);
  const ready = Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())]);
  return { client, ready, unsaved, prefix };
}

/** The process's connection, or null without REDIS_URL and while `next build` runs. */
function connection() {
  const holder = /** @type {Record<symbol, Connection | null | undefined>} */ (/** @type {unknown} */ (globalThis));
  if (holder[STATE] === undefined) {
    holder[STATE] = process.env.REDIS_URL && process.env.NEXT_PHASE !== 'phase-production-build' ? connect() : null;
  }
  return holder[STATE];
}

/**
 * Keys start with REDIS_KEY_PREFIX (one Redis can serve several sites or test runs). Tags
 * are shared by every build, so a publish during a rolling deploy reaches old and new
 * instances; entries belong to one build, whose pages only it can serve.
 */
function keyPrefix() {
  const base = process.env.REDIS_KEY_PREFIX || 'ettervern';
  let buildId = 'dev';
  try {
    buildId = readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    // No build (next dev): one namespace is enough.
  }
  return { tags: `${base}:tags`, entries: `${base}:${buildId}:` };
}

/** The connected client, or null when the shared cache is off or Redis is unreachable. */
export async function sharedCache() {
  const current = connection();
  if (!current) return null;
  await current.ready;
  return current.client.isReady ? current : null;
}

/** @param {Connection} cache @param {string} kind @param {string} key */
export const entryKey = (cache, kind, key) => `${cache.prefix.entries}${kind}:${key}`;

/** @param {unknown} value */
export const encode = (value) => serialize(value);
/** @param {Buffer} stored */
export const decode = (stored) => deserialize(stored);

/**
 * The revalidation state of each tag that has one.
 * @param {Connection} cache @param {readonly string[]} tags
 * @returns {Promise<Map<string, TagState>>}
 */
export async function tagStates(cache, tags) {
  const states = new Map();
  const unique = [...new Set(tags)];
  if (!unique.length) return states;
  const values = await cache.client.hmGet(cache.prefix.tags, unique);
  values.forEach((value, i) => {
    if (value) states.set(unique[i], JSON.parse(value.toString()));
  });
  return states;
}

/**
 * Records that tags were revalidated now, as Next.js's own tag manifest does: with no
 * expire time (revalidatePath, updateTag) entries expire at once; with one, they are stale
 * now and expire later. Never throws: a publish must not fail because the cache is down.
 * What Redis cannot take now is written when it is back; until then no instance reads the
 * cache (each renders from the database), so none serves what the publish replaced.
 * @param {readonly string[]} tags @param {{ expire?: number }} [durations]
 */
export async function markTags(tags, durations) {
  const current = connection();
  if (!current || !tags.length) return;
  const now = Date.now();
  const states = new Map();
  for (const tag of tags) {
    states.set(tag, { stale: now, expired: durations?.expire === undefined ? now : now + durations.expire * 1000 });
  }
  await current.ready;
  try {
    if (!current.client.isReady) throw new Error('not connected');
    await writeTags(current.client, current.prefix.tags, states);
  } catch (error) {
    console.error(`Shared cache: could not record revalidated tags (${/** @type {Error} */ (error).message}); they are written when Redis is back.`);
    states.forEach((value, tag) => current.unsaved.set(tag, value));
  }
}

/** @param {Connection['client']} client @param {string} key @param {Map<string, TagState>} states */
async function writeTags(client, key, states) {
  await client.hSet(key, Object.fromEntries([...states].map(([tag, state]) => [tag, JSON.stringify(state)])));
}

/**
 * Whether an entry made at `timestamp` is out of date because of one of its tags.
 * @param {Map<string, TagState>} states @param {number} timestamp
 * @returns {'expired' | 'stale' | undefined}
 */
export function tagVerdict(states, timestamp, now = Date.now()) {
  /** @type {'stale' | undefined} */
  let verdict;
  for (const { stale, expired } of states.values()) {
    if (expired !== undefined && expired > timestamp && expired <= now) return 'expired';
    if (stale !== undefined && stale > timestamp) verdict = 'stale';
  }
  return verdict;
}

/** Logs a failed cache operation once a minute at most; the caller carries on without the cache. */
let lastWarning = 0;
/** @param {string} operation @param {unknown} error */
export function cacheFailed(operation, error) {
  if (Date.now() - lastWarning < 60_000) return;
  lastWarning = Date.now();
  console.warn(`Shared cache: ${operation} failed (${error instanceof Error ? error.message : String(error)}); carrying on without it.`);
}
