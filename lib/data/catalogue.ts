import 'server-only';
import type { CatalogueQuery, Criterion } from '@/lib/catalogue/query';
import { cleanSearchText, PAGE_SIZE } from '@/lib/catalogue/query';
import { getPrisma } from '@/lib/db';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { District, Gender, HoursStatus, MeasureKind } from '@/lib/generated/prisma/enums';
import { osloToday, type ExceptionWindow, type WeeklyWindow } from '@/lib/opening-hours';

// The catalogue search: one parameterized SQL query for filters, text search, order,
// paging and the total, then one query for the opening hours of the page's results.

export interface CatalogueItem {
  id: string;
  slug: string;
  name: string;
  summary: string;
  kind: MeasureKind;
  districts: District[];
  citywide: boolean | null;
  providerName: string;
  ageMin: number | null;
  ageMax: number | null;
  gender: Gender | null;
  dropIn: boolean | null;
  referralRequired: boolean | null;
  hoursStatus: HoursStatus;
  windows: WeeklyWindow[];
  exceptions: ExceptionWindow[];
}

export interface CatalogueResult {
  total: number;
  items: CatalogueItem[];
}

const EVENING_FROM = 16 * 60;

/** Words to prefix-match: letters and digits only, so no input can change the query's syntax. */
export function toTsQuery(q: string): string {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, 8).map((w) => `${w}:*`).join(' & ');
}

const CRITERIA_SQL: Record<Criterion, Prisma.Sql> = {
  no_referral: Prisma.sql`m.referral_required IS FALSE`,
  no_application: Prisma.sql`m.application_required IS FALSE`,
  drop_in: Prisma.sql`m.drop_in IS TRUE`,
  anonymous: Prisma.sql`m.anonymous IS TRUE`,
  free: Prisma.sql`m.free_of_charge IS TRUE`,
  companion: Prisma.sql`m.companion_welcome IS TRUE`,
  wheelchair: Prisma.sql`m.wheelchair_accessible IS TRUE`,
};

/** Rows valid on a date (seasons) — used by the opening-hours filters. */
const validOn = (date: string) => Prisma.sql`(h.valid_from IS NULL OR h.valid_from <= ${date}::date) AND (h.valid_to IS NULL OR h.valid_to >= ${date}::date)`;
const notEnded = (date: string) => Prisma.sql`(h.valid_to IS NULL OR h.valid_to >= ${date}::date)`;

function openNowSql(now: Date): Prisma.Sql {
  const { weekday, date, minutes } = osloToday(now);
  const yesterdayWeekday = weekday === 1 ? 7 : weekday - 1;
  const exceptionToday = Prisma.sql`SELECT 1 FROM opening_exception e WHERE e.measure_id = m.id AND ${date}::date BETWEEN e.start_date AND e.end_date`;
  return Prisma.sql`(
    (m.hours_status = 'ALWAYS_OPEN' AND NOT EXISTS (${exceptionToday} AND e.closed))
    OR (m.hours_status <> 'UNKNOWN' AND m.hours_status <> 'ALWAYS_OPEN' AND EXISTS (${exceptionToday}
        AND NOT e.closed AND e.opens_at <= ${minutes} AND (${minutes} < e.closes_at OR e.closes_at <= e.opens_at)))
    OR (m.hours_status <> 'UNKNOWN' AND m.hours_status <> 'ALWAYS_OPEN' AND NOT EXISTS (${exceptionToday})
        AND EXISTS (SELECT 1 FROM opening_hours h WHERE h.measure_id = m.id AND ${validOn(date)} AND (
          (h.weekday = ${weekday} AND h.opens_at <= ${minutes} AND (${minutes} < h.closes_at OR h.closes_at <= h.opens_at))
          OR (h.weekday = ${yesterdayWeekday} AND h.closes_at <= h.opens_at AND ${minutes} < h.closes_at))))
  )`;
}

function whereSql(query: CatalogueQuery, now: Date): Prisma.Sql[] {
  const { date } = osloToday(now);
  const where: Prisma.Sql[] = [Prisma.sql`m.status = 'PUBLISHED'`];
  if (query.districts.length) {
    where.push(Prisma.sql`(m.citywide IS TRUE OR m.districts && ${query.districts}::text[]::"District"[])`);
  }
  if (query.age !== null) {
    // Unknown ages never match; an open end ("from 18") does.
    where.push(Prisma.sql`(m.age_min IS NOT NULL OR m.age_max IS NOT NULL)
      AND COALESCE(m.age_min, 0) <= ${query.age} AND COALESCE(m.age_max, 200) >= ${query.age}`);
  }
  if (query.gender) {
    where.push(Prisma.sql`m.gender IN ('ALL', ${query.gender === 'women' ? 'WOMEN' : 'MEN'}::"Gender")`);
  }
  if (query.kinds.length) where.push(Prisma.sql`m.kind = ANY(${query.kinds}::text[]::"MeasureKind"[])`);
  if (query.categories.length) {
    where.push(Prisma.sql`m.categories && ${query.categories}::text[]::"ContentCategory"[]`);
  }
  for (const c of query.criteria) where.push(CRITERIA_SQL[c]);
  if (query.sobriety) where.push(Prisma.sql`m.sobriety_rule = ${query.sobriety}::"SobrietyRule"`);
  const t = new Set(query.toggles);
  if (t.has('evening')) {
    where.push(Prisma.sql`(m.hours_status = 'ALWAYS_OPEN' OR EXISTS (SELECT 1 FROM opening_hours h WHERE h.measure_id = m.id
      AND ${notEnded(date)} AND (h.closes_at > ${EVENING_FROM} OR h.closes_at <= h.opens_at)))`);
  }
  if (t.has('weekend')) {
    where.push(Prisma.sql`(m.hours_status = 'ALWAYS_OPEN' OR EXISTS (SELECT 1 FROM opening_hours h WHERE h.measure_id = m.id
      AND ${notEnded(date)} AND h.weekday IN (6, 7)))`);
  }
  if (t.has('open_now')) where.push(openNowSql(now));
  if (t.has('relatives')) where.push(Prisma.sql`('RELATIVES' = ANY(m.target_groups) OR m.kind = 'FOR_RELATIVES')`);
  if (t.has('youth')) where.push(Prisma.sql`('YOUNG_PEOPLE' = ANY(m.target_groups) OR m.kind = 'YOUTH_FOLLOW_UP')`);
  return where;
}

