// The two benchmark databases, each created from nothing: an embedded PGlite in its own
// data directory, and a database `ettervern_bench` on a PostgreSQL server. Both get the
// migrations, the demo data (so real slugs exist) and the deterministic synthetic catalogue.
import { rmSync } from 'node:fs';
import pg from 'pg';
import { openDatabase, type DatabaseTarget } from '../../lib/db/connection';
import { migrate } from '../../lib/db/migrate';
import { seedDemoData } from '../../lib/db/seed';
import { generateSyntheticCatalogue } from '../../lib/db/synthetic';

export const PGLITE_DIR = '.data/bench-pglite';
export const PG_DATABASE = 'ettervern_bench';
export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function fill(target: DatabaseTarget, count: number): Promise<string> {
  const db = openDatabase(target);
  try {
    await migrate(db.sql);
    const demo = await seedDemoData(db.prisma);
    const synthetic = await generateSyntheticCatalogue(db.prisma, { count });
    // Fresh statistics, as autovacuum would have them on a live server within a minute.
    await db.sql.query('ANALYZE');
    return `${demo.measures} demo + ${synthetic.measures} synthetic measures, ${demo.providers + synthetic.providers} providers`;
  } finally {
    await db.close();
  }
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function preparePGlite(count: number): Promise<{ env: Record<string, string>; summary: string }> {
  rmSync(PGLITE_DIR, { recursive: true, force: true });
  const summary = await fill({ dataDir: PGLITE_DIR }, count);
  return { env: { PGLITE_DATA_DIR: PGLITE_DIR, DATABASE_URL: '' }, summary };
}

export async function preparePostgres(count: number): Promise<{ env: Record<string, string>; summary: string }> {
  await admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${PG_DATABASE}`);
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${PG_DATABASE}`;
  const summary = await fill({ url: url.toString() }, count);
  return { env: { DATABASE_URL: url.toString() }, summary };
}

export async function dropPostgres(): Promise<void> {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`));
}
