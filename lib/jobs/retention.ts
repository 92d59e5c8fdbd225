// Removes personal data whose time is up (README, "Data protection"). Each statement touches
// only rows already past their period, so running it again, or from two places at once,
// changes nothing more. Run every hour by the server's job queue (./registry.ts)
// and by `npm run jobs:retention` from cron.
import { env, type Env } from '@/lib/env';
import { pruneRateLimits } from '@/lib/http/rate-limit';
import type { PrismaClient } from '@/lib/generated/prisma/client';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionPolicy {
  /** Days after a report is handled before its reporter's contact details go. */
  errorReportContactDays: number;
  /** A session ends this long after sign-in at the latest, however active. */
  sessionAbsoluteSeconds: number;
  /** Days an undelivered contact request is kept at most (README, "Contact requests"). */
  contactRequestDays: number;
}

/** Days a contact request's receipt (measure, times, status; no details) is kept for the dashboard's counts. */
export const CONTACT_RECEIPT_DAYS = 31;

export interface RetentionCounts {
  errorReportContactsErased: number;
  sessionsDeleted: number;
  verificationsDeleted: number;
  rateLimitsDeleted: number;
  signInFailuresDeleted: number;
  contactRequestsExpired: number;
  contactReceiptsDeleted: number;
}

export function retentionPolicyFromEnv(from: Env = env): RetentionPolicy {
  return {
    errorReportContactDays: from.ERROR_REPORT_CONTACT_RETENTION_DAYS,
    sessionAbsoluteSeconds: Math.round(from.AUTH_ABSOLUTE_HOURS * 3600),
    contactRequestDays: from.CONTACT_REQUEST_RETENTION_DAYS,
  };
}

export async function runRetention(
  prisma: PrismaClient,
  now: Date = new Date(),
  policy: RetentionPolicy = retentionPolicyFromEnv(),
): Promise<RetentionCounts> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const erased = await prisma.errorReport.updateMany({
    where: {
      handledAt: { lte: before(policy.errorReportContactDays * DAY_MS) },
      OR: [{ contactName: { not: null } }, { contact: { not: null } }],
    },
    data: { contactName: null, contact: null, contactErasedAt: now },
  });
  // The guard also deletes a session it finds expired, but one never used again stays until here.
  const sessions = await prisma.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { createdAt: { lte: before(policy.sessionAbsoluteSeconds * 1000) } }] },
  });
  // Password-reset tokens, single sign-on marks, used TOTP codes: all useless once expired.
  const verifications = await prisma.verification.deleteMany({ where: { expiresAt: { lte: now } } });
  // Contact requests not delivered in time: the sealed details go, a receipt stays for the counts.
  const expired = await prisma.contactRequest.updateMany({
    where: { status: 'WAITING', createdAt: { lte: before(policy.contactRequestDays * DAY_MS) } },
    data: { status: 'EXPIRED', sealed: null, settledAt: now },
  });
  const receipts = await prisma.contactRequest.deleteMany({ where: { settledAt: { lte: before(CONTACT_RECEIPT_DAYS * DAY_MS) } } });
  // Hashed addresses and emails of rate limits and sign-in locks whose window has ended.
  const counters = await pruneRateLimits(prisma, now);
  return {
    errorReportContactsErased: erased.count,
    sessionsDeleted: sessions.count,
    verificationsDeleted: verifications.count,
    rateLimitsDeleted: counters.rateLimits,
    signInFailuresDeleted: counters.signInFailures,
    contactRequestsExpired: expired.count,
    contactReceiptsDeleted: receipts.count,
  };
}

/**
 * The error's code and the last line of its message (Prisma puts the cause there, e.g.
 * "Can't reach database server"). The job's queries carry dates, never personal data.
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const code = (error as { code?: unknown }).code;
  const line = error.message.split('\n').findLast((l) => l.trim()) ?? '';
  return `${typeof code === 'string' ? code : error.name}: ${line.trim().slice(0, 200)}`;
}