interface Row {
  id: string;
  slug: string;
  name: string;
  summary: string;
  kind: MeasureKind;
  districts: District[];
  citywide: boolean | null;
  provider_name: string;
  age_min: number | null;
  age_max: number | null;
  gender: Gender | null;
  drop_in: boolean | null;
  referral_required: boolean | null;
  hours_status: HoursStatus;
}

/** `prisma` defaults to the app's database; tests pass their own. */
export async function searchCatalogue(
  query: CatalogueQuery,
  now = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<CatalogueResult> {
  query = { ...query, q: cleanSearchText(query.q) };
  const filters = whereSql(query, now);
  const order = (rank: boolean) =>
    rank && query.sort === 'relevance'
      ? Prisma.sql`rank DESC, m.name ASC`
      : query.sort === 'updated'
        ? Prisma.sql`m.updated_at DESC, m.name ASC`
        : Prisma.sql`lower(m.name) ASC, m.id ASC`;
  const run = async (where: Prisma.Sql[], rank: Prisma.Sql | null) => {
    const condition = Prisma.join(where, ' AND ');
    const [page, [{ n }]] = await Promise.all([
      prisma.$queryRaw<Row[]>`
        SELECT m.id, m.slug, m.name, m.summary, m.kind::text AS kind, m.districts::text[] AS districts, m.citywide,
               p.name AS provider_name, m.age_min, m.age_max, m.gender::text AS gender, m.drop_in,
               m.referral_required, m.hours_status::text AS hours_status, ${rank ?? Prisma.sql`0`} AS rank
        FROM measure m JOIN provider p ON p.id = m.provider_id
        WHERE ${condition}
        ORDER BY ${order(rank !== null)}
        LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}`,
      prisma.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM measure m WHERE ${condition}`,
    ]);
    return { rows: page, total: n };
  };

  let result: { rows: Row[]; total: number };
  const tsq = toTsQuery(query.q);
  if (!query.q) {
    result = await run(filters, null);
  } else {
    // Words first (Norwegian stems, prefixes); only when they find nothing, look for
    // misspellings with trigrams, which is far slower on a large catalogue.
    result = { rows: [], total: 0 };
    if (tsq) {
      const tsQuery = Prisma.sql`to_tsquery('norwegian', ${tsq})`;
      result = await run([...filters, Prisma.sql`m.search_vector @@ ${tsQuery}`], Prisma.sql`ts_rank_cd(m.search_vector, ${tsQuery}, 32)`);
    }
    if (result.total === 0) {
      const words = Prisma.sql`lower(unaccent(${query.q}))`;
      result = await run([...filters, Prisma.sql`${words} <% m.search_text`], Prisma.sql`word_similarity(${words}, m.search_text)`);
    }
  }
  const { rows, total } = result;
  const ids = rows.map((r) => r.id);
  const { date } = osloToday(now);
  const [hours, exceptions] = ids.length
    ? await Promise.all([
        prisma.openingHours.findMany({
          where: { measureId: { in: ids } },
          select: { measureId: true, weekday: true, opensAt: true, closesAt: true, validFrom: true, validTo: true },
        }),
        prisma.openingException.findMany({
          where: { measureId: { in: ids }, endDate: { gte: new Date(`${date}T00:00:00Z`) } },
          select: { measureId: true, startDate: true, endDate: true, closed: true, opensAt: true, closesAt: true },
        }),
      ])
    : [[], []];
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      summary: r.summary,
      kind: r.kind,
      districts: r.districts,
      citywide: r.citywide,
      providerName: r.provider_name,
      ageMin: r.age_min,
      ageMax: r.age_max,
      gender: r.gender,
      dropIn: r.drop_in,
      referralRequired: r.referral_required,
      hoursStatus: r.hours_status,
      windows: hours
        .filter((h) => h.measureId === r.id)
        .map((h) => ({ weekday: h.weekday, opensAt: h.opensAt, closesAt: h.closesAt, validFrom: day(h.validFrom), validTo: day(h.validTo) })),
      exceptions: exceptions
        .filter((e) => e.measureId === r.id)
        .map((e) => ({ startDate: day(e.startDate)!, endDate: day(e.endDate)!, closed: e.closed, opensAt: e.opensAt, closesAt: e.closesAt })),
    })),
  };
}
