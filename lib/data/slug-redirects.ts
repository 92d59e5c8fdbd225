import 'server-only';
import { CacheTag, cachedBy } from '@/lib/cache';
import { isSlug } from '@/lib/validation/fields';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * The current slug of a published measure that used to be called `oldSlug`, or null.
 * Old links keep working after an editor renames a measure.
 */
export async function findRenamedMeasureSlug(oldSlug: string, prisma: PrismaClient = getPrisma()): Promise<string | null> {
  'use cache';
  cachedBy(CacheTag.measures);
  if (!isSlug(oldSlug)) return null;
  const redirect = await prisma.slugRedirect.findUnique({
    where: { oldSlug },
    select: { measure: { select: { slug: true, status: true } } },
  });
  return redirect?.measure.status === 'PUBLISHED' ? redirect.measure.slug : null;
}
