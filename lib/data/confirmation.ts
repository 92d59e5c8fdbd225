import 'server-only';
// Confirmation requests as the admin area and the public measure page read them.
import { CacheTag, cachedBy } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import { isoDay } from '@/lib/domain/oslo-date';
import type { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * "Ikke bekreftet siden <dato>": the date a published measure was last confirmed (else
 * created) when the daily job has marked its request unanswered and nobody confirmed it since;
 * otherwise null. The mark is stored by the job (its clock), so the page only reads it.
 */
export async function getUnansweredSince(slug: string, prisma: PrismaClient = getPrisma()): Promise<string | null> {
  'use cache';
  cachedBy(CacheTag.measures);
  const measure = await prisma.measure.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: {
      lastVerifiedAt: true, createdAt: true,
      confirmationItems: { where: { unansweredAt: { not: null }, answeredAt: null }, select: { dueOn: true }, orderBy: { dueOn: 'desc' }, take: 1 },
    },
  });
  const item = measure?.confirmationItems[0];
  if (!measure || !item) return null;
  if (measure.lastVerifiedAt && measure.lastVerifiedAt >= item.dueOn) return null;
  return isoDay(measure.lastVerifiedAt) ?? isoDay(measure.createdAt);
}

/** A measure's requests and answers, newest first (its history page). */
export async function listMeasureConfirmations(measureId: string, prisma: PrismaClient = getPrisma()) {
  const items = await prisma.confirmationItem.findMany({
    where: { measureId },
    include: { request: { select: { kind: true, email: true, sentAt: true, reminderSentAt: true, createdAt: true } } },
    orderBy: { request: { createdAt: 'desc' } },
  });
  return items.map(({ request, ...item }) => ({ ...item, ...request, requestId: item.requestId }));
}

/** For the dashboard: measures marked "Ubesvart", and requests still open. */
export async function getConfirmationOverview(providerId: string | null, prisma: PrismaClient = getPrisma(), limit = 10) {
  const own = providerId ? { measure: { providerId } } : {};
  const unansweredWhere = { unansweredAt: { not: null }, answeredAt: null, measure: { status: { not: 'ARCHIVED' as const }, ...(providerId ? { providerId } : {}) } };
  const [unansweredTotal, unanswered, openTotal, open] = await Promise.all([
    prisma.confirmationItem.count({ where: unansweredWhere }),
    prisma.confirmationItem.findMany({ where: unansweredWhere, include: { measure: { select: { id: true, name: true, lastVerifiedAt: true, provider: { select: { name: true } } } } }, orderBy: { dueOn: 'asc' }, take: limit }),
    prisma.confirmationItem.count({ where: { answeredAt: null, unansweredAt: null, request: { usedAt: null }, ...own } }),
    prisma.confirmationItem.findMany({
      where: { answeredAt: null, unansweredAt: null, request: { usedAt: null }, ...own },
      include: { measure: { select: { id: true, name: true, provider: { select: { name: true } } } }, request: { select: { sentAt: true } } },
      orderBy: { dueOn: 'asc' }, take: limit,
    }),
  ]);
  return { unanswered: { total: unansweredTotal, items: unanswered }, open: { total: openTotal, items: open } };
}
