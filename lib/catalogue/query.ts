// Search starts here. The catalogue's whole state lives in the URL, and this module is the
// one place that turns search parameters into a validated query and back (one zod schema
// per parameter, the canonical form), so links, the form, the language switcher and the
// open-data API all agree. The page drops bad values and says so (parseCatalogueQuery);
// the API refuses them with 400 (lib/validation/api-query.ts, from catalogueParamsShape).
// The search itself, in SQL, is lib/data/catalogue.ts.
import { z } from 'zod';
import {
  ContentCategory,
  District,
  Gender,
  MeasureKind,
  SobrietyRule,
} from '@/lib/generated/prisma/enums';
import { LIST_PARAM, parseList, serializeList } from '@/lib/my-list/list';
import { formatPosition, isRoundedPosition, type Position } from '@/lib/domain/geography';

/** `distance` needs an origin (`near`); `relevance` needs words. */
export const SORTS = ['relevance', 'name', 'updated', 'distance'] as const;
export type Sort = (typeof SORTS)[number];

/** Entry criteria a visitor can require; each matches only measures known to meet it. */
export const CRITERIA = ['no_referral', 'no_application', 'drop_in', 'anonymous', 'free', 'companion', 'wheelchair'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const GENDER_FILTERS = ['women', 'men'] as const;
export type GenderFilter = (typeof GENDER_FILTERS)[number];

export const TOGGLES = ['evening', 'weekend', 'open_now', 'tonight', 'relatives', 'youth'] as const;
export type Toggle = (typeof TOGGLES)[number];

/**
 * Where distances are measured from: a district's reference point, or a device's position
 * rounded to about 1 km (lib/domain/geography.ts). Never more precise than that.
 */
export type Origin = { district: District } | { position: Position };

export const MAX_QUERY_LENGTH = 200;
export const PAGE_SIZE = 20;
export const MAX_PAGE = 1000;

export interface CatalogueQuery {
  q: string;
  districts: District[];
  age: number | null;
  gender: GenderFilter | null;
  kinds: MeasureKind[];
  categories: ContentCategory[];
  criteria: Criterion[];
  sobriety: SobrietyRule | null;
  toggles: Toggle[];
  sort: Sort;
  page: number;
  /** Where distances are measured from (the `near` parameter); absent: no distances. */
  near?: Origin;
  /**
   * The visitor's "Min liste" (measure slugs), carried along by every catalogue link.
   * Optional (absent = empty) because the search itself ignores it, e.g. in the API.
   */
  list?: string[];
}

export type QueryProblem =
  | { param: CatalogueParam; kind: 'invalid' }
  | { param: 'q'; kind: 'too_long' };

export const EMPTY_QUERY: CatalogueQuery = {
  q: '',
  districts: [],
  age: null,
  gender: null,
  kinds: [],
  categories: [],
  criteria: [],
  sobriety: null,
  toggles: [],
  sort: 'name',
  page: 1,
};

/**
 * Search words as the database will see them: control characters (PostgreSQL refuses NUL
 * in text) and runs of white space become single spaces.
 */
export function cleanSearchText(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function valuesOf(params: RawParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  // Own keys only, strings only: `?__proto__=a&__proto__=b` gives Next.js's searchParams
  // object an array as prototype, whose members (sort, at …) are not the visitor's values.
  if (!Object.hasOwn(params, key)) return [];
  const v = params[key];
  return (Array.isArray(v) ? v : [v]).filter((item): item is string => typeof item === 'string');
}

// One schema per parameter value, shared by the page and the API. The messages are the
// API's (English, naming what is allowed); the page only asks whether a value is good.

const oneOf = (values: readonly string[]) => `must be one of: ${values.map((v) => v.toLowerCase()).join(', ')}`;

/** An enum value in any case; the output is the stored spelling. Enums travel in lower case. */
const enumValue = <T extends string>(values: readonly T[], upper: boolean) => {
  const spell = (v: string) => (upper ? v.toUpperCase() : v.toLowerCase()) as T;
  return z
    .string()
    .trim()
    .refine((v) => values.includes(spell(v)), { error: (issue) => `"${String(issue.input)}" ${oneOf(values)}` })
    .transform(spell);
};

/** A whole number from `min` to `max`. */
export const integerParam = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, { error: (issue) => `"${String(issue.input)}" is not a whole number` })
    .transform(Number)
    .pipe(z.number().min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }));

