import 'server-only';
import { CacheTag, cachedBy } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';

export interface NewsListItem {
  slug: string;
  title: string;
  body: string;
  publishedAt: string;
  measure: { slug: string; name: string } | null;
}

// `prisma` defaults to the app's database; tests pass their own.

/** Published news whose publication time has come. */
const publishedNow = () => ({ status: 'PUBLISHED' as const, publishedAt: { lte: new Date() } });

/**
 * Published news, newest first (all of it without a limit). A linked measure is given
 * only while it is itself published.
 */
export async function listLatestNews(limit?: number, prisma: PrismaClient = getPrisma()): Promise<NewsListItem[]> {
  'use cache';
  cachedBy(CacheTag.news, CacheTag.measures);
  const rows = await prisma.newsItem.findMany({
    where: publishedNow(),
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take: limit,
    select: {
      slug: true,
      title: true,
      body: true,
      publishedAt: true,
      measure: { select: { slug: true, name: true, status: true } },
    },
  });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    body: r.body,
    publishedAt: r.publishedAt.toISOString(),
    measure: r.measure?.status === 'PUBLISHED' ? { slug: r.measure.slug, name: r.measure.name } : null,
  }));
}

/** When the published news last changed, for the sitemap; null when there is none. */
export async function newsLastModified(prisma: PrismaClient = getPrisma()): Promise<string | null> {
  const { _max } = await prisma.newsItem.aggregate({ where: publishedNow(), _max: { updatedAt: true } });
  return _max.updatedAt?.toISOString() ?? null;
}
