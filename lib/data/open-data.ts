import 'server-only';
import type { Fact } from '@/lib/catalogue/facts';
import { searchCatalogue } from '@/lib/data/catalogue';
import { findMeasureRecords, type MeasureRecord } from '@/lib/data/measures';
import { getPrisma } from '@/lib/db';
import { osloDate } from '@/lib/domain/oslo-date';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { MeasureListRequest, Paging } from '@/lib/validation/api-query';
import { isSlug } from '@/lib/validation/fields';

// Reads for the open-data API (app/api/v1, app/api/hsds): published measures only, with
// everything a public page shows of them and nothing more (no source notes, drafts,
// audit entries or people's accounts). The API's JSON shapes are made from these plain
// objects by lib/open-data/v1.ts and lib/open-data/hsds.ts. `prisma` defaults to the
// app's database; tests pass their own.

/** A measure as the API gives it: the measure record without editors' notes, bookkeeping and the address for confirmation requests, texts' translations grouped by language. */
function toOpenMeasure(record: MeasureRecord) {
  const {
    providerId: _p, sourceNote: _s, status: _st, version: _v, updatesEmail: _u,
    nameNn, summaryNn, descriptionNn, howToStartNn, nameEn, summaryEn, descriptionEn, howToStartEn,
    ...measure
  } = record;
  return {
    ...measure,
    translations: {
      nn: { name: nameNn, summary: summaryNn, description: descriptionNn, howToStart: howToStartNn },
      en: { name: nameEn, summary: summaryEn, description: descriptionEn, howToStart: howToStartEn },
    },
  };
}
export type OpenMeasure = ReturnType<typeof toOpenMeasure>;
export type OpenLocation = OpenMeasure['locations'][number];

export interface PageOf<T> {
  total: number;
  items: T[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether a path segment can be an id at all; lookups skip the database when it cannot. */
const isUuid = (value: string) => UUID.test(value);

const PUBLISHED = { status: 'PUBLISHED' } as const;

/** Published measures matching `where`, with hours still to come (past exceptions are of no use). */
async function loadMeasures(prisma: PrismaClient, where: Prisma.MeasureWhereInput, now: Date, page?: Paging): Promise<OpenMeasure[]> {
  const records = await findMeasureRecords(prisma, { ...where, ...PUBLISHED }, {
    exceptionsFrom: osloDate(now),
    ...(page ? { skip: (page.page - 1) * page.perPage, take: page.perPage } : {}),
  });
  return records.map(toOpenMeasure);
}

/** A search result: the measure, its tier, and the searched-for facts it does not give. */
export type FoundOpenMeasure = OpenMeasure & { match: 'exact' | 'possible'; unknownFacts: Fact[]; distanceKm: number | null };

/**
 * The catalogue's search (same filters, words, tiers, order and total), a page of
 * `perPage`. The catalogue decides which measures and in what order; this only adds their
 * details.
 */
export async function searchOpenMeasures(
  request: MeasureListRequest,
  now = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<PageOf<FoundOpenMeasure>> {
  const found = await searchCatalogue({ ...request.query, page: request.page }, now, prisma, request.perPage, request.match);
  const details = new Map((await loadMeasures(prisma, { id: { in: found.items.map((i) => i.id) } }, now)).map((m) => [m.id, m]));
  return {
    total: found.total,
    items: found.items.flatMap((i) => {
      const m = details.get(i.id);
      return m ? [{ ...m, match: i.match, unknownFacts: i.unknown, distanceKm: i.distanceKm }] : [];
    }),
  };
}

/** Every published measure by name, a page at a time or (without `page`) all of them. */
export async function listOpenMeasures(
  page?: Paging,
  now = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<PageOf<OpenMeasure>> {
  const [total, items] = await Promise.all([prisma.measure.count({ where: PUBLISHED }), loadMeasures(prisma, {}, now, page)]);
  return { total, items };
}

/** A published measure by slug or id, or null (unknown, draft and archived alike). */
export async function getOpenMeasure(
  key: { slug: string } | { id: string },
  now = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<OpenMeasure | null> {
  if ('id' in key && !isUuid(key.id)) return null;
  if ('slug' in key && !isSlug(key.slug)) return null;
  const [measure] = await loadMeasures(prisma, key, now);
  return measure ?? null;
}

/** The published measures of one provider, by name. */
export async function listProviderOpenMeasures(
  providerId: string,
  now = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<OpenMeasure[]> {
  return loadMeasures(prisma, { providerId }, now);
}

// Providers are listed only while they have a published measure: a provider whose only
// measures are drafts may not be public yet.
const HAS_PUBLISHED = { measures: { some: PUBLISHED } };
const PROVIDER_SELECT = {
  id: true,
  slug: true,
  name: true,
  type: true,
  description: true,
  descriptionNn: true,
  descriptionEn: true,
  phone: true,
  email: true,
  website: true,
  updatedAt: true,
  _count: { select: { measures: { where: PUBLISHED } } },
} as const;

type ProviderRow = Prisma.ProviderGetPayload<{ select: typeof PROVIDER_SELECT }>;
const toProvider = ({ _count, updatedAt, descriptionNn, descriptionEn, ...p }: ProviderRow) => ({
  ...p,
  translations: { nn: { description: descriptionNn }, en: { description: descriptionEn } },
  updatedAt: updatedAt.toISOString(),
  measureCount: _count.measures,
});
export type OpenProvider = ReturnType<typeof toProvider>;

/** Providers with a published measure, by name, a page at a time or all of them. */
export async function listOpenProviders(page?: Paging, prisma: PrismaClient = getPrisma()): Promise<PageOf<OpenProvider>> {
  const [total, rows] = await Promise.all([
    prisma.provider.count({ where: HAS_PUBLISHED }),
    prisma.provider.findMany({
      where: HAS_PUBLISHED,
      select: PROVIDER_SELECT,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      ...(page ? { skip: (page.page - 1) * page.perPage, take: page.perPage } : {}),
    }),
  ]);
  return { total, items: rows.map(toProvider) };
}

/** A provider with a published measure, by slug or id, or null. */
export async function getOpenProvider(
  key: { slug: string } | { id: string },
  prisma: PrismaClient = getPrisma(),
): Promise<OpenProvider | null> {
  if ('id' in key && !isUuid(key.id)) return null;
  if ('slug' in key && !isSlug(key.slug)) return null;
  const row = await prisma.provider.findFirst({ where: { ...key, ...HAS_PUBLISHED }, select: PROVIDER_SELECT });
  return row ? toProvider(row) : null;
}
