// The visitor's list in pages served from the page cache, without JavaScript. Such a page
// is the same HTML for every query, so the server layer (lib/http/response-filter.ts) puts
// the list of `?list=` into it on the way out: the links marked KEEPS_LIST get it, and the
// header's hidden "Min liste" item (LIST_COUNT) is shown with its count. Both marks sit
// only in Suspense fallbacks that the browser replaces with its own rendering of the same
// links (components/layout/query-keeping-link.tsx, list-count-link.tsx), so React never
// compares them with what it renders. A visit without a list is sent untouched.
import { COUNT_SLOT, listEntries } from './entries';
import { LIST_PARAM } from './list';

/** On an <a> whose href is a path without a query: the server adds the list. */
export const KEEPS_LIST = 'data-keeps-list';
/** On the header's hidden <li> with the list page's link and a label holding COUNT_SLOT. */
export const LIST_COUNT = 'data-list-count';

const keepsList = new RegExp(`<a\\b[^>]*\\b${KEEPS_LIST}=""[^>]*>`, 'g');
const listCount = new RegExp(`<li\\b[^>]*\\b${LIST_COUNT}=""[^>]*>([\\s\\S]*?)</li>`, 'g');
const href = /\bhref="([^"?#]*)"/;

/** The page with the list of `search` (a URL's query) in place; null when there is none. */
export function withListInPage(html: string, search: string): string | null {
  if (!search.includes(`${LIST_PARAM}=`)) return null;
  const entries = listEntries(new URLSearchParams(search).getAll(LIST_PARAM));
  if (entries.length === 0) return null;
  // Percent-encoded: nothing from the address can end the attribute.
  const query = `?${new URLSearchParams({ [LIST_PARAM]: entries.join(',') })}`;
  const addList = (tag: string) => tag.replace(href, (_, path: string) => `href="${path}${query}"`);
  return html
    .replace(keepsList, addList)
    .replace(listCount, (_, inner: string) => `<li>${addList(inner).replace(COUNT_SLOT, String(entries.length))}</li>`);
}
