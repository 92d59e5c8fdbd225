import tsconfigPaths from 'vite-tsconfig-paths';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // The PostgreSQL server for the integration tests: the machine's, or one started from npm.
    globalSetup: ['tests/helpers/postgres-server.ts'],
    // PGlite boots a WebAssembly PostgreSQL per database; give it time on a small machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // `server-only` throws outside React Server Components; lib/data is tested directly.
    alias: { 'server-only': new URL('./tests/helpers/server-only.ts', import.meta.url).pathname },
    // next-intl's ESM build imports 'next/server' without an extension, which only a bundler
    // resolves; tests that load proxy.ts need Vite to take it in.
    server: { deps: { inline: ['next-intl'] } },
    pool: 'forks',
    maxWorkers: 2,
  },
});
