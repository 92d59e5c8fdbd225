// Writes the demo catalogue (prisma/seed-data) into a migrated database. Idempotent:
// providers, measures and news are upserted by slug, and each seeded measure's locations,
// hours and exceptions are replaced, so a second run leaves the same rows. No
// `server-only` here: the CLI (prisma/seed.ts) and the tests call it directly.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { helpBlocks, measureTranslations, measures, newsItems, newsTranslations, providers, providerTranslations, type SeedMeasure } from '../../prisma/seed-data';

export interface SeedCounts {
  providers: number;
  measures: number;
  news: number;
}

type Tx = Prisma.TransactionClient;

/** @db.Date columns take a midnight-UTC Date; the data files use yyyy-mm-dd. */
function day(iso: string): Date {
  const date = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) throw new Error(`Bad date "${iso}"`);
  return date;
}

// Catches mistakes in the hand-written data before anything is written, with a message
// that names the measure, rather than a bare constraint violation from the database.
function validate(): void {
  const providerSlugs = new Set<string>(providers.map((p) => p.slug));
  const measureSlugs = new Set<string>();
  for (const m of measures) {
    if (measureSlugs.has(m.slug)) throw new Error(`Seed data: duplicate measure slug "${m.slug}"`);
    measureSlugs.add(m.slug);
    if (!providerSlugs.has(m.providerSlug)) throw new Error(`Seed data: ${m.slug} names unknown provider "${m.providerSlug}"`);
    if (m.ageMin != null && m.ageMax != null && m.ageMin > m.ageMax) throw new Error(`Seed data: ${m.slug} has ageMin > ageMax`);
    if (m.hours?.placeholder && m.hours.weekly.length === 0) throw new Error(`Seed data: ${m.slug} has placeholder hours but no rows`);
  }
  for (const [slug, translation] of Object.entries(measureTranslations)) {
    const m = measures.find((x) => x.slug === slug);
    if (!m) throw new Error(`Seed data: translation of unknown measure "${slug}"`);
    // A translation says what the original says: no text the original lacks, none left out.
    for (const [locale, texts] of Object.entries(translation)) {
      for (const field of ['description', 'howToStart'] as const) {
        if (!m[field] !== !texts[field]) throw new Error(`Seed data: ${slug} (${locale}) ${field} does not match the Bokmål text`);
      }
    }
  }
  for (const n of newsItems) {
    if (n.measureSlug && !measureSlugs.has(n.measureSlug)) throw new Error(`Seed data: news ${n.slug} links unknown measure "${n.measureSlug}"`);
  }
  for (const slug of Object.keys(newsTranslations)) {
    if (!newsItems.some((n) => n.slug === slug)) throw new Error(`Seed data: translation of unknown news item "${slug}"`);
  }
  for (const slug of Object.keys(providerTranslations)) {
    if (!providerSlugs.has(slug)) throw new Error(`Seed data: translation of unknown provider "${slug}"`);
  }
}

/** Every column the seed owns; a missing fact becomes NULL so a re-seed also clears edits. */
function measureColumns(m: SeedMeasure, providerId: string) {
  const { nn, en } = measureTranslations[m.slug] ?? {};
  return {
    name: m.name,
    summary: m.summary,
    description: m.description,
    nameNn: nn?.name ?? null,
    summaryNn: nn?.summary ?? null,
    descriptionNn: nn?.description ?? null,
    howToStartNn: nn?.howToStart ?? null,
    nameEn: en?.name ?? null,
    summaryEn: en?.summary ?? null,
    descriptionEn: en?.description ?? null,
    howToStartEn: en?.howToStart ?? null,
    kind: m.kind,
    categories: m.categories,
    districts: m.districts,
    citywide: m.citywide ?? null,
    ageMin: m.ageMin ?? null,
    ageMax: m.ageMax ?? null,
    gender: m.gender ?? null,
    targetGroups: m.targetGroups,
    referralRequired: m.referralRequired ?? null,
    referralFrom: m.referralFrom ?? null,
    applicationRequired: m.applicationRequired ?? null,
    sobrietyRule: m.sobrietyRule ?? null,
    dropIn: m.dropIn ?? null,
    anonymous: m.anonymous ?? null,
    freeOfCharge: m.freeOfCharge ?? null,
    priceText: m.priceText ?? null,
    companionWelcome: m.companionWelcome ?? null,
    wheelchairAccessible: m.wheelchairAccessible ?? null,
    howToStart: m.howToStart ?? null,
    // The plans give no contact details, and inventing them would mislead real people; the
    // one exception is the municipality's own switchboard for Fritid med bistand, marked as
    // demo data, since every measure's way in ends there (lib/domain/way-in.ts).
    contactName: m.contact?.name ?? null,
    contactPhone: m.contact?.phone ?? null,
    contactEmail: m.contact?.email ?? null,
    website: m.contact?.website ?? null,
    hoursStatus: m.hours?.status ?? 'UNKNOWN',
    hoursPlaceholder: m.hours?.placeholder ?? false,
    sourceNote: m.sourceNote,
    status: m.status ?? 'PUBLISHED',
    planned: m.planned ?? false,
    acceptsContactRequests: m.acceptsContactRequests ?? false,
    // Nothing has been confirmed by a provider yet.
    lastVerifiedAt: null,
    providerId,
  } satisfies Omit<Prisma.MeasureUncheckedCreateInput, 'slug'>;
}

