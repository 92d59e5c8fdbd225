// Field schemas shared by every admin form, the CSV import and the API. Each accepts both
// what a form or CSV cell sends (text: "", "yes", "09:30", "2026-06-01") and the typed
// value itself (null, true, 570), so a stored snapshot validates with the same schema.
// Messages are keys under Forms.errors, translated where they are shown.
import { z } from 'zod';
import { parseClockTime } from '@/lib/domain/opening-hours';
import { TRANSLATION_LOCALES, translationField, type TranslationField } from '@/lib/i18n/content';

const blankToNull = (v: unknown) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v);
const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

export const requiredText = (max: number) =>
  z.preprocess(trimmed, z.string({ error: 'required' }).min(1, { error: 'required' }).max(max, { error: 'tooLong' }));

export const optionalText = (max: number) =>
  z.preprocess((v) => blankToNull(trimmed(v)), z.string({ error: 'invalid' }).max(max, { error: 'tooLong' }).nullable());

/**
 * Optional Nynorsk and English versions of Bokmål texts (`titleNn`, `titleEn`, …), each as
 * long as its original may be. Empty means "not translated": the page shows the Bokmål text.
 */
export function translations<F extends string>(limits: Record<F, number>): Record<TranslationField<F>, ReturnType<typeof optionalText>> {
  return Object.fromEntries(
    TRANSLATION_LOCALES.flatMap((locale) => (Object.keys(limits) as F[]).map((field) => [translationField(field, locale), optionalText(limits[field])])),
  ) as Record<TranslationField<F>, ReturnType<typeof optionalText>>;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.string({ error: 'required' }).min(1, { error: 'required' }).max(100, { error: 'tooLong' }).regex(SLUG_PATTERN, { error: 'slug' }),
);

/** "Æbleskiver på Åsane" → "aebleskiver-pa-asane". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/** yes / no / unknown. Unknown stays NULL: it must never turn into "no". */
export const TRI_STATE = ['yes', 'no', 'unknown'] as const;
export type TriStateText = (typeof TRI_STATE)[number];
export const triState = z.preprocess((v) => {
  if (v === null || v === undefined || typeof v === 'boolean') return v ?? null;
  const text = String(v).trim().toLowerCase();
  if (text === '' || text === 'unknown' || text === 'ukjent') return null;
  if (['yes', 'true', 'ja', '1'].includes(text)) return true;
  if (['no', 'false', 'nei', '0'].includes(text)) return false;
  return v;
}, z.boolean({ error: 'invalid' }).nullable());

export const triStateText = (value: boolean | null | undefined): TriStateText =>
  value === true ? 'yes' : value === false ? 'no' : 'unknown';

/** A checkbox: present ("on") is true, absent is false. */
export const checkbox = z.preprocess((v) => {
  if (typeof v === 'boolean') return v;
  if (v === undefined || v === null) return false;
  const text = String(v).trim().toLowerCase();
  if (['', 'false', 'no', 'nei', '0', 'off'].includes(text)) return false;
  if (['on', 'true', 'yes', 'ja', '1'].includes(text)) return true;
  return v;
}, z.boolean({ error: 'invalid' }));

export const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (v) => {
      const b = blankToNull(trimmed(v));
      return typeof b === 'string' && /^-?\d+$/.test(b) ? Number(b) : b;
    },
    z.number({ error: 'number' }).int({ error: 'number' }).min(min, { error: 'range' }).max(max, { error: 'range' }).nullable(),
  );

export const optionalFloat = (min: number, max: number) =>
  z.preprocess(
    (v) => {
      const b = blankToNull(trimmed(v));
      return typeof b === 'string' && /^-?\d+([.,]\d+)?$/.test(b) ? Number(b.replace(',', '.')) : b;
    },
    z.number({ error: 'number' }).min(min, { error: 'range' }).max(max, { error: 'range' }).nullable(),
  );

export const optionalEnum = <T extends string>(values: readonly T[]) =>
  z.preprocess(
    (v) => blankToNull(typeof v === 'string' ? v.trim().toUpperCase() : v),
    z.enum(values as [T, ...T[]], { error: 'invalid' }).nullable(),
  );

export const requiredEnum = <T extends string>(values: readonly T[]) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
    z.enum(values as [T, ...T[]], { error: (issue) => (issue.input === undefined || issue.input === '' || issue.input === null ? 'required' : 'invalid') }),
  );

/** Checkboxes or a "|"-separated cell → a list without repeats, in the enum's order. */
export const enumArray = <T extends string>(values: readonly T[]) =>
  z.preprocess(
    (v) => {
      const list = v === undefined || v === null ? [] : Array.isArray(v) ? v : String(v).split('|');
      return list.map((x) => (typeof x === 'string' ? x.trim().toUpperCase() : x)).filter((x) => x !== '');
    },
    z.array(z.enum(values as [T, ...T[]], { error: 'invalid' })).transform((list) => values.filter((x) => list.includes(x))),
  );

/** "HH:MM" text or minutes after midnight → minutes (0–1440). */
export const clockTime = z.preprocess((v) => {
  if (typeof v !== 'string') return v ?? undefined;
  if (v.trim() === '') return undefined;
  return parseClockTime(v) ?? Number.NaN;
}, z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'time') }).int({ error: 'time' }).min(0, { error: 'time' }).max(1440, { error: 'time' }));

export const optionalClockTime = z.preprocess(blankToNull, clockTime.nullable());

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (s: string) => ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** yyyy-mm-dd (or a Date) → "yyyy-mm-dd". */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v.trim() : v),
  z.string({ error: 'required' }).min(1, { error: 'required' }).refine(isRealDate, { error: 'date' }),
);
export const optionalIsoDate = z.preprocess(blankToNull, isoDate.nullable());

export const optionalEmail = z.preprocess((v) => blankToNull(trimmed(v)), z.email({ error: 'email' }).max(200, { error: 'tooLong' }).nullable());
export const optionalUrl = z.preprocess(
  (v) => blankToNull(trimmed(v)),
  z.url({ protocol: /^https?$/, error: 'url' }).max(500, { error: 'tooLong' }).nullable(),
);

/** The lock token of models without a version column: their updatedAt, as an ISO string. */
export const lockToken = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString() : v),
  z.iso.datetime({ error: 'stale' }),
);
export const version = z.coerce.number({ error: 'stale' }).int({ error: 'stale' }).positive({ error: 'stale' });

/** Whether a URL segment can be a slug at all; lookups skip the database when it cannot. */
export function isSlug(value: string): boolean {
  return value.length <= 100 && SLUG_PATTERN.test(value);
}
