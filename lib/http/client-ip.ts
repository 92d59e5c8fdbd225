// The visitor's address, for rate limits only (it is hashed before anything stores it).
// It is resolved once per request by the server entry (server.ts), which sees the socket,
// and handed to the app in CLIENT_IP_HEADER; the server removes any value a client sends
// in that header. Forwarding headers (X-Forwarded-For …) are believed only when the socket
// itself is a trusted proxy (AUTH_TRUSTED_PROXIES), so by default nobody can pick their
// own address by sending a header.
import { BlockList, isIP } from 'node:net';

export const CLIENT_IP_HEADER = 'x-ettervern-client-ip';

export interface ClientIpOptions {
  /** Headers a trusted proxy writes the client's address to, nearest proxy last. */
  ipHeaders: readonly string[];
  /** Addresses or CIDR ranges of the proxies in front of the server. */
  trustedProxies: readonly string[];
}

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
export function normalizeIp(value: string | null | undefined): string | null {
  if (!value) return null;
  let address = value.trim();
  if (address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) ? address.toLowerCase() : null;
}

export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.trim().split('/');
    const ip = normalizeIp(address);
    if (!ip) continue;
    const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(ip, family);
    else if (/^\d+$/.test(bits)) list.addSubnet(ip, Number(bits), family);
  }
  return list;
}

function isTrusted(list: BlockList, ip: string): boolean {
  return list.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address from the socket's peer address and, when the peer is a trusted
 * proxy, the forwarding header it wrote: walked from the right (the nearest proxy's entry),
 * skipping trusted proxies, since entries to the left of them may be forged by the client.
 */
export function resolveClientIp(
  peer: string | null | undefined,
  headers: { get(name: string): string | null },
  options: ClientIpOptions,
  trusted: BlockList = trustedProxyList(options.trustedProxies),
): string | null {
  const socket = normalizeIp(peer);
  if (!socket || !isTrusted(trusted, socket)) return socket;
  for (const name of options.ipHeaders.length ? options.ipHeaders : ['x-forwarded-for']) {
    const entries = (headers.get(name) ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
    if (!entries.length) continue;
    let nearest = socket;
    for (let i = entries.length - 1; i >= 0; i--) {
      const ip = normalizeIp(entries[i]);
      // Garbage in the header: the last address we can vouch for is the client.
      if (!ip) return nearest;
      if (!isTrusted(trusted, ip)) return ip;
      nearest = ip;
    }
    return nearest;
  }
  return socket;
}

/** The address the server entry resolved for this request, or null when it is unknown. */
export function clientIp(headers: { get(name: string): string | null }): string | null {
  return normalizeIp(headers.get(CLIENT_IP_HEADER));
}
