import 'server-only';
import { CacheTag, cachedBy } from '@/lib/cache';
import { isSlug } from '@/lib/validation/fields';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ProviderType } from '@/lib/generated/prisma/enums';
import type { TranslationColumns } from '@/lib/i18n/content';
import type { MeasureListItem } from './measures';

// Read-only views of providers for the public pages. Providers have no publication
// status of their own; what they show of their measures is only what is published.

export interface ProviderListItem {
  slug: string;
  name: string;
  type: ProviderType;
  measureCount: number;
}

/** A provider with its description's translations; the page picks the visitor's language. */
export interface ProviderDetail extends TranslationColumns<'description'> {
  slug: string;
  name: string;
  type: ProviderType;
  description: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  measures: MeasureListItem[];
}

/** Providers with at least one published measure, by name, with how many they have. */
export async function listProviders(prisma: PrismaClient = getPrisma()): Promise<ProviderListItem[]> {
  'use cache';
  cachedBy(CacheTag.providers, CacheTag.measures);
  const rows = await prisma.provider.findMany({
    where: { measures: { some: { status: 'PUBLISHED' } } },
    select: {
      slug: true,
      name: true,
      type: true,
      _count: { select: { measures: { where: { status: 'PUBLISHED' } } } },
    },
    orderBy: [{ name: 'asc' }, { slug: 'asc' }],
  });
  return rows.map(({ _count, ...r }) => ({ ...r, measureCount: _count.measures }));
}

/** A provider by slug with its published measures, or null for an unknown slug. */
export async function getProvider(slug: string, prisma: PrismaClient = getPrisma()): Promise<ProviderDetail | null> {
  'use cache';
  cachedBy(CacheTag.providers, CacheTag.measures);
  if (!isSlug(slug)) return null;
  const row = await prisma.provider.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      type: true,
      description: true,
      descriptionNn: true,
      descriptionEn: true,
      phone: true,
      email: true,
      website: true,
      measures: {
        where: { status: 'PUBLISHED' },
        // Planned measures (not started yet) after the running ones.
        orderBy: [{ planned: 'asc' }, { name: 'asc' }, { slug: 'asc' }],
        select: {
          slug: true, name: true, summary: true, nameNn: true, nameEn: true, summaryNn: true, summaryEn: true,
          kind: true, districts: true, citywide: true, planned: true,
        },
      },
    },
  });
  if (!row) return null;
  return { ...row, measures: row.measures.map((m) => ({ ...m, providerName: row.name })) };
}

/** Slugs and last changes of the providers listed by `listProviders`, for the sitemap. */
export async function listProviderSlugs(
  prisma: PrismaClient = getPrisma(),
): Promise<{ slug: string; updatedAt: string }[]> {
  const rows = await prisma.provider.findMany({
    where: { measures: { some: { status: 'PUBLISHED' } } },
    select: { slug: true, updatedAt: true },
    orderBy: { slug: 'asc' },
  });
  return rows.map((r) => ({ slug: r.slug, updatedAt: r.updatedAt.toISOString() }));
}
