import 'server-only';
import type { Actor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db';
import { factField, missingFacts, COMPLETENESS_FACTS, type CompletenessFact } from '@/lib/domain/completeness';
import { osloDate } from '@/lib/domain/oslo-date';
import { staleBefore } from '@/lib/domain/stale';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';

// The dashboard's picture of how complete and how current the published listings are. One
// query reads the few columns the completeness rule needs for every published measure
// (10,000 of them in the bench); the rule itself runs here, so it stays the one in
// lib/domain/completeness.ts rather than a second copy in SQL.

export const COMPLETENESS_LIST_LIMIT = 20;

export interface CompletenessItem {
  id: string;
  name: string;
  providerName: string;
  missing: CompletenessFact[];
  /** The form field of the first missing fact ("ageMin", "locations.0.address"). */
  firstField: string;
  /** Whether there is an address to send a confirmation request to (the measure's own or its provider's). */
  hasUpdatesContact: boolean;
}

export interface CompletenessOverview {
  published: number;
  /** Share of the facts known, over all published measures (0–1; 1 when there are none). */
  completeness: number;
  /** Measures that give every fact. */
  complete: number;
  /** Confirmed within the confirmation interval (STALE_MONTHS). */
  confirmed: number;
  neverConfirmed: number;
  /** Measures missing at least one fact. */
  incomplete: number;
  /** The measures missing most, first; at most `limit`. */
  items: CompletenessItem[];
}

interface Row {
  id: string;
  name: string;
  providerName: string;
  ageMin: number | null;
  ageMax: number | null;
  gender: string | null;
  districts: string[];
  citywide: boolean | null;
  referralRequired: boolean | null;
  applicationRequired: boolean | null;
  dropIn: boolean | null;
  hoursStatus: string;
  howToStart: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  providerPhone: string | null;
  providerEmail: string | null;
  hasAddress: boolean;
  hasUpdatesContact: boolean;
  confirmed: boolean;
  neverConfirmed: boolean;
}

export async function getCompletenessOverview(
  actor: Actor,
  { prisma = getPrisma(), now = new Date(), limit = COMPLETENESS_LIST_LIMIT }: { prisma?: PrismaClient; now?: Date; limit?: number } = {},
): Promise<CompletenessOverview> {
  // A provider sees its own organisation's measures only (none without one).
  const own = actor.role === 'provider' ? Prisma.sql`AND m.provider_id = ${actor.providerId ?? '00000000-0000-0000-0000-000000000000'}::uuid` : Prisma.empty;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT m.id, m.name, p.name AS "providerName", m.age_min AS "ageMin", m.age_max AS "ageMax", m.gender::text AS gender,
      coalesce(m.districts::text[], '{}') AS districts, m.citywide, m.referral_required AS "referralRequired",
      m.application_required AS "applicationRequired", m.drop_in AS "dropIn", m.hours_status::text AS "hoursStatus",
      m.how_to_start AS "howToStart", m.contact_phone AS "contactPhone", m.contact_email AS "contactEmail",
      p.phone AS "providerPhone", p.email AS "providerEmail",
      EXISTS (SELECT 1 FROM location l WHERE l.measure_id = m.id AND btrim(coalesce(l.address, '')) <> '') AS "hasAddress",
      coalesce(nullif(btrim(m.updates_email), ''), nullif(btrim(p.updates_email), '')) IS NOT NULL AS "hasUpdatesContact",
      coalesce(m.last_verified_at >= ${staleBefore(osloDate(now))}::date, false) AS confirmed,
      m.last_verified_at IS NULL AS "neverConfirmed"
    FROM measure m JOIN provider p ON p.id = m.provider_id
    WHERE m.status = 'PUBLISHED' ${own}`;

  let known = 0;
  let complete = 0;
  let confirmed = 0;
  let neverConfirmed = 0;
  const incomplete: CompletenessItem[] = [];
  for (const row of rows) {
    const missing = missingFacts({ ...row, provider: { phone: row.providerPhone, email: row.providerEmail } });
    known += COMPLETENESS_FACTS.length - missing.length;
    if (row.confirmed) confirmed++;
    if (row.neverConfirmed) neverConfirmed++;
    if (missing.length === 0) complete++;
    else {
      incomplete.push({
        id: row.id,
        name: row.name,
        providerName: row.providerName,
        missing,
        firstField: factField(missing[0]!, row),
        hasUpdatesContact: row.hasUpdatesContact,
      });
    }
  }
  const collator = new Intl.Collator('nb');
  incomplete.sort((a, b) => b.missing.length - a.missing.length || collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  return {
    published: rows.length,
    completeness: rows.length === 0 ? 1 : known / (rows.length * COMPLETENESS_FACTS.length),
    complete,
    confirmed,
    neverConfirmed,
    incomplete: incomplete.length,
    items: incomplete.slice(0, limit),
  };
}
