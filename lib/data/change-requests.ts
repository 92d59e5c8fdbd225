import 'server-only';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ChangeRequestStatus } from '@/lib/generated/prisma/enums';
import { diffFields, type FieldChange } from '@/lib/services/audit';
import { isEditor, type Actor } from '@/lib/services/types';
import { CONTENT_FIELDS, type MeasureContent } from '@/lib/validation/measure';
import { loadMeasureSnapshot } from './measures';

// Providers' proposed changes as editors review them: each against the measure as it is now.
// A provider sees only its own organisation's proposals.

export interface ChangeRequestView {
  id: string;
  status: ChangeRequestStatus;
  measure: { id: string; name: string; slug: string; version: number };
  providerName: string;
  proposedBy: string | null;
  baseVersion: number;
  note: string | null;
  createdAt: string;
  reviewedAt: string | null;
  /** Each proposed field against the measure as it is now (before = now, after = proposed). */
  diff: FieldChange[];
  /** The measure changed after the proposal was made. */
  stale: boolean;
}

export async function listChangeRequests(
  actor: Actor,
  status: ChangeRequestStatus | null = 'PENDING',
  prisma: PrismaClient = getPrisma(),
): Promise<ChangeRequestView[]> {
  if (!isEditor(actor) && !actor.providerId) return [];
  const rows = await prisma.changeRequest.findMany({
    where: { ...(status ? { status } : {}), ...(isEditor(actor) ? {} : { providerId: actor.providerId! }) },
    orderBy: { createdAt: status === 'PENDING' ? 'asc' : 'desc' },
    take: 200,
    include: { provider: { select: { name: true } }, proposedBy: { select: { email: true } } },
  });
  const views: ChangeRequestView[] = [];
  for (const r of rows) {
    const current = await loadMeasureSnapshot(prisma, r.measureId);
    if (!current) continue;
    views.push({
      id: r.id,
      status: r.status,
      measure: { id: current.id, name: current.name, slug: current.slug, version: current.version },
      providerName: r.provider.name,
      proposedBy: r.proposedBy?.email ?? null,
      baseVersion: r.baseVersion,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      diff: diffFields(current as MeasureContent, r.data as unknown as MeasureContent, CONTENT_FIELDS),
      stale: current.version !== r.baseVersion,
    });
  }
  return views;
}

/** How many proposals for this measure wait for an editor. */
export async function countPendingProposals(measureId: string, prisma: PrismaClient = getPrisma()): Promise<number> {
  return prisma.changeRequest.count({ where: { measureId, status: 'PENDING' } });
}
