import 'server-only';
import { CacheTag, cachedBy } from '@/lib/cache';
import type { TranslationColumns } from '@/lib/i18n/content';
import { isSlug } from '@/lib/validation/fields';
import { getPrisma } from '@/lib/db';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type {
  ContentCategory,
  District,
  Gender,
  HoursStatus,
  MeasureKind,
  ProviderType,
  SobrietyRule,
  TargetGroup,
} from '@/lib/generated/prisma/enums';

// Read-only views of published measures for the public pages. Each function selects
// only what its page shows and returns plain objects (dates as ISO strings). `prisma`
// defaults to the app's database; tests pass their own.

/** Name and summary come with their nn/en translations; lib/i18n/content picks the one to show. */
export interface MeasureListItem extends TranslationColumns<'name' | 'summary'> {
  slug: string;
  name: string;
  summary: string;
  kind: MeasureKind;
  districts: District[];
  citywide: boolean | null;
  providerName: string;
}

export interface OpeningWindow {
  weekday: number;
  opensAt: number;
  closesAt: number;
  validFrom: string | null;
  validTo: string | null;
}

export interface OpeningExceptionItem {
  startDate: string;
  endDate: string;
  closed: boolean;
  opensAt: number | null;
  closesAt: number | null;
  note: string | null;
}

export interface MeasureDetail extends MeasureListItem, TranslationColumns<'description' | 'howToStart'> {
  description: string | null;
  categories: ContentCategory[];
  ageMin: number | null;
  ageMax: number | null;
  gender: Gender | null;
  targetGroups: TargetGroup[];
  referralRequired: boolean | null;
  referralFrom: string | null;
  applicationRequired: boolean | null;
  sobrietyRule: SobrietyRule | null;
  dropIn: boolean | null;
  anonymous: boolean | null;
  freeOfCharge: boolean | null;
  priceText: string | null;
  companionWelcome: boolean | null;
  wheelchairAccessible: boolean | null;
  howToStart: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  website: string | null;
  hoursStatus: HoursStatus;
  hoursPlaceholder: boolean;
  lastVerifiedAt: string | null;
  updatedAt: string;
  provider: { slug: string; name: string; type: ProviderType };
  locations: {
    name: string | null;
    address: string | null;
    postcode: string | null;
    city: string | null;
    district: District | null;
    latitude: number | null;
    longitude: number | null;
    placeholder: boolean;
  }[];
  openingHours: OpeningWindow[];
  exceptions: OpeningExceptionItem[];
}

/** A date column as YYYY-MM-DD (dates are stored at midnight UTC). */
export const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Opening-hours rows as the pages, the list and the API show them. */
export function toOpeningWindow(h: { weekday: number; opensAt: number; closesAt: number; validFrom: Date | null; validTo: Date | null }): OpeningWindow {
  return { weekday: h.weekday, opensAt: h.opensAt, closesAt: h.closesAt, validFrom: day(h.validFrom), validTo: day(h.validTo) };
}

export function toExceptionItem(e: {
  startDate: Date;
  endDate: Date;
  closed: boolean;
  opensAt: number | null;
  closesAt: number | null;
  note: string | null;
}): OpeningExceptionItem {
  return { startDate: day(e.startDate)!, endDate: day(e.endDate)!, closed: e.closed, opensAt: e.opensAt, closesAt: e.closesAt, note: e.note };
}

export async function countPublishedMeasures(prisma: PrismaClient = getPrisma()): Promise<number> {
  'use cache';
  cachedBy(CacheTag.measures);
  return prisma.measure.count({ where: { status: 'PUBLISHED' } });
}

/** A published measure by slug, or null (unknown, draft and archived alike). */
export async function getPublishedMeasure(
  slug: string,
  today = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<MeasureDetail | null> {
  'use cache';
  cachedBy(CacheTag.measures, CacheTag.providers);
  if (!isSlug(slug)) return null;
  const row = await prisma.measure.findFirst({
    where: { slug, status: 'PUBLISHED' },
    include: {
      provider: { select: { slug: true, name: true, type: true } },
      locations: { orderBy: { position: 'asc' } },
      openingHours: { orderBy: [{ weekday: 'asc' }, { opensAt: 'asc' }] },
      // Past exceptions are of no use to a visitor.
      openingExceptions: {
        where: { endDate: { gte: new Date(today.toISOString().slice(0, 10)) } },
        orderBy: { startDate: 'asc' },
      },
    },
  });
  if (!row) return null;
  return {
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    nameNn: row.nameNn,
    nameEn: row.nameEn,
    summaryNn: row.summaryNn,
    summaryEn: row.summaryEn,
    descriptionNn: row.descriptionNn,
    descriptionEn: row.descriptionEn,
    howToStartNn: row.howToStartNn,
    howToStartEn: row.howToStartEn,
    kind: row.kind,
    districts: row.districts,
    citywide: row.citywide,
    providerName: row.provider.name,
    description: row.description,
    categories: row.categories,
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    gender: row.gender,
    targetGroups: row.targetGroups,
    referralRequired: row.referralRequired,
    referralFrom: row.referralFrom,
    applicationRequired: row.applicationRequired,
    sobrietyRule: row.sobrietyRule,
    dropIn: row.dropIn,
    anonymous: row.anonymous,
    freeOfCharge: row.freeOfCharge,
    priceText: row.priceText,
    companionWelcome: row.companionWelcome,
    wheelchairAccessible: row.wheelchairAccessible,
    howToStart: row.howToStart,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    website: row.website,
    hoursStatus: row.hoursStatus,
    hoursPlaceholder: row.hoursPlaceholder,
    lastVerifiedAt: day(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
    provider: row.provider,
    locations: row.locations.map(({ name, address, postcode, city, district, latitude, longitude, placeholder }) => ({
      name, address, postcode, city, district, latitude, longitude, placeholder,
    })),
    openingHours: row.openingHours.map(toOpeningWindow),
    exceptions: row.openingExceptions.map(toExceptionItem),
  };
}

/**
 * Other published measures like this one: sharing a content category or the kind. Those
 * sharing the most categories come first, then those of the same kind. Raw SQL because
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
      p.name AS "providerName"
    FROM measure m JOIN provider p ON p.id = m.provider_id
    WHERE m.status = 'PUBLISHED' AND m.slug <> ${measure.slug}
      AND (m.categories && ${categories} OR m.kind = ${kind})
    ORDER BY cardinality(ARRAY(SELECT unnest(m.categories) INTERSECT SELECT unnest(${categories}))) DESC,
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
