import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { changeRoleAction, deleteUserAction, sendResetLinkAction, setActiveAction } from '@/lib/actions/users';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { Notice } from '@/components/forms/fields';
import { UnlockSignInForm } from '@/components/admin/unlock-sign-in-form';
import { ChangeRoleForm, DeleteUserForm, SendResetForm, SetActiveForm } from '@/components/admin/user-forms';
import { listProviderOptions } from '@/lib/data/admin-providers';
import { getUser, signInLockedUntil } from '@/lib/data/admin-users';
import { getAuthSettings } from '@/lib/auth';
import { requireActor } from '@/lib/auth/guard';
import { isRole } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/routing';

// One user: role, provider, active or deactivated, a password-reset link, deleting.
// Admins only; never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/brukere/[id]'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: 'Admin.users' }))('title') };
}

export default async function AdminUserPage({ params }: PageProps<'/[locale]/admin/brukere/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(toLocale(locale));
  const actor = await requireActor(['admin']);
  // User ids are Better Auth's (not UUIDs); anything odd simply finds nobody.
  const user = id.length <= 100 ? await getUser(id) : null;
  if (!user) notFound();
  const [t, tRoles, tLock, format, providers, lockedUntil] = await Promise.all([
    getTranslations('Admin.users'),
    getTranslations('Admin.roles'),
    getTranslations('Admin.signInLock'),
    getFormatter(),
    listProviderOptions(actor),
    signInLockedUntil(getAuthSettings().secret, user.email),
  ]);
  const self = user.id === actor.id;
  return (
    <div className="max-w-3xl space-y-10">
      <div>
        <p>
          <AdminLink href="/admin/brukere">{t('back')}</AdminLink>
        </p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">{user.name}</h1>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t('email')}</dt>
          <dd>{user.email}</dd>
          <dt className="font-semibold">{t('role')}</dt>
          <dd>{isRole(user.role) ? tRoles(user.role) : user.role}</dd>
          <dt className="font-semibold">{t('provider')}</dt>
          <dd>{user.provider?.name ?? t('noProvider')}</dd>
          <dt className="font-semibold">{t('twoFactor')}</dt>
          <dd>{user.twoFactorEnabled ? t('twoFactorOn') : t('twoFactorOff')}</dd>
          <dt className="font-semibold">{t('status')}</dt>
          <dd>{user.active ? t('active') : t('deactivated')}</dd>
          <dt className="font-semibold">{t('created')}</dt>
          <dd>{format.dateTime(user.createdAt, { dateStyle: 'medium' })}</dd>
        </dl>
      </div>
      {self && <Notice>{t('selfNote')}</Notice>}
      <section aria-labelledby="user-role-title" className="space-y-3">
        <h2 id="user-role-title" className="text-2xl font-bold">
          {t('roleTitle')}
        </h2>
        <ChangeRoleForm
          action={changeRoleAction.bind(null, user.id)}
          role={user.role}
          providerSlug={user.provider?.slug ?? ''}
          providers={providers}
        />
      </section>
      {!self && (
        <section aria-labelledby="user-status-title" className="space-y-3">
          <h2 id="user-status-title" className="text-2xl font-bold">
            {t('statusTitle')}
          </h2>
          <SetActiveForm action={setActiveAction.bind(null, user.id)} active={user.active} />
        </section>
      )}
      <section aria-labelledby="user-lock-title" className="space-y-3">
        <h2 id="user-lock-title" className="text-2xl font-bold">
          {tLock('title')}
        </h2>
        <UnlockSignInForm userId={user.id} lockedUntil={lockedUntil && format.dateTime(lockedUntil, { timeStyle: 'short' })} />
      </section>
      {!self && (
        <section aria-labelledby="user-reset-title" className="space-y-3">
          <h2 id="user-reset-title" className="text-2xl font-bold">
            {t('resetTitle')}
          </h2>
          <p className="max-w-prose">{t('resetIntro')}</p>
          <SendResetForm action={sendResetLinkAction.bind(null, user.id)} email={user.email} />
        </section>
      )}
      {!self && (
        <section aria-labelledby="user-delete-title" className="space-y-3">
          <h2 id="user-delete-title" className="text-2xl font-bold">
            {t('deleteTitle')}
          </h2>
          <p className="max-w-prose">{t('deleteIntro')}</p>
          <DeleteUserForm action={deleteUserAction.bind(null, user.id)} name={user.name} />
        </section>
      )}
    </div>
  );
}
