// Fresh, migrated databases for integration tests: an in-memory PGlite, and a new
// database on the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards), which
// the global setup (tests/helpers/postgres-server.ts) sets when it is not given.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '@/lib/db/connection';
import { migrate } from '@/lib/db/migrate';

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase = Database & { name: string };

export async function createPGliteDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  const db = openDatabase({ memory: true });
  if (migrated) await migrate(db.sql);
  return { ...db, name: 'pglite' };
}

/** Creates an empty database on the server, migrates it, and drops it on close(). */
export async function createPostgresDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  const name = `ettervern_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const db = openDatabase({ url: url.toString() });
  if (migrated) await migrate(db.sql);
  return {
    ...db,
    name: 'postgres',
    async close() {
      await db.close();
      const dropper = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** Both kinds, for `describe.each`: every integration test runs against each. */
export const databaseKinds = [
  { kind: 'pglite', create: createPGliteDatabase },
  { kind: 'postgres', create: createPostgresDatabase },
] as const;
