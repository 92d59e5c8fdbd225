// Whether an error means "the database cannot be reached right now" (stopped, restarting,
// dropped, out of connections) rather than a fault in our own code. Callers answer the
// first with 503 and Retry-After, so clients and monitors wait and try again instead of
// reporting a bug. The same error reaches us in several wrappings: Prisma's own codes, the
// driver adapter's kinds (in `meta.driverAdapterError` or `cause`), pg's SQLSTATE and
// socket codes, and PGlite's messages.

/** Seconds a client should wait before trying again (PostgreSQL restarts within seconds). */
export const RETRY_AFTER_SECONDS = 10;

// P1001 can't reach the server, P1002 timed out, P1003 database does not exist,
// P1008 operation timed out, P1017 server closed the connection, P2024 pool timeout.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1017', 'P2024']);
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH']);
// Class 08 connection exceptions, 57P01–57P03 shutting down or starting up, 3D000 no such
// database, 53300 too many connections.
const SQLSTATE = /^(08\w{3}|57P0[123]|3D000|53300)$/;
const MESSAGES = /Connection terminated|Can't reach database server|PGlite is closed|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  // Breadth-first over the wrappings; bounded, as an error may refer to itself.
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const e = current as Record<string, unknown>;
    const code = typeof e.code === 'string' ? e.code : typeof e.originalCode === 'string' ? e.originalCode : '';
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code)) return true;
    if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
    const meta = e.meta as Record<string, unknown> | undefined;
    queue.push(e.cause, meta?.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : []));
  }
  return false;
}
