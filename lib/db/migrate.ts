// Applies prisma/migrations in order, recording them in `_prisma_migrations` exactly as
// Prisma Migrate does (same table, same sha256 checksums), so `prisma migrate deploy`
// accepts a database migrated here and vice versa. Each migration runs in its own
// transaction together with its record, so a failure leaves nothing half-applied.
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SqlRunner } from './connection';

export const DEFAULT_MIGRATIONS_DIR = path.resolve('prisma/migrations');

// The key Prisma Migrate itself takes, so the two never migrate at the same time.
const ADVISORY_LOCK_KEY = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

export function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Applies pending migrations; returns the names applied. Safe to run again. */
export async function migrate(sql: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  await sql.query(CREATE_TABLE);
  await sql.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
  try {
    const applied = await sql.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const byName = new Map(applied.map((row) => [row.migration_name, row]));
    const onDisk = new Set(migrations.map((m) => m.name));

    for (const row of applied) {
      if (!row.finished_at) {
        throw new MigrationError(`Migration ${row.migration_name} started but never finished. Resolve it before migrating.`);
      }
      if (!onDisk.has(row.migration_name)) {
        throw new MigrationError(`Migration ${row.migration_name} is applied to the database but missing from prisma/migrations.`);
      }
    }
    for (const migration of migrations) {
      const row = byName.get(migration.name);
      if (row && row.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was changed after it was applied (checksum differs). ` +
            'Write a new migration instead of editing an applied one.',
        );
      }
    }

    const pending = migrations.filter((m) => !byName.has(m.name));
    for (const migration of pending) {
      await sql.execScriptInTransaction(migration.sql, async (tx) => {
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
      });
    }
    return pending.map((m) => m.name);
  } finally {
    await sql.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]);
  }
}
