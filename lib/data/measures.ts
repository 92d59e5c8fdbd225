import 'server-only';
import { CacheTag, cachedBy } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import { dateColumn, isoDay, osloDate } from '@/lib/domain/oslo-date';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/services/types';
import { normalizeContent, pickContent } from '@/lib/domain/measure-content';
import type { MeasureContent } from '@/lib/validation/measure';
import { isSlug } from '@/lib/validation/fields';
import { WAY_IN_HELPER_SLUG, reachable, type WayInHelper } from '@/lib/domain/way-in';

// A measure is read in one shape: one query (measureArgs) and one reshape into plain
// objects (dates as ISO strings). The public page (MeasureDetail), the open-data API
// (OpenMeasure, lib/data/open-data.ts) and the audit log (MeasureSnapshot) are views of
// that record, so a new column is added in one place. `prisma` defaults to the app's
// database; tests pass their own.

/** A measure's weekly hours and the exceptions not ended before `exceptionsFrom` (all when null). */
export function hoursArgs(exceptionsFrom: string | null) {
  return {
    openingHours: { orderBy: [{ weekday: 'asc' }, { opensAt: 'asc' }], omit: { measureId: true } },
    openingExceptions: {
      where: exceptionsFrom ? { endDate: { gte: dateColumn(exceptionsFrom) } } : {},
      orderBy: { startDate: 'asc' },
      omit: { measureId: true },
    },
  } as const satisfies Prisma.MeasureInclude;
}

type HoursRow = Prisma.MeasureGetPayload<{ include: ReturnType<typeof hoursArgs> }>;

/** Hours with their dates as YYYY-MM-DD. */
export function reshapeHours({ openingHours, openingExceptions }: Pick<HoursRow, 'openingHours' | 'openingExceptions'>) {
  return {
    openingHours: openingHours.map(({ validFrom, validTo, ...h }) => ({ ...h, validFrom: isoDay(validFrom), validTo: isoDay(validTo) })),
    exceptions: openingExceptions.map(({ startDate, endDate, ...e }) => ({ ...e, startDate: isoDay(startDate)!, endDate: isoDay(endDate)! })),
  };
}
export type WeeklyHours = ReturnType<typeof reshapeHours>['openingHours'][number];
export type HoursException = ReturnType<typeof reshapeHours>['exceptions'][number];

/** The measure with its provider and children. */
function measureArgs(exceptionsFrom: string | null) {
  return {
    // updatesEmail is part of the record (editors edit it and the audit log keeps it), but
    // for confirmation requests only: the public views below leave it out.
    omit: { searchText: true, createdAt: true },
    include: {
      provider: { select: { id: true, slug: true, name: true, type: true, phone: true, email: true, website: true } },
      locations: { orderBy: { position: 'asc' }, omit: { measureId: true, position: true } },
      ...hoursArgs(exceptionsFrom),
    },
  } as const satisfies Prisma.MeasureDefaultArgs;
}

type MeasureRow = Prisma.MeasureGetPayload<ReturnType<typeof measureArgs>>;

function reshapeMeasure({ openingHours, openingExceptions, lastVerifiedAt, updatedAt, ...measure }: MeasureRow) {
  return {
    ...measure,
    lastVerifiedAt: isoDay(lastVerifiedAt),
    updatedAt: updatedAt.toISOString(),
    ...reshapeHours({ openingHours, openingExceptions }),
  };
}

/** Everything the portal knows of a measure, as plain objects. */
export type MeasureRecord = ReturnType<typeof reshapeMeasure>;

/** Measures matching `where`, in the given order, as records. */
export async function findMeasureRecords(
  prisma: PrismaClient | Tx,
  where: Prisma.MeasureWhereInput,
  { exceptionsFrom = null, orderBy = [{ name: 'asc' }, { id: 'asc' }], skip, take }: {
    exceptionsFrom?: string | null;
    orderBy?: Prisma.MeasureOrderByWithRelationInput[];
    skip?: number;
    take?: number;
  } = {},
): Promise<MeasureRecord[]> {
  const rows = await prisma.measure.findMany({ where, orderBy, skip, take, ...measureArgs(exceptionsFrom) });
  return rows.map(reshapeMeasure);
}

/** What a visitor sees: no editors' notes, status, bookkeeping or the address for confirmation requests. */
export function toMeasureDetail({ id: _id, providerId: _p, sourceNote: _s, status: _st, version: _v, updatesEmail: _u, provider, ...measure }: MeasureRecord) {
  const { slug, name, type, phone, email, website } = provider;
  return { ...measure, providerName: name, provider: { slug, name, type, phone, email, website } };
}
export type MeasureDetail = ReturnType<typeof toMeasureDetail>;

/** A result card or related measure: names and summary with their translations. */
export type MeasureListItem = Pick<
  MeasureDetail,
  'slug' | 'name' | 'summary' | 'nameNn' | 'nameEn' | 'summaryNn' | 'summaryEn' | 'kind' | 'districts' | 'citywide' | 'providerName' | 'planned'
>;

/**
 * What the audit log keeps and diffs compare: the editable content with status, verification
 * and version. Children carry no ids and are in a stable order, so equal content compares equal.
 */
export type MeasureSnapshot = MeasureContent & Pick<MeasureRecord, 'id' | 'status' | 'lastVerifiedAt' | 'version' | 'updatedAt'>;