async function upsertProviders(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const p of providers) {
    const { nn, en } = providerTranslations[p.slug] ?? {};
    const data = {
      name: p.name, type: p.type, description: p.description,
      descriptionNn: nn?.description ?? null, descriptionEn: en?.description ?? null,
      phone: null, email: null, website: null,
    };
    const row = await tx.provider.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: data, select: { id: true } });
    ids.set(p.slug, row.id);
  }
  return ids;
}

async function upsertMeasures(tx: Tx, providerIds: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const m of measures) {
    const data = measureColumns(m, providerIds.get(m.providerSlug)!);
    const row = await tx.measure.upsert({ where: { slug: m.slug }, create: { slug: m.slug, ...data }, update: data, select: { id: true } });
    ids.set(m.slug, row.id);
  }
  return ids;
}

async function replaceChildren(tx: Tx, measureIds: Map<string, string>): Promise<void> {
  const allIds = [...measureIds.values()];
  await tx.location.deleteMany({ where: { measureId: { in: allIds } } });
  await tx.openingHours.deleteMany({ where: { measureId: { in: allIds } } });
  await tx.openingException.deleteMany({ where: { measureId: { in: allIds } } });

  const locations: Prisma.LocationCreateManyInput[] = [];
  const hours: Prisma.OpeningHoursCreateManyInput[] = [];
  const exceptions: Prisma.OpeningExceptionCreateManyInput[] = [];
  for (const m of measures) {
    const measureId = measureIds.get(m.slug)!;
    (m.locations ?? []).forEach((l, position) => locations.push({ measureId, position, ...l }));
    for (const w of m.hours?.weekly ?? []) {
      hours.push({
        measureId,
        weekday: w.weekday,
        opensAt: w.opensAt,
        closesAt: w.closesAt,
        validFrom: w.validFrom ? day(w.validFrom) : null,
        validTo: w.validTo ? day(w.validTo) : null,
      });
    }
    for (const e of m.hours?.exceptions ?? []) {
      exceptions.push({
        measureId,
        startDate: day(e.startDate),
        endDate: day(e.endDate),
        closed: e.closed,
        opensAt: e.opensAt ?? null,
        closesAt: e.closesAt ?? null,
        note: e.note,
      });
    }
  }
  await tx.location.createMany({ data: locations });
  await tx.openingHours.createMany({ data: hours });
  await tx.openingException.createMany({ data: exceptions });
}

async function upsertNews(tx: Tx, measureIds: Map<string, string>): Promise<void> {
  for (const n of newsItems) {
    const { nn, en } = newsTranslations[n.slug] ?? {};
    const data = {
      title: n.title,
      body: n.body,
      titleNn: nn?.title ?? null,
      bodyNn: nn?.body ?? null,
      titleEn: en?.title ?? null,
      bodyEn: en?.body ?? null,
      status: 'PUBLISHED' as const,
      publishedAt: day(n.publishedAt),
      measureId: n.measureSlug ? measureIds.get(n.measureSlug)! : null,
    };
    await tx.newsItem.upsert({ where: { slug: n.slug }, create: { slug: n.slug, ...data }, update: data });
  }
}

// Refreshed like the rest of the demo data. The version goes up, so an editor's form opened
// before a re-seed is refused as out of date rather than silently saved over it.
async function upsertHelpBlocks(tx: Tx): Promise<void> {
  for (const [locale, block] of Object.entries(helpBlocks)) {
    const data = { heading: block.heading, intro: block.intro, entries: block.entries as unknown as Prisma.InputJsonValue };
    await tx.helpBlock.upsert({ where: { locale }, create: { locale, ...data }, update: { ...data, version: { increment: 1 } } });
  }
}

export async function seedDemoData(prisma: PrismaClient): Promise<SeedCounts> {
  validate();
  await prisma.$transaction(
    async (tx) => {
      const providerIds = await upsertProviders(tx);
      const measureIds = await upsertMeasures(tx, providerIds);
      await replaceChildren(tx, measureIds);
      await upsertNews(tx, measureIds);
      await upsertHelpBlocks(tx);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { providers: providers.length, measures: measures.length, news: newsItems.length };
}
