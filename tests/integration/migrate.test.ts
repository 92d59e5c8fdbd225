import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations, MigrationError } from '@/lib/db/migrate';
import { databaseKinds, type TestDatabase } from '../helpers/db';

describe.each(databaseKinds)('db:migrate on $kind', ({ create }) => {
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('applies every migration once, records it as Prisma does, and is safe to run twice', async () => {
    db = await create({ migrated: false });
    const migrations = readMigrations();
    expect(await migrate(db.sql, migrations)).toEqual(migrations.map((m) => m.name));
    expect(await migrate(db.sql, migrations)).toEqual([]);
    const rows = await db.sql.query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null }>(
      'SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).not.toBeNull();
    }
  });

  it('refuses to continue when an applied migration file has changed', async () => {
    db = await create({ migrated: false });
    const migrations = readMigrations();
    await migrate(db.sql, migrations);
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64), sql: m.sql + '\n-- edited' } : m));
    await expect(migrate(db.sql, edited)).rejects.toThrow(MigrationError);
    await expect(migrate(db.sql, edited)).rejects.toThrow(/changed after it was applied/);
  });

  it('rolls back a failing migration completely and records nothing', async () => {
    db = await create({ migrated: false });
    const migrations = readMigrations();
    const broken = {
      name: '99999999999999_broken',
      sql: 'CREATE TABLE half_done (id int);\nSELECT * FROM table_that_does_not_exist;',
      checksum: 'a'.repeat(64),
    };
    await expect(migrate(db.sql, [...migrations, broken])).rejects.toThrow();
    const tables = await db.sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'",
    );
    expect(tables[0]!.n).toBe(0);
    const recorded = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = $1`,
      [broken.name],
    );
    expect(recorded[0]!.n).toBe(0);
    // The good migrations before it stay applied; running again resumes cleanly.
    expect(await migrate(db.sql, migrations)).toEqual([]);
  });
});
