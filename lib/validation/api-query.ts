// Query parameters of the open-data API (app/api/v1, app/api/hsds). They are the
// catalogue's URL parameters (lib/catalogue/query.ts), so a catalogue link's query string
// works on the API too, but where the HTML page drops a bad value and carries on, the API
// refuses the request with 400 and names each bad parameter: a program asking for
// `district=Mars` must learn that it got nothing because of its own mistake.
import { z } from 'zod';
import {
  CRITERIA,
  EMPTY_QUERY,
  GENDER_FILTERS,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  PAGE_SIZE,
  SORTS,
  TOGGLES,
  cleanSearchText,
  type CatalogueQuery,
} from '@/lib/catalogue/query';
import { ContentCategory, District, MeasureKind, SobrietyRule } from '@/lib/generated/prisma/enums';

export const MAX_PER_PAGE = 100;

export interface ParameterIssue {
  parameter: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ParameterIssue[] };

const lower = (values: readonly string[]) => values.map((v) => v.toLowerCase());
const oneOf = (values: readonly string[]) => `must be one of: ${values.join(', ')}`;

/** An enum value in any case, as the catalogue accepts it; the output is the stored spelling. */
const enumValue = <T extends string>(values: readonly T[], upper: boolean) => {
  const spell = (v: string) => (upper ? v.toUpperCase() : v.toLowerCase()) as T;
  return z
    .string()
    .trim()
    .refine((v) => values.includes(spell(v)), { error: (issue) => `"${String(issue.input)}" ${oneOf(lower(values))}` })
    .transform(spell);
};

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, { error: (issue) => `"${String(issue.input)}" is not a whole number` })
    .transform(Number)
    .pipe(z.number().min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }));

const ON = ['1', 'true', 'on', 'yes'];
const OFF = ['0', 'false', 'off', 'no'];
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ON.includes(v) || OFF.includes(v), { error: (issue) => `"${String(issue.input)}" must be true or false` })
  .transform((v) => ON.includes(v));

/** A parameter that may appear once: the array of its values has at most one element. */
const once = <T extends z.ZodType>(schema: T) =>
  z.array(schema).max(1, { error: 'must be given only once' }).optional().transform((v) => v?.[0]);
const many = <T extends z.ZodType>(schema: T) =>
  z
    .array(schema)
    .optional()
    .transform((v) => [...new Set(v ?? [])]);

const filterShape = {
  q: once(
    z
      .string()
      .transform(cleanSearchText)
      .pipe(z.string().max(MAX_QUERY_LENGTH, { error: `must be at most ${MAX_QUERY_LENGTH} characters` })),
  ),
  district: many(enumValue(Object.values(District), true)),
  age: once(integer(0, 120)),
  gender: once(enumValue(GENDER_FILTERS, false)),
  kind: many(enumValue(Object.values(MeasureKind), true)),
  category: many(enumValue(Object.values(ContentCategory), true)),
  criteria: many(enumValue(CRITERIA, false)),
  sobriety: once(enumValue(Object.values(SobrietyRule), true)),
  ...Object.fromEntries(TOGGLES.map((t) => [t, once(flag)])),
  sort: once(enumValue(SORTS, false)),
};
const pagingShape = {
  page: once(integer(1, MAX_PAGE)),
  per_page: once(integer(1, MAX_PER_PAGE)),
};
// Error messages are in English only; a `lang` parameter would be refused as unknown
// rather than silently ignored.
const measureListSchema = z.strictObject({ ...filterShape, ...pagingShape });
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
}

/** The measure list's parameters: the catalogue's filters, `page` and `per_page` (≤ 100). */
export function parseMeasureListParams(params: URLSearchParams): Parsed<MeasureListRequest> {
  return parseWith(measureListSchema, params, (d) => {
    const q = d.q ?? '';
    const sort = d.sort ?? (q ? 'relevance' : 'name');
    const data = d as Record<string, unknown>;
    const page = d.page ?? 1;
    return {
      page,
      perPage: d.per_page ?? PAGE_SIZE,
      // EMPTY_QUERY first: fields the catalogue page has beyond filters (a visitor's list) stay empty.
      query: {
        ...EMPTY_QUERY,
        q,
        districts: d.district,
        age: d.age ?? null,
        gender: d.gender ?? null,
        kinds: d.kind,
        categories: d.category,
        criteria: d.criteria,
        sobriety: d.sobriety ?? null,
        toggles: TOGGLES.filter((t) => data[t] === true),
        // Relevance means nothing without words to be relevant to.
        sort: !q && sort === 'relevance' ? 'name' : sort,
        page,
      },
    };
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
