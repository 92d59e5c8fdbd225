// Opens the configured database: a PostgreSQL server when a URL is given, otherwise the
// embedded PGlite in a data directory (or in memory for tests). Used by the app, the
// scripts (migrate, seed) and the tests, so all of them talk to the database the same way.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';

/** The few raw operations the migration runner and tests need, on either database. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements in one transaction. */
  execScriptInTransaction(sql: string, after?: (tx: SqlRunner) => Promise<void>): Promise<void>;
}

/** What the job queue (pg-boss, lib/jobs/queue.ts) needs: a script runs whole when it has no parameters. */
export interface JobSql {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  prisma: PrismaClient;
  sql: SqlRunner;
  jobSql: JobSql;
  close(): Promise<void>;
}

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

// How alike a misspelt search word must be to a word in a measure (pg_trgm's word
// similarity, 0–1). The default 0.6 misses common typos such as "fotbll" for "fotball".
export const WORD_SIMILARITY_THRESHOLD = 0.5;

export function openPGlite(dataDir?: string): PGlite {
  if (dataDir) mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = new PGlite({ dataDir: dataDir ? path.resolve(dataDir) : undefined, extensions: { pg_trgm, unaccent } });
  // PGlite is one session, and queries run in order, so this applies to all that follow.
  void db.exec(`SET pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`).catch(() => {});
  return db;
}

function pgliteRunner(db: PGlite): SqlRunner {
  const query = async <T,>(sql: string, params: unknown[] = []) =>
    (await db.query<T>(sql, params)).rows;
  return {
    query,
    async execScriptInTransaction(script, after) {
      await db.transaction(async (tx) => {
        await tx.exec(script);
        if (after) {
          await after({
            query: async <T,>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows,
            execScriptInTransaction: () => Promise.reject(new Error('nested transaction')),
          });
        }
      });
    },
  };
}

function postgresRunner(pool: pg.Pool): SqlRunner {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async execScriptInTransaction(script, after) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(script);
        if (after) {
          await after({
            query: async <T,>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
            execScriptInTransaction: () => Promise.reject(new Error('nested transaction')),
          });
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

export function openDatabase(target: DatabaseTarget): Database {
  if ('url' in target) {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      // No JIT: the catalogue's searches are short but, with their many sub-selects, look
      // costly to the planner, which then spends seconds compiling what runs in milliseconds.
      options: `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD} -c jit=off`,
    });
    // An idle connection the server ends (a restart, a failover, an administrator) is an
    // 'error' on the pool; unheard, it would end the whole process. The pool drops that
    // connection and opens a new one when it is next needed.
    pool.on('error', (error) => console.error(`PostgreSQL closed an idle connection (${error.message}); the pool will open a new one.`));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      kind: 'postgres',
      prisma,
      sql: postgresRunner(pool),
      // Without parameters node-postgres uses the simple protocol, which runs a whole script.
      jobSql: { executeSql: (text, values) => (values?.length ? pool.query(text, values) : pool.query(text)) },
      async close() {
        await prisma.$disconnect();
        await pool.end().catch(() => {});
      },
    };
  }
  const pglite = openPGlite('dataDir' in target ? target.dataDir : undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: 'pglite',
    prisma,
    sql: pgliteRunner(pglite),
    jobSql: {
      // PGlite's query() takes one statement; exec() takes a script (pg-boss's migrations) and
      // answers with one result per statement, of which the last is the script's.
      async executeSql(text, values) {
        if (values?.length) return pglite.query(text, values);
        const results = await pglite.exec(text);
        return results.at(-1) ?? { rows: [] };
      },
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** The database the environment names: DATABASE_URL, or PGlite in PGLITE_DATA_DIR. */
export function targetFromEnv(env: { DATABASE_URL?: string; PGLITE_DATA_DIR: string }): DatabaseTarget {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DATA_DIR };
}
