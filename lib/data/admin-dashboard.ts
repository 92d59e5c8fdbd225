import 'server-only';
import type { Actor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db';
import { dateColumn, osloDate } from '@/lib/domain/oslo-date';
import { staleBefore } from '@/lib/domain/stale';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { countContactRequests, type ContactRequestCounts } from './contact-requests';
import { latestOpenErrorReports } from './error-reports';

// What the admin dashboard shows: listings that need attention and recent activity. A
// provider sees only its own organisation's measures and proposals, and no audit log.

const LIST_LIMIT = 10;

export interface DashboardMeasure {
  id: string;
  slug: string;
  name: string;
  providerName: string;
  lastVerifiedAt: Date | null;
  updatedAt: Date;
}

export interface DashboardChangeRequest {
  id: string;
  measureId: string;
  measureName: string;
  providerName: string;
  proposedBy: string | null;
  createdAt: Date;
}

export interface DashboardAuditEntry {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  userEmail: string | null;
  createdAt: Date;
}

export interface DashboardErrorReport {
  id: string;
  measureName: string;
  message: string;
  createdAt: Date;
}

export interface Listing<T> {
  total: number;
  items: T[];
}

export interface Dashboard {
  stale: Listing<DashboardMeasure>;
  drafts: Listing<DashboardMeasure>;
  pendingChanges: Listing<DashboardChangeRequest>;
  /** Null for providers, who do not see the audit log. */
  recentChanges: DashboardAuditEntry[] | null;
  /** Visitors' open error reports, newest first; null for providers, who do not see them. */
  openErrorReports: Listing<DashboardErrorReport> | null;
  /** Requests to be contacted: counts and delivery status only, never content; null for providers. */
  contactRequests: ContactRequestCounts | null;
}

const measureSelect = {
  id: true,
  slug: true,
  name: true,
  lastVerifiedAt: true,
  updatedAt: true,
  provider: { select: { name: true } },
} satisfies Prisma.MeasureSelect;

type MeasureRow = Prisma.MeasureGetPayload<{ select: typeof measureSelect }>;
const toMeasure = ({ provider, ...row }: MeasureRow): DashboardMeasure => ({ ...row, providerName: provider.name });

export async function getDashboard(
  actor: Actor,
  prisma: PrismaClient = getPrisma(),
  now: Date = new Date(),
): Promise<Dashboard> {
  // A provider without an organisation sees nothing (the guard refuses it anyway).
  const own: Prisma.MeasureWhereInput =
    actor.role === 'provider' ? { providerId: actor.providerId ?? '00000000-0000-0000-0000-000000000000' } : {};
  const staleWhere: Prisma.MeasureWhereInput = {
    ...own,
    status: { not: 'ARCHIVED' },
    OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: dateColumn(staleBefore(osloDate(now))) } }],
  };
  const draftWhere: Prisma.MeasureWhereInput = { ...own, status: 'DRAFT' };
  const changeWhere: Prisma.ChangeRequestWhereInput = {
    status: 'PENDING',
    ...(actor.role === 'provider' ? { providerId: own.providerId as string } : {}),
  };

  const [staleTotal, staleRows, draftTotal, draftRows, changeTotal, changeRows, auditRows, reports, contactRequests] = await Promise.all([
    prisma.measure.count({ where: staleWhere }),
    prisma.measure.findMany({
      where: staleWhere,
      select: measureSelect,
      orderBy: [{ lastVerifiedAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
      take: LIST_LIMIT,
    }),
    prisma.measure.count({ where: draftWhere }),
    prisma.measure.findMany({ where: draftWhere, select: measureSelect, orderBy: { updatedAt: 'desc' }, take: LIST_LIMIT }),
    prisma.changeRequest.count({ where: changeWhere }),
    prisma.changeRequest.findMany({
      where: changeWhere,
      select: {
        id: true,
        measureId: true,
        createdAt: true,
        measure: { select: { name: true } },
        provider: { select: { name: true } },
        proposedBy: { select: { name: true } },
      },
      orderBy: { createdAt: 'asc' },
      take: LIST_LIMIT,
    }),
    actor.role === 'provider'
      ? Promise.resolve(null)
      : prisma.auditEntry.findMany({
          select: { id: true, entityType: true, entityId: true, action: true, userEmail: true, createdAt: true },
          orderBy: { createdAt: 'desc' },
          take: LIST_LIMIT,
        }),
    latestOpenErrorReports(actor, 5, prisma),
    actor.role === 'provider' ? Promise.resolve(null) : countContactRequests(prisma, now),
  ]);

  return {
    stale: { total: staleTotal, items: staleRows.map(toMeasure) },
    drafts: { total: draftTotal, items: draftRows.map(toMeasure) },
    pendingChanges: {
      total: changeTotal,
      items: changeRows.map((row) => ({
        id: row.id,
        measureId: row.measureId,
        measureName: row.measure.name,
        providerName: row.provider.name,
        proposedBy: row.proposedBy?.name ?? null,
        createdAt: row.createdAt,
      })),
    },
    recentChanges: auditRows,
    openErrorReports: reports && {
      total: reports.total,
      items: reports.items.map(({ id, measureName, message, createdAt }) => ({ id, measureName, message, createdAt })),
    },
    contactRequests,
  };
}
