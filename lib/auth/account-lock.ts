// The per-account sign-in limit (OWASP ASVS 2.2.1): failed passwords and two-step codes are
// counted per account, from whatever address they come. The first half of the allowed
// failures are free; after that each attempt must wait longer (1, 2, 4 … seconds after the
// last failure); at maxFailures the account is locked for lockMinutes, even for the right
// password. A successful sign-in clears the count. Counters are keyed by a keyed hash of the
// normalised email, so an address without an account behaves exactly like one with.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { keyedHash } from '../http/rate-limit';
import type { AccountLockPolicy } from './settings';

export type Refusal = { reason: 'locked' | 'slowDown'; retryAfterSeconds: number };
export type Outcome = 'success' | 'failure' | 'neutral';

interface Counter {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
  expiresAt: Date;
}

const MAX_DELAY_SECONDS = 60;

export function accountKey(secret: string, email: string): string {
  return keyedHash(secret, 'sign-in-account', email.trim().toLowerCase());
}

/** How long after the last failure the next attempt may come. */
function delayMs(failures: number, policy: AccountLockPolicy): number {
  const free = Math.ceil(policy.maxFailures / 2);
  return failures <= free ? 0 : Math.min(2 ** (failures - free - 1), MAX_DELAY_SECONDS) * 1000;
}

/** The counter as it stands: forgotten once it expired, and once its lock is over. */
function live(row: Counter | null, now: Date): Counter | null {
  if (!row || row.expiresAt <= now || (row.lockedUntil && row.lockedUntil <= now)) return null;
  return row;
}

function refusalOf(row: Counter | null, policy: AccountLockPolicy, now: Date): Refusal | null {
  if (!row) return null;
  const seconds = (until: number) => Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  if (row.lockedUntil) return { reason: 'locked', retryAfterSeconds: seconds(row.lockedUntil.getTime()) };
  const next = row.lastFailureAt.getTime() + delayMs(row.failures, policy);
  return next > now.getTime() ? { reason: 'slowDown', retryAfterSeconds: seconds(next) } : null;
}

/**
 * Lets one attempt through, or refuses it. An attempt let through is counted as a failure at
 * once, before the password is checked, so a burst of parallel guesses cannot all pass
 * together; settleAttempt() then clears the count or takes the attempt back.
 */
export async function admitAttempt(prisma: PrismaClient, key: string, policy: AccountLockPolicy, now: Date): Promise<Refusal | null> {
  return prisma.$transaction(async (tx) => {
    await tx.signInFailure.createMany({ data: [{ key, failures: 0, lastFailureAt: now, expiresAt: now }], skipDuplicates: true });
    await tx.$queryRaw`SELECT key FROM sign_in_failure WHERE key = ${key} FOR UPDATE`;
    const row = live(await tx.signInFailure.findUnique({ where: { key } }), now);
    const refusal = refusalOf(row, policy, now);
    if (refusal) return refusal;
    const failures = (row?.failures ?? 0) + 1;
    const forgetAt = new Date(now.getTime() + policy.lockMinutes * 60_000);
    await tx.signInFailure.update({
      where: { key },
      data: { failures, lastFailureAt: now, lockedUntil: failures >= policy.maxFailures ? forgetAt : null, lockNotified: false, expiresAt: forgetAt },
    });
    return null;
    // Generous waits: with the embedded database every transaction queues for one connection.
  }, { maxWait: 10_000, timeout: 15_000 });
}

/**
 * After the attempt: a sign-in clears the count; a refusal that was no failure (the password
 * was right but the code is still to come, or the account is deactivated) is taken back;
 * a failure stays counted. Returns when the lock ends if this failure started it, once per lock.
 */
export async function settleAttempt(
  prisma: PrismaClient,
  key: string,
  outcome: Outcome,
  policy: AccountLockPolicy,
  now: Date,
): Promise<Date | null> {
  if (outcome === 'success') {
    await prisma.signInFailure.deleteMany({ where: { key } });
    return null;
  }
  if (outcome === 'neutral') {
    await prisma.$executeRaw`
      UPDATE sign_in_failure SET
        failures = GREATEST(failures - 1, 0),
        locked_until = CASE WHEN failures - 1 >= ${policy.maxFailures} THEN locked_until ELSE NULL END
      WHERE key = ${key}`;
    return null;
  }
  const started = await prisma.signInFailure.updateMany({
    where: { key, lockedUntil: { gt: now }, lockNotified: false },
    data: { lockNotified: true },
  });
  if (started.count === 0) return null;
  return (await prisma.signInFailure.findUnique({ where: { key }, select: { lockedUntil: true } }))?.lockedUntil ?? null;
}

/** Until when sign-in to this address is locked, or null. */
export async function lockedUntil(prisma: PrismaClient | Prisma.TransactionClient, key: string, now: Date): Promise<Date | null> {
  const row = live(await prisma.signInFailure.findUnique({ where: { key } }), now);
  return row?.lockedUntil ?? null;
}
