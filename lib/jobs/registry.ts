// Every background job the app runs, in one list (lib/jobs/queue.ts runs them).
import type { JobDefinition } from './queue';
import { runRetention } from './retention';

/** Deletes personal data whose time is up: at seven past every hour. */
const retention: JobDefinition = {
  name: 'retention',
  cron: '7 * * * *',
  retryLimit: 2,
  async run(_data, { prisma, now }) {
    await runRetention(prisma, now);
  },
};

export const APP_JOBS: JobDefinition<never>[] = [retention];