const ON = ['1', 'true', 'on', 'yes'];
const OFF = ['0', 'false', 'off', 'no'];
/** `near`: a district, or `lat,lon` already rounded to the grid (about 1 km). */
const nearValue = z
  .string()
  .trim()
  .transform((v, ctx): Origin => {
    const district = v.toUpperCase() as District;
    if ((Object.values(District) as string[]).includes(district)) return { district };
    const match = /^(-?\d{1,2}(?:\.\d{1,2})?),(-?\d{1,3}(?:\.\d{1,2})?)$/.exec(v);
    const position = match ? { latitude: Number(match[1]), longitude: Number(match[2]) } : null;
    if (position && Math.abs(position.latitude) <= 90 && Math.abs(position.longitude) <= 180 && isRoundedPosition(position)) return { position };
    ctx.addIssue({
      code: 'custom',
      message: `"${v}" ${oneOf(Object.values(District))}, or a position "lat,lon" rounded to 0.01° of latitude and 0.02° of longitude`,
    });
    return z.NEVER;
  });

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ON.includes(v) || OFF.includes(v), { error: (issue) => `"${String(issue.input)}" must be true or false` })
  .transform((v) => ON.includes(v));

const VALUE = {
  q: z
    .string()
    .transform(cleanSearchText)
    .pipe(z.string().max(MAX_QUERY_LENGTH, { error: `must be at most ${MAX_QUERY_LENGTH} characters` })),
  district: enumValue(Object.values(District), true),
  age: integerParam(0, 120),
  gender: enumValue(GENDER_FILTERS, false),
  kind: enumValue(Object.values(MeasureKind), true),
  category: enumValue(Object.values(ContentCategory), true),
  criteria: enumValue(CRITERIA, false),
  sobriety: enumValue(Object.values(SobrietyRule), true),
  sort: enumValue(SORTS, false),
  near: nearValue,
  page: integerParam(1, MAX_PAGE),
  ...(Object.fromEntries(TOGGLES.map((t) => [t, flag])) as Record<Toggle, typeof flag>),
} satisfies Record<Exclude<CatalogueParam, typeof LIST_PARAM>, z.ZodType>;

/** Parameters that may be given several times (any of them matches). */
const MANY_VALUED = ['district', 'kind', 'category', 'criteria'] as const;

/** A parameter that may appear once: the array of its values has at most one element. */
export const onceParam = <T extends z.ZodType>(schema: T) =>
  z.array(schema).max(1, { error: 'must be given only once' }).optional().transform((v) => v?.[0]);
const manyParam = <T extends z.ZodType>(schema: T) =>
  z
    .array(schema)
    .optional()
    .transform((v) => [...new Set(v ?? [])]);

/**
 * The catalogue's parameters (without the list), each as the array of its values: the
 * strict form the API uses, where a bad value is the caller's mistake (a 400 naming it).
 */
export const catalogueParamsShape = {
  q: onceParam(VALUE.q),
  district: manyParam(VALUE.district),
  age: onceParam(VALUE.age),
  gender: onceParam(VALUE.gender),
  kind: manyParam(VALUE.kind),
  category: manyParam(VALUE.category),
  criteria: manyParam(VALUE.criteria),
  sobriety: onceParam(VALUE.sobriety),
  sort: onceParam(VALUE.sort),
  near: onceParam(VALUE.near),
  page: onceParam(VALUE.page),
  ...(Object.fromEntries(TOGGLES.map((t) => [t, onceParam(flag)])) as Record<Toggle, ReturnType<typeof onceParam<typeof flag>>>),
};
const catalogueParamsSchema = z.object(catalogueParamsShape);
type CatalogueParams = z.output<typeof catalogueParamsSchema>;

/** The order when none is chosen: by distance once there is an origin, by relevance with words. */
export function defaultSort(query: Pick<CatalogueQuery, 'q' | 'near'>): Sort {
  return query.near ? 'distance' : query.q ? 'relevance' : 'name';
}

