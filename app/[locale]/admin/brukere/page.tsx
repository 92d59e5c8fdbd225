import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { Notice } from '@/components/forms/fields';
import { CreateUserForm } from '@/components/admin/user-forms';
import { listProviderOptions } from '@/lib/data/admin-providers';
import { listUsers } from '@/lib/data/admin-users';
import { requireActor } from '@/lib/auth/guard';
import { isRole } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/routing';

// User management: admins only. Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/brukere'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: 'Admin.users' }))('title') };
}

export default async function AdminUsersPage({ params, searchParams }: PageProps<'/[locale]/admin/brukere'>) {
  setRequestLocale(toLocale((await params).locale));
  const actor = await requireActor(['admin']);
  const deleted = (await searchParams).slettet !== undefined;
  const [t, tRoles, format, users, providers] = await Promise.all([
    getTranslations('Admin.users'),
    getTranslations('Admin.roles'),
    getFormatter(),
    listUsers(),
    listProviderOptions(actor),
  ]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-2">{t('intro')}</p>
        {deleted && (
          <div className="mt-4">
            <Notice tone="success">{t('deleted')}</Notice>
          </div>
        )}
      </div>
      <section aria-labelledby="users-list-title" className="space-y-3">
        <h2 id="users-list-title" className="text-2xl font-bold">
          {t('listTitle')}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-2 pr-3">{t('name')}</th>
                <th scope="col" className="py-2 pr-3">{t('email')}</th>
                <th scope="col" className="py-2 pr-3">{t('role')}</th>
                <th scope="col" className="py-2 pr-3">{t('provider')}</th>
                <th scope="col" className="py-2 pr-3">{t('twoFactor')}</th>
                <th scope="col" className="py-2 pr-3">{t('status')}</th>
                <th scope="col" className="py-2">{t('created')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-gray-200">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <AdminLink href={`/admin/brukere/${user.id}`} className="font-semibold">
                      {user.name}
                    </AdminLink>
                    {user.id === actor.id && <span className="text-muted"> {t('you')}</span>}
                  </th>
                  <td className="py-2 pr-3">{user.email}</td>
                  <td className="py-2 pr-3">{isRole(user.role) ? tRoles(user.role) : user.role}</td>
                  <td className="py-2 pr-3">{user.provider?.name ?? t('noProvider')}</td>
                  <td className="py-2 pr-3">{user.twoFactorEnabled ? t('twoFactorOn') : t('twoFactorOff')}</td>
                  <td className="py-2 pr-3">{user.active ? t('active') : <strong>{t('deactivated')}</strong>}</td>
                  <td className="py-2">{format.dateTime(user.createdAt, { dateStyle: 'medium' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="users-create-title" className="max-w-3xl space-y-3">
        <h2 id="users-create-title" className="text-2xl font-bold">
          {t('createTitle')}
        </h2>
        <CreateUserForm providers={providers} />
      </section>
    </div>
  );
}
