// The retention job inside the server process: once a minute after start, then every hour.
// A failed run (the database is down, say) logs one line and waits for the next; it never
// throws into the server. Another job library may replace this later (issue 11).
import { getPrisma } from '@/lib/db';
import { describeFailure, runRetention } from './retention';

const HOUR_MS = 60 * 60 * 1000;
const FIRST_RUN_MS = 60 * 1000;

const globalForJobs = globalThis as unknown as { ettervernRetentionTimer?: NodeJS.Timeout };
let running = false;

async function runOnce(): Promise<void> {
  // A run still waiting on a slow database is not joined by a second one.
  if (running) return;
  running = true;
  try {
    await runRetention(getPrisma());
  } catch (error) {
    console.warn(`[retention] Skipped this run, will try again in an hour (${describeFailure(error)})`);
  } finally {
    running = false;
  }
}

/** Idempotent: a second call (a hot reload in development) keeps the one schedule. */
export function startRetentionSchedule(): void {
  if (globalForJobs.ettervernRetentionTimer) return;
  globalForJobs.ettervernRetentionTimer = setInterval(runOnce, HOUR_MS).unref();
  setTimeout(runOnce, FIRST_RUN_MS).unref();
}
