// The app's PostgreSQL connections outlive the server ending one of them (a restart, a
// failover, an administrator's pg_terminate_backend): the process keeps running and the
// next query gets a new connection.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPostgresDatabase, TEST_DATABASE_URL, type TestDatabase } from '../helpers/db';

describe('PostgreSQL connection pool', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createPostgresDatabase();
  });
  afterAll(() => db?.close());

  it('survives the server ending an idle connection, and reconnects', async () => {
    const uncaught = vi.fn();
    process.on('uncaughtException', uncaught);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const [{ pid }] = (await db.sql.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')) as [{ pid: number }];
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      try {
        const [{ ended }] = (await admin.query('SELECT pg_terminate_backend($1) AS ended', [pid])).rows;
        expect(ended).toBe(true);
      } finally {
        await admin.end();
      }
      await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(expect.stringContaining('PostgreSQL closed an idle connection')));
      const [{ one }] = (await db.sql.query<{ one: number }>('SELECT 1 AS one')) as [{ one: number }];
      expect(one).toBe(1);
      expect(await db.prisma.measure.count()).toBe(0);
      expect(uncaught).not.toHaveBeenCalled();
    } finally {
      process.off('uncaughtException', uncaught);
      logged.mockRestore();
    }
  });
});
