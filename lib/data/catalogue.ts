import 'server-only';
import { cache } from 'react';
import { CRITERION_FACT, orderFacts, TOGGLE_FACT, type Fact } from '@/lib/catalogue/facts';
import type { CatalogueQuery, Criterion } from '@/lib/catalogue/query';
import { activeFilters, cleanSearchText, PAGE_SIZE } from '@/lib/catalogue/query';
import { CacheTag, cachedBy } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import type { TranslationColumns } from '@/lib/i18n/content';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { District, Gender, HoursStatus, MeasureKind } from '@/lib/generated/prisma/enums';
import type { ExceptionWindow, WeeklyWindow } from '@/lib/domain/opening-hours';
import { osloToday } from '@/lib/domain/oslo-date';
import { distanceSql } from './catalogue-distance';

// The catalogue search: parameterized SQL for filters, text search, order and paging (with
// each result's opening hours), and the totals beside it. Every filter over a fact that can
// be unknown is three-valued (holds, fails, unknown): exact matches are those where every
// chosen filter holds, "Kan passe" those where none fails but some fact is not given.

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
  /** Announced but not started yet: labelled, and listed last in its tier. */
  planned: boolean;
  windows: WeeklyWindow[];
  exceptions: ExceptionWindow[];
  match: 'exact' | 'possible';
  /** The searched-for facts this measure does not give (empty for an exact match). */
  unknown: Fact[];
  /** Km from the search's origin (`near`) to the nearest confirmed location; null: unknown or no origin. */
  distanceKm: number | null;
}

export interface CatalogueResult {
  /** Both tiers. */
  total: number;
  /** Results where every chosen filter is known to hold; they come first. */
  exactTotal: number;
  /** "Kan passe": no chosen filter known to fail, but at least one fact not given. */
  possibleTotal: number;
  /** Only when nothing is found: what dropping each active filter would give. */
  relaxations: Relaxation[];
  items: CatalogueItem[];
}

