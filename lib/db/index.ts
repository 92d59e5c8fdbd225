// The app's one database handle, opened on first use (never at build time, when no
// database may exist). Kept on globalThis so hot reloads in development reuse it: a
// PGlite data directory can only be opened by one instance at a time.
import { env } from '@/lib/env';
import { openDatabase, targetFromEnv, type Database } from './connection';

const globalForDb = globalThis as unknown as { ettervernDb?: Database };

export function getDatabase(): Database {
  globalForDb.ettervernDb ??= openDatabase(targetFromEnv(env));
  return globalForDb.ettervernDb;
}

export function getPrisma() {
  return getDatabase().prisma;
}

/** Whether the database answers a trivial query within the time limit (never throws). */
export async function databaseReachable(timeoutMs = 1500): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const probe = getDatabase()
    .sql.query('SELECT 1')
    .then(() => true, () => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
