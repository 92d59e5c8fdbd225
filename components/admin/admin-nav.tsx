// The admin area's menu. Each link is shown to the roles whose pages it leads to; the pages
// check the role again themselves.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signOutAction } from '@/lib/actions/account';
import type { Actor, Role } from '@/lib/auth/session';
import { adminPath } from '@/lib/auth/paths';

type NavKey = 'overview' | 'measures' | 'providers' | 'news' | 'helpBlock' | 'changeRequests' | 'errorReports' | 'users' | 'export' | 'account';

const ITEMS: { key: NavKey; path: string; roles: readonly Role[] }[] = [
  { key: 'overview', path: '/admin', roles: ['admin', 'editor', 'provider'] },
  { key: 'measures', path: '/admin/tiltak', roles: ['admin', 'editor', 'provider'] },
  { key: 'providers', path: '/admin/tilbydere', roles: ['admin', 'editor'] },
  { key: 'news', path: '/admin/nyheter', roles: ['admin', 'editor'] },
  { key: 'helpBlock', path: '/admin/hjelp', roles: ['admin', 'editor'] },
  { key: 'changeRequests', path: '/admin/endringer', roles: ['admin', 'editor'] },
  { key: 'errorReports', path: '/admin/meldinger', roles: ['admin', 'editor'] },
  { key: 'users', path: '/admin/brukere', roles: ['admin'] },
  { key: 'export', path: '/admin/eksport', roles: ['admin', 'editor'] },
  { key: 'account', path: '/admin/konto', roles: ['admin', 'editor', 'provider'] },
];

export async function AdminNav({ actor, locale }: { actor: Actor; locale: string }) {
  const t = await getTranslations('Admin.nav');
  const tRoles = await getTranslations('Admin.roles');
  return (
    <div className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-brand-100 pb-3">
      <nav aria-label={t('label')}>
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {ITEMS.filter((item) => item.roles.includes(actor.role)).map((item) => (
            <li key={item.key}>
              <Link href={adminPath(locale, item.path)} className="inline-block py-2 font-semibold">
                {t(item.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span className="text-muted">{t('signedInAs', { name: actor.name, role: tRoles(actor.role) })}</span>
        <form action={signOutAction}>
          <button type="submit" className="min-h-11 rounded border border-brand-700 px-3 font-semibold text-brand-700 hover:bg-brand-50">
            {t('signOut')}
          </button>
        </form>
      </div>
    </div>
  );
}
