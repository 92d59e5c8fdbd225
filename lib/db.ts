// The app's one Prisma client. Kept on globalThis so hot reloads in development reuse
// it: a PGlite data directory can only be opened by one instance at a time.
import { env } from './env';
import { openDatabase, targetFromEnv, type Database } from './db/connection';

const globalForDb = globalThis as unknown as { ettervernDb?: Database };

export const database: Database = globalForDb.ettervernDb ?? openDatabase(targetFromEnv(env));
globalForDb.ettervernDb = database;

export const prisma = database.prisma;
