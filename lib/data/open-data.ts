import 'server-only';
import { searchCatalogue } from '@/lib/data/catalogue';
import { day, toExceptionItem, toOpeningWindow } from '@/lib/data/measures';
import { getPrisma } from '@/lib/db';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
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
import { osloToday } from '@/lib/opening-hours';
import type { MeasureListRequest, Paging } from '@/lib/validation/api-query';
import { isSlug } from '@/lib/validation/fields';

// Reads for the open-data API (app/api/v1, app/api/hsds): published measures only, with
// everything a public page shows of them and nothing more (no source notes, drafts,
// audit entries or people's accounts). The API's JSON shapes are made from these plain
// objects by lib/open-data/v1.ts and lib/open-data/hsds.ts. `prisma` defaults to the
// app's database; tests pass their own.

export interface OpenTexts {
  name: string | null;
  summary: string | null;
  description: string | null;
  howToStart: string | null;
}

export interface OpenLocation {
  id: string;
  name: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  district: District | null;
  latitude: number | null;
  longitude: number | null;
  placeholder: boolean;
}

export interface OpenWeeklyHours {
  id: string;
  weekday: number;
  opensAt: number;
  closesAt: number;
  validFrom: string | null;
  validTo: string | null;
}

export interface OpenException {
  id: string;
  startDate: string;
  endDate: string;
  closed: boolean;
  opensAt: number | null;
  closesAt: number | null;
  note: string | null;
}

export interface OpenProviderRef {
  id: string;
  slug: string;
  name: string;
  type: ProviderType;
}

export interface OpenMeasure {
  id: string;
  slug: string;
  name: string;
  summary: string;
  description: string | null;
  howToStart: string | null;
  translations: { nn: OpenTexts; en: OpenTexts };
  kind: MeasureKind;
  categories: ContentCategory[];
  districts: District[];
  citywide: boolean | null;
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
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  website: string | null;
  hoursStatus: HoursStatus;
  hoursPlaceholder: boolean;
  lastVerifiedAt: string | null;
  updatedAt: string;
  provider: OpenProviderRef;
  locations: OpenLocation[];
  openingHours: OpenWeeklyHours[];
  exceptions: OpenException[];
}

export interface OpenProvider extends OpenProviderRef {
  description: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  updatedAt: string;
  measureCount: number;
}

export interface PageOf<T> {
  total: number;
  items: T[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether a path segment can be an id at all; lookups skip the database when it cannot. */
export const isUuid = (value: string) => UUID.test(value);

const PUBLISHED = { status: 'PUBLISHED' } as const;

/** Published measures matching `where`, with hours still to come (past exceptions are of no use). */
async function loadMeasures(
  prisma: PrismaClient,
  where: Prisma.MeasureWhereInput,
  now: Date,
  page?: Paging,
): Promise<OpenMeasure[]> {
  const today = new Date(`${osloToday(now).date}T00:00:00Z`);
  const rows = await prisma.measure.findMany({
    where: { ...where, ...PUBLISHED },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    ...(page ? { skip: (page.page - 1) * page.perPage, take: page.perPage } : {}),
    omit: { sourceNote: true, searchText: true, version: true, status: true, createdAt: true, providerId: true },
    include: {
      provider: { select: { id: true, slug: true, name: true, type: true } },
      locations: { orderBy: { position: 'asc' }, omit: { measureId: true, position: true } },
      openingHours: { orderBy: [{ weekday: 'asc' }, { opensAt: 'asc' }] },
      openingExceptions: { where: { endDate: { gte: today } }, orderBy: { startDate: 'asc' } },
    },
  });
  return rows.map(({ openingHours, openingExceptions, ...m }) => ({
    id: m.id,
    slug: m.slug,
    name: m.name,
    summary: m.summary,
    description: m.description,
    howToStart: m.howToStart,
    translations: {
      nn: { name: m.nameNn, summary: m.summaryNn, description: m.descriptionNn, howToStart: m.howToStartNn },
      en: { name: m.nameEn, summary: m.summaryEn, description: m.descriptionEn, howToStart: m.howToStartEn },
    },
    kind: m.kind,
    categories: m.categories,
    districts: m.districts,
    citywide: m.citywide,
    ageMin: m.ageMin,
    ageMax: m.ageMax,
    gender: m.gender,
    targetGroups: m.targetGroups,
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
    contactName: m.contactName,
    contactPhone: m.contactPhone,
    contactEmail: m.contactEmail,
    website: m.website,
    hoursStatus: m.hoursStatus,
    hoursPlaceholder: m.hoursPlaceholder,
    lastVerifiedAt: day(m.lastVerifiedAt),
    updatedAt: m.updatedAt.toISOString(),
    provider: m.provider,
    locations: m.locations,
    openingHours: openingHours.map((h) => ({ id: h.id, ...toOpeningWindow(h) })),
    exceptions: openingExceptions.map((e) => ({ id: e.id, ...toExceptionItem(e) })),
  }));
}

/**
 * The catalogue's search (same filters, words, order and total), a page of `perPage`.
 * The catalogue decides which measures and in what order; this only adds their details.
 */
export async function searchOpenMeasures(
  request: MeasureListRequest,
  now = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<PageOf<OpenMeasure>> {
  const found = await searchCatalogue({ ...request.query, page: request.page }, now, prisma, request.perPage);
  const ids = found.items.map((i) => i.id);
  const details = new Map((await loadMeasures(prisma, { id: { in: ids } }, now)).map((m) => [m.id, m]));
  return { total: found.total, items: ids.flatMap((id) => details.get(id) ?? []) };
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
  phone: true,
  email: true,
  website: true,
  updatedAt: true,
  _count: { select: { measures: { where: PUBLISHED } } },
} as const;

type ProviderRow = Prisma.ProviderGetPayload<{ select: typeof PROVIDER_SELECT }>;
const toProvider = ({ _count, updatedAt, ...p }: ProviderRow): OpenProvider => ({
  ...p,
  updatedAt: updatedAt.toISOString(),
  measureCount: _count.measures,
});

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
