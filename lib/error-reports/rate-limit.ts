// Error reports are counted per client (hashed address) and per measure, in the shared
// rate_limit table (lib/http/rate-limit.ts). Our keys start with "error-report:".
import type { Tx } from '@/lib/services/types';
import { consumeWindow, keyedHash, type WindowLimit } from '@/lib/http/rate-limit';

export type Limit = WindowLimit;

export const CLIENT_LIMIT = { max: 5, windowMs: 10 * 60 * 1000 };
export const MEASURE_LIMIT = { max: 20, windowMs: 60 * 60 * 1000 };

/** The client's address, hashed with the secret: the table never holds an IP address. */
export function clientKey(secret: string, address: string | null): string {
  return `error-report:client:${keyedHash(secret, 'error-report-client', address ?? 'unknown')}`;
}

export const measureKey = (measureId: string) => `error-report:measure:${measureId}`;

/**
 * Counts one request against the limit. Returns null when it was counted, or the minutes
 * until the window ends when the limit is reached (then nothing is counted).
 */
export async function hit(tx: Tx, limit: Limit, now: Date): Promise<number | null> {
  const endsInMs = await consumeWindow(tx, limit, now);
  return endsInMs === null ? null : Math.max(1, Math.ceil(endsInMs / 60_000));
}
