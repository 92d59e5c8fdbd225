import 'server-only';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { adminPath } from '@/lib/auth/paths';

/** Redirects to an admin page in the current language (call outside try/catch). */
export async function redirectToAdmin(path: string, query: Record<string, string> = {}): Promise<never> {
  const search = new URLSearchParams(query).toString();
  redirect(adminPath(await getLocale(), path) + (search ? `?${search}` : ''));
}
