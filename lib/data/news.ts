import 'server-only';
import { CacheTag, cachedBy } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { NewsText, TranslationColumns } from '@/lib/i18n/content';

/** A news item with its texts' translations; the page picks the visitor's language. */
export interface NewsListItem extends TranslationColumns<NewsText> {
  slug: string;
  title: string;
  body: string;
  publishedAt: string;
  measure: ({ slug: string; name: string } & TranslationColumns<'name'>) | null;
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
      titleNn: true,
      titleEn: true,
      bodyNn: true,
      bodyEn: true,
      publishedAt: true,
      measure: { select: { slug: true, name: true, nameNn: true, nameEn: true, status: true } },
    },
  });
  return rows.map(({ measure, publishedAt, ...r }) => ({
    ...r,
    publishedAt: publishedAt.toISOString(),
    measure: measure?.status === 'PUBLISHED' ? { slug: measure.slug, name: measure.name, nameNn: measure.nameNn, nameEn: measure.nameEn } : null,
  }));
}

/** When the published news last changed, for the sitemap; null when there is none. */
export async function newsLastModified(prisma: PrismaClient = getPrisma()): Promise<string | null> {
  const { _max } = await prisma.newsItem.aggregate({ where: publishedNow(), _max: { updatedAt: true } });
  return _max.updatedAt?.toISOString() ?? null;
}
