// Calls a Better Auth endpoint from a server action through Better Auth's own request
// handler, as the browser would, so its rate limits and origin checks apply to forms that
// work without JavaScript too. (auth.api.* calls skip both.) Cookies it sets are passed on.
import 'server-only';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';
import { cookies, headers } from 'next/headers';
import { CLIENT_IP_HEADER } from '../http/client-ip';
import { getAuth, getAuthSettings } from '../auth';

/**
 * Request headers worth passing on: cookies, origin, fetch metadata, and the client address
 * as server.ts resolved it (never a forwarding header a client could have written).
 */
const FORWARDED = ['cookie', 'user-agent', 'origin', 'referer', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest', CLIENT_IP_HEADER];

export interface EndpointResult {
  status: number;
  body: Record<string, unknown> | null;
  /** Seconds until a rate limit lets the next attempt through. */
  retryAfter: number | null;
}

export async function callAuthEndpoint(path: string, body: Record<string, unknown>): Promise<EndpointResult> {
  const incoming = await headers();
  const settings = getAuthSettings();
  const forward = new Headers({ 'content-type': 'application/json' });
  for (const name of FORWARDED) {
    const value = incoming.get(name);
    if (value !== null) forward.set(name, value);
  }
  const url = new URL(`/api/auth${path}`, settings.baseURL);
  const response = await getAuth().handler(
    new Request(url, { method: 'POST', headers: forward, body: JSON.stringify(body) }),
  );

  const setCookie = response.headers.get('set-cookie');
  if (setCookie) {
    const jar = await cookies();
    for (const [name, attributes] of parseSetCookieHeader(setCookie)) {
      jar.set(name, attributes.value, toCookieOptions(attributes));
    }
  }
  const text = await response.text();
  let parsed: Record<string, unknown> | null = null;
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    parsed = null;
  }
  const retryAfter = Number(response.headers.get('x-retry-after'));
  return { status: response.status, body: parsed, retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null };
}
