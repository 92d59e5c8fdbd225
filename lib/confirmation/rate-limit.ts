// The link pages and their answers are counted per client (hashed address) in the shared
// rate_limit table: a link is a secret, and guessing is made slow as well as hopeless.
import { keyedHash, consumeWindow } from '@/lib/http/rate-limit';
import type { PrismaClient } from '@/lib/generated/prisma/client';

export const LINK_LIMIT = { max: 30, windowMs: 10 * 60 * 1000 };

/** Null when counted, else the minutes to wait. */
export async function hitLinkLimit(prisma: PrismaClient, secret: string, address: string | null, now = new Date()): Promise<number | null> {
  const key = `confirmation:client:${keyedHash(secret, 'confirmation-client', address ?? 'unknown')}`;
  const waitMs = await consumeWindow(prisma, { key, ...LINK_LIMIT }, now);
  return waitMs === null ? null : Math.max(1, Math.ceil(waitMs / 60_000));
}
