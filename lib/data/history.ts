import 'server-only';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType, FieldChange } from '@/lib/services/audit';

// An item's audit log, newest first: who changed what, and each field before and after.

export interface HistoryEntry {
  id: string;
  action: string;
  version: number | null;
  userEmail: string | null;
  createdAt: string;
  changes: FieldChange[];
}

export async function listHistory(entityType: EntityType, entityId: string, prisma: PrismaClient = getPrisma()): Promise<HistoryEntry[]> {
  const rows = await prisma.auditEntry.findMany({
    where: { entityType, entityId },
    orderBy: [{ createdAt: 'desc' }, { version: 'desc' }],
    select: { id: true, action: true, version: true, userEmail: true, createdAt: true, changes: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), changes: r.changes as unknown as FieldChange[] }));
}
