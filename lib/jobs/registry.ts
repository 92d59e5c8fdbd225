// Every background job the app runs, in one list (lib/jobs/queue.ts runs them). The jobs that
// need settings are made by functions, so tests can run the same job with their own.
import { resolveAuthSecret } from '@/lib/auth/settings';
import { contactRequestKey } from '@/lib/contact-requests/seal';
import { deliverContactRequest, DELIVERY_ATTEMPTS, type DeliveryOptions } from '@/lib/contact-requests/deliver';
import { env } from '@/lib/env';
import { mailSettingsFromEnv } from '@/lib/mail/send';
import { MAIL_JOB, runConfirmationMail, runConfirmationScan, SCAN_JOB, type MailDeps, type MailJobData } from './confirmation';
import type { JobDefinition } from './queue';
import { retentionPolicyFromEnv, runRetention, type RetentionPolicy } from './retention';

/** Deletes personal data whose time is up: at seven past every hour. */
export function retentionJob(policy: () => RetentionPolicy = retentionPolicyFromEnv): JobDefinition {
  return {
    name: 'retention',
    cron: '7 * * * *',
    retryLimit: 2,
    async run(_data, { prisma, now }) {
      await runRetention(prisma, now, policy());
    },
  };
}

export const CONTACT_REQUEST_DELIVERY = 'contact-request-delivery';

export type DeliverySettings = Omit<DeliveryOptions, 'now'>;

const deliverySettingsFromEnv = (): DeliverySettings => ({
  key: contactRequestKey(env),
  mail: mailSettingsFromEnv(),
  siteUrl: env.SITE_URL,
  retentionDays: env.CONTACT_REQUEST_RETENTION_DAYS,
});

/** Mails one contact request ({ id }); a mail server that does not take it is tried again with growing delays. */
export function contactRequestDeliveryJob(settings: () => DeliverySettings = deliverySettingsFromEnv): JobDefinition<{ id: string }> {
  return {
    name: CONTACT_REQUEST_DELIVERY,
    retryLimit: DELIVERY_ATTEMPTS - 1,
    retryDelaySeconds: 60,
    async run({ id }, { prisma, now }) {
      if (typeof id !== 'string') return;
      const outcome = await deliverContactRequest(prisma, id, { ...settings(), now });
      // The queue logs the error's message: it names nothing of the request.
      if (outcome === 'retry') throw new Error('the mail server did not take the contact request');
    },
  };
}

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
export const APP_JOBS: JobDefinition<never>[] = [
  retentionJob(),
  contactRequestDeliveryJob() as JobDefinition<never>,
  confirmationScan,
  confirmationMailJob as JobDefinition<never>,
];
