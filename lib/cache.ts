import 'server-only';
import { cacheLife, cacheTag, updateTag } from 'next/cache';
import type { AppPathname } from '@/lib/i18n/routing';

// Caching in one place. The public reads in lib/data are cached by what they read
// ('use cache' with the tags below, experimental.useCache in next.config.ts), and the
// cached public pages (home, measure and provider pages, news) take those tags over from
// the reads they made. An edit names what it changed, and every cached read and page that
// used it is dropped at once: a published change is live on the next visit.

/**
 * The public pages served whole from the page cache: they read no search parameters. The
 * catalogue and the measure page read theirs (a search, a visitor's list) and are rendered
 * per visit from cached reads.
 */
export const PAGE_CACHED_ROUTES = ['/', '/tilbydere', '/tilbydere/[slug]', '/nyheter', '/tilgjengelighet', '/for-parorende', '/uten-nett'] as const satisfies readonly AppPathname[];

/** What a cached read depends on. A read of measures with their provider's name takes both. */
export const CacheTag = {
  measures: 'measures',
  providers: 'providers',
  news: 'news',
  /** "Trenger du hjelp nå?", on most public pages. */
  help: 'help',
} as const;
export type CacheTag = (typeof CacheTag)[keyof typeof CacheTag];

/**
 * Called first in a 'use cache' read in lib/data. Edits drop the entry by its tags; the
 * time limit is a safety net for what no edit announces (a season of opening hours that
 * starts, an exception that ends, a news item whose time has come). A cached page takes over
 * the shortest limits of the reads it made, and since pages say what is open now and mark
 * today, none may be served more than two minutes old (expireTime in next.config.ts): two
 * minutes, after which the next visit reads afresh.
 * The integration tests call lib/data directly, outside Next.js's server, where the
 * directive is inert and there is nothing to tag.
 */
export function cachedBy(...tags: CacheTag[]): void {
  if (!process.env.NEXT_RUNTIME) return;
  cacheTag(...tags);
  cacheLife({ revalidate: 120, expire: 120 });
}

/**
 * After an edit, from the server action that made it: drops every cached read and page
 * that depends on these tags, so the editor (and everyone else) sees the change at once.
 */
export function publicDataChanged(...tags: CacheTag[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
}
