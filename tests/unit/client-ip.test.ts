// The client's address for rate limits (lib/http/client-ip.ts): the socket's, unless the
// socket is a trusted proxy; then the forwarding header it wrote, read from the right.
import { describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, clientIp, normalizeIp, resolveClientIp } from '@/lib/http/client-ip';

const headers = (init: Record<string, string>) => new Headers(init);
const untrusted = { ipHeaders: [], trustedProxies: [] };

describe('resolveClientIp', () => {
  it('ignores forwarding headers by default: the address is the socket peer', () => {
    for (const forged of ['198.51.100.1', '198.51.100.2', '10.0.0.1, 198.51.100.3', 'not an address']) {
      expect(resolveClientIp('203.0.113.7', headers({ 'x-forwarded-for': forged, 'x-real-ip': forged }), untrusted)).toBe('203.0.113.7');
    }
  });

  it('ignores a two-address header from a client that is not a trusted proxy', () => {
    const options = { ipHeaders: ['x-forwarded-for'], trustedProxies: ['10.0.0.9'] };
    expect(resolveClientIp('203.0.113.7', headers({ 'x-forwarded-for': '1.1.1.1, 10.0.0.9' }), options)).toBe('203.0.113.7');
  });

  it('takes the real client from a trusted appending proxy, skipping forged entries to its left', () => {
    const options = { ipHeaders: ['x-forwarded-for'], trustedProxies: ['10.0.0.9'] };
    expect(resolveClientIp('10.0.0.9', headers({ 'x-forwarded-for': '6.6.6.6, 192.0.2.44' }), options)).toBe('192.0.2.44');
    expect(resolveClientIp('10.0.0.9', headers({ 'x-forwarded-for': '192.0.2.44' }), options)).toBe('192.0.2.44');
    // No header: the proxy itself is all we know.
    expect(resolveClientIp('10.0.0.9', headers({}), options)).toBe('10.0.0.9');
    // Garbage nearest to us: the last address we can vouch for.
    expect(resolveClientIp('10.0.0.9', headers({ 'x-forwarded-for': '192.0.2.44, junk' }), options)).toBe('10.0.0.9');
  });

  it('trusts CIDR ranges and chains of trusted proxies, and honours the named header', () => {
    const options = { ipHeaders: ['cf-connecting-ip'], trustedProxies: ['10.0.0.0/8', '2001:db8::/32'] };
    expect(resolveClientIp('10.2.3.4', headers({ 'cf-connecting-ip': '192.0.2.5', 'x-forwarded-for': '6.6.6.6' }), options)).toBe('192.0.2.5');
    expect(resolveClientIp('2001:db8::1', headers({ 'cf-connecting-ip': '10.9.9.9, 192.0.2.6, 10.1.1.1' }), options)).toBe('192.0.2.6');
    expect(resolveClientIp('11.0.0.1', headers({ 'cf-connecting-ip': '192.0.2.5' }), options)).toBe('11.0.0.1');
  });

  it('maps IPv4 on a dual-stack socket (::ffff:) to plain IPv4, also for trusted proxies', () => {
    expect(normalizeIp('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeIp('[2001:DB8::1]')).toBe('2001:db8::1');
    expect(normalizeIp('nope')).toBeNull();
    const options = { ipHeaders: [], trustedProxies: ['127.0.0.1'] };
    expect(resolveClientIp('::ffff:127.0.0.1', headers({ 'x-forwarded-for': '::ffff:192.0.2.9' }), options)).toBe('192.0.2.9');
  });

  it('reads the resolved address only from the server entry header', () => {
    expect(clientIp(headers({ [CLIENT_IP_HEADER]: '192.0.2.1', 'x-forwarded-for': '6.6.6.6' }))).toBe('192.0.2.1');
    expect(clientIp(headers({ 'x-forwarded-for': '6.6.6.6' }))).toBeNull();
  });
});