export interface Relaxation {
  /** The filter's `key` in activeFilters (lib/catalogue/query.ts), e.g. `gender:men`. */
  filter: string;
  total: number;
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

/** Each entry criterion known to hold, and its column (NULL: not given). */
const CRITERIA_SQL: Record<Criterion, [holds: Prisma.Sql, column: Prisma.Sql]> = {
  no_referral: [Prisma.sql`m.referral_required IS FALSE`, Prisma.raw('m.referral_required')],
  no_application: [Prisma.sql`m.application_required IS FALSE`, Prisma.raw('m.application_required')],
  drop_in: [Prisma.sql`m.drop_in IS TRUE`, Prisma.raw('m.drop_in')],
  anonymous: [Prisma.sql`m.anonymous IS TRUE`, Prisma.raw('m.anonymous')],
  free: [Prisma.sql`m.free_of_charge IS TRUE`, Prisma.raw('m.free_of_charge')],
  companion: [Prisma.sql`m.companion_welcome IS TRUE`, Prisma.raw('m.companion_welcome')],
  wheelchair: [Prisma.sql`m.wheelchair_accessible IS TRUE`, Prisma.raw('m.wheelchair_accessible')],
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

/**
 * One chosen filter, three-valued: `holds` (known to hold) and `unknown` (the fact is not
 * given). The two never both hold for a measure; neither means the filter is known to
 * fail. Kinds and categories have no unknown (`unknown` null).
 */
interface Condition {
  holds: Prisma.Sql;
  unknown: Prisma.Sql | null;
  fact: Fact | null;
}

const HOURS_UNKNOWN = Prisma.sql`m.hours_status = 'UNKNOWN'`;
const HOURS_KNOWN = Prisma.sql`m.hours_status <> 'UNKNOWN'`;
const isEmpty = (column: string) => Prisma.raw(`coalesce(cardinality(${column}), 0) = 0`);

function conditions(query: CatalogueQuery, now: Date): Condition[] {
  const { date } = osloToday(now);
  const out: Condition[] = [];
  const add = (holds: Prisma.Sql, unknown: Prisma.Sql | null, fact: Fact | null) => out.push({ holds, unknown, fact });
  if (query.districts.length) {
    add(
      Prisma.sql`(m.citywide IS TRUE OR m.districts && ${query.districts}::text[]::"District"[])`,
      Prisma.sql`(m.citywide IS NOT TRUE AND ${isEmpty('m.districts')})`,
      'district',
    );
  }
  if (query.age !== null) {
    // An open end ("from 18") is a known range.
    add(
      Prisma.sql`((m.age_min IS NOT NULL OR m.age_max IS NOT NULL)
        AND COALESCE(m.age_min, 0) <= ${query.age} AND COALESCE(m.age_max, 200) >= ${query.age})`,
      Prisma.sql`(m.age_min IS NULL AND m.age_max IS NULL)`,
      'age',
    );
  }
  if (query.gender) {
    add(Prisma.sql`m.gender IN ('ALL', ${query.gender === 'women' ? 'WOMEN' : 'MEN'}::"Gender")`, Prisma.sql`m.gender IS NULL`, 'gender');
  }
  if (query.kinds.length) add(Prisma.sql`m.kind = ANY(${query.kinds}::text[]::"MeasureKind"[])`, null, null);
  if (query.categories.length) add(Prisma.sql`m.categories && ${query.categories}::text[]::"ContentCategory"[]`, null, null);
  for (const c of query.criteria) {
    const [holds, column] = CRITERIA_SQL[c];
    add(holds, Prisma.sql`${column} IS NULL`, CRITERION_FACT[c]);
  }
  if (query.sobriety) add(Prisma.sql`m.sobriety_rule = ${query.sobriety}::"SobrietyRule"`, Prisma.sql`m.sobriety_rule IS NULL`, 'sobriety');
  const t = new Set(query.toggles);
  // Hours rows of a measure whose hours are marked unknown are not claimed either.
  if (t.has('evening')) {
    add(
      Prisma.sql`(m.hours_status = 'ALWAYS_OPEN' OR (${HOURS_KNOWN} AND EXISTS (SELECT 1 FROM opening_hours h WHERE h.measure_id = m.id
        AND ${notEnded(date)} AND (h.closes_at > ${EVENING_FROM} OR ${overnightH}))))`,
      HOURS_UNKNOWN,
      TOGGLE_FACT.evening,
    );
  }
  if (t.has('weekend')) {
    add(
      Prisma.sql`(m.hours_status = 'ALWAYS_OPEN' OR (${HOURS_KNOWN} AND EXISTS (SELECT 1 FROM opening_hours h WHERE h.measure_id = m.id
        AND ${notEnded(date)} AND h.weekday IN (6, 7))))`,
      HOURS_UNKNOWN,
      TOGGLE_FACT.weekend,
    );
  }
  if (t.has('open_now')) add(openNowSql(now), HOURS_UNKNOWN, TOGGLE_FACT.open_now);
  if (t.has('tonight')) add(tonightSql(now), HOURS_UNKNOWN, TOGGLE_FACT.tonight);
  // A kind made for the group counts as a known "yes" even without target groups.
  if (t.has('relatives')) {
    add(
      Prisma.sql`('RELATIVES' = ANY(m.target_groups) OR m.kind = 'FOR_RELATIVES')`,
      Prisma.sql`(${isEmpty('m.target_groups')} AND m.kind <> 'FOR_RELATIVES')`,
      TOGGLE_FACT.relatives,
    );
  }
  if (t.has('youth')) {
    add(
      Prisma.sql`('YOUNG_PEOPLE' = ANY(m.target_groups) OR m.kind = 'YOUTH_FOLLOW_UP')`,
      Prisma.sql`(${isEmpty('m.target_groups')} AND m.kind <> 'YOUTH_FOLLOW_UP')`,
      TOGGLE_FACT.youth,
    );
  }
  return out;
}

/** Which results a search returns: both tiers, or (the API's `match=exact`) exact matches only. */
export type MatchMode = 'all' | 'exact';

/**
 * The filters as SQL: `candidate`, no filter known to fail (every filter holds or is
 * unknown; in exact mode every filter holds); `possible`, some filter unknown (never
 * true in exact mode); and `unknown`, the unknown facts as a text array with NULLs.
 */
function tierSql(query: CatalogueQuery, now: Date, mode: MatchMode) {
  const all = conditions(query, now);
  const unknowable = mode === 'all' ? all.filter((c): c is Condition & { unknown: Prisma.Sql; fact: Fact } => c.unknown !== null && c.fact !== null) : [];
  const verdicts = candidateVerdicts(all, mode);
  const candidate = verdicts.length ? Prisma.join(verdicts, ' AND ') : Prisma.sql`TRUE`;
  const possible = unknowable.length ? Prisma.sql`(${Prisma.join(unknowable.map((c) => c.unknown), ' OR ')})` : Prisma.sql`FALSE`;
  const unknown = unknowable.length
    ? Prisma.sql`ARRAY[${Prisma.join(unknowable.map((c) => Prisma.sql`CASE WHEN ${c.unknown} THEN ${c.fact}::text END`))}]::text[]`
    : Prisma.sql`ARRAY[]::text[]`;
  return { candidate, possible, unknown, filtered: verdicts.length > 0 };
}

/** Each filter's "not known to fail" (in exact mode: "known to hold"), the parts of `candidate`. */
function candidateVerdicts(all: Condition[], mode: MatchMode): Prisma.Sql[] {
  return all.map((c) => (c.unknown && mode === 'all' ? Prisma.sql`(${c.unknown} OR ${c.holds})` : c.holds));
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
  planned: boolean;
  possible: boolean;
  unknown: string[];
  distance_km: number | null;
  /** [weekday, opens_at, closes_at, valid_from, valid_to] */
  hours: [number, number, number, string | null, string | null][];
  /** [start_date, end_date, closed, opens_at, closes_at] */
  exceptions: [string, string, boolean, number | null, number | null][];
}

/**
 * The catalogue's search. Without `prisma` (the catalogue page) the result is cached per
 * search; the open-data API and the tests pass a client and read the database directly.
 * `pageSize` is the catalogue page's 20 unless the API asks for another (up to 100);
 * `mode` 'exact' leaves out the "Kan passe" tier (the API's `match=exact`).
 */
export async function searchCatalogue(
  query: CatalogueQuery,
  now = new Date(),
  prisma?: PrismaClient,
  pageSize = PAGE_SIZE,
  mode: MatchMode = 'all',
): Promise<CatalogueResult> {
  // The list travels with the search but does not change what it finds.
  const search: CatalogueQuery = { ...query, q: cleanSearchText(query.q), list: undefined };
  if (prisma) return runSearch(search, now, prisma, pageSize, mode);
  // A device's position is never a cache key (the data cache may be shared, in Redis): such
  // a search goes to the database, once per request (title and page share it).
  if (search.near && 'position' in search.near) return searchOncePerRequest(JSON.stringify(search), pageSize, mode);
  return searchOnce(JSON.stringify([search, searchMoment(search, now), pageSize, mode]));
}

/**
 * Once per request: the page's title (generateMetadata) and the page ask for the same search
 * at the same time, and a search nobody made before is not in the data cache for either.
 */
const searchOnce = cache((key: string): Promise<CatalogueResult> => {
  const [query, moment, pageSize, mode] = JSON.parse(key) as [CatalogueQuery, string, number, MatchMode];
  return cachedSearch(query, moment, pageSize, mode);
});

/**
 * How long a search's answer holds: "open now" and "tonight" change by the minute, every
 * other filter only by the day (seasons, exceptions). Part of the cache key, so the same
 * search within that span is answered from the cache.
 */
function searchMoment(query: CatalogueQuery, now: Date): string {
  const { date, minutes } = osloToday(now);
  return query.toggles.includes('open_now') || query.toggles.includes('tonight') ? `${date} ${minutes}` : date;
}

/** React's per-request memo (in memory, gone with the request), keyed by the search's JSON. */
const searchOncePerRequest = cache((search: string, pageSize: number, mode: MatchMode) => {
  return runSearch(JSON.parse(search) as CatalogueQuery, new Date(), getPrisma(), pageSize, mode);
});

async function cachedSearch(query: CatalogueQuery, moment: string, pageSize: number, mode: MatchMode): Promise<CatalogueResult> {
  'use cache';
  cachedBy(CacheTag.measures, CacheTag.providers);
  void moment;
  return runSearch(query, new Date(), getPrisma(), pageSize, mode);
}

async function runSearch(query: CatalogueQuery, now: Date, prisma: PrismaClient, pageSize: number, mode: MatchMode): Promise<CatalogueResult> {
  const tiers = tierSql(query, now, mode);
  // Exact matches first, planned measures last in each tier; on the hits (h) and the page (r).
  const order = (a: 'h' | 'r') => {
    const c = (column: string) => Prisma.raw(`${a}.${column}`);
    // The id last: measures of the same name keep one order from page to page.
    const then =
      query.q && query.sort === 'relevance'
        ? Prisma.sql`${c('rank')} DESC, ${c('name')} ASC, ${c('id')} ASC`
        : query.sort === 'updated'
          ? Prisma.sql`${c('updated_at')} DESC, ${c('name')} ASC, ${c('id')} ASC`
          : query.sort === 'distance'
            ? Prisma.sql`${c('distance_km')} ASC NULLS LAST, lower(${c('name')}) ASC, ${c('id')} ASC`
            : Prisma.sql`lower(${c('name')}) ASC, ${c('id')} ASC`;
    return Prisma.sql`${c('possible')} ASC, ${c('planned')} ASC, ${then}`;
  };
  // Every hit needs its distance only to be sorted by it; otherwise only the page's rows.
  const distance = distanceSql(query.near);
  const hitDistance = query.sort === 'distance' ? distance : Prisma.sql`NULL::float8`;
  const pageDistance = query.sort === 'distance' ? Prisma.sql`h.distance_km` : distance;
  const { date } = osloToday(now);
  // One query per search. The filters are evaluated once per measure, into `hits` (small
  // columns only); the totals of both tiers are counted from it, and only the page's rows
  // are joined to their provider, their unknown facts and their opening hours and coming
  // exceptions (as JSON). `from` is where the hits are looked for.
  const run = async (from: Prisma.Sql, rank: Prisma.Sql | null) => {
    const rows = await prisma.$queryRaw<(Row & { total_all: number; total_possible: number })[]>`
      WITH hits AS MATERIALIZED (
        SELECT m.id, m.name, m.updated_at, m.planned, ${tiers.possible} AS possible, ${rank ?? Prisma.sql`0`}::real AS rank,
               ${hitDistance} AS distance_km
        FROM ${from}
      ), page AS MATERIALIZED (
        SELECT h.* FROM hits h ORDER BY ${order('h')} LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}
      ), totals AS (
        SELECT count(*)::int AS total_all, (count(*) FILTER (WHERE possible))::int AS total_possible FROM hits
      )
      SELECT t.total_all, t.total_possible, r.* FROM totals t LEFT JOIN LATERAL (
        SELECT m.id, m.slug, m.name, m.summary, m.name_nn, m.name_en, m.summary_nn, m.summary_en, m.kind::text AS kind,
               m.districts::text[] AS districts, m.citywide, p.name AS provider_name, m.age_min, m.age_max,
               m.gender::text AS gender, m.drop_in, m.referral_required, m.hours_status::text AS hours_status, m.planned,
               h.rank, h.possible, h.updated_at, ${pageDistance} AS distance_km, array_remove(${tiers.unknown}, NULL) AS unknown,
               (SELECT coalesce(json_agg(json_build_array(oh.weekday, oh.opens_at, oh.closes_at, oh.valid_from, oh.valid_to)), '[]')
                  FROM opening_hours oh WHERE oh.measure_id = m.id) AS hours,
               (SELECT coalesce(json_agg(json_build_array(e.start_date, e.end_date, e.closed, e.opens_at, e.closes_at)), '[]')
                  FROM opening_exception e WHERE e.measure_id = m.id AND e.end_date >= ${date}::date) AS exceptions
        FROM page h JOIN measure m ON m.id = h.id JOIN provider p ON p.id = m.provider_id
      ) r ON TRUE
      ORDER BY ${order('r')}`;
    const first = rows[0];
    return { rows: rows.filter((r) => r.id !== null), total: first?.total_all ?? 0, possibleTotal: first?.total_possible ?? 0 };
  };
  const published = (words: Prisma.Sql) => Prisma.sql`measure m WHERE m.status = 'PUBLISHED' AND ${words} AND ${tiers.candidate}`;

  let result: Awaited<ReturnType<typeof run>>;
  const tsq = toTsQuery(query.q);
  const tsWords = tsq ? Prisma.sql`m.search_vector @@ to_tsquery('norwegian', ${tsq})` : null;
  const trigramWords = Prisma.sql`lower(unaccent(${query.q})) <% m.search_text`;
  if (!query.q) {
    result = await run(published(Prisma.sql`TRUE`), null);
  } else {
    // Words first (Norwegian stems, prefixes); only when they find nothing, look for
    // misspellings with trigrams, which is far slower on a large catalogue.
    result = { rows: [], total: 0, possibleTotal: 0 };
    if (tsWords) {
      result = await run(published(tsWords), Prisma.sql`ts_rank_cd(m.search_vector, to_tsquery('norwegian', ${tsq}), 32)`);
    }
    if (result.total === 0) {
      // A short word shares trigrams with nearly every measure, so the trigram index narrows
      // little and each candidate's similarity is costly: with filters, the filters go first
      // (OFFSET 0 keeps PostgreSQL from merging the two steps) and only what passes is compared.
      const from = tiers.filtered
        ? Prisma.sql`(SELECT * FROM measure m WHERE m.status = 'PUBLISHED' AND ${tiers.candidate} OFFSET 0) m WHERE ${trigramWords}`
        : published(trigramWords);
      result = await run(from, Prisma.sql`word_similarity(lower(unaccent(${query.q})), m.search_text)`);
    }
  }
  const { rows, total, possibleTotal } = result;
  const relaxations = total === 0 ? await relax(query, now, prisma, mode, query.q ? { tsq, q: query.q } : null) : [];
  return {
    total,
    exactTotal: total - possibleTotal,
    possibleTotal,
    relaxations,
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
      planned: r.planned,
      windows: r.hours.map(([weekday, opensAt, closesAt, validFrom, validTo]) => ({ weekday, opensAt, closesAt, validFrom, validTo })),
      exceptions: r.exceptions.map(([startDate, endDate, closed, opensAt, closesAt]) => ({ startDate, endDate, closed, opensAt, closesAt })),
      match: r.possible ? 'possible' : 'exact',
      unknown: orderFacts(r.unknown as Fact[]),
      distanceKm: r.distance_km,
    })),
  };
}

