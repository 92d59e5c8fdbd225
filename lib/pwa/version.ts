// Which deployment a service worker belongs to: the build's id. The worker names its caches
// after it and deletes every other on activation (lib/pwa/sw.ts), so a new deployment
// replaces all copies of the last one, whatever changed in it (pages, hours, the schema).
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * While building, next.config.ts has chosen the id and put it in the environment, which the
 * build's worker processes share (BUILD_ID is not written yet when they first load this).
 * A running server reads the id its build wrote.
 */
export function buildVersion(distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  if (process.env.NEXT_PHASE === 'phase-production-build' && process.env.APP_BUILD_ID) return process.env.APP_BUILD_ID;
  try {
    return readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'development';
  }
}
