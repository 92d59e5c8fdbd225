import 'server-only';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { HoursStatus } from '@/lib/generated/prisma/enums';
import { localizedText, type LocalizedText } from '@/lib/i18n/content';
import type { Locale } from '@/lib/i18n/routing';
import { osloDate } from '@/lib/domain/oslo-date';
import { hoursArgs, reshapeHours, type HoursException, type WeeklyHours } from './measures';

// What "Min liste" shows and prints for each measure: the handout's facts (how to get
// started or whom to call, where, when), nothing more.

export interface ListedMeasure {
  slug: string;
  name: LocalizedText;
  providerName: string;
  howToStart: LocalizedText | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  website: string | null;
  /** For the way in when the measure gives none of its own (lib/domain/way-in.ts). */
  provider: { slug: string; name: string; phone: string | null; email: string | null; website: string | null };
  addresses: { text: string; placeholder: boolean }[];
  hoursStatus: HoursStatus;
  hoursPlaceholder: boolean;
  openingHours: WeeklyHours[];
  exceptions: HoursException[];
}

/** A place as one line: "Name, Street 1, 5003 Bergen" (what is known of it). Also the calendar feeds' LOCATION. */
export function addressLine(loc: { name: string | null; address: string | null; postcode: string | null; city: string | null }): string {
  return [loc.name, loc.address, [loc.postcode, loc.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/**
 * The published measures among `slugs`, in the list's order, and the slugs that are not
 * (unknown, renamed, drafts, archived): the page says how many it left out.
 */
export async function getListedMeasures(
  slugs: readonly string[],
  locale: Locale,
  now = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<{ items: ListedMeasure[]; missing: string[] }> {
  if (slugs.length === 0) return { items: [], missing: [] };
  const rows = await prisma.measure.findMany({
    where: { slug: { in: [...slugs] }, status: 'PUBLISHED' },
    select: {
      slug: true,
      name: true,
      nameNn: true,
      nameEn: true,
      howToStart: true,
      howToStartNn: true,
      howToStartEn: true,
      contactName: true,
      contactPhone: true,
      contactEmail: true,
      website: true,
      hoursStatus: true,
      hoursPlaceholder: true,
      provider: { select: { slug: true, name: true, phone: true, email: true, website: true } },
      locations: { orderBy: { position: 'asc' }, select: { name: true, address: true, postcode: true, city: true, placeholder: true } },
      ...hoursArgs(osloDate(now)),
    },
  });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  const items: ListedMeasure[] = [];
  const missing: string[] = [];
  for (const slug of slugs) {
    const row = bySlug.get(slug);
    if (!row) {
      missing.push(slug);
      continue;
    }
    items.push({
      slug,
      name: localizedText(row, 'name', locale)!,
      providerName: row.provider.name,
      howToStart: localizedText(row, 'howToStart', locale),
      contactName: row.contactName,
      contactPhone: row.contactPhone,
      contactEmail: row.contactEmail,
      website: row.website,
      provider: row.provider,
      addresses: row.locations
        .map((loc) => ({ text: addressLine(loc), placeholder: loc.placeholder }))
        .filter((a) => a.text !== ''),
      hoursStatus: row.hoursStatus,
      hoursPlaceholder: row.hoursPlaceholder,
      ...reshapeHours(row),
    });
  }
  return { items, missing };
}
