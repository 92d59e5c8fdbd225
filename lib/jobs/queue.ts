// Background jobs on the app's own database, with pg-boss (README, "Background jobs"). Jobs
// are rows in the `pgboss` schema, so they survive restarts; a job is fetched with SKIP LOCKED,
// so it runs once however many instances are up; a cron schedule fires once per tick across
// all instances; a failed job is retried with growing delays. On PostgreSQL and on the
// embedded PGlite alike: PGlite runs the same SQL in-process (Database.jobSql).
import PgBoss from 'pg-boss';
import type { Database } from '@/lib/db/connection';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { describeFailure } from './retention';

export interface JobContext {
  prisma: PrismaClient;
  /** The job's clock: the real time, or a test's (startJobs' `clock`). */
  now: Date;
  /** Puts a follow-up job on the queue (a scan's mail jobs), like JobRunner.send. */
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
}

export interface JobDefinition<T extends object = Record<string, unknown>> {
  /** The queue's name: letters, digits, dashes. */
  name: string;
  /** A cron expression in Bergen time; pg-boss then enqueues the job once per tick. */
  cron?: string;
  /** Tries after the first one; each waits retryDelay seconds, doubling (retryBackoff). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** pg-boss's queue policy; 'short' keeps one waiting job per singleton key. */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
  run(data: T, context: JobContext): Promise<void>;
}

export interface SendOptions {
  /** With policy 'short': only one job with this key waits at a time (a second send returns null). */
  singletonKey?: string;
  startAfter?: Date | number;
}

export interface JobRunner {
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  stop(): Promise<void>;
  /** Runs once every job that is due now and waits for them (tests, scripts). */
  drain(): Promise<void>;
}

export interface StartOptions {
  clock?: () => Date;
  pollingIntervalSeconds?: number;
  /** Whether this process also puts cron ticks on the queue (default true). */
  schedule?: boolean;
}

const DEFAULT_RETRIES = 5;
const DEFAULT_RETRY_DELAY_SECONDS = 60;

export async function startJobs(database: Database, definitions: JobDefinition<never>[], options: StartOptions = {}): Promise<JobRunner> {
  const clock = options.clock ?? (() => new Date());
  const boss = new PgBoss({
    db: database.jobSql as PgBoss.Db,
    schema: 'pgboss',
    schedule: options.schedule ?? true,
    // Job payloads carry ids, never personal data; finished jobs go after a week.
    deleteAfterDays: 7,
  });
  // Connection trouble and the like: one line, never the job's data.
  boss.on('error', (error) => console.warn(`[jobs] ${describeFailure(error)}`));
  await boss.start();

  const byName = new Map(definitions.map((definition) => [definition.name, definition as unknown as JobDefinition]));
  const send = async <T extends object>(name: string, data: T, sendOptions: SendOptions = {}) => {
    if (!byName.has(name)) throw new Error(`No job named ${name}`);
    return boss.send(name, data, { singletonKey: sendOptions.singletonKey, startAfter: sendOptions.startAfter });
  };
  const runJob = async (definition: JobDefinition, job: PgBoss.Job<object>) => {
    try {
      await definition.run(job.data as Record<string, unknown>, { prisma: database.prisma, now: clock(), send });
    } catch (error) {
      console.warn(`[jobs] ${definition.name} failed, will retry (${describeFailure(error)})`);
      throw error;
    }
  };
  for (const definition of byName.values()) {
    await boss.createQueue(definition.name, {
      name: definition.name,
      policy: definition.policy ?? 'standard',
      retryLimit: definition.retryLimit ?? DEFAULT_RETRIES,
      retryDelay: definition.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
      retryBackoff: true,
    });
    await boss.work<object>(definition.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async (jobs) => {
      for (const job of jobs) await runJob(definition, job);
    });
    if (definition.cron && (options.schedule ?? true)) await boss.schedule(definition.name, definition.cron, {}, { tz: 'Europe/Oslo' });
  }

  return {
    send,
    async drain() {
      for (const definition of byName.values()) {
        for (;;) {
          const jobs = await boss.fetch<object>(definition.name, { batchSize: 10 });
          if (jobs.length === 0) break;
          for (const job of jobs) {
            try {
              await runJob(definition, job);
              await boss.complete(definition.name, job.id);
            } catch (error) {
              await boss.fail(definition.name, job.id, { message: describeFailure(error) });
            }
          }
        }
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}