/** Whether a sort can be used for this query (it has words to rank by, an origin to measure from). */
function sortApplies(sort: Sort, query: Pick<CatalogueQuery, 'q' | 'near'>): boolean {
  return (sort !== 'relevance' || !!query.q) && (sort !== 'distance' || !!query.near);
}

/** Valid parameters as a query: defaults filled in, relevance only with words, distance only with an origin. */
export function toCatalogueQuery(d: CatalogueParams): CatalogueQuery {
  const q = d.q ?? '';
  const near = d.near;
  const sort = d.sort && sortApplies(d.sort, { q, near }) ? d.sort : defaultSort({ q, near });
  return {
    q,
    districts: d.district,
    age: d.age ?? null,
    gender: d.gender ?? null,
    kinds: d.kind,
    categories: d.category,
    criteria: d.criteria,
    sobriety: d.sobriety ?? null,
    toggles: TOGGLES.filter((t) => d[t] === true),
    sort,
    page: d.page ?? 1,
    ...(near ? { near } : {}),
  };
}

/**
 * The catalogue's URL parameters. Others are ignored without a notice: they are not the
 * visitor's choices but tags other sites add to shared links (fbclid, utm_source).
 */
export const CATALOGUE_PARAMS = ['q', 'district', 'age', 'gender', 'kind', 'category', 'criteria', 'sobriety', 'sort', 'near', 'page', LIST_PARAM, ...TOGGLES] as const;
export type CatalogueParam = (typeof CATALOGUE_PARAMS)[number];

/**
 * The page's reading of its URL: each bad value is dropped and reported (the page says
 * what it ignored), a parameter given more than once counts once, over-long words are
 * shortened. Never fails.
 */
export function parseCatalogueQuery(params: RawParams): { query: CatalogueQuery; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  // The values that pass, as the strict schema below will accept them.
  const good: Record<string, string[]> = {};
  for (const key of Object.keys(VALUE) as (keyof typeof VALUE)[]) {
    if (key === 'q') continue;
    const values: string[] = [];
    for (const raw of valuesOf(params, key)) {
      if (raw.trim() === '') continue;
      if (VALUE[key].safeParse(raw).success) values.push(raw);
      else problems.push({ param: key, kind: 'invalid' });
    }
    // A parameter that takes one value keeps its first good one.
    good[key] = (MANY_VALUED as readonly string[]).includes(key) ? values : values.slice(0, 1);
  }
  let q = cleanSearchText(valuesOf(params, 'q').join(' '));
  if (q.length > MAX_QUERY_LENGTH) {
    problems.push({ param: 'q', kind: 'too_long' });
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
  }
  good.q = q ? [q] : [];
  const myList = parseList(valuesOf(params, LIST_PARAM));
  // The list page explains a list's problems in detail; here "part of the link was ignored" will do.
  if (myList.problems.length > 0) problems.push({ param: LIST_PARAM, kind: 'invalid' });
  const query = withRelativesOnce(toCatalogueQuery(catalogueParamsSchema.parse(good)));
  // "Sort by distance" with no place to measure from cannot be followed: say so.
  if (good.sort?.[0]?.trim().toLowerCase() === 'distance' && !query.near) problems.push({ param: 'sort', kind: 'invalid' });
  return { query: myList.slugs.length > 0 ? { ...query, list: myList.slugs } : query, problems };
}

/**
 * The form offers "For pårørende" once, as the toggle, which already includes every measure
 * of the kind FOR_RELATIVES (lib/data/catalogue.ts). Older links with `kind=for_relatives`
 * still work: they become the toggle, so the form shows that one choice ticked.
 */
function withRelativesOnce(query: CatalogueQuery): CatalogueQuery {
  if (!query.kinds.includes(MeasureKind.FOR_RELATIVES)) return query;
  const toggles = query.toggles.includes('relatives') ? query.toggles : TOGGLES.filter((t) => t === 'relatives' || query.toggles.includes(t));
  return { ...query, kinds: query.kinds.filter((k) => k !== MeasureKind.FOR_RELATIVES), toggles };
}

