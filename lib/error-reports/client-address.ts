// The visitor's address, only to count reports per client (it is hashed before it is
// stored). Read from the same headers sign-in uses (AUTH_IP_HEADERS, default
// X-Forwarded-For, then X-Real-IP).
import { isIP } from 'node:net';

export function clientAddress(
  headers: Headers,
  names: readonly string[] = [],
  trustedProxies: readonly string[] = [],
): string | null {
  for (const name of names.length ? names : ['x-forwarded-for', 'x-real-ip']) {
    const entries = (headers.get(name) ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    // Walk from the right: the last entry was written by the proxy nearest to us and cannot
    // be forged by the client; entries written by proxies we trust are skipped. (Exact
    // addresses only; a CIDR range in AUTH_TRUSTED_PROXIES is not expanded here.)
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i]!;
      if (trustedProxies.includes(entry) && i > 0) continue;
      if (isIP(entry)) return entry.toLowerCase();
      break;
    }
  }
  return null;
}
