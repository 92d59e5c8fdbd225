import { getLocale } from 'next-intl/server';
import type { AnchorHTMLAttributes } from 'react';
import { getPathname } from '@/lib/i18n/navigation';
import { toLocale } from '@/lib/i18n/routing';
import type { PageHref } from '@/lib/site-urls';

/**
 * A link to a page of the site in the page's language, for server components: a plain
 * <a> with the localized path. next-intl's Link is a client component, so every one of
 * them adds its props to the page data Next.js inlines and prefetches its target when it
 * scrolls into view, which costs a visitor on a small data plan for pages they may never
 * open. The pages are cached and small, so a plain navigation is quick.
 */
export async function PageLink({ href, ...props }: { href: PageHref } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const locale = toLocale(await getLocale());
  return <a href={getPathname({ locale, href })} {...props} />;
}
