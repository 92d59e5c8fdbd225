import 'server-only';
import { CacheTag, cachedBy } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { MeasureListItem } from './measures';

/**
 * The offers for relatives (the page "For pårørende"): published measures made for them
 * (kind FOR_RELATIVES) or open to them (target group RELATIVES). Running measures first,
 * planned ones last, each by name. Raw SQL because Prisma's array filters on enum arrays
 * fail on PGlite.
 */
export async function listRelativesMeasures(prisma: PrismaClient = getPrisma()): Promise<MeasureListItem[]> {
  'use cache';
  cachedBy(CacheTag.measures, CacheTag.providers);
  return prisma.$queryRaw<MeasureListItem[]>`
    SELECT m.slug, m.name, m.summary, m.name_nn AS "nameNn", m.name_en AS "nameEn", m.summary_nn AS "summaryNn",
      m.summary_en AS "summaryEn", m.kind::text AS kind, m.districts::text[] AS districts, m.citywide,
      p.name AS "providerName", m.planned
    FROM measure m JOIN provider p ON p.id = m.provider_id
    WHERE m.status = 'PUBLISHED' AND (m.kind = 'FOR_RELATIVES' OR 'RELATIVES' = ANY(m.target_groups::text[]))
    ORDER BY m.planned, m.name, m.slug`;
}
