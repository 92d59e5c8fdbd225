// Public forms are counted per client (hashed address) and per measure, in the shared
// rate_limit table (lib/http/rate-limit.ts). Each form's keys start with its name
// ("error-report:", "contact-request:").
import type { Tx } from '@/lib/services/types';
import { consumeWindow, keyedHash, type WindowLimit } from '@/lib/http/rate-limit';
import type { PublicForm } from './form-token';

export type Limit = WindowLimit;

export interface FormLimits {
  client: { max: number; windowMs: number };
  measure: { max: number; windowMs: number };
}

/** The client's address, hashed with the secret: the table never holds an IP address. */
export function clientKey(secret: string, form: PublicForm, address: string | null): string {
  return `${form}:client:${keyedHash(secret, `${form}-client`, address ?? 'unknown')}`;
}

export const measureKey = (form: PublicForm, measureId: string) => `${form}:measure:${measureId}`;

/**
 * Counts one request against the limit. Returns null when it was counted, or the minutes
 * until the window ends when the limit is reached (then nothing is counted).
 */
export async function hit(tx: Tx, limit: Limit, now: Date): Promise<number | null> {
  const endsInMs = await consumeWindow(tx, limit, now);
  return endsInMs === null ? null : Math.max(1, Math.ceil(endsInMs / 60_000));
}

export class RateLimited extends Error {
  constructor(readonly minutes: number) {
    super('rate limited');
  }
}

/**
 * Counts a submission against the client's and the measure's limits, inside the transaction
 * that stores it, so a refused one counts nowhere. Throws RateLimited when a limit is reached.
 */
export async function countSubmission(
  tx: Tx,
  { form, limits, secret, clientAddress, measureId }: { form: PublicForm; limits: FormLimits; secret: string; clientAddress: string | null; measureId: string },
  now: Date,
): Promise<void> {
  for (const limit of [
    { key: clientKey(secret, form, clientAddress), ...limits.client },
    { key: measureKey(form, measureId), ...limits.measure },
  ]) {
    const minutes = await hit(tx, limit, now);
    if (minutes !== null) throw new RateLimited(minutes);
  }
}
