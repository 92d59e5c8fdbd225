// The link in a confirmation mail: a random secret with an HMAC of it (the app's secret),
// so a forged or altered link is refused before the database is asked. Only the SHA-256 of
// the random part is stored: a copy of the database gives nobody a working link.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'confirmation-link';

const sign = (secret: string, raw: string) => createHmac('sha256', secret).update(`${PURPOSE}:${raw}`).digest('base64url');

export const hashToken = (raw: string) => createHash('sha256').update(raw).digest('hex');

/** A new link token and the hash to store for it. */
export function issueToken(secret: string): { token: string; hash: string } {
  const raw = randomBytes(32).toString('base64url');
  // No dot between the parts: a path with a dot is taken for a file and skips the locale routing.
  return { token: `${raw}${sign(secret, raw)}`, hash: hashToken(raw) };
}

/** The stored hash a token stands for, or null when it is malformed or its signature is wrong. */
export function tokenHash(secret: string, token: unknown): string | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const match = /^([A-Za-z0-9_-]{43})([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, raw, mac] = match as unknown as [string, string, string];
  const expected = Buffer.from(sign(secret, raw));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? hashToken(raw) : null;
}
