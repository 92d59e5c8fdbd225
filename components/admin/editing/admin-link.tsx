import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { adminPath } from '@/lib/auth/paths';

/** A link inside the admin area, in the current language (admin paths are not localized). */
export async function AdminLink({ href, ...props }: Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string }) {
  return <NextLink href={adminPath(await getLocale(), href)} {...props} />;
}
