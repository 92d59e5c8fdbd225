// The catalogue's whole state lives in the URL. This module is the one place that turns
// search parameters into a validated query and back, so links, the form, the language
// switcher and the API all agree. Bad values are dropped and reported, never fatal.
import { z } from 'zod';
import {
  ContentCategory,
  District,
  Gender,
  MeasureKind,
  SobrietyRule,
} from '@/lib/generated/prisma/enums';
import { LIST_PARAM, parseList, serializeList } from '@/lib/my-list/list';

export const SORTS = ['relevance', 'name', 'updated'] as const;
export type Sort = (typeof SORTS)[number];

/** Entry criteria a visitor can require; each matches only measures known to meet it. */
export const CRITERIA = ['no_referral', 'no_application', 'drop_in', 'anonymous', 'free', 'companion', 'wheelchair'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const GENDER_FILTERS = ['women', 'men'] as const;
export type GenderFilter = (typeof GENDER_FILTERS)[number];

export const TOGGLES = ['evening', 'weekend', 'open_now', 'tonight', 'relatives', 'youth'] as const;
export type Toggle = (typeof TOGGLES)[number];

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

// Enum values travel in URLs in lower case: ?district=arna&category=music.
const lowerEnum = <T extends string>(values: readonly T[]) =>
  z.string().trim().toUpperCase().pipe(z.enum(values as [T, ...T[]]));
const lowerList = <T extends string>(values: readonly T[]) => z.string().trim().toLowerCase().pipe(z.enum(values as [T, ...T[]]));

const schemas = {
  district: lowerEnum(Object.values(District)),
  kind: lowerEnum(Object.values(MeasureKind)),
  category: lowerEnum(Object.values(ContentCategory)),
  sobriety: lowerEnum(Object.values(SobrietyRule)),
  criteria: lowerList(CRITERIA),
  gender: lowerList(GENDER_FILTERS),
  sort: lowerList(SORTS),
  age: z.string().trim().regex(/^\d{1,3}$/).transform(Number).pipe(z.number().int().min(0).max(120)),
  page: z.string().trim().regex(/^\d{1,4}$/).transform(Number).pipe(z.number().int().min(1).max(MAX_PAGE)),
  toggle: z.enum(['1', 'true', 'on', 'yes']),
};

/**
 * The catalogue's URL parameters. Others are ignored without a notice: they are not the
 * visitor's choices but tags other sites add to shared links (fbclid, utm_source). A
 * catalogue address with none of these is the plain catalogue, which proxy.ts's matcher
 * (written out there) lets Next.js serve from the cache without running the proxy.
 */
export const CATALOGUE_PARAMS = ['q', 'district', 'age', 'gender', 'kind', 'category', 'criteria', 'sobriety', 'sort', 'page', LIST_PARAM, ...TOGGLES] as const;
export type CatalogueParam = (typeof CATALOGUE_PARAMS)[number];

export function parseCatalogueQuery(params: RawParams): { query: CatalogueQuery; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const list = <T,>(key: CatalogueParam, schema: z.ZodType<T>): T[] => {
    const out: T[] = [];
    for (const raw of valuesOf(params, key)) {
      if (raw.trim() === '') continue;
      const r = schema.safeParse(raw);
      if (r.success) {
        if (!out.includes(r.data)) out.push(r.data);
      } else problems.push({ param: key, kind: 'invalid' });
    }
    return out;
  };
  const single = <T,>(key: CatalogueParam, schema: z.ZodType<T>): T | null => list(key, schema)[0] ?? null;

  let q = cleanSearchText(valuesOf(params, 'q').join(' '));
  if (q.length > MAX_QUERY_LENGTH) {
    problems.push({ param: 'q', kind: 'too_long' });
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
  }
  const myList = parseList(valuesOf(params, LIST_PARAM));
  // The list page explains a list's problems in detail; here "part of the link was ignored" will do.
  if (myList.problems.length > 0) problems.push({ param: LIST_PARAM, kind: 'invalid' });
  const query: CatalogueQuery = {
    q,
    districts: list('district', schemas.district),
    age: single('age', schemas.age),
    gender: single('gender', schemas.gender),
    kinds: list('kind', schemas.kind),
    categories: list('category', schemas.category),
    criteria: list('criteria', schemas.criteria),
    sobriety: single('sobriety', schemas.sobriety),
    toggles: TOGGLES.filter((t) => list(t, schemas.toggle).length > 0),
    sort: single('sort', schemas.sort) ?? (q ? 'relevance' : 'name'),
    page: single('page', schemas.page) ?? 1,
    ...(myList.slugs.length > 0 && { list: myList.slugs }),
  };
  // Relevance means nothing without words to be relevant to.
  if (!query.q && query.sort === 'relevance') query.sort = 'name';
  return { query, problems };
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
  const defaultSort = query.q ? 'relevance' : 'name';
  if (query.sort !== defaultSort) p.set('sort', query.sort);
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
  without: CatalogueQuery;
}

export function activeFilters(query: CatalogueQuery): ActiveFilter[] {
  const base = { ...query, page: 1 };
  const out: ActiveFilter[] = [];
  for (const d of query.districts) out.push({ group: 'district', value: d, without: { ...base, districts: query.districts.filter((x) => x !== d) } });
  if (query.age !== null) out.push({ group: 'age', value: String(query.age), without: { ...base, age: null } });
  if (query.gender) out.push({ group: 'gender', value: query.gender, without: { ...base, gender: null } });
  for (const k of query.kinds) out.push({ group: 'kind', value: k, without: { ...base, kinds: query.kinds.filter((x) => x !== k) } });
  for (const c of query.categories) out.push({ group: 'category', value: c, without: { ...base, categories: query.categories.filter((x) => x !== c) } });
  for (const c of query.criteria) out.push({ group: 'criteria', value: c, without: { ...base, criteria: query.criteria.filter((x) => x !== c) } });
  if (query.sobriety) out.push({ group: 'sobriety', value: query.sobriety, without: { ...base, sobriety: null } });
  for (const t of query.toggles) out.push({ group: 'toggle', value: t, without: { ...base, toggles: query.toggles.filter((x) => x !== t) } });
  return out;
}
