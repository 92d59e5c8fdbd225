// Every background job the app runs, in one list (lib/jobs/queue.ts runs them).
import { resolveAuthSecret } from '@/lib/auth/settings';
import { env } from '@/lib/env';
import { mailSettingsFromEnv } from '@/lib/mail/send';
import { MAIL_JOB, runConfirmationMail, runConfirmationScan, SCAN_JOB, type MailDeps, type MailJobData } from './confirmation';
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

/** Asks for due confirmations, reminds, marks "Ubesvart": every morning at 06:15 (Bergen). */
const confirmationScan: JobDefinition = {
  name: SCAN_JOB,
  cron: '15 6 * * *',
  retryLimit: 3,
  async run(_data, { prisma, now, send }) {
    await runConfirmationScan(prisma, now, send);
  },
};

/** The settings a mail job needs, read when it runs (the app's secret, SMTP, SITE_URL). */
export const mailDepsFromEnv = (): MailDeps => ({ secret: resolveAuthSecret(env), mail: mailSettingsFromEnv(), siteUrl: env.SITE_URL });

/** One request's mail; a failed send is tried again after 1, 2, 4, … minutes (8 tries). */
const confirmationMailJob: JobDefinition<MailJobData> = {
  name: MAIL_JOB,
  retryLimit: 8,
  retryDelaySeconds: 60,
  policy: 'short',
  async run(data, { prisma, now }) {
    await runConfirmationMail(prisma, now, data, mailDepsFromEnv());
  },
};

// The scan comes before the mail it queues, so one drain() runs both.
export const APP_JOBS: JobDefinition<never>[] = [retention, confirmationScan, confirmationMailJob as JobDefinition<never>];
