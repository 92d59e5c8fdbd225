// The real Redis the shared-cache tests use (127.0.0.1:6379, or REDIS_TEST_URL): whether it
// answers, and removing what a test wrote under its own key prefix.
import net from 'node:net';
import { createClient } from '@redis/client';

export const REDIS_TEST_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

export function redisReachable(url = REDIS_TEST_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname);
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** The keys under `prefix`, and a function that removes them. */
export async function redisKeys(prefix: string): Promise<{ keys: string[]; remove(): Promise<void> }> {
  const redis = createClient({ url: REDIS_TEST_URL });
  await redis.connect();
  try {
    const keys: string[] = [];
    for await (const batch of redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) keys.push(...batch);
    return {
      keys,
      async remove() {
        if (!keys.length) return;
        const again = createClient({ url: REDIS_TEST_URL });
        await again.connect();
        await again.unlink(keys).finally(() => again.close());
      },
    };
  } finally {
    await redis.close();
  }
}
