'use client';

import { useSearchParams } from 'next/navigation';
import type { AnchorHTMLAttributes } from 'react';

/** A link to which the browser adds the current page's query (none on the server's render of a cached page). */
export function QueryKeepingLink({ href, ...props }: { href: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const search = useSearchParams().toString();
  return <a href={search ? `${href}?${search}` : href} {...props} />;
}
