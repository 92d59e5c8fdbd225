// The app's one database handle, opened on first use (never at build time, when no
// database may exist). Kept on globalThis so hot reloads in development reuse it: a
// PGlite data directory can only be opened by one instance at a time.
import { env } from './env';
import { openDatabase, targetFromEnv, type Database } from './db/connection';

const globalForDb = globalThis as unknown as { ettervernDb?: Database };

export function getDatabase(): Database {
  globalForDb.ettervernDb ??= openDatabase(targetFromEnv(env));
  return globalForDb.ettervernDb;
}

export function getPrisma() {
  return getDatabase().prisma;
}
