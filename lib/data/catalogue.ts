import 'server-only';
import type { CatalogueQuery, Criterion } from '@/lib/catalogue/query';
import { cleanSearchText, PAGE_SIZE } from '@/lib/catalogue/query';
import { CacheTag, cachedBy } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import type { TranslationColumns } from '@/lib/i18n/content';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { District, Gender, HoursStatus, MeasureKind } from '@/lib/generated/prisma/enums';
import type { ExceptionWindow, WeeklyWindow } from '@/lib/domain/opening-hours';
import { osloToday } from '@/lib/domain/oslo-date';

// The catalogue search: parameterized SQL for filters, text search, order and paging (with
// each result's opening hours), and the total beside it.

export interface CatalogueItem extends TranslationColumns<'name' | 'summary'> {
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
/** isOvernight (lib/domain/opening-hours.ts) in SQL, for an hours (h) or exception (e) row. */
const overnightE = Prisma.raw('e.closes_at <= e.opens_at');
const overnightH = Prisma.raw('h.closes_at <= h.opens_at');

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

/**
 * Open by the hours that hold today: an always-open measure unless an exception closes it
 * today; otherwise today's exception if there is one (`exceptionOpen`, on `e`), else the
 * weekly rows valid today (`weeklyOpen`, on `h`). Unknown hours never match.
 */
function openByTodaysHours(date: string, exceptionOpen: Prisma.Sql, weeklyOpen: Prisma.Sql): Prisma.Sql {
  const exceptionToday = Prisma.sql`SELECT 1 FROM opening_exception e WHERE e.measure_id = m.id AND ${date}::date BETWEEN e.start_date AND e.end_date`;
  const hasHours = Prisma.sql`m.hours_status <> 'UNKNOWN' AND m.hours_status <> 'ALWAYS_OPEN'`;
  return Prisma.sql`(
    (m.hours_status = 'ALWAYS_OPEN' AND NOT EXISTS (${exceptionToday} AND e.closed))
    OR (${hasHours} AND EXISTS (${exceptionToday} AND NOT e.closed AND ${exceptionOpen}))
    OR (${hasHours} AND NOT EXISTS (${exceptionToday})
        AND EXISTS (SELECT 1 FROM opening_hours h WHERE h.measure_id = m.id AND ${validOn(date)} AND ${weeklyOpen}))
  )`;
}

function openNowSql(now: Date): Prisma.Sql {
  const { weekday, date, minutes } = osloToday(now);
  const yesterdayWeekday = weekday === 1 ? 7 : weekday - 1;
  return openByTodaysHours(
    date,
    Prisma.sql`e.opens_at <= ${minutes} AND (${minutes} < e.closes_at OR ${overnightE})`,
    Prisma.sql`(
      (h.weekday = ${weekday} AND h.opens_at <= ${minutes} AND (${minutes} < h.closes_at OR ${overnightH}))
      OR (h.weekday = ${yesterdayWeekday} AND ${overnightH} AND ${minutes} < h.closes_at))`,
  );
}

/**
 * Open at some time this evening: from 16:00 (or from now, if later) until midnight. A
 * window past midnight is open until midnight too.
 */
function tonightSql(now: Date): Prisma.Sql {
  const { weekday, date, minutes } = osloToday(now);
  const from = Math.max(minutes, EVENING_FROM);
  return openByTodaysHours(
    date,
    Prisma.sql`(e.closes_at > ${from} OR ${overnightE})`,
    Prisma.sql`h.weekday = ${weekday} AND (h.closes_at > ${from} OR ${overnightH})`,
  );
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
      AND ${notEnded(date)} AND (h.closes_at > ${EVENING_FROM} OR ${overnightH})))`);
  }
  if (t.has('weekend')) {
    where.push(Prisma.sql`(m.hours_status = 'ALWAYS_OPEN' OR EXISTS (SELECT 1 FROM opening_hours h WHERE h.measure_id = m.id
      AND ${notEnded(date)} AND h.weekday IN (6, 7)))`);
  }
  if (t.has('open_now')) where.push(openNowSql(now));
  if (t.has('tonight')) where.push(tonightSql(now));
  if (t.has('relatives')) where.push(Prisma.sql`('RELATIVES' = ANY(m.target_groups) OR m.kind = 'FOR_RELATIVES')`);
  if (t.has('youth')) where.push(Prisma.sql`('YOUNG_PEOPLE' = ANY(m.target_groups) OR m.kind = 'YOUTH_FOLLOW_UP')`);
  return where;
}

interface Row {
  id: string;
  slug: string;
  name: string;
  summary: string;
  name_nn: string | null;
  name_en: string | null;
  summary_nn: string | null;
  summary_en: string | null;
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
  /** [weekday, opens_at, closes_at, valid_from, valid_to] */
  hours: [number, number, number, string | null, string | null][];
  /** [start_date, end_date, closed, opens_at, closes_at] */
  exceptions: [string, string, boolean, number | null, number | null][];
}

/**
 * The catalogue's search. Without `prisma` (the catalogue page) the result is cached per
 * search; the open-data API and the tests pass a client and read the database directly.
 * `pageSize` is the catalogue page's 20 unless the API asks for another (up to 100).
 */
export async function searchCatalogue(
  query: CatalogueQuery,
  now = new Date(),
  prisma?: PrismaClient,
  pageSize = PAGE_SIZE,
): Promise<CatalogueResult> {
  // The list travels with the search but does not change what it finds.
  const search: CatalogueQuery = { ...query, q: cleanSearchText(query.q), list: undefined };
  if (prisma) return runSearch(search, now, prisma, pageSize);
  return cachedSearch(search, searchMoment(search, now), pageSize);
}

/**
 * How long a search's answer holds: "open now" and "tonight" change by the minute, every
 * other filter only by the day (seasons, exceptions). Part of the cache key, so the same
 * search within that span is answered from the cache.
 */
function searchMoment(query: CatalogueQuery, now: Date): string {
  const { date, minutes } = osloToday(now);
  return query.toggles.includes('open_now') || query.toggles.includes('tonight') ? `${date} ${minutes}` : date;
}

async function cachedSearch(query: CatalogueQuery, moment: string, pageSize: number): Promise<CatalogueResult> {
  'use cache';
  cachedBy(CacheTag.measures, CacheTag.providers);
  void moment;
  return runSearch(query, new Date(), getPrisma(), pageSize);
}

async function runSearch(query: CatalogueQuery, now: Date, prisma: PrismaClient, pageSize: number): Promise<CatalogueResult> {
  const filters = whereSql(query, now);
  const order = (rank: boolean) =>
    rank && query.sort === 'relevance'
      ? Prisma.sql`rank DESC, m.name ASC`
      : query.sort === 'updated'
        ? Prisma.sql`m.updated_at DESC, m.name ASC`
        : Prisma.sql`lower(m.name) ASC, m.id ASC`;
  const { date } = osloToday(now);
  // Two queries side by side per search: the total, and the page's rows with their opening
  // hours and coming exceptions as JSON (one round trip instead of three in a row).
  const run = async (where: Prisma.Sql[], rank: Prisma.Sql | null) => {
    const condition = Prisma.join(where, ' AND ');
    // PostgreSQL evaluates the two sub-selects after the sort and limit (they are
    // expensive, so the planner postpones them): only for the rows on the page.
    const [rows, [{ n }]] = await Promise.all([
      prisma.$queryRaw<Row[]>`
        SELECT m.id, m.slug, m.name, m.summary, m.name_nn, m.name_en, m.summary_nn, m.summary_en, m.kind::text AS kind,
               m.districts::text[] AS districts, m.citywide, p.name AS provider_name, m.age_min, m.age_max,
               m.gender::text AS gender, m.drop_in, m.referral_required, m.hours_status::text AS hours_status,
               ${rank ?? Prisma.sql`0`} AS rank,
               (SELECT coalesce(json_agg(json_build_array(h.weekday, h.opens_at, h.closes_at, h.valid_from, h.valid_to)), '[]')
                  FROM opening_hours h WHERE h.measure_id = m.id) AS hours,
               (SELECT coalesce(json_agg(json_build_array(e.start_date, e.end_date, e.closed, e.opens_at, e.closes_at)), '[]')
                  FROM opening_exception e WHERE e.measure_id = m.id AND e.end_date >= ${date}::date) AS exceptions
        FROM measure m JOIN provider p ON p.id = m.provider_id
        WHERE ${condition}
        ORDER BY ${order(rank !== null)}
        LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}`,
      prisma.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM measure m WHERE ${condition}`,
    ]);
    return { rows, total: n };
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
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      summary: r.summary,
      nameNn: r.name_nn,
      nameEn: r.name_en,
      summaryNn: r.summary_nn,
      summaryEn: r.summary_en,
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
      windows: r.hours.map(([weekday, opensAt, closesAt, validFrom, validTo]) => ({ weekday, opensAt, closesAt, validFrom, validTo })),
      exceptions: r.exceptions.map(([startDate, endDate, closed, opensAt, closesAt]) => ({ startDate, endDate, closed, opensAt, closesAt })),
    })),
  };
}
