// Gets the configured database ready to serve: applies pending migrations and, when the
// catalogue is empty, loads the demo data. Used by `npm run demo` and `npm run dev`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '../lib/env';
import { openDatabase, targetFromEnv } from '../lib/db/connection';
import { migrate } from '../lib/db/migrate';
import { seedDemoData } from '../lib/db/seed';
import { createStaffUser, generatePassword } from '../lib/auth/create-user';
import { authSettingsFromEnv } from '../lib/auth/settings';

const DEMO_EDITOR = 'redaktor@example.org';

function savedPassword(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').split('\n')[1] || undefined;
  } catch {
    return undefined;
  }
}

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
    // account, made the first time, so the admin area can be tried at once. Its password is
    // kept beside the data directory (like the auth secret), so it can be looked up again.
    if (!env.DATABASE_URL && env.NODE_ENV !== 'production') {
      const passwordFile = path.relative(process.cwd(), `${path.resolve(env.PGLITE_DATA_DIR)}.demo-editor`);
      if ((await db.prisma.user.count()) === 0) {
        const password = generatePassword();
        await createStaffUser(db.prisma, authSettingsFromEnv(env), {
          email: DEMO_EDITOR,
          name: 'Demoredaktør',
          role: 'editor',
          password,
        });
        writeFileSync(passwordFile, `${DEMO_EDITOR}\n${password}\n`, { mode: 0o600 });
        console.log(`Demo editor for /admin: ${DEMO_EDITOR}, password ${password} (also in ${passwordFile}).`);
      } else if (await db.prisma.user.findUnique({ where: { email: DEMO_EDITOR }, select: { id: true } })) {
        const saved = savedPassword(passwordFile);
        console.log(`Demo editor for /admin: ${DEMO_EDITOR}, ${saved ? `password ${saved} (from ${passwordFile}, unless changed since)` : 'password shown when it was made'}.`);
      }
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(`Could not prepare the database: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
