import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { freePort, startServer as start } from './helpers/server';

// Ways of starting the production build other than the shared test server: bound to
// 127.0.0.1 (as behind nginx), by `next start` and by the server entry; and with the
// database out of reach. Each gets its own port and database.

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const DATA_DIR = `.data/e2e-server-start-${process.env.E2E_PORT ?? 3100}`;
const BASE_ENV: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '', PGLITE_DATA_DIR: DATA_DIR };

const get = (url: string) => fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(20_000) });

test.describe('bound to 127.0.0.1', () => {
  test.beforeAll(() => {
    rmSync(DATA_DIR, { recursive: true, force: true });
    const prepared = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts'], { env: BASE_ENV, encoding: 'utf8' });
    expect(prepared.status, prepared.stderr).toBe(0);
  });
  test.afterAll(() => rmSync(DATA_DIR, { recursive: true, force: true }));

  for (const [name, command] of [
    ['next start -H 127.0.0.1', ['node_modules/.bin/next', 'start', '-p', 'PORT', '-H', '127.0.0.1']],
    ['server.ts -H 127.0.0.1', ['node_modules/.bin/tsx', 'server.ts', '-p', 'PORT', '-H', '127.0.0.1']],
  ] as const) {
    test(`${name}: admin, searches, a measure page and the API answer`, async () => {
      const server = await start([...command], BASE_ENV);
      try {
        const admin = await get(`${server.base}/admin`);
        expect(admin.status).toBe(307);
        expect(new URL(admin.headers.get('location')!, server.base).pathname).toBe('/admin/logg-inn');
        const nn = await get(`${server.base}/nn/admin`);
        expect(new URL(nn.headers.get('location')!, server.base).pathname).toBe('/nn/admin/logg-inn');
        for (const path of ['/admin/logg-inn', '/tiltak?q=trening&age=abc', '/tiltak?q=trening', '/nn/tiltak?q=trening', '/tiltak/dagsverket', '/en/measures/dagsverket']) {
          const response = await get(`${server.base}${path}`);
          expect(response.status, path).toBe(200);
          expect(await response.text(), path).toContain('<h1');
        }
        const api = await get(`${server.base}/api/v1/measures`);
        expect(api.status).toBe(200);
        expect(api.headers.get('content-type')).toContain('json');
      } finally {
        await server.stop();
      }
    });
  }
});

test('database out of reach: a search page is a localized 503 with Retry-After, without JavaScript', async () => {
  const server = await start(['node_modules/.bin/tsx', 'server.ts', '-p', 'PORT', '-H', '127.0.0.1'], {
    ...BASE_ENV,
    // Nothing listens there.
    DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/nothing`,
    AUTH_SECRET: 'e2e secret for the database outage test, long enough',
    CONTACT_REQUEST_KEY: 'e2e contact request key for the outage test, long enough',
  });
  try {
    for (const [path, text] of [
      ['/tiltak?q=x&age=abc', 'Prøv igjen om litt'],
      ['/nn/tiltak?q=x&age=abc', 'Prøv igjen om litt'],
      ['/en/measures?q=x&age=abc', 'try again shortly'],
    ] as const) {
      const response = await get(`${server.base}${path}`);
      expect(response.status, path).toBe(503);
      expect(response.headers.get('retry-after'), path).toMatch(/^\d+$/);
      expect(response.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(/script-src ([^;]*)/.exec(response.headers.get('content-security-policy') ?? '')?.[1], path).toBe("'self'");
      expect(response.headers.get('strict-transport-security'), path).toContain('max-age=');
      const html = await response.text();
      expect(html, path).toContain(text);
      expect(html, path).not.toContain('<script');
    }
  } finally {
    await server.stop();
  }
});
