import type { ReactNode } from 'react';

/**
 * `links`: the site name, main menu, list link and language links for the current page
 * (components/layout/header-links.tsx, rendered by the layout's slot app/[locale]/@languages,
 * which knows the page and, where the page is rendered per visit, its query).
 */
export function SiteHeader({ links }: { links: ReactNode }) {
  return (
    <header className="on-dark border-b border-brand-100 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2 sm:py-3">{links}</div>
    </header>
  );
}
