// The entries of `?list=` values, split as lib/my-list/list.ts reads them. Apart from that
// module (which uses zod) so that the header's list link can count a list in the browser
// on pages served from the page cache without loading a validation library.

/** Comma-separated, repeated parameters or both: trimmed, lower-cased, empties and repeats left out. */
export function listEntries(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    for (const part of value.split(',')) {
      const entry = part.trim().toLowerCase();
      if (entry !== '' && !out.includes(entry)) out.push(entry);
    }
  }
  return out;
}

/** Stands for the count in a label the server writes and the browser completes (components/layout/list-count-link.tsx). */
export const COUNT_SLOT = '\u2063';
