import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser } from '@playwright/test';
import pg from 'pg';
import { REDIS_TEST_URL as REDIS_URL, redisKeys, redisReachable } from '../helpers/redis';
import { E2E_PASSWORD, E2E_USERS, signIn } from './helpers/admin';
import { freePort, startServer, type StartedServer } from './helpers/server';

// Two instances of the production build behind one address, as in production (README,
// "Several instances"): one PostgreSQL database (a fresh one on TEST_DATABASE_URL's server)
// and the shared cache in Redis (127.0.0.1:6379, under a key prefix of this run's own).
// What is published through one is on the other's public pages at once, and whoever signs
// in on one is signed in on both.

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const run = randomBytes(5).toString('hex');
const DATABASE = `ettervern_e2e_instances_${run}`;
const KEY_PREFIX = `e2e-instances-${run}`;

async function onPostgres(sql: string, url = TEST_DATABASE_URL) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

let a: StartedServer;
let b: StartedServer;
let databaseUrl = '';
/** What the instances are started with, less their own address. */
let serverEnv: NodeJS.ProcessEnv = process.env;

test.beforeAll(async () => {
  // CI starts Redis (.ci/run); a developer's machine may not have one.
  test.skip(!process.env.CI && !(await redisReachable()), `No Redis at ${REDIS_URL}`);
  await onPostgres(`CREATE DATABASE ${DATABASE}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${DATABASE}`;
  databaseUrl = url.toString();
  const [portA, portB] = [await freePort(), await freePort()];
  const origins = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
  // What every instance shares: the build (NEXT_DIST_DIR), the database, the secrets, Redis.
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: `e2e secret shared by both instances ${run}`,
    CONTACT_REQUEST_KEY: `e2e contact request key shared by both instances ${run}`,
    AUTH_TRUSTED_ORIGINS: origins.join(','),
    AUTH_TRUSTED_PROXIES: '127.0.0.1',
    REDIS_URL,
    REDIS_KEY_PREFIX: KEY_PREFIX,
  };
  for (const args of [
    ['scripts/prepare-db.ts'],
    ['scripts/admin-create.ts', '--email', E2E_USERS.editor.email, '--name', E2E_USERS.editor.name, '--role', 'editor'],
  ]) {
    const done = spawnSync('node_modules/.bin/tsx', args, { env: { ...shared, ADMIN_PASSWORD: E2E_PASSWORD }, encoding: 'utf8' });
    expect(done.status, `${args[0]}: ${done.stdout}${done.stderr}`).toBe(0);
  }
  serverEnv = shared;
  const command = ['node_modules/.bin/tsx', 'server.ts', '-p', 'PORT', '-H', '127.0.0.1'];
  [a, b] = await Promise.all([
    startServer(command, { ...shared, AUTH_URL: origins[0] }, portA),
    startServer(command, { ...shared, AUTH_URL: origins[1] }, portB),
  ]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  if (databaseUrl) await onPostgres(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  if (await redisReachable()) await (await redisKeys(KEY_PREFIX)).remove();
});

const publicPage = async (server: StartedServer) => {
  const response = await fetch(`${server.base}/tiltak/dagsverket`, { signal: AbortSignal.timeout(20_000) });
  expect(response.status).toBe(200);
  return response.text();
};

async function editorOn(browser: Browser, server: StartedServer) {
  const context = await browser.newContext({ baseURL: server.base });
  const page = await context.newPage();
  await signIn(page, E2E_USERS.editor);
  return page;
}

test('a change published on one instance is on the other\'s public page within a second', async ({ browser }) => {
  const { rows } = await onPostgres(`SELECT id, summary FROM measure WHERE slug = 'dagsverket'`, databaseUrl);
  const measure = rows[0] as { id: string; summary: string };
  // Instance B has the page in its cache: a second visit is served from there, and the
  // cache is the shared one.
  expect(await publicPage(b)).toContain(measure.summary);
  expect(await publicPage(b)).toContain(measure.summary);
  expect(await publicPage(a)).toContain(measure.summary);
  expect((await redisKeys(KEY_PREFIX)).keys.length).toBeGreaterThan(0);

  const summary = `Endret på instans A ${run}`;
  const editor = await editorOn(browser, a);
  await editor.goto(`/admin/tiltak/${measure.id}`);
  await editor.locator('#f-summary').fill(summary);
  await editor.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(editor.getByText('Endringene er lagret.')).toBeVisible({ timeout: 20_000 });

  await expect.poll(async () => (await publicPage(b)).includes(summary), { timeout: 1_000, intervals: [50] }).toBe(true);
  expect(await publicPage(a)).toContain(summary);
  await editor.context().close();
});

test('whoever signs in on one instance is signed in on the other', async ({ browser }) => {
  const editor = await editorOn(browser, a);
  // The same browser sends the same session cookie to the other instance.
  await editor.goto(`${b.base}/admin`);
  await expect(editor).toHaveURL(`${b.base}/admin`);
  await expect(editor.getByRole('button', { name: 'Logg ut' }).first()).toBeVisible();

  // Without that cookie, the other instance sends a visitor to sign in.
  const stranger = await browser.newPage();
  await stranger.goto(`${b.base}/admin`);
  await expect(stranger).toHaveURL(`${b.base}/admin/logg-inn`);
  await stranger.close();

  // Signing out on the other instance ends the session on both.
  await editor.getByRole('button', { name: 'Logg ut' }).first().click();
  await expect(editor).toHaveURL(`${b.base}/admin/logg-inn?utlogget`);
  await editor.goto(`${a.base}/admin`);
  await expect(editor).toHaveURL(`${a.base}/admin/logg-inn`);
  await editor.context().close();
});

test('with Redis out of reach an instance serves and publishes without its cache, never an error', async ({ browser }) => {
  const [closed, port] = [await freePort(), await freePort()];
  const c = await startServer(
    ['node_modules/.bin/tsx', 'server.ts', '-p', 'PORT', '-H', '127.0.0.1'],
    { ...serverEnv, REDIS_URL: `redis://127.0.0.1:${closed}`, AUTH_URL: `http://127.0.0.1:${port}` },
    port,
  );
  try {
    for (const path of ['/', '/tiltak', '/tiltak?q=arbeid', '/tiltak/dagsverket', '/en/measures/dagsverket']) {
      const response = await fetch(`${c.base}${path}`, { signal: AbortSignal.timeout(20_000) });
      expect(response.status, path).toBe(200);
    }
    const summary = `Endret mens Redis er borte ${run}`;
    const context = await browser.newContext({ baseURL: c.base });
    const editor = await context.newPage();
    await signIn(editor, E2E_USERS.editor);
    const { rows } = await onPostgres(`SELECT id FROM measure WHERE slug = 'dagsverket'`, databaseUrl);
    await editor.goto(`/admin/tiltak/${(rows[0] as { id: string }).id}`);
    await editor.locator('#f-summary').fill(summary);
    await editor.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect(editor.getByText('Endringene er lagret.')).toBeVisible({ timeout: 20_000 });
    expect(await publicPage(c)).toContain(summary);
    await context.close();
    expect(c.log()).toContain('Shared cache: Redis is unreachable');
  } finally {
    await c.stop();
  }
});