export function toSnapshot(record: MeasureRecord): MeasureSnapshot {
  return normalizeContent({
    ...pickContent(record as unknown as MeasureContent),
    locations: record.locations.map(({ id: _id, ...l }) => l),
    openingHours: record.openingHours.map(({ id: _id, ...h }) => h),
    exceptions: record.exceptions.map(({ id: _id, ...e }) => e),
    id: record.id,
    status: record.status,
    lastVerifiedAt: record.lastVerifiedAt,
    version: record.version,
    updatedAt: record.updatedAt,
  });
}

/** A measure as the audit log keeps it, or null; read inside the writing transaction. */
export async function loadMeasureSnapshot(tx: Tx, id: string): Promise<MeasureSnapshot | null> {
  const [record] = await findMeasureRecords(tx, { id });
  return record ? toSnapshot(record) : null;
}

/** Every measure (any status) as a snapshot with its provider's slug, by slug: the CSV export. */
export async function listMeasureSnapshots(prisma: PrismaClient = getPrisma()): Promise<(MeasureSnapshot & { providerSlug: string })[]> {
  const records = await findMeasureRecords(prisma, {}, { orderBy: [{ slug: 'asc' }] });
  return records.map((r) => ({ ...toSnapshot(r), providerSlug: r.provider.slug }));
}

export async function countPublishedMeasures(prisma: PrismaClient = getPrisma()): Promise<number> {
  'use cache';
  cachedBy(CacheTag.measures);
  return prisma.measure.count({ where: { status: 'PUBLISHED' } });
}

/** A published measure by slug, or null (unknown, draft and archived alike). */
export async function getPublishedMeasure(
  slug: string,
  now = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<MeasureDetail | null> {
  'use cache';
  cachedBy(CacheTag.measures, CacheTag.providers);
  if (!isSlug(slug)) return null;
  // Past exceptions are of no use to a visitor.
  const [record] = await findMeasureRecords(prisma, { slug, status: 'PUBLISHED' }, { exceptionsFrom: osloDate(now) });
  return record ? toMeasureDetail(record) : null;
}

/**
 * Fritid med bistand's contact, the last way in for a measure that gives none: read from its
 * own record (else its provider's), so editors keep it in one place. Null when it is not published.
 */
export async function getWayInHelper(prisma: PrismaClient = getPrisma()): Promise<WayInHelper | null> {
  'use cache';
  cachedBy(CacheTag.measures, CacheTag.providers);
  return readWayInHelper(prisma);
}

/** getWayInHelper without the cache: for jobs, which run outside a request (contact requests' delivery). */
export async function readWayInHelper(prisma: PrismaClient | Tx): Promise<WayInHelper | null> {
  const row = await prisma.measure.findFirst({
    where: { slug: WAY_IN_HELPER_SLUG, status: 'PUBLISHED' },
    select: {
      slug: true,
      name: true,
      contactName: true,
      contactPhone: true,
      contactEmail: true,
      website: true,
      provider: { select: { name: true, phone: true, email: true, website: true } },
    },
  });
  if (!row) return null;
  const own = { phone: row.contactPhone, email: row.contactEmail, website: row.website };
  const { name: providerName, ...providerContact } = row.provider;
  return reachable(own)
    ? { slug: row.slug, name: row.name, contactName: row.contactName, contact: own }
    : { slug: row.slug, name: row.name, contactName: providerName, contact: providerContact };
}

/**
 * Other published measures like this one: sharing a content category or the kind. Running
 * measures before planned ones; then those sharing the most categories, then those of the
 * same kind. Raw SQL because
 * Prisma's `hasSome` on enum arrays fails on PGlite.
 */
export async function listRelatedMeasures(
  measure: Pick<MeasureDetail, 'slug' | 'kind' | 'categories'>,
  limit = 4,
  prisma: PrismaClient = getPrisma(),
): Promise<MeasureListItem[]> {
  'use cache';
  cachedBy(CacheTag.measures, CacheTag.providers);
  const categories = Prisma.sql`${measure.categories}::text[]::"ContentCategory"[]`;
  const kind = Prisma.sql`${measure.kind}::"MeasureKind"`;
  return prisma.$queryRaw<MeasureListItem[]>`
    SELECT m.slug, m.name, m.summary, m.name_nn AS "nameNn", m.name_en AS "nameEn", m.summary_nn AS "summaryNn",
      m.summary_en AS "summaryEn", m.kind::text AS kind, m.districts::text[] AS districts, m.citywide,
      p.name AS "providerName", m.planned
    FROM measure m JOIN provider p ON p.id = m.provider_id
    WHERE m.status = 'PUBLISHED' AND m.slug <> ${measure.slug}
      AND (m.categories && ${categories} OR m.kind = ${kind})
    ORDER BY m.planned, cardinality(ARRAY(SELECT unnest(m.categories) INTERSECT SELECT unnest(${categories}))) DESC,
      (m.kind = ${kind}) DESC, m.name, m.slug
    LIMIT ${limit}`;
}

/** Every published measure's slug and last change, for the sitemap. */
export async function listPublishedMeasureSlugs(
  prisma: PrismaClient = getPrisma(),
): Promise<{ slug: string; updatedAt: string }[]> {
  const rows = await prisma.measure.findMany({
    where: { status: 'PUBLISHED' },
    select: { slug: true, updatedAt: true },
    orderBy: { slug: 'asc' },
  });
  return rows.map((r) => ({ slug: r.slug, updatedAt: r.updatedAt.toISOString() }));
}
