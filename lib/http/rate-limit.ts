// Fixed-window counters in the shared rate_limit table, so every server instance counts the
// same requests: sign-in's per-address limits (lib/auth/rate-limit.ts) and error reports'
// (lib/public-forms/rate-limit.ts). last_request holds the END of the current window, so
// a row says itself when it may be forgotten, whatever limit wrote it.
import { createHmac, randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

type Tx = PrismaClient | Prisma.TransactionClient;

export interface WindowLimit {
  key: string;
  max: number;
  windowMs: number;
}

/**
 * A keyed hash (HMAC with the app's secret) of something we must count by but not store,
 * such as a client's address or an email address. `purpose` keeps the kinds apart.
 */
export function keyedHash(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('base64url').slice(0, 32);
}

/**
 * Counts one request against the limit, atomically. Returns null when it was counted, or
 * the milliseconds until the window ends when the limit is reached (then nothing is counted).
 */
export async function consumeWindow(tx: Tx, limit: WindowLimit, now: Date): Promise<number | null> {
  const nowMs = BigInt(now.getTime());
  const endsAt = nowMs + BigInt(limit.windowMs);
  const counted = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit (id, key, count, last_request)
    VALUES (${randomUUID()}, ${limit.key}, 1, ${endsAt})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit.last_request <= ${nowMs} THEN 1 ELSE rate_limit.count + 1 END,
      last_request = CASE WHEN rate_limit.last_request <= ${nowMs} THEN ${endsAt} ELSE rate_limit.last_request END
    WHERE rate_limit.last_request <= ${nowMs} OR rate_limit.count < ${limit.max}
    RETURNING count`;
  if (counted.length > 0) return null;
  const row = await tx.rateLimit.findUnique({ where: { key: limit.key }, select: { lastRequest: true } });
  return Math.max(1, Number((row?.lastRequest ?? endsAt) - nowMs));
}

/**
 * Forgets counters whose time has passed: rate-limit windows that have ended, and per-account
 * sign-in failures (lib/auth/account-lock.ts) past their expiry. For the retention job.
 */
export async function pruneRateLimits(prisma: PrismaClient, now: Date): Promise<{ rateLimits: number; signInFailures: number }> {
  const rateLimits = await prisma.rateLimit.deleteMany({ where: { lastRequest: { lte: BigInt(now.getTime()) } } });
  const signInFailures = await prisma.signInFailure.deleteMany({
    where: { expiresAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
  });
  return { rateLimits: rateLimits.count, signInFailures: signInFailures.count };
}