/**
 * When nothing is found: for each active filter, how many results (both tiers) the same
 * search without only that filter would give. One query, a count per filter. With words,
 * the counts follow the search's own rule: the word matches if there are any, else the
 * misspelling matches.
 */
async function relax(
  query: CatalogueQuery,
  now: Date,
  prisma: PrismaClient,
  mode: MatchMode,
  words: { tsq: string; q: string } | null,
): Promise<Relaxation[]> {
  const filters = activeFilters(query);
  if (filters.length === 0) return [];
  // The relaxed searches share all filters but one, so each distinct filter verdict is a
  // column computed once per measure (in `v`, kept apart by OFFSET 0), and each count
  // combines columns. The misspelling match is costly, so it comes last in each count,
  // only for the measures that passed that count's filters.
  const verdicts: Prisma.Sql[] = [];
  const seen = new Map<string, number>();
  const relaxed = filters.map((f) =>
    candidateVerdicts(conditions(f.without, now), mode).map((sql) => {
      const key = JSON.stringify([sql.sql, sql.values]);
      let i = seen.get(key);
      if (i === undefined) {
        i = verdicts.push(sql) - 1;
        seen.set(key, i);
      }
      return Prisma.raw(`v.v${i}`);
    }),
  );
  const all = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`);
  const verdictColumns = verdicts.length ? Prisma.sql`, ${Prisma.join(verdicts.map((sql, i) => Prisma.sql`${sql} AS ${Prisma.raw(`v${i}`)}`))}` : Prisma.empty;
  const count = async (which: number[], match: Prisma.Sql | null, words: Prisma.Sql) => {
    const columns = which.map((i) => Prisma.sql`(count(*) FILTER (WHERE ${all(match ? [...relaxed[i]!, match] : relaxed[i]!)}))::int`);
    const [row] = await prisma.$queryRaw<[{ counts: number[] }]>`
      SELECT ARRAY[${Prisma.join(columns)}]::int[] AS counts
      FROM (SELECT m.search_text${verdictColumns} FROM measure m WHERE m.status = 'PUBLISHED' AND ${words} OFFSET 0) v`;
    return row?.counts ?? [];
  };
  const everyFilter = filters.map((_, i) => i);
  const totals = filters.map(() => 0);
  if (!words) {
    (await count(everyFilter, null, Prisma.sql`TRUE`)).forEach((n, i) => (totals[i] = n));
  } else {
    // The search's own rule per count: the word matches if there are any, else the
    // misspellings (asked for only where the words found nothing: the costly part).
    if (words.tsq) {
      const found = await count(everyFilter, null, Prisma.sql`m.search_vector @@ to_tsquery('norwegian', ${words.tsq})`);
      found.forEach((n, i) => (totals[i] = n));
    }
    const rest = everyFilter.filter((i) => totals[i] === 0);
    if (rest.length) {
      const found = await count(rest, Prisma.sql`lower(unaccent(${words.q})) <% v.search_text`, Prisma.sql`TRUE`);
      found.forEach((n, j) => (totals[rest[j]!] = n));
    }
  }
  return filters.map((f, i) => ({ filter: f.key, total: totals[i]! }));
}
