// npm run jobs:retention: the retention job once, for cron (the server also runs it hourly).
// With the embedded database (no DATABASE_URL) stop the server first: one process at a time.
import { openDatabase, targetFromEnv } from '../lib/db/connection';
import { env } from '../lib/env';
import { describeFailure, runRetention } from '../lib/jobs/retention';

async function main() {
  const db = openDatabase(targetFromEnv(env));
  try {
    const counts = await runRetention(db.prisma);
    console.log(`[retention] ${JSON.stringify(counts)}`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(`[retention] Failed (${describeFailure(error)})`);
  process.exit(1);
});
