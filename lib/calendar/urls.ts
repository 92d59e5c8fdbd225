// The feeds' addresses (app/api/v1/calendar), absolute on SITE_URL: a calendar app
// subscribes to the address itself, not to a page of this site.
import { toSearchParams, type CatalogueQuery } from '@/lib/catalogue/query';
import { defaultLocale, type Locale } from '@/lib/i18n/routing';
import { LIST_PARAM, serializeList } from '@/lib/my-list/list';
import { absoluteUrl } from '@/lib/site-urls';

const BASE = '/api/v1/calendar';

function withLang(path: string, params: URLSearchParams, locale: Locale): string {
  if (locale !== defaultLocale) params.set('lang', locale);
  return absoluteUrl(params.size > 0 ? `${path}?${params}` : path);
}

export const measureFeedUrl = (slug: string, locale: Locale) => withLang(`${BASE}/measures/${slug}.ics`, new URLSearchParams(), locale);

/** The search's filters and words; its page and the visitor's list are not part of it. */
export const searchFeedUrl = (query: CatalogueQuery, locale: Locale) =>
  withLang(`${BASE}/search.ics`, toSearchParams({ ...query, page: 1, list: undefined }), locale);

export const listFeedUrl = (slugs: readonly string[], locale: Locale) =>
  withLang(`${BASE}/list.ics`, new URLSearchParams({ [LIST_PARAM]: serializeList(slugs) }), locale);

/** The same feed for calendar apps: webcal: asks the device to subscribe rather than download. */
export const webcalUrl = (feed: string) => feed.replace(/^https?:/, 'webcal:');
