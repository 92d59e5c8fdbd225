// npm run db:seed — migrates the configured database, then writes the demo catalogue
// (real measures from Bergen kommune's plans). Safe to run again: it updates in place.
import { openDatabase, targetFromEnv } from '../lib/db/connection';
import { migrate } from '../lib/db/migrate';
import { seedDemoData } from '../lib/db/seed';

async function main() {
  // Imported here so an invalid environment is reported by the catch below, not as a crash.
  const { env } = await import('../lib/env');
  const db = openDatabase(targetFromEnv(env));
  try {
    // Seeding an unmigrated database would fail on missing tables; migrating first makes
    // `db:seed` enough on a fresh checkout.
    const applied = await migrate(db.sql);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    const counts = await seedDemoData(db.prisma);
    const where = db.kind === 'pglite' ? `embedded database in ${env.PGLITE_DATA_DIR}` : 'PostgreSQL';
    console.log(`Seeded ${where}: ${counts.providers} providers, ${counts.measures} measures, ${counts.news} news items.`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
