import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// A throwaway embedded database, migrated and seeded afresh for every run.
const DATA_DIR = `.data/e2e-pglite-${PORT}`;
// The machine's Chromium where there is one (Debian's, or CHROMIUM_PATH); otherwise
// Playwright's own, installed once with `npx playwright install chromium`.
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((file) => file && existsSync(file));

export default defineConfig({
  testDir: 'tests/e2e',
  // One folder per port, so parallel runs do not wipe each other's traces.
  outputDir: `test-results/${PORT}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /admin-editing\.spec\.ts/ },
    // Publishes measures into the shared catalogue, which other specs count: runs last.
    {
      name: 'admin-editing',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      testMatch: /admin-editing\.spec\.ts/,
      dependencies: ['chromium'],
    },
  ],
  webServer: {
    // Runs the production build (`next build` comes first in `npm run test:e2e`) with the
    // server entry, as `npm start` does.
    // admin-seed makes the admin test accounts (tests/e2e/helpers/admin.ts).
    command: `rm -rf ${DATA_DIR} ${DATA_DIR}.auth-secret ${DATA_DIR}.demo-editor && npm run db:prepare && npx tsx tests/e2e/helpers/admin-seed.ts && npx tsx server.ts -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    env: {
      PGLITE_DATA_DIR: DATA_DIR,
      DATABASE_URL: '',
      NEXT_TELEMETRY_DISABLED: '1',
      // Sign-in: this server's own address is trusted, and time-outs are short enough to
      // test (a session unused for a minute ends; sign-in attempts count per 20 s).
      AUTH_URL: `http://127.0.0.1:${PORT}`,
      // The tests act as a trusted proxy: each picks its own client address with
      // X-Forwarded-For (tests/e2e/helpers/admin.ts), which server.ts otherwise drops.
      AUTH_TRUSTED_PROXIES: '127.0.0.1',
      AUTH_IDLE_MINUTES: process.env.E2E_AUTH_IDLE_MINUTES ?? '1',
      AUTH_SIGNIN_WINDOW_SECONDS: process.env.E2E_AUTH_SIGNIN_WINDOW_SECONDS ?? '20',
    },
    // Never someone else's server: when the port is taken the run fails and says so.
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
  },
});
