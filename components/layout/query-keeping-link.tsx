'use client';

import { useSearchParams } from 'next/navigation';
import type { AnchorHTMLAttributes } from 'react';

/**
 * A link to which the browser adds the current page's query (none on the server's render
 * of a cached page). With `keep`, only those parameters (the visitor's list, say).
 */
export function QueryKeepingLink({ href, keep, ...props }: { href: string; keep?: readonly string[] } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const params = useSearchParams();
  const kept = keep ? new URLSearchParams([...params].filter(([key]) => keep.includes(key))) : params;
  const search = kept.toString();
  return <a href={search ? `${href}?${search}` : href} {...props} />;
}
