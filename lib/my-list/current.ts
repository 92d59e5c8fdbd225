import 'server-only';
import { cache } from 'react';

// The visitor's list for the page being rendered, when the page knows it: set once at the
// top of the render (the catalogue with ?list=, the list-aware twin of a measure page) and
// read by the links deep inside it. React's cache() gives each request its own store, the
// way next-intl's setRequestLocale works. The cached pages never set it: for them the list
// is unknown (null), and their links start a new list.
const store = cache((): { list: string[] | null } => ({ list: null }));

export function setCurrentList(list: readonly string[]): void {
  store().list = [...list];
}

/** The list this render knows of, or null on pages that cannot know it (cached pages). */
export function currentList(): string[] | null {
  return store().list;
}
