// The shared cache of several instances (lib/cache-handler) against the real Redis at
// 127.0.0.1:6379 (or REDIS_TEST_URL), under a key prefix of its own that is removed after.
// Both handler kinds keep nothing in the process, so what one instance revalidates another
// sees: here that is shown through the handlers' own interfaces, and end to end with two
// servers in tests/e2e/several-instances.spec.ts.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '@/scripts/bench/server';
import { REDIS_TEST_URL as REDIS_URL, redisKeys, redisReachable } from '../helpers/redis';

const PREFIX = `test-${randomBytes(6).toString('hex')}`;
const STATE = Symbol.for('ettervern.shared-cache');

/** Forgets this process's connection, as a fresh instance would start without one. */
async function newInstance(env: Record<string, string | undefined>) {
  const state = (globalThis as Record<symbol, { client: { destroy(): void } } | null | undefined>)[STATE];
  state?.client.destroy();
  delete (globalThis as Record<symbol, unknown>)[STATE];
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  vi.resetModules();
  const [{ default: Incremental }, { default: useCache }] = await Promise.all([
    import('@/lib/cache-handler/incremental.mjs'),
    import('@/lib/cache-handler/use-cache.mjs'),
  ]);
  return { isr: new Incremental({}), useCache };
}

const page = (html: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc ${html}`),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/tiltak/[slug]/page,_N_T_/tiltak/dagsverket' },
  status: 200,
  postponed: undefined,
});
const pageContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };
const cacheControl = { revalidate: 300, expire: 120 };

function entry(text: string, tags: string[], timestamp = Date.now()) {
  return {
    value: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    }),
    tags,
    stale: 30,
    timestamp,
    expire: 3600,
    revalidate: 900,
  };
}
const text = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

const redisUp = await redisReachable();

describe.skipIf(!redisUp && !process.env.CI)('shared cache in Redis', () => {
  let instance: Awaited<ReturnType<typeof newInstance>>;
  beforeAll(async () => {
    instance = await newInstance({ REDIS_URL, REDIS_KEY_PREFIX: PREFIX, NEXT_PHASE: undefined });
  });
  afterAll(async () => {
    await (await redisKeys(PREFIX)).remove();
    await newInstance({});
    vi.unstubAllEnvs();
  });

  it('keeps a page, with its binary parts, until one of its tags is revalidated', async () => {
    const { isr } = instance;
    await isr.set('/tiltak/dagsverket', page('<h1>Dagsverket</h1>'), { ...pageContext, cacheControl });
    const hit = await isr.get('/tiltak/dagsverket', pageContext);
    expect(hit?.cacheControl).toEqual(cacheControl);
    const value = hit?.value as ReturnType<typeof page>;
    expect(value.html).toBe('<h1>Dagsverket</h1>');
    expect(Buffer.isBuffer(value.rscData) && value.rscData.toString()).toBe('rsc <h1>Dagsverket</h1>');
    expect(value.segmentData.get('/_tree')?.toString()).toBe('tree');

    // An unrelated tag leaves it; revalidatePath('/', 'layout') on any instance drops it.
    await isr.revalidateTag(['_N_T_/nyheter']);
    expect(await isr.get('/tiltak/dagsverket', pageContext)).not.toBeNull();
    await isr.revalidateTag(['_N_T_/layout']);
    expect(await isr.get('/tiltak/dagsverket', pageContext)).toBeNull();

    // A page rendered after the publish is served again.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await isr.set('/tiltak/dagsverket', page('<h1>Nytt</h1>'), { ...pageContext, cacheControl });
    expect(((await isr.get('/tiltak/dagsverket', pageContext))?.value as { html: string }).html).toBe('<h1>Nytt</h1>');
  });

  it("keeps 'use cache' entries with Next.js's semantics: a stale tag serves once more, an expired one is a miss", async () => {
    const { useCache } = instance;
    const created = Date.now() - 1000;
    await useCache.set('measure-1', Promise.resolve(entry('first', ['measure:1'], created)));
    const hit = await useCache.get('measure-1', []);
    expect(hit && (await text(hit.value))).toBe('first');
    expect(hit?.revalidate).toBe(900);
    // A second read gets a stream of its own.
    expect(await text((await useCache.get('measure-1', []))!.value)).toBe('first');

    // revalidateTag(tag, 'max'): stale now, expires later.
    await useCache.updateTags(['measure:1'], { expire: 3600 });
    expect((await useCache.get('measure-1', []))?.revalidate).toBe(-1);
    expect(await useCache.getExpiration(['measure:1'])).toBeGreaterThan(Date.now());
    // updateTag / revalidatePath: expired at once.
    await useCache.updateTags(['measure:1']);
    expect(await useCache.get('measure-1', [])).toBeUndefined();
    expect(await useCache.getExpiration(['measure:1'])).toBeLessThanOrEqual(Date.now());
    expect(await useCache.getExpiration(['never-revalidated'])).toBe(0);

    // Soft tags (the route's, from revalidatePath) count too.
    await useCache.set('measure-2', Promise.resolve(entry('second', ['measure:2'], created)));
    await useCache.updateTags(['_N_T_/tiltak']);
    expect(await useCache.get('measure-2', ['_N_T_/tiltak'])).toBeUndefined();
  });

  it('a second instance sees what the first stored and revalidated', async () => {
    await instance.isr.set('/nyheter', page('<h1>Nyheter</h1>'), { ...pageContext, cacheControl });
    const other = await newInstance({ REDIS_URL, REDIS_KEY_PREFIX: PREFIX });
    expect(await other.isr.get('/nyheter', pageContext)).not.toBeNull();
    await other.isr.revalidateTag('_N_T_/layout');
    instance = await newInstance({ REDIS_URL, REDIS_KEY_PREFIX: PREFIX });
    expect(await instance.isr.get('/nyheter', pageContext)).toBeNull();
  });
});

describe('shared cache with Redis out of reach', () => {
  afterAll(async () => {
    await newInstance({});
    vi.unstubAllEnvs();
  });

  it('reads miss, writes and revalidations are dropped, and nothing throws or hangs', async () => {
    // A port nothing listens on.
    const closed = await freePort();
    const { isr, useCache } = await newInstance({ REDIS_URL: `redis://127.0.0.1:${closed}`, REDIS_KEY_PREFIX: PREFIX });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const started = Date.now();
    await isr.set('/tiltak/dagsverket', page('<h1>Dagsverket</h1>'), { ...pageContext, cacheControl });
    expect(await isr.get('/tiltak/dagsverket', pageContext)).toBeNull();
    await isr.revalidateTag(['_N_T_/layout']);
    await useCache.set('measure-1', Promise.resolve(entry('first', ['measure:1'])));
    expect(await useCache.get('measure-1', [])).toBeUndefined();
    await useCache.updateTags(['measure:1']);
    expect(await useCache.getExpiration(['measure:1'])).toBe(0);
    // Only the first call waits for the connection, briefly.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});

/** A TCP relay to the test Redis that can be cut and restored, as a network outage would. */
async function relay(port: number) {
  const target = new URL(REDIS_URL);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    cut: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe.skipIf(!redisUp && !process.env.CI)('shared cache through an outage', () => {
  afterAll(async () => {
    await newInstance({});
    vi.unstubAllEnvs();
    await (await redisKeys(PREFIX)).remove();
  });

  it('a publish while Redis is away is recorded when it is back, so the old page is not served again', async () => {
    const port = await freePort();
    let link = await relay(port);
    const { isr } = await newInstance({ REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_KEY_PREFIX: PREFIX });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
    await isr.set('/om', page('<h1>Om</h1>'), { ...pageContext, cacheControl });
    expect(await isr.get('/om', pageContext)).not.toBeNull();

    await link.cut();
    await isr.revalidateTag(['_N_T_/layout']);
    expect(await isr.get('/om', pageContext)).toBeNull();

    expect((await redisKeys(PREFIX)).keys).not.toContain(`${PREFIX}:tags`);

    link = await relay(port);
    await vi.waitFor(async () => expect((await redisKeys(PREFIX)).keys).toContain(`${PREFIX}:tags`), { timeout: 15_000, interval: 200 });
    // The page is still in Redis; the tag written on return keeps any instance from serving it.
    expect((await redisKeys(PREFIX)).keys.some((key) => key.endsWith('isr:/om'))).toBe(true);
    expect(await isr.get('/om', pageContext)).toBeNull();
    expect(logs).toHaveBeenCalledWith('Shared cache: Redis is back.');
    const fresh = await newInstance({ REDIS_URL, REDIS_KEY_PREFIX: PREFIX });
    expect(await fresh.isr.get('/om', pageContext)).toBeNull();
    errors.mockRestore();
    logs.mockRestore();
    await link.cut();
  });
});

describe('REDIS_URL and REDIS_KEY_PREFIX in lib/env.ts', () => {
  afterAll(() => vi.unstubAllEnvs());
  const load = async (env: Record<string, string>) => {
    for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
    vi.resetModules();
    return (await import('@/lib/env')).env;
  };

  it('takes redis:// and rediss:// URLs, and none', async () => {
    expect((await load({ REDIS_URL: 'rediss://cache:secret@redis.example.org:6380/2', REDIS_KEY_PREFIX: 'bergen.prod' })).REDIS_URL).toBe(
      'rediss://cache:secret@redis.example.org:6380/2',
    );
    const unset = await load({ REDIS_URL: '', REDIS_KEY_PREFIX: '' });
    expect([unset.REDIS_URL, unset.REDIS_KEY_PREFIX]).toEqual([undefined, 'ettervern']);
  });

  it('refuses other addresses and prefixes with a message naming the variable', async () => {
    await expect(load({ REDIS_URL: 'http://redis.example.org', REDIS_KEY_PREFIX: '' })).rejects.toThrow(/REDIS_URL must be a redis:\/\//);
    await expect(load({ REDIS_URL: 'redis://127.0.0.1', REDIS_KEY_PREFIX: 'two words' })).rejects.toThrow(/REDIS_KEY_PREFIX/);
  });
});
