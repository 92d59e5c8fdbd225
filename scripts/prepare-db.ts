// Gets the configured database ready to serve: applies pending migrations and, when the
// catalogue is empty, loads the demo data. Used by `npm run demo` and `npm run dev`.
import { env } from '../lib/env';
import { openDatabase, targetFromEnv } from '../lib/db/connection';
import { migrate } from '../lib/db/migrate';
import { seedDemoData } from '../lib/db/seed';
import { createStaffUser, generatePassword } from '../lib/auth/create-user';
import { authSettingsFromEnv } from '../lib/auth/settings';

const DEMO_EDITOR = 'redaktor@example.org';

async function main() {
  const db = openDatabase(targetFromEnv(env));
  try {
    const applied = await migrate(db.sql);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    const measures = await db.prisma.measure.count();
    if (measures === 0) {
      const counts = await seedDemoData(db.prisma);
      console.log(`Empty catalogue: loaded demo data (${counts.measures} measures, ${counts.providers} providers, ${counts.news} news items).`);
    } else {
      console.log(`Database ready: ${measures} measures.`);
    }
    // The embedded demo only, never with a database server or in production: one editor
    // account, made the first time, so the admin area can be tried at once.
    if (!env.DATABASE_URL && env.NODE_ENV !== 'production' && (await db.prisma.user.count()) === 0) {
      const password = generatePassword();
      await createStaffUser(db.prisma, authSettingsFromEnv(env), {
        email: DEMO_EDITOR,
        name: 'Demoredaktør',
        role: 'editor',
        password,
      });
      console.log(`Demo editor for /admin: ${DEMO_EDITOR}, password ${password} (shown only now).`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(`Could not prepare the database: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
