import 'server-only';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isSlug } from '@/lib/validation/fields';

export interface ReportableMeasure {
  id: string;
  slug: string;
  name: string;
  nameNn: string | null;
  nameEn: string | null;
}

/** The published measure a "Meld feil" form is about, or null (unknown, draft, archived). */
export async function getReportableMeasure(slug: string, prisma: PrismaClient = getPrisma()): Promise<ReportableMeasure | null> {
  if (!isSlug(slug)) return null;
  return prisma.measure.findFirst({ where: { slug, status: 'PUBLISHED' }, select: { id: true, slug: true, name: true, nameNn: true, nameEn: true } });
}
