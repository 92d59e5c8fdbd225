'use client';

import { useEffect } from 'react';

/**
 * The catalogue's search form is a plain GET form, so a search is a full page load even
 * with JavaScript. When that load came from the catalogue itself (the form, a filter
 * link, paging), focus moves to the results heading, so a screen reader starts at the
 * count instead of the top of the page. Not on a first visit from elsewhere, a reload or
 * back/forward, and never when the visitor has already moved focus.
 */
export function FocusResults({ targetId }: { targetId: string }) {
  useEffect(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    if (entry && entry.type !== 'navigate') return;
    let from: URL;
    try {
      from = new URL(document.referrer);
    } catch {
      return; // no referrer: a first visit, or a link from a page that sends none
    }
    if (from.origin !== location.origin || from.pathname !== location.pathname) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
