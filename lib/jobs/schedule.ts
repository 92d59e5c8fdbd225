// The app's job runner: started by the server (instrumentation.ts) and reached by server
// actions that put a job on the queue. One per process, kept on globalThis so a hot reload
// in development does not start a second one. A database that is down at start is tried
// again a minute later; the server itself never waits for it.
import { getDatabase } from '@/lib/db';
import { describeFailure } from './retention';
import { APP_JOBS } from './registry';
import { startJobs, type JobRunner, type SendOptions } from './queue';

const RETRY_START_MS = 60 * 1000;

const globalForJobs = globalThis as unknown as { ettervernJobs?: Promise<JobRunner> };

function runner(): Promise<JobRunner> {
  globalForJobs.ettervernJobs ??= startJobs(getDatabase(), APP_JOBS).catch((error: unknown) => {
    globalForJobs.ettervernJobs = undefined;
    throw error;
  });
  return globalForJobs.ettervernJobs;
}

/** Idempotent. Never throws: a failed start logs one line and tries again later. */
export function startAppJobs(): void {
  runner().catch((error: unknown) => {
    console.warn(`[jobs] Could not start the job queue, will try again in a minute (${describeFailure(error)})`);
    setTimeout(startAppJobs, RETRY_START_MS).unref();
  });
}

/** Puts a job on the app's queue (starting the runner if this process has not yet). */
export async function enqueueJob<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null> {
  return (await runner()).send(name, data, options);
}

/** Stops this process's runner (tests that swap the database). */
export async function stopAppJobs(): Promise<void> {
  const current = globalForJobs.ettervernJobs;
  globalForJobs.ettervernJobs = undefined;
  if (current) await (await current).stop();
}
