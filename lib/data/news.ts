import 'server-only';
import { getPrisma } from '@/lib/db';

export interface NewsListItem {
  slug: string;
  title: string;
  body: string;
  publishedAt: string;
  measure: { slug: string; name: string } | null;
}

/** Published news, newest first; a linked measure only while it is itself published. */
export async function listLatestNews(limit = 3): Promise<NewsListItem[]> {
  const rows = await getPrisma().newsItem.findMany({
    where: { status: 'PUBLISHED', publishedAt: { lte: new Date() } },
    orderBy: { publishedAt: 'desc' },
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
