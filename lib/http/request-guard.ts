// What the server entry checks and rewrites on a request before Next.js sees it.
import type { IncomingMessage } from 'node:http';
import { CLIENT_IP_HEADER, normalizeIp, resolveClientIp, trustedProxyList, type ClientIpOptions } from './client-ip';

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'] as const;
/** Bodies larger than this are refused (Next.js's own limit for server actions is 1 MB). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export type Rejection = { status: 400 | 405 | 413; headers?: Record<string, string> };

/** A request the app must not see: a method it has no use for, a path that is not valid
 * percent-encoding (Next.js would fail on it with a 500), or a body declared too large. */
export function rejectRequest(req: IncomingMessage): Rejection | null {
  if (!(ALLOWED_METHODS as readonly string[]).includes(req.method ?? '')) {
    return { status: 405, headers: { Allow: ALLOWED_METHODS.join(', ') } };
  }
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
