import 'server-only';
import { searchCatalogue } from '@/lib/data/catalogue';
import { addressLine } from '@/lib/data/measure-list';
import { findMeasureRecords, type MeasureRecord } from '@/lib/data/measures';
import { getPrisma } from '@/lib/db';
import type { CatalogueQuery } from '@/lib/catalogue/query';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { localizedText } from '@/lib/i18n/content';
import type { Locale } from '@/lib/i18n/routing';
import { MAX_CALENDAR_MEASURES } from '@/lib/validation/api-query';
import { isSlug } from '@/lib/validation/fields';

// Reads for the calendar feeds (app/api/v1/calendar): published measures with all their
// hours and exceptions (past exceptions too: a subscribed calendar keeps past weeks), read
// from the database on each request like the rest of the API. The feed's texts and links
// are made by lib/calendar/feed.ts.

export type CalendarRecord = MeasureRecord & { localName: string; places: { text: string; placeholder: boolean }[] };

/** The records of `where` among published measures, keyed by slug. */
async function load(prisma: PrismaClient, where: Prisma.MeasureWhereInput, locale: Locale): Promise<Map<string, CalendarRecord>> {
  const records = await findMeasureRecords(prisma, { ...where, status: 'PUBLISHED' });
  return new Map(
    records.map((r) => [
      r.slug,
      {
        ...r,
        localName: localizedText(r, 'name', locale)!.text,
        places: r.locations.map((l) => ({ text: addressLine(l), placeholder: l.placeholder })).filter((p) => p.text !== ''),
      },
    ]),
  );
}

/** A published measure, or null. */
export async function getCalendarMeasure(slug: string, locale: Locale, prisma: PrismaClient = getPrisma()): Promise<CalendarRecord | null> {
  if (!isSlug(slug)) return null;
  return (await load(prisma, { slug }, locale)).get(slug) ?? null;
}

/** The published measures of a list, in its order (the others are left out, as on "Min liste"). */
export async function listCalendarMeasures(slugs: readonly string[], locale: Locale, prisma: PrismaClient = getPrisma()): Promise<CalendarRecord[]> {
  const found = await load(prisma, { slug: { in: [...slugs] } }, locale);
  return slugs.flatMap((s) => found.get(s) ?? []);
}

/** The catalogue's search (its filters, tiers and order), the first MAX_CALENDAR_MEASURES. */
export async function searchCalendarMeasures(
  query: CatalogueQuery,
  locale: Locale,
  now = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<CalendarRecord[]> {
  const found = await searchCatalogue({ ...query, page: 1 }, now, prisma, MAX_CALENDAR_MEASURES);
  return listCalendarMeasures(found.items.map((i) => i.slug), locale, prisma);
}

/**
 * The latest change of any measure (any status): a list's or a search's feed can change by
 * a measure leaving it too (unpublished, or no longer matching), which its own measures'
 * dates would not show, so their Last-Modified is this.
 */
export async function latestMeasureChange(prisma: PrismaClient = getPrisma()): Promise<Date | null> {
  const { _max } = await prisma.measure.aggregate({ _max: { updatedAt: true } });
  return _max.updatedAt;
}
