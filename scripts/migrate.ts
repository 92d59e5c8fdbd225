// npm run db:migrate — applies pending migrations to the configured database.
import { env } from '../lib/env';
import { openDatabase, targetFromEnv } from '../lib/db/connection';
import { migrate } from '../lib/db/migrate';

async function main() {
  const db = openDatabase(targetFromEnv(env));
  try {
    const applied = await migrate(db.sql);
    const where = db.kind === 'pglite' ? `embedded database in ${env.PGLITE_DATA_DIR}` : 'PostgreSQL';
    console.log(applied.length ? `Applied to ${where}: ${applied.join(', ')}` : `${where}: already up to date.`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
