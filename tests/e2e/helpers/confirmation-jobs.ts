// Runs the confirmation jobs once, as the queue would, on a test clock, against the database
// a test server uses (DATABASE_URL): the scan, then each mail it queued. The e2e test runs
// this in a child process (PGlite allows one process, and lib/ is not loaded in Playwright's
// own process). CLOCK: the job clock as an ISO time. Prints what it did, as JSON.
import { resolveAuthSecret } from '@/lib/auth/settings';
import { openDatabase } from '@/lib/db/connection';
import { env } from '@/lib/env';
import { runConfirmationMail, runConfirmationScan, type MailJobData } from '@/lib/jobs/confirmation';
import { mailSettingsFromEnv } from '@/lib/mail/send';

async function main() {
  const now = new Date(process.env.CLOCK ?? Date.now());
  const db = openDatabase({ url: env.DATABASE_URL! });
  try {
    const queued: MailJobData[] = [];
    const scan = await runConfirmationScan(db.prisma, now, async (_name, data) => {
      queued.push(data);
      return 'queued';
    });
    const deps = { secret: resolveAuthSecret(env), mail: mailSettingsFromEnv(), siteUrl: env.SITE_URL };
    const mails = [];
    for (const data of queued) mails.push(await runConfirmationMail(db.prisma, now, data, deps));
    console.log(JSON.stringify({ ...scan, mails }));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
