import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freePort, startServer } from './helpers/server';

// The installable app (README, "Installable app and offline use"): a manifest per language,
// and a service worker that keeps "Min liste", the measure pages seen lately and an offline
// page, shows them without a connection, and keeps nothing from an earlier deployment.

const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
/** A window of opening hours: "09.00–13.00" on a measure's page, "09–13" on the list. */
const HOURS = /\d{1,2}(?:[.:]\d{2})?\s*[–-]\s*\d{1,2}(?:[.:]\d{2})?/;

/** Waits until the worker is active and controls the page; returns its script's address. */
async function controlledBy(page: Page): Promise<string> {
  const script = await page.evaluate(async () => (await navigator.serviceWorker.ready).active!.scriptURL);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBe(script);
  return script;
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
/** The addresses kept in the caches whose names contain `part`. */
const cachedUrls = (page: Page, part: string) =>
  page.evaluate(async (part) => {
    const urls: string[] = [];
    for (const name of (await caches.keys()).filter((n) => n.includes(part))) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname + new URL(request.url).search);
    }
    return urls;
  }, part);

/** A PNG's width and height, from its header. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('each language links its own manifest: valid, with reachable icons of the stated sizes', async ({ page, request }) => {
  for (const [home, locale] of [['/', 'nb'], ['/nn', 'nn'], ['/en', 'en']] as const) {
    const response = await page.goto(home);
    const csp = response!.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`/${locale}/app.webmanifest`);
    const manifestResponse = await request.get(href!);
    expect(manifestResponse.status()).toBe(200);
    expect(manifestResponse.headers()['content-type']).toContain('application/manifest+json');
    const manifest = await manifestResponse.json();
    expect(manifest).toMatchObject({ lang: locale, start_url: home, scope: '/', display: 'standalone', theme_color: '#163d6b', name: 'Ettervern Bergen' });
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.description.length).toBeGreaterThan(20);
    const purposes: string[] = [];
    for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
      const image = await request.get(icon.src);
      expect(image.status(), icon.src).toBe(200);
      expect(image.headers()['content-type'], icon.src).toBe(icon.type);
      expect(pngSize(await image.body()), icon.src).toBe(icon.sizes);
      purposes.push(`${icon.sizes} ${icon.purpose}`);
    }
    expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  }
});

test('offline: the list, a measure page seen before and the offline page, each saying when it was saved', async ({ page, context }) => {
  await page.goto('/');
  expect(await controlledBy(page)).toMatch(/\/serwist\/sw\.js$/);
  // The staff area and the API never go through the worker; pages do.
  const admin = await page.goto('/admin/logg-inn');
  expect(admin!.fromServiceWorker()).toBe(false);
  const api = page.waitForResponse((r) => r.url().includes('/api/v1/measures'));
  await page.evaluate(() => fetch('/api/v1/measures?limit=1'));
  expect((await api).fromServiceWorker()).toBe(false);

  const detail = await page.goto('/tiltak/dagsverket?list=dagsverket');
  expect(detail!.fromServiceWorker()).toBe(true);
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  const hours = HOURS.exec(await page.locator('main').innerText())?.[0];
  expect(hours, 'the page shows hours').toBeTruthy();
  await expect(page.locator('.offline-notice')).toBeHidden();
  await page.goto('/min-liste?list=dagsverket,arna-aktiv');
  const list = page.getByRole('list', { name: 'Min liste' });
  await expect(list.locator(':scope > li')).toHaveCount(2);
  const listText = await list.innerText();
  await expect.poll(() => cachedUrls(page, '-detail')).toEqual(['/tiltak/dagsverket']);
  await expect.poll(() => cachedUrls(page, '-list')).toEqual(['/min-liste?list=dagsverket,arna-aktiv']);

  await context.setOffline(true);
  try {
    await page.goto('/tiltak/dagsverket');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('main')).toContainText(hours!);
    await expect(page.locator('.offline-notice')).toBeVisible();
    await expect(page.locator('.offline-notice')).toContainText('Åpningstider og annet kan ha endret seg');
    await expect(page.getByRole('complementary', { name: 'Trenger du hjelp nå?' })).toBeVisible();

    await page.goto('/min-liste?list=dagsverket,arna-aktiv');
    await expect(list.locator(':scope > li')).toHaveCount(2);
    expect(await list.innerText()).toBe(listText);
    expect(listText).toMatch(HOURS);
    await expect(page.locator('.offline-notice')).toBeVisible();
    // From the app's menu, without the list in the address: the list last seen.
    await page.goto('/min-liste');
    await expect(list.locator(':scope > li')).toHaveCount(2);

    await page.goto('/tilbydere/alf-as');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uten nett');
    await expect(page.locator('.offline-notice')).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Trenger du hjelp nå?' })).toBeVisible();
    await page.goto('/en/measures/arna-aktiv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offline');
    await expect(page.locator('.offline-notice')).toContainText('may have changed');

    // The staff area is the network's alone: offline it does not load at all.
    await expect(page.goto('/admin/logg-inn')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  } finally {
    await context.setOffline(false);
  }
});

test.describe('a new deployment', () => {
  test.describe.configure({ timeout: 180_000 });
  const DATA_DIR = `.data/e2e-pwa-${process.env.E2E_PORT ?? 3100}`;
  // The second deployment is this build with another build id in its worker: a hard-linked
  // copy of the build whose /serwist/sw.js names its caches differently. (A second real
  // build would take minutes; the worker cannot tell the difference.)
  const NEXT_DIST = `${DIST_DIR}-pwa-redeploy`;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '', PGLITE_DATA_DIR: DATA_DIR };

  test.beforeAll(() => {
    rmSync(DATA_DIR, { recursive: true, force: true });
    rmSync(NEXT_DIST, { recursive: true, force: true });
    const prepared = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts'], { env, encoding: 'utf8' });
    expect(prepared.status, prepared.stderr).toBe(0);
    const copied = spawnSync('cp', ['-al', DIST_DIR, NEXT_DIST], { encoding: 'utf8' });
    expect(copied.status, copied.stderr).toBe(0);
  });
  test.afterAll(() => {
    rmSync(DATA_DIR, { recursive: true, force: true });
    rmSync(NEXT_DIST, { recursive: true, force: true });
  });

  test('replaces every copy the last one kept', async ({ browser }) => {
    const buildId = readFileSync(path.join(DIST_DIR, 'BUILD_ID'), 'utf8').trim();
    const worker = path.join(NEXT_DIST, 'server', 'app', 'serwist', 'sw.js.body');
    const source = readFileSync(worker, 'utf8');
    expect(source).toContain(buildId);
    // A new file, not the hard link: the first build stays as it was.
    unlinkSync(worker);
    writeFileSync(worker, source.replaceAll(buildId, `${buildId}-next`));

    const port = await freePort();
    const command = ['node_modules/.bin/tsx', 'server.ts', '-p', 'PORT', '-H', '127.0.0.1'];
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
    const page = await context.newPage();
    let server = await startServer(command, { ...env, NEXT_DIST_DIR: DIST_DIR }, port);
    try {
      await page.goto('/');
      await controlledBy(page);
      await page.goto('/tiltak/dagsverket');
      await expect.poll(() => cachedUrls(page, `ettervern-${buildId}-detail`)).toEqual(['/tiltak/dagsverket']);
      await server.stop();

      server = await startServer(command, { ...env, NEXT_DIST_DIR: NEXT_DIST }, port);
      await page.goto('/');
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      const names = () => cacheNames(page).then((all) => all.map((name) => (name.startsWith(`ettervern-${buildId}-next-`) ? 'new' : name)));
      await expect.poll(async () => [...new Set(await names())], { timeout: 30_000 }).toEqual(['new']);
      expect(await controlledBy(page)).toMatch(/\/serwist\/sw\.js$/);
      expect(await cachedUrls(page, '-detail')).toEqual([]);

      // The old copy is gone: offline, the page seen under the last deployment is not there.
      await context.setOffline(true);
      await page.goto('/tiltak/dagsverket');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uten nett');
    } finally {
      await context.close();
      await server.stop();
    }
  });
});
