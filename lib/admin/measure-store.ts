// Reading a measure as one plain snapshot (content, children, status, version) and
// writing content back. Snapshots are what the audit log keeps and what diffs compare,
// so children are always in the same order.
import type { Prisma } from '@/lib/generated/prisma/client';
import { ContentCategory, District, TargetGroup, type PublicationStatus } from '@/lib/generated/prisma/enums';
import { CONTENT_FIELDS, type MeasureContent } from '@/lib/validation/measure';
import type { Tx } from './types';

export interface MeasureSnapshot extends MeasureContent {
  id: string;
  status: PublicationStatus;
  lastVerifiedAt: string | null;
  version: number;
  updatedAt: string;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

const inOrder = <E extends string>(all: Record<string, E>, list: E[]) => Object.values(all).filter((v) => list.includes(v));

/**
 * Lists in a stable order, so equal content compares equal: categories, districts and
 * target groups are sets (kept in the enums' order), hours by day and time.
 */
export function normalizeContent<T extends MeasureContent>(content: T): T {
  return {
    ...content,
    categories: inOrder(ContentCategory, content.categories),
    districts: inOrder(District, content.districts),
    targetGroups: inOrder(TargetGroup, content.targetGroups),
    openingHours: [...content.openingHours].sort(
      (a, b) => a.weekday - b.weekday || a.opensAt - b.opensAt || a.closesAt - b.closesAt || (a.validFrom ?? '').localeCompare(b.validFrom ?? ''),
    ),
    exceptions: [...content.exceptions].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate)),
  };
}

export function pickContent(source: MeasureContent): MeasureContent {
  return Object.fromEntries(CONTENT_FIELDS.map((f) => [f, source[f]])) as unknown as MeasureContent;
}

/** What a snapshot is read from: the measure with its children. */
export const SNAPSHOT_INCLUDE = {
  locations: { orderBy: { position: 'asc' } },
  openingHours: true,
  openingExceptions: true,
} as const satisfies Prisma.MeasureInclude;

type MeasureRow = Prisma.MeasureGetPayload<{ include: typeof SNAPSHOT_INCLUDE }>;

export async function loadMeasureSnapshot(tx: Tx, id: string): Promise<MeasureSnapshot | null> {
  const row = await tx.measure.findUnique({ where: { id }, include: SNAPSHOT_INCLUDE });
  return row ? toSnapshot(row) : null;
}

export function toSnapshot(row: MeasureRow): MeasureSnapshot {
  const { locations, openingHours, openingExceptions, ...m } = row;
  return normalizeContent({
    id: m.id,
    slug: m.slug,
    name: m.name,
    summary: m.summary,
    description: m.description,
    providerId: m.providerId,
    kind: m.kind,
    categories: m.categories,
    districts: m.districts,
    targetGroups: m.targetGroups,
    citywide: m.citywide,
    ageMin: m.ageMin,
    ageMax: m.ageMax,
    gender: m.gender,
    referralRequired: m.referralRequired,
    referralFrom: m.referralFrom,
    applicationRequired: m.applicationRequired,
    sobrietyRule: m.sobrietyRule,
    dropIn: m.dropIn,
    anonymous: m.anonymous,
    freeOfCharge: m.freeOfCharge,
    priceText: m.priceText,
    companionWelcome: m.companionWelcome,
    wheelchairAccessible: m.wheelchairAccessible,
    howToStart: m.howToStart,
    nameNn: m.nameNn,
    summaryNn: m.summaryNn,
    descriptionNn: m.descriptionNn,
    howToStartNn: m.howToStartNn,
    nameEn: m.nameEn,
    summaryEn: m.summaryEn,
    descriptionEn: m.descriptionEn,
    howToStartEn: m.howToStartEn,
    contactName: m.contactName,
    contactPhone: m.contactPhone,
    contactEmail: m.contactEmail,
    website: m.website,
    hoursStatus: m.hoursStatus,
    hoursPlaceholder: m.hoursPlaceholder,
    sourceNote: m.sourceNote,
    locations: locations.map(({ name, address, postcode, city, district, latitude, longitude, placeholder }) => ({
      name, address, postcode, city, district, latitude, longitude, placeholder,
    })),
    openingHours: openingHours.map((h) => ({
      weekday: h.weekday, opensAt: h.opensAt, closesAt: h.closesAt, validFrom: day(h.validFrom), validTo: day(h.validTo),
    })),
    exceptions: openingExceptions.map((e) => ({
      startDate: day(e.startDate)!, endDate: day(e.endDate)!, closed: e.closed, opensAt: e.opensAt, closesAt: e.closesAt, note: e.note,
    })),
    status: m.status,
    lastVerifiedAt: day(m.lastVerifiedAt),
    version: m.version,
    updatedAt: m.updatedAt.toISOString(),
  });
}

/** The measure's own columns from its content (children are written separately). */
export function measureColumns(content: MeasureContent) {
  const { locations: _l, openingHours: _h, exceptions: _e, ...columns } = content;
  return columns;
}

/** Replaces a measure's locations, hours and exceptions with the given ones. */
export async function replaceChildren(tx: Tx, measureId: string, content: MeasureContent): Promise<void> {
  await tx.location.deleteMany({ where: { measureId } });
  await tx.openingHours.deleteMany({ where: { measureId } });
  await tx.openingException.deleteMany({ where: { measureId } });
  if (content.locations.length > 0) {
    await tx.location.createMany({ data: content.locations.map((l, position) => ({ ...l, measureId, position })) });
  }
  if (content.openingHours.length > 0) {
    await tx.openingHours.createMany({
      data: content.openingHours.map((h) => ({ ...h, measureId, validFrom: toDate(h.validFrom), validTo: toDate(h.validTo) })),
    });
  }
  if (content.exceptions.length > 0) {
    await tx.openingException.createMany({
      data: content.exceptions.map((e) => ({ ...e, measureId, startDate: toDate(e.startDate)!, endDate: toDate(e.endDate)! })),
    });
  }
}

/** Keeps links to an old slug working; a slug taken into use again stops redirecting. */
export async function recordSlugChange(tx: Tx, measureId: string, oldSlug: string, newSlug: string): Promise<void> {
  await tx.slugRedirect.deleteMany({ where: { oldSlug: newSlug } });
  if (oldSlug === newSlug) return;
  await tx.slugRedirect.upsert({
    where: { oldSlug },
    create: { oldSlug, measureId },
    update: { measureId },
  });
}
