// Fixed-window counters in the shared rate_limit table (Better Auth keeps its sign-in
// counters there too), so every server instance counts the same reports. Our keys start
// with "error-report:"; for them last_request holds the start of the current window.
import { createHmac, randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/admin/types';

export interface Limit {
  key: string;
  max: number;
  windowMs: number;
}

export const CLIENT_LIMIT = { max: 5, windowMs: 10 * 60 * 1000 };
export const MEASURE_LIMIT = { max: 20, windowMs: 60 * 60 * 1000 };

/** The client's address, hashed with the secret: the table never holds an IP address. */
export function clientKey(secret: string, address: string | null): string {
  const hash = createHmac('sha256', secret).update(`error-report-client:${address ?? 'unknown'}`).digest('base64url');
  return `error-report:client:${hash.slice(0, 32)}`;
}

export const measureKey = (measureId: string) => `error-report:measure:${measureId}`;

/**
 * Counts one request against the limit, atomically. Returns null when it was counted, or
 * the minutes until the window ends when the limit is reached (then nothing is counted).
 */
export async function hit(tx: Tx, limit: Limit, now: Date): Promise<number | null> {
  const nowMs = BigInt(now.getTime());
  const windowStartBefore = nowMs - BigInt(limit.windowMs);
  const counted = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit (id, key, count, last_request)
    VALUES (${randomUUID()}, ${limit.key}, 1, ${nowMs})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit.last_request <= ${windowStartBefore} THEN 1 ELSE rate_limit.count + 1 END,
      last_request = CASE WHEN rate_limit.last_request <= ${windowStartBefore} THEN ${nowMs} ELSE rate_limit.last_request END
    WHERE rate_limit.last_request <= ${windowStartBefore} OR rate_limit.count < ${limit.max}
    RETURNING count`;
  if (counted.length > 0) return null;
  const row = await tx.rateLimit.findUnique({ where: { key: limit.key }, select: { lastRequest: true } });
  const endsInMs = Number((row?.lastRequest ?? nowMs) + BigInt(limit.windowMs) - nowMs);
  return Math.max(1, Math.ceil(endsInMs / 60_000));
}
