// Query parameters of the open-data API (app/api/v1, app/api/hsds). The filters are the
// catalogue's URL parameters, with the catalogue's own schema (lib/catalogue/query.ts), so
// a catalogue link's query string works on the API too; but where the HTML page drops a
// bad value and carries on, the API refuses the request with 400 and names each bad
// parameter: a program asking for `district=Mars` must learn that it got nothing because
// of its own mistake.
import { z } from 'zod';
import { catalogueParamsShape, integerParam, onceParam, PAGE_SIZE, MAX_PAGE, toCatalogueQuery, type CatalogueQuery } from '@/lib/catalogue/query';
import { defaultLocale, locales, type Locale } from '@/lib/i18n/routing';
import { LIST_PARAM, MAX_LIST_LENGTH, parseList } from '@/lib/my-list/list';

export const MAX_PER_PAGE = 100;

export interface ParameterIssue {
  parameter: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ParameterIssue[] };

const pagingShape = {
  page: onceParam(integerParam(1, MAX_PAGE)),
  per_page: onceParam(integerParam(1, MAX_PER_PAGE)),
};

/** `match=exact`: only measures known to meet every filter (no "may fit" tier). */
export const MATCH_MODES = ['all', 'exact'] as const;
const matchParam = onceParam(
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(MATCH_MODES, { error: (issue) => `"${String(issue.input)}" must be one of: ${MATCH_MODES.join(', ')}` })),
);
// Error messages are in English only; a `lang` parameter would be refused as unknown
// rather than silently ignored.
const measureListSchema = z.strictObject({ ...catalogueParamsShape, ...pagingShape, match: matchParam }).superRefine((d, ctx) => {
  // The page falls back to its default order; a program asking for it must learn why not.
  if (d.sort === 'distance' && !d.near) ctx.addIssue({ code: 'custom', path: ['sort'], message: '"distance" needs near (a district, or a rounded position "lat,lon")' });
});
const pagingSchema = z.strictObject(pagingShape);
const noParamsSchema = z.strictObject({});

/**
 * Every parameter with all its values; empty values are left out, as the catalogue does.
 * The object has no prototype, so a parameter named `constructor` or `__proto__` is just
 * an unknown key for the strict schema (a 400 naming it), not one of Object's own members.
 */
function collect(params: URLSearchParams): Record<string, string[]> {
  const out = Object.create(null) as Record<string, string[]>;
  for (const [key, value] of params) {
    const values = (out[key] ??= []);
    if (value.trim() !== '') values.push(value);
  }
  return out;
}

function issuesOf(error: z.ZodError): ParameterIssue[] {
  const issues: ParameterIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ parameter: key, message: 'is not a known parameter' });
    } else {
      issues.push({ parameter: String(issue.path[0] ?? ''), message: issue.message });
    }
  }
  return issues;
}

function parseWith<S extends z.ZodType, T>(schema: S, params: URLSearchParams, map: (data: z.output<S>) => T): Parsed<T> {
  const result = schema.safeParse(collect(params));
  return result.success ? { ok: true, value: map(result.data) } : { ok: false, issues: issuesOf(result.error) };
}

export interface Paging {
  page: number;
  perPage: number;
}

export interface MeasureListRequest extends Paging {
  query: CatalogueQuery;
  /** Both tiers (default), or exact matches only. */
  match: (typeof MATCH_MODES)[number];
}

/** The measure list's parameters: the catalogue's filters, `page`, `per_page` (≤ 100) and `match`. */
export function parseMeasureListParams(params: URLSearchParams): Parsed<MeasureListRequest> {
  return parseWith(measureListSchema, params, (d) => {
    const query = toCatalogueQuery(d);
    return { page: query.page, perPage: d.per_page ?? PAGE_SIZE, query, match: d.match ?? 'all' };
  });
}

/** Lists without filters (providers, HSDS lists): only `page` and `per_page`. */
export function parsePagingParams(params: URLSearchParams): Parsed<Paging> {
  return parseWith(pagingSchema, params, (d) => ({ page: d.page ?? 1, perPage: d.per_page ?? PAGE_SIZE }));
}

/** Single items and the export take no parameters. */
export function parseNoParams(params: URLSearchParams): Parsed<null> {
  return parseWith(noParamsSchema, params, () => null);
}

// The calendar feeds (app/api/v1/calendar): `lang` picks the language of the texts and
// links in the feed (Bokmål by default).
const langParam = onceParam(
  z.enum(locales, { error: (issue) => `"${String(issue.input)}" must be one of: ${locales.join(', ')}` }),
);
/** The search feed takes the catalogue's filters but no page: it is the search's first MAX_CALENDAR_MEASURES. */
const { page: _page, ...searchFilters } = catalogueParamsShape;
const calendarSearchSchema = z.strictObject({ ...searchFilters, lang: langParam });
const calendarListSchema = z.strictObject({ [LIST_PARAM]: z.array(z.string()).default([]), lang: langParam });
const calendarMeasureSchema = z.strictObject({ lang: langParam });

/** The measures a search feed holds at most: the first of the search, in its order. */
export const MAX_CALENDAR_MEASURES = MAX_PER_PAGE;

export function parseCalendarSearchParams(params: URLSearchParams): Parsed<{ query: CatalogueQuery; lang: Locale }> {
  return parseWith(calendarSearchSchema, params, (d) => ({ query: toCatalogueQuery({ ...d, page: undefined }), lang: d.lang ?? defaultLocale }));
}

/** `list` as on "Min liste" (comma-separated slugs, up to MAX_LIST_LENGTH); a malformed entry is a 400. */
export function parseCalendarListParams(params: URLSearchParams): Parsed<{ slugs: string[]; lang: Locale }> {
  const parsed = parseWith(calendarListSchema, params, (d) => ({ list: parseList(d[LIST_PARAM]), lang: d.lang ?? defaultLocale }));
  if (!parsed.ok) return parsed;
  const { list, lang } = parsed.value;
  if (list.problems.length > 0 || list.slugs.length === 0) {
    const tooLong = list.problems.some((p) => p.kind === 'too_long');
    return { ok: false, issues: [{ parameter: LIST_PARAM, message: tooLong ? `must name at most ${MAX_LIST_LENGTH} measures` : 'must be measure slugs separated by commas' }] };
  }
  return { ok: true, value: { slugs: list.slugs, lang } };
}

export function parseCalendarMeasureParams(params: URLSearchParams): Parsed<{ lang: Locale }> {
  return parseWith(calendarMeasureSchema, params, (d) => ({ lang: d.lang ?? defaultLocale }));
}