/** Measure kinds the form offers: all but FOR_RELATIVES, which the "relatives" toggle covers. */
export const FORM_KINDS = Object.values(MeasureKind).filter((k) => k !== MeasureKind.FOR_RELATIVES);

/**
 * A search carried in one parameter (a measure page's way back to the catalogue): read as
 * the catalogue reads its own address, bad parts dropped. Never a list: that travels apart.
 * Null when nothing of a search remains.
 */
export function parseCarriedSearch(value: string | string[] | undefined): CatalogueQuery | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  const { query } = parseCatalogueQuery(new URLSearchParams(value));
  const search = { ...query, list: undefined };
  return toSearchParams(search).size > 0 ? search : null;
}

/** The canonical URL search string for a query: defaults left out, stable order. */
export function toSearchParams(query: CatalogueQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  for (const d of query.districts) p.append('district', d.toLowerCase());
  if (query.age !== null) p.set('age', String(query.age));
  if (query.gender) p.set('gender', query.gender);
  for (const k of query.kinds) p.append('kind', k.toLowerCase());
  for (const c of query.categories) p.append('category', c.toLowerCase());
  for (const c of query.criteria) p.append('criteria', c);
  if (query.sobriety) p.set('sobriety', query.sobriety.toLowerCase());
  for (const t of query.toggles) p.set(t, '1');
  if (query.sort !== defaultSort(query)) p.set('sort', query.sort);
  if (query.near) p.set('near', 'district' in query.near ? query.near.district.toLowerCase() : formatPosition(query.near.position));
  if (query.page > 1) p.set('page', String(query.page));
  if (query.list?.length) p.set(LIST_PARAM, serializeList(query.list));
  return p;
}

/** Whether any filter (not the words, sort or page) is active. */
export function hasFilters(query: CatalogueQuery): boolean {
  return (
    query.districts.length + query.kinds.length + query.categories.length + query.criteria.length + query.toggles.length > 0 ||
    query.age !== null ||
    query.gender !== null ||
    query.sobriety !== null
  );
}

/** One active filter, and the query without it: for "remove this filter" links. */
export interface ActiveFilter {
  group: 'district' | 'age' | 'gender' | 'kind' | 'category' | 'criteria' | 'sobriety' | 'toggle';
  value: string;
  /** `group:value`, unique within a query: names the filter in the search's relaxations. */
  key: string;
  without: CatalogueQuery;
}

/** The same search with no filters: the words, sort order and list stay. */
export function withoutFilters(query: CatalogueQuery): CatalogueQuery {
  return { ...query, districts: [], age: null, gender: null, kinds: [], categories: [], criteria: [], sobriety: null, toggles: [], page: 1 };
}

export function activeFilters(query: CatalogueQuery): ActiveFilter[] {
  const base = { ...query, page: 1 };
  const out: ActiveFilter[] = [];
  const add = (group: ActiveFilter['group'], value: string, without: Partial<CatalogueQuery>) =>
    out.push({ group, value, key: `${group}:${value}`, without: { ...base, ...without } });
  for (const d of query.districts) add('district', d, { districts: query.districts.filter((x) => x !== d) });
  if (query.age !== null) add('age', String(query.age), { age: null });
  if (query.gender) add('gender', query.gender, { gender: null });
  for (const k of query.kinds) add('kind', k, { kinds: query.kinds.filter((x) => x !== k) });
  for (const c of query.categories) add('category', c, { categories: query.categories.filter((x) => x !== c) });
  for (const c of query.criteria) add('criteria', c, { criteria: query.criteria.filter((x) => x !== c) });
  if (query.sobriety) add('sobriety', query.sobriety, { sobriety: null });
  for (const t of query.toggles) add('toggle', t, { toggles: query.toggles.filter((x) => x !== t) });
  return out;
}

/**
 * The same search without a device's position: links that leave the catalogue (to a
 * measure's page and back) do not carry it further. A district origin stays.
 */
export function withoutPosition(query: CatalogueQuery): CatalogueQuery {
  if (!query.near || 'district' in query.near) return query;
  const { near: _position, ...rest } = query;
  void _position;
  return { ...rest, sort: sortApplies(query.sort, rest) ? query.sort : defaultSort(rest) };
}
