// What the server entry checks and rewrites on a request before Next.js sees it.
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { CLIENT_IP_HEADER, normalizeIp, resolveClientIp, trustedProxyList, type ClientIpOptions } from './client-ip';

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'] as const;
/** Bodies larger than this are refused (Next.js's own limit for server actions is 1 MB). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export type Rejection = { status: 400 | 404 | 405 | 413; headers?: Record<string, string> };

/** Where the build lists its server references: the server actions and the cached reads. */
type ReferenceManifest = { node?: Record<string, { exportedName?: string }> };

/** The name Next.js gives the 'use cache' functions it lists among the server references. */
const CACHED_READ_NAME = /^\$\$RSC_SERVER_CACHE_/;

/**
 * The ids of this build's cached reads ('use cache' in lib/data). Next.js lists them beside
 * the server actions and runs one for any POST that names its id, with whatever arguments the
 * caller sends: a way round the pages' own checks on a search, and a 500 on arguments of the
 * wrong shape. Only real server actions may be called (rejectRequest). Empty without a build
 * (next dev), where there is no manifest yet.
 */
export function cachedReadIds(distDir: string): ReadonlySet<string> {
  let manifest: ReferenceManifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as ReferenceManifest;
  } catch {
    return new Set();
  }
  return new Set(Object.entries(manifest.node ?? {}).filter(([, ref]) => CACHED_READ_NAME.test(ref.exportedName ?? '')).map(([id]) => id));
}

/** A request the app must not see: a method it has no use for, a path that is not valid
 * percent-encoding (Next.js would fail on it with a 500), a body declared too large, or a
 * call of a cached read as if it were a server action (cachedReadIds). */
export function rejectRequest(req: IncomingMessage, cachedReads: ReadonlySet<string> = new Set()): Rejection | null {
  if (!(ALLOWED_METHODS as readonly string[]).includes(req.method ?? '')) {
    return { status: 405, headers: { Allow: ALLOWED_METHODS.join(', ') } };
  }
  const action = req.headers['next-action'];
  if (typeof action === 'string' && cachedReads.has(action.trim())) return { status: 404 };
  const path = (req.url ?? '/').split('?')[0]!;
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400 };
  }
  const length = req.headers['content-length'];
  if (length !== undefined && !(/^\d+$/.test(length) && Number(length) <= BODY_LIMIT_BYTES)) {
    // Closed after the answer: reading a huge declared body only to drop it would tie up the server.
    return { status: /^\d+$/.test(length) ? 413 : 400, headers: { Connection: 'close' } };
  }
  return null;
}

/** A declared body a little over the limit (up to 16 times it): read and dropped before the
 * 413 is sent, so the client reads the answer instead of a reset connection. Larger ones are
 * answered at once and the connection closed. */
export function drainsBeforeAnswer(req: IncomingMessage, status: number): boolean {
  const length = Number(req.headers['content-length']);
  return status === 413 && Number.isFinite(length) && length <= 16 * BODY_LIMIT_BYTES;
}

const FORWARDING_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded'];

/** Hands the app the client's address in CLIENT_IP_HEADER (never a value the client sent),
 * and removes forwarding headers that no trusted proxy wrote, so nothing downstream reads them. */
export function clientAddressStep(options: ClientIpOptions): (req: IncomingMessage) => void {
  const trusted = trustedProxyList(options.trustedProxies);
  const untrustedHeaders = [...new Set([...FORWARDING_HEADERS, ...options.ipHeaders.map((h) => h.toLowerCase())])];
  return (req) => {
    const headers = {
      get(name: string) {
        const value = req.headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : (value ?? null);
      },
    };
    const peer = normalizeIp(req.socket.remoteAddress);
    const ip = resolveClientIp(peer, headers, options, trusted);
    const peerTrusted = peer !== null && trusted.check(peer, peer.includes(':') ? 'ipv6' : 'ipv4');
    if (!peerTrusted) for (const name of untrustedHeaders) delete req.headers[name];
    delete req.headers[CLIENT_IP_HEADER];
    if (ip) req.headers[CLIENT_IP_HEADER] = ip;
  };
}

/** Counts a body sent without Content-Length (chunked) as it arrives, and calls tooLarge once
 * it passes the limit. Counted where the socket hands data to the request stream, so the
 * app still reads every byte it is given. Past the limit the app gets nothing more (it never
 * sees a cut-off body as complete); the rest is read and dropped for a while, so that the
 * client gets to read the 413 instead of a reset connection, then the connection is closed. */
export function watchBodySize(req: IncomingMessage, tooLarge: () => void): void {
  if (req.headers['content-length'] !== undefined) return;
  let received = 0;
  const push = req.push.bind(req);
  req.push = (chunk: Buffer | null, encoding?: BufferEncoding) => {
    if (chunk) received += chunk.length;
    if (received <= BODY_LIMIT_BYTES) return push(chunk, encoding);
    if (received - (chunk?.length ?? 0) <= BODY_LIMIT_BYTES) {
      tooLarge();
      setTimeout(() => req.socket.destroy(), 10_000).unref();
    }
    // The whole body has been read (and dropped): the connection can close cleanly.
    if (chunk === null) req.socket.end();
    else if (received > 16 * BODY_LIMIT_BYTES) req.socket.destroy();
    return true;
  };
}
