import 'server-only';
import { getPrisma } from '@/lib/db';
import { isoDay } from '@/lib/domain/oslo-date';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { z } from 'zod';

// What the admin pages read of news items (editors only; the pages check the role).

export async function listAdminNews(prisma: PrismaClient = getPrisma()) {
  const rows = await prisma.newsItem.findMany({
    select: { id: true, slug: true, title: true, status: true, publishedAt: true, measure: { select: { name: true } } },
    orderBy: { publishedAt: 'desc' },
    take: 500,
  });
  return rows.map((r) => ({ ...r, publishedAt: isoDay(r.publishedAt)!, measureName: r.measure?.name ?? null }));
}

export async function getNewsForEdit(id: string, prisma: PrismaClient = getPrisma()) {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await prisma.newsItem.findUnique({ where: { id }, select: { id: true, slug: true, title: true, body: true, titleNn: true, titleEn: true, bodyNn: true, bodyEn: true, status: true, publishedAt: true, measureId: true, updatedAt: true } });
  return row ? { ...row, publishedAt: isoDay(row.publishedAt)!, updatedAt: row.updatedAt.toISOString() } : null;
}
