// "Min liste": a visitor's own list of measures, kept only in the URL (?list=a,b,c) so it
// needs no account, cookie or storage, and can be shared as a link, SMS or QR code. This
// module is the one place that reads and writes that parameter; the catalogue's URL
// contract (lib/catalogue/query.ts) and the list page both use it.
import { z } from 'zod';
import { SLUG_PATTERN } from '@/lib/validation/fields';
import { listEntries } from './entries';

export const LIST_PARAM = 'list';
/** Enough for any handout; also keeps the list's URL short enough for an SMS and a QR code. */
export const MAX_LIST_LENGTH = 30;

export type ListProblem = { kind: 'invalid' } | { kind: 'too_long'; max: number };

const slugSchema = z.string().max(100).regex(SLUG_PATTERN);

/**
 * The slugs of `?list=` values, in order: comma-separated, repeated parameters or both.
 * Malformed entries and duplicates are dropped (malformed ones reported); past the cap
 * the rest is left out and reported.
 */
export function parseList(values: readonly string[]): { slugs: string[]; problems: ListProblem[] } {
  const slugs: string[] = [];
  const problems: ListProblem[] = [];
  let invalid = false;
  let tooLong = false;
  for (const raw of listEntries(values)) {
    const parsed = slugSchema.safeParse(raw);
    if (!parsed.success) invalid = true;
    else if (slugs.length >= MAX_LIST_LENGTH) tooLong = true;
    else slugs.push(parsed.data);
  }
  if (invalid) problems.push({ kind: 'invalid' });
  if (tooLong) problems.push({ kind: 'too_long', max: MAX_LIST_LENGTH });
  return { slugs, problems };
}

/** The list in a page's searchParams (Next.js gives one value as a string, several as an array). */
export function listFromSearchParams(params: Record<string, string | string[] | undefined>): string[] {
  const raw = Object.hasOwn(params, LIST_PARAM) ? params[LIST_PARAM] : undefined;
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  return parseList(values).slugs;
}

/** The parameter's value: slugs joined by commas (short in SMS and QR codes). */
export function serializeList(slugs: readonly string[]): string {
  return slugs.join(',');
}

export const hasItem = (list: readonly string[], slug: string) => list.includes(slug);

/** The list with `slug` added at the end; unchanged when already there or full. */
export function withItem(list: readonly string[], slug: string): string[] {
  return list.includes(slug) || list.length >= MAX_LIST_LENGTH ? [...list] : [...list, slug];
}

export function withoutItem(list: readonly string[], slug: string): string[] {
  return list.filter((s) => s !== slug);
}

/** Added if absent, removed if present: what a card's one link does. */
export function toggleItem(list: readonly string[], slug: string): string[] {
  return list.includes(slug) ? withoutItem(list, slug) : withItem(list, slug);
}

/** The list with the item at `index` swapped with its neighbour (-1 up, +1 down). */
export function moveItem(list: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  const out = [...list];
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return out;
  [out[index], out[target]] = [out[target]!, out[index]!];
  return out;
}
