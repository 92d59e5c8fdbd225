'use client';

import { useSearchParams } from 'next/navigation';
import { COUNT_SLOT, listEntries } from '@/lib/my-list/entries';

/**
 * "Min liste (n)" on a page served from the page cache, which is the same for every query:
 * the browser reads the list from the address and shows the link once the page has run
 * its script. The list page checks the entries; here they are only counted.
 */
export function ListCountLink({ path, label, param, className }: { path: string; /** With COUNT_SLOT for the number. */ label: string; param: string; className?: string }) {
  const entries = listEntries(useSearchParams().getAll(param));
  if (entries.length === 0) return null;
  return (
    <li>
      <a href={`${path}?${new URLSearchParams({ [param]: entries.join(',') })}`} className={className}>
        {label.replace(COUNT_SLOT, String(entries.length))}
      </a>
    </li>
  );
}
